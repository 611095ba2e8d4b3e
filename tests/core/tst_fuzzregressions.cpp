// Every input a fuzz target (tests/fuzz) once failed on, replayed through the same entry point in
// the normal build: the parser must return, and with a clear error unless the file's name starts
// with "ok-". The inputs live in tests/fuzz/regressions/<target>/, byte for byte as the fuzzer
// saved them; libFuzzer replays the same directories as seeds.
#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/listmembersrequest.h"
#include "auth/aksksigner.h"
#include "auth/iamrequests.h"
#include "auth/tokenauthenticator.h"
#include "config/cloudsyamlreader.h"
#include "fakenetwork.h"
#include "model/cloudjob.h"
#include "model/jsonarrayslicer.h"
#include "model/listener.h"
#include "model/loadbalancer.h"
#include "model/member.h"
#include "store/profilestore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <optional>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

QString regressionsDir()
{
    return QFileInfo(QStringLiteral(__FILE__)).dir().absoluteFilePath(QStringLiteral("../fuzz/regressions"));
}

QString firstError(const QStringList &errors)
{
    for (const QString &e : errors) {
        if (!e.isEmpty())
            return e;
    }
    return QString();
}

// The member listing over the fake network, pages split as fuzz_memberpaging splits them.
QString listMembers(const QByteArray &input)
{
    if (input.isEmpty())
        return QStringLiteral("empty input");
    static const QByteArray separator = QByteArrayLiteral("\n--page--\n");
    const QByteArray rest = input.mid(1);
    QList<QByteArray> pages;
    qsizetype from = 0;
    for (qsizetype at = rest.indexOf(separator); at >= 0; at = rest.indexOf(separator, from)) {
        pages.append(rest.mid(from, at - from));
        from = at + separator.size();
    }
    pages.append(rest.mid(from));
    FakeNetworkAccessManager nam;
    int served = 0;
    nam.setRouter([&](const RecordedRequest &r) -> FakeReply * {
        return new FakeJsonReply(r, 200, served < pages.size() ? pages.at(served++) : QByteArray("[]"));
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-regression")));
    client.setRetryPolicy(fastRetryPolicy());
    auto *list = new ListMembersRequest(&client, hexId(0x11));
    list->setPageSize(1 + static_cast<unsigned char>(input.at(0)) % 8);
    list->setMaxPages(16);
    QString error;
    bool done = false;
    QObject::connect(list, &ListMembersRequest::finished, list, [&](ListMembersRequest *l) {
        error = l->error().isError() ? l->error().describe() : QString();
        done = true;
    });
    list->start();
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QString(); // reported as "no error" and fails the row
    return error;
}

QString profileStore(const QByteArray &input)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("connections.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        return QStringLiteral("cannot write %1").arg(path);
    file.close();
    ProfileStore store(path);
    const QList<Connection> all = store.connections();
    // A store has no error text: an unreadable file is an empty list.
    return all.isEmpty() ? QStringLiteral("no connection read") : QString();
}

// As fuzz_aksk reads its input: method, URL, Authorization, headers, blank line, body. Besides
// the parser's verdict on the Authorization line, the client's own header for the request must
// read back (the check both aksk inputs once tripped).
QString akSk(const QByteArray &input)
{
    const qsizetype blank = input.indexOf("\n\n");
    const QList<QByteArray> lines = (blank < 0 ? input : input.left(blank)).split('\n');
    SigningInput request;
    request.method = lines.value(0);
    request.url = QUrl::fromEncoded(lines.value(1));
    for (qsizetype i = 3; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        request.headers.append({colon < 0 ? lines.at(i) : lines.at(i).left(colon),
                                colon < 0 ? QByteArray() : lines.at(i).mid(colon + 1)});
    }
    request.body = blank < 0 ? QByteArray() : input.mid(blank + 2);
    const QByteArray uri = AkSkSigner::canonicalUri(request.url);
    if (!uri.endsWith('/'))
        return QStringLiteral("canonical URI %1 does not end in /").arg(QString::fromLatin1(uri));
    for (const SigningScheme scheme : {SigningScheme::A, SigningScheme::B}) {
        const QByteArray header = AkSkSigner::authorization(request, "AK", "SK", scheme);
        QByteArray date; // the first X-Sdk-Date, which the signer uses
        for (const auto &h : std::as_const(request.headers)) {
            if (h.first.trimmed().toLower() == "x-sdk-date") {
                date = h.second.trimmed();
                break;
            }
        }
        const bool plainDate = date.size() == 16 && !date.contains(',') && !date.contains(' ');
        if (!header.isEmpty() && plainDate && !AkSkSigner::parseAuthorization(header).ok)
            return QStringLiteral("the verifier cannot read %1").arg(QString::fromLatin1(header));
    }
    return AkSkSigner::parseAuthorization(lines.value(2)).ok
               ? QString()
               : QStringLiteral("not an AK/SK Authorization header");
}

// The entry point of each fuzz target; returns the parser's error, empty on success.
const QHash<QString, std::function<QString(const QByteArray &)>> &targets()
{
    static const QHash<QString, std::function<QString(const QByteArray &)>> all = {
        {QStringLiteral("loadbalancers"),
         [](const QByteArray &b) {
             return firstError({parseLoadBalancerList(b).error, parseLoadBalancer(b).error});
         }},
        {QStringLiteral("listeners"),
         [](const QByteArray &b) {
             return firstError({parseListenerList(b).error, parseListener(b).error});
         }},
        {QStringLiteral("members"),
         [](const QByteArray &b) {
             QList<QByteArrayView> slices;
             (void)sliceJsonArray(b, &slices);
             return parseMemberList(b).error;
         }},
        {QStringLiteral("memberpaging"), listMembers},
        {QStringLiteral("jobreference"), [](const QByteArray &b) { return JobReference::fromBody(b).error; }},
        {QStringLiteral("cloudjob"), [](const QByteArray &b) { return CloudJob::fromBody(b).error; }},
        {QStringLiteral("apierror"),
         [](const QByteArray &b) {
             const ApiError e = parseErrorBody(
                 b.size() >= 2 ? 100 + ((uchar(b[0]) << 8 | uchar(b[1])) % 500) : 500, b.mid(2));
             return e.describe();
         }},
        {QStringLiteral("iamtoken"),
         [](const QByteArray &b) {
             TokenInfo info;
             QString why;
             return parseTokenBody(b, &info, &why) ? QString() : why;
         }},
        {QStringLiteral("aksk"), akSk},
        {QStringLiteral("profilestore"), profileStore},
        {QStringLiteral("cloudsyaml"),
         [](const QByteArray &b) {
             const qsizetype at = b.indexOf("\n%%secure.yaml%%\n");
             return at < 0 ? CloudsYamlReader::parse(b).error
                           : CloudsYamlReader::parse(b.left(at), b.mid(at + 17)).error;
         }},
    };
    return all;
}

} // namespace

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyDirectoryIsATarget();
    void replay_data();
    void replay();
};

void tst_FuzzRegressions::everyDirectoryIsATarget()
{
    const QDir dir(regressionsDir());
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QVERIFY2(targets().contains(name), qPrintable(QStringLiteral("no fuzz target %1").arg(name)));
}

void tst_FuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("expectError");
    // regressions/<target>/<input>; files at the top (the README) are not inputs.
    const QDir root(regressionsDir());
    const QStringList targetDirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &target : targetDirs) {
        const QDir dir(root.filePath(target));
        const QStringList inputs = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : inputs) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QTest::newRow(qPrintable(target + QLatin1Char('/') + name))
                << target << file.readAll() << !name.startsWith(QLatin1String("ok-"));
        }
    }
}

void tst_FuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, input);
    QFETCH(bool, expectError);
    QVERIFY2(targets().contains(target), qPrintable(target));
    const QString error = targets().value(target)(input);
    if (expectError) {
        QVERIFY2(!error.isEmpty(), "the input was accepted");
        QVERIFY2(error.size() <= 600, qPrintable(error.left(200)));
    } else {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
