// ListMembersRequest paging over the fake network: limit/marker (marker = last id of the previous
// page), stop at a short page, and stop with an error instead of looping when a server ignores the
// marker or never ends (elb-classic-api.md §5, §12).
#include "api/apiclient.h"
#include "api/backgroundwork.h"
#include "api/listmembersrequest.h"
#include "auth/tokenauthenticator.h"
#include "fakenetwork.h"
#include "model/member.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

const QString kListener = hexId(0x11);

enum class Marker { Exclusive, Inclusive, Ignored };

// A listener holding members 1..count, paged the way the given server reads the marker.
FakeReply *pageOf(const RecordedRequest &r, int count, Marker marker)
{
    const int limit = r.queryValue(QStringLiteral("limit")).toInt();
    int from = 1;
    const QString m = r.queryValue(QStringLiteral("marker"));
    if (!m.isEmpty() && marker != Marker::Ignored)
        from = m.toInt(nullptr, 16) + (marker == Marker::Exclusive ? 1 : 0);
    QList<int> page;
    for (int n = from; n <= count && page.size() < limit; ++n)
        page.append(n);
    return new FakeJsonReply(r, 200, memberListJson(page, kListener));
}

QStringList idsOf(const QList<Member> &members)
{
    QStringList ids;
    for (const Member &m : members)
        ids.append(m.id);
    return ids;
}

QStringList expectedIds(int count)
{
    QStringList ids;
    for (int n = 1; n <= count; ++n)
        ids.append(hexId(n));
    return ids;
}

} // namespace

class tst_MemberPaging : public QObject
{
    Q_OBJECT

private slots:
    void pagesFollowTheMarker_data();
    void pagesFollowTheMarker();
    void serverIgnoringTheMarkerStopsWithAnError();
    void pagesThatNeverEndStopAfterMaxPages();
    void pageSizeComesFromTheConnection();
    void failedPageEndsTheListing();
    void abortBetweenPages();
    void abortOrDeleteWhileAPageIsParsed_data();
    void abortOrDeleteWhileAPageIsParsed();
    void nextPageIsSentBeforeThePageIsPassedOn_data();
    void nextPageIsSentBeforeThePageIsPassedOn();
    void invalidFullPageEndsTheListingWithItsError();
};

void tst_MemberPaging::pagesFollowTheMarker_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<Marker>("marker");
    QTest::addColumn<QStringList>("markersSent");
    QTest::newRow("5 members, 2 per page")
        << 5 << Marker::Exclusive << QStringList{QString(), hexId(2), hexId(4)};
    QTest::newRow("4 members: an empty last page")
        << 4 << Marker::Exclusive << QStringList{QString(), hexId(2), hexId(4)};
    QTest::newRow("1 member: one short page") << 1 << Marker::Exclusive << QStringList{QString()};
    QTest::newRow("none") << 0 << Marker::Exclusive << QStringList{QString()};
    // A server reading the marker as "start from" repeats one member per page: listed once each,
    // and the last page holding only the marker member ends the listing.
    QTest::newRow("inclusive marker, duplicates across pages")
        << 5 << Marker::Inclusive << QStringList{QString(), hexId(2), hexId(3), hexId(4), hexId(5)};
}

void tst_MemberPaging::pagesFollowTheMarker()
{
    QFETCH(int, members);
    QFETCH(Marker, marker);
    QFETCH(QStringList, markersSent);
    FakeNetworkAccessManager nam;
    nam.setRouter([&](const RecordedRequest &r) { return pageOf(r, members, marker); });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-paging")));
    auto *list = new ListMembersRequest(&client, kListener);
    list->setPageSize(2);
    QSignalSpy pages(list, &ListMembersRequest::pageLoaded);
    QStringList listed;
    connect(list, &ListMembersRequest::finished, this,
            [&listed](ListMembersRequest *l) { listed = idsOf(l->members()); });
    RequestRun run;
    QVERIFY(runToEnd(list, &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    QCOMPARE(listed, expectedIds(members));
    QCOMPARE(nam.count("GET"), markersSent.size());
    QCOMPARE(pages.size(), markersSent.size());
    QCOMPARE(pages.last().at(2).toInt(), members);
    for (int i = 0; i < markersSent.size(); ++i) {
        const RecordedRequest &r = nam.requests().at(i);
        QCOMPARE(r.path(),
                 QStringLiteral("/v1.0/%1/elbaas/listeners/%2/members").arg(fakeProjectId(), kListener));
        QCOMPARE(r.queryValue(QStringLiteral("limit")), QStringLiteral("2"));
        QCOMPARE(r.queryValue(QStringLiteral("marker")), markersSent.at(i));
        QCOMPARE(r.hasQueryItem(QStringLiteral("marker")), !markersSent.at(i).isEmpty());
    }
}

void tst_MemberPaging::serverIgnoringTheMarkerStopsWithAnError()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) { return pageOf(r, 10, Marker::Ignored); });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-paging")));
    auto *list = new ListMembersRequest(&client, kListener);
    list->setPageSize(2);
    int membersAtEnd = -1;
    connect(list, &ListMembersRequest::finished, this,
            [&membersAtEnd](ListMembersRequest *l) { membersAtEnd = int(l->members().size()); });
    RequestRun run;
    QVERIFY(runToEnd(list, &run));
    QCOMPARE(run.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(run.error.message.contains(QLatin1String("marker")), qPrintable(run.error.message));
    QCOMPARE(nam.count(), 2);
    QCOMPARE(membersAtEnd, 0); // a partial list is never handed out as the whole
}

void tst_MemberPaging::pagesThatNeverEndStopAfterMaxPages()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) { return pageOf(r, 1000000, Marker::Exclusive); });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-paging")));
    auto *list = new ListMembersRequest(&client, kListener);
    list->setPageSize(3);
    list->setMaxPages(4);
    RequestRun run;
    QVERIFY(runToEnd(list, &run));
    QCOMPARE(run.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(run.error.message.contains(QLatin1String("4 pages")), qPrintable(run.error.message));
    QCOMPARE(nam.count(), 4);
    QCOMPARE(nam.requests().last().queryValue(QStringLiteral("marker")), hexId(9));
}

void tst_MemberPaging::pageSizeComesFromTheConnection()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) { return pageOf(r, 3, Marker::Exclusive); });
    Connection c = fakeConnection();
    c.pageSize = 250;
    ApiClient client(&nam, c, new TokenAuthenticator(QStringLiteral("tok-paging")));
    RequestRun run;
    QVERIFY(runToEnd(new ListMembersRequest(&client, kListener), &run));
    QVERIFY(!run.error.isError());
    QCOMPARE(nam.count(), 1);
    QCOMPARE(nam.requests().first().queryValue(QStringLiteral("limit")), QStringLiteral("250"));
}

void tst_MemberPaging::failedPageEndsTheListing()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.hasQueryItem(QStringLiteral("marker")))
            return new FakeJsonReply(r, 400,
                                     R"({"error":{"message":"query member failed","code":"ELB.2003"}})");
        return pageOf(r, 5, Marker::Exclusive);
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-paging")));
    auto *list = new ListMembersRequest(&client, kListener);
    list->setPageSize(2);
    // Pages are parsed on a worker thread, so page 2's error is in before page 1 is parsed; page 1
    // is still passed on first, and the error ends the listing after it.
    QStringList events;
    connect(list, &ListMembersRequest::pageLoaded, this,
            [&events](const QList<Member> &page) { events.append(idsOf(page).join(QLatin1Char(','))); });
    connect(list, &ListMembersRequest::finished, this,
            [&events] { events.append(QStringLiteral("finished")); });
    RequestRun run;
    QVERIFY(runToEnd(list, &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Http);
    QCOMPARE(run.error.code, QStringLiteral("ELB.2003"));
    QCOMPARE(nam.count(), 2);
    QCOMPARE(events, QStringList({hexId(1) + QLatin1Char(',') + hexId(2), QStringLiteral("finished")}));
}

void tst_MemberPaging::abortBetweenPages()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.hasQueryItem(QStringLiteral("marker")))
            return new FakeHangingReply(r);
        return pageOf(r, 5, Marker::Exclusive);
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-paging")));
    auto *list = new ListMembersRequest(&client, kListener);
    list->setPageSize(2);
    connect(&nam, &FakeNetworkAccessManager::requestRecorded, list, [list](int index) {
        if (index == 1)
            QTimer::singleShot(0, list, &ListMembersRequest::abort);
    });
    RequestRun run;
    QVERIFY(runToEnd(list, &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Aborted);
    QCOMPARE(nam.count(), 2);
    QCOMPARE(nam.inFlight(), 0);
}

QTEST_GUILESS_MAIN(tst_MemberPaging)
// Stopping a listing while a page is being parsed on the worker thread: abort() finishes it at once
// and nothing is passed on afterwards; deleting it leaves the running parse to finish harmlessly
// (the sanitizer build checks that nothing touches the deleted request).
void tst_MemberPaging::abortOrDeleteWhileAPageIsParsed_data()
{
    QTest::addColumn<bool>("deleteIt");
    QTest::newRow("abort") << false;
    QTest::newRow("delete") << true;
}

void tst_MemberPaging::abortOrDeleteWhileAPageIsParsed()
{
    QFETCH(bool, deleteIt);
    constexpr int pageSize = 2000; // a page that takes a while to parse
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) { return pageOf(r, 3 * pageSize, Marker::Exclusive); });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-paging")));
    QPointer<ListMembersRequest> list = new ListMembersRequest(&client, kListener);
    list->setPageSize(pageSize);
    list->setAutoDelete(false);
    int pagesAfterTheEnd = 0;
    int finishedCount = 0;
    bool ended = false;
    connect(list, &ListMembersRequest::pageLoaded, this, [&] { pagesAfterTheEnd += ended ? 1 : 0; });
    connect(list, &ListMembersRequest::finished, this, [&] {
        ++finishedCount;
        ended = true;
    });
    // The second GET goes out when the first page is handed to the worker thread.
    connect(&nam, &FakeNetworkAccessManager::requestRecorded, this, [&](int index) {
        if (index != 1 || !list)
            return;
        QTimer::singleShot(0, this, [&] {
            if (deleteIt) {
                delete list;
                return;
            }
            QCOMPARE(finishedCount, 0);
            list->abort();
            QCOMPARE(finishedCount, 1); // at once, not when the parse is done
            QCOMPARE(list->error().kind, ApiError::Kind::Aborted);
        });
    });
    list->start();
    QTRY_VERIFY(deleteIt ? list.isNull() : ended);
    QVERIFY(backgroundPool()->waitForDone(10000));
    QCoreApplication::processEvents(); // a stray result of the parse would be delivered now
    QCOMPARE(pagesAfterTheEnd, 0);
    QCOMPARE(finishedCount, deleteIt ? 0 : 1);
    QCOMPARE(nam.inFlight(), 0);
    QCOMPARE(nam.count(), 2);
    delete list;
}

// The receivers of a page (model rows, search keys) run while the server already prepares the
// next one: when pageLoaded() arrives, the next page's GET has been sent. Without members kept,
// members() stays empty and the pages alone carry every member once.
void tst_MemberPaging::nextPageIsSentBeforeThePageIsPassedOn_data()
{
    QTest::addColumn<Marker>("marker");
    QTest::addColumn<bool>("keep");
    QTest::newRow("exclusive marker, members kept") << Marker::Exclusive << true;
    QTest::newRow("exclusive marker, pages only") << Marker::Exclusive << false;
    QTest::newRow("inclusive marker, pages only") << Marker::Inclusive << false;
}

void tst_MemberPaging::nextPageIsSentBeforeThePageIsPassedOn()
{
    QFETCH(Marker, marker);
    QFETCH(bool, keep);
    FakeNetworkAccessManager nam;
    nam.setRouter([&](const RecordedRequest &r) { return pageOf(r, 9, marker); });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-paging")));
    auto *list = new ListMembersRequest(&client, kListener);
    list->setPageSize(3);
    list->setKeepMembers(keep);
    // The pane's way: no members kept, row keys worked out with the parse, no raw JSON.
    list->setRowKeys(!keep);
    list->setKeepRawJson(keep);
    QList<int> sentAtPage;
    QStringList passedOn;
    int keyedRows = 0;
    connect(list, &ListMembersRequest::pageLoaded, this,
            [&](const QList<Member> &page, const QList<MemberRowKeys> &keys, int soFar) {
                sentAtPage.append(int(nam.count("GET")));
                passedOn.append(idsOf(page));
                QCOMPARE(soFar, int(passedOn.size()));
                QCOMPARE(keys.size(), keep ? 0 : page.size());
                for (const Member &m : page)
                    QCOMPARE(m.rawJson.isEmpty(), !keep);
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    const MemberRowKeys expected = MemberRowKeys::of(page.at(i));
                    QCOMPARE(keys.at(i).searchText, expected.searchText);
                    QCOMPARE(keys.at(i).ipKey, expected.ipKey);
                    QCOMPARE(keys.at(i).nameLength, expected.nameLength);
                    QVERIFY(keys.at(i).searchText.endsWith(page.at(i).id));
                    ++keyedRows;
                }
            });
    int keptAtEnd = -1;
    connect(list, &ListMembersRequest::finished, this,
            [&keptAtEnd](ListMembersRequest *l) { keptAtEnd = int(l->members().size()); });
    RequestRun run;
    QVERIFY(runToEnd(list, &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    QCOMPARE(passedOn, expectedIds(9));
    QCOMPARE(keptAtEnd, keep ? 9 : 0);
    QCOMPARE(keyedRows, keep ? 0 : 9);
    // Every full page was followed by its next GET before it was passed on; the last (short or
    // empty) page ends the listing with nothing more sent.
    const int gets = int(nam.count("GET"));
    QCOMPARE(sentAtPage.size(), gets);
    for (int i = 0; i + 1 < sentAtPage.size(); ++i)
        QCOMPARE(sentAtPage.at(i), i + 2);
    QCOMPARE(sentAtPage.constLast(), gets);
}

// A full page is parsed after the next page has been asked for. When it turns out invalid, the
// listing ends with exactly the error the page gives, nothing of it is passed on, and the page asked
// ahead is dropped unanswered.
void tst_MemberPaging::invalidFullPageEndsTheListingWithItsError()
{
    QByteArray bad = memberListJson({1, 2, 3}, kListener);
    bad.replace(QByteArray("\"id\":\"") + hexId(2).toLatin1() + '"', QByteArray("\"id\":42"));
    QVERIFY(bad.contains("\"id\":42"));
    const QString expected = parseMemberList(bad).error;
    QVERIFY(!expected.isEmpty());
    FakeNetworkAccessManager nam;
    nam.setRouter([&](const RecordedRequest &r) -> FakeReply * {
        if (r.hasQueryItem(QStringLiteral("marker")))
            return new FakeHangingReply(r);
        return new FakeJsonReply(r, 200, bad);
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-paging")));
    auto *list = new ListMembersRequest(&client, kListener);
    list->setPageSize(3);
    QSignalSpy pages(list, &ListMembersRequest::pageLoaded);
    RequestRun run;
    QVERIFY(runToEnd(list, &run));
    QCOMPARE(run.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(run.error.message.contains(expected), qPrintable(run.error.message));
    QCOMPARE(run.error.httpStatus, 200);
    QCOMPARE(pages.size(), 0);
    // The next page had gone out before this one was parsed (marker = its last member), no more.
    QCOMPARE(nam.count("GET"), 2);
    QCOMPARE(nam.requests().last().queryValue(QStringLiteral("marker")), hexId(3));
}

#include "tst_memberpaging.moc"
