// libFuzzer: the whole member listing (ListMembersRequest over MemberPageRequest) against a fake
// server whose pages come from the input: byte 0 picks the page size (1–8), the rest is split into
// page bodies at "\n--page--\n"; requests past the last page get "[]". Whatever the pages hold,
// the listing ends, once, with either a clean list of unique members or a clear error.
#include "fuzzsupport.h"

#include "api/apiclient.h"
#include "api/ids.h"
#include "api/listmembersrequest.h"
#include "auth/tokenauthenticator.h"
#include "fakenetwork.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

QList<QByteArray> splitPages(const QByteArray &input)
{
    static const QByteArray separator = QByteArrayLiteral("\n--page--\n");
    QList<QByteArray> pages;
    qsizetype from = 0;
    for (qsizetype at = input.indexOf(separator); at >= 0; at = input.indexOf(separator, from)) {
        pages.append(input.mid(from, at - from));
        from = at + separator.size();
    }
    pages.append(input.mid(from));
    return pages;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::quietQt();
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return -1;
    const int pageSize = 1 + data[0] % 8;
    const QList<QByteArray> pages = splitPages(Fuzz::bytes(data + 1, size - 1));
    constexpr int kMaxPages = 16;

    // One manager for the run: building a QNetworkAccessManager per input costs more than the input.
    static FakeNetworkAccessManager nam;
    nam.clearRequests();
    int served = 0;
    nam.setRouter([&](const RecordedRequest &r) -> FakeReply * {
        const QByteArray body = served < pages.size() ? pages.at(served) : QByteArray("[]");
        ++served;
        return new FakeJsonReply(r, 200, body);
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-fuzz")));
    client.setRetryPolicy(fastRetryPolicy());
    // ApiRequest::absorb() reads with read(cap + 1 - size), and QIODevice::read() allocates that
    // much up front: with the default 64 MiB cap every page costs a 64 MiB allocation, which
    // under ASan is ~0.2 s. Inputs are at most 1 MiB.
    client.setMaxBodyBytes(2 * 1024 * 1024);
    ListMembersRequest list(&client, QStringLiteral("11111111111111111111111111111111"));
    list.setAutoDelete(false);
    list.setPageSize(pageSize);
    list.setMaxPages(kMaxPages);

    QEventLoop loop;
    int finished = 0;
    QObject::connect(&list, &ListMembersRequest::finished, &loop, [&] {
        ++finished;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, [] { Fuzz::invariantBroken("the listing never finished"); });
    list.start();
    if (finished == 0)
        loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    Fuzz::check(finished == 1, "finished() more than once");
    Fuzz::check(nam.count() <= kMaxPages, "more requests than the page bound", QString::number(nam.count()));
    if (list.error().isError()) {
        Fuzz::checkError(list.error().message, "ListMembersRequest");
        Fuzz::check(list.members().isEmpty(), "a failed listing still holds members");
        return 0;
    }
    QSet<QString> ids;
    for (const Member &m : list.members()) {
        Fuzz::check(Ids::isHexId(m.id), "listed member without a hex id", m.id);
        Fuzz::check(!ids.contains(m.id), "a member listed twice", m.id);
        ids.insert(m.id);
    }
    return 0;
}
