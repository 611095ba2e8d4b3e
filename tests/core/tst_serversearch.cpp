// ServerSearch: which memberships a query matches, listing every listener's members page by page
// with a bounded number of listeners in flight, failures reported per listener, and (against the
// real sandbox) one server found in exactly the 7 of 50 listeners it sits in.
#include "api/apiclient.h"
#include "api/listlistenersrequest.h"
#include "api/listmembersrequest.h"
#include "auth/passwordauthenticator.h"
#include "auth/tokenauthenticator.h"
#include "documentedexamples.h"
#include "emulatorprocess.h"
#include "fakenetwork.h"
#include "jobs/memberaddition.h"
#include "jobs/memberremoval.h"
#include "jobs/serversearch.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kLb = hexId(0x1b);

QString listenerId(int i)
{
    return hexId(0x100 + i);
}

QByteArray lbListJson()
{
    QJsonObject lb = QJsonDocument::fromJson(Examples::kLbList).object();
    QJsonArray lbs = lb.value(QLatin1String("loadbalancers")).toArray();
    QJsonObject first = lbs.first().toObject();
    first.insert(QStringLiteral("id"), kLb);
    first.insert(QStringLiteral("name"), QStringLiteral("lb-one"));
    return QJsonDocument(QJsonObject{{QStringLiteral("loadbalancers"), QJsonArray{first}},
                                     {QStringLiteral("instance_num"), QStringLiteral("1")}})
        .toJson(QJsonDocument::Compact);
}

QByteArray listenerListJson(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i) {
        QJsonObject l = QJsonDocument::fromJson(Examples::kListener).object();
        l.insert(QStringLiteral("id"), listenerId(i));
        l.insert(QStringLiteral("loadbalancer_id"), kLb);
        l.insert(QStringLiteral("name"), QStringLiteral("lis-%1").arg(i));
        array.append(l);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Runs a search to its end; the search object stays alive for inspection.
bool runSearch(ServerSearch *search, QList<QPair<int, int>> *progress = nullptr)
{
    QSignalSpy done(search, &ServerSearch::finished);
    QObject::connect(search, &ServerSearch::progress, search, [progress](int d, int t) {
        if (progress)
            progress->append({d, t});
    });
    search->start();
    return done.count() == 1 || (done.wait(kTimeoutMs) && done.count() == 1);
}

} // namespace

class tst_ServerSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryRule_data();
    void queryRule();
    void searchesEveryListenerPageByPageWithBoundedConcurrency();
    void concurrencyIsConfigurable();
    void listenerListFailureStopsTheSearch();
    void emptyQueryIsRefusedWithoutSending();
    void abortAndDeletionMidSearchAreSafe();
    void findsAServerInExactlySevenOfFiftyListeners();
};

void tst_ServerSearch::queryRule_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("matches");
    const auto id = static_cast<int>(ServerSearch::QueryKind::ServerId);
    const auto ip = static_cast<int>(ServerSearch::QueryKind::IpAddress);
    const auto name = static_cast<int>(ServerSearch::QueryKind::NameSubstring);
    const auto invalid = static_cast<int>(ServerSearch::QueryKind::Invalid);
    // The member: ecs-web-0042, 10.0.0.1, server 97444148-7afb-47cc-b4a3-6e1c94d1ade4.
    QTest::newRow("server id") << QStringLiteral("97444148-7afb-47cc-b4a3-6e1c94d1ade4") << id << true;
    QTest::newRow("server id, upper case")
        << QStringLiteral("97444148-7AFB-47CC-B4A3-6E1C94D1ADE4") << id << true;
    QTest::newRow("other server id") << QStringLiteral("97444148-7afb-47cc-b4a3-6e1c94d1ade5") << id << false;
    QTest::newRow("ip") << QStringLiteral("10.0.0.1") << ip << true;
    QTest::newRow("ip with spaces") << QStringLiteral(" 10.0.0.1 ") << ip << true;
    QTest::newRow("ip is never a prefix") << QStringLiteral("10.0.0.10") << ip << false;
    QTest::newRow("ip is never a substring") << QStringLiteral("0.0.0.1") << ip << false;
    QTest::newRow("name") << QStringLiteral("ecs-web-0042") << name << true;
    QTest::newRow("name part, any case") << QStringLiteral("WEB-00") << name << true;
    QTest::newRow("other name") << QStringLiteral("ecs-db") << name << false;
    QTest::newRow("part of the id is a name query") << QStringLiteral("97444148") << name << false;
    QTest::newRow("a number is a name query") << QStringLiteral("0042") << name << true;
    QTest::newRow("a short IPv4 form is a name query") << QStringLiteral("10.1") << name << false;
    QTest::newRow("empty") << QStringLiteral("  ") << invalid << false;
}

void tst_ServerSearch::queryRule()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    QFETCH(bool, matches);
    Member m;
    m.id = hexId(1);
    m.serverId = QStringLiteral("97444148-7afb-47cc-b4a3-6e1c94d1ade4");
    m.serverAddress = QStringLiteral("10.0.0.1");
    m.address = QStringLiteral("100.64.0.1");
    m.serverName = QStringLiteral("ecs-web-0042");
    QCOMPARE(static_cast<int>(ServerSearch::queryKind(query)), kind);
    QCOMPARE(ServerSearch::matches(m, query), matches);
    // Never the internal 100.x address.
    QVERIFY(!ServerSearch::matches(m, QStringLiteral("100.64.0.1")));
}

void tst_ServerSearch::searchesEveryListenerPageByPageWithBoundedConcurrency()
{
    // 10 listeners; listener i holds members i, i+1 and 1000 (the server sought, everywhere);
    // listener 3 cannot be listed. Pages of 2, every answer a little late, so requests pile up.
    Connection c = fakeConnection();
    c.pageSize = 2;
    FakeNetworkAccessManager nam;
    ApiClient client(&nam, c, new TokenAuthenticator(QStringLiteral("tok-search")));
    client.setRetryPolicy(fastRetryPolicy());
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.path().endsWith(QLatin1String("/loadbalancers")))
            return (new FakeJsonReply(r, 200, lbListJson()))->withDelay(20);
        if (r.path().endsWith(QLatin1String("/listeners")))
            return (new FakeJsonReply(r, 200, listenerListJson(10)))->withDelay(20);
        for (int i = 0; i < 10; ++i) {
            if (!r.path().endsWith(listenerId(i) + QLatin1String("/members")))
                continue;
            if (i == 3)
                return new FakeJsonReply(r, 403, R"({"error":{"message":"Forbidden","code":"ELB.0403"}})");
            const QList<int> all{i, i + 1, 1000};
            // marker = last id of the previous page: page 1 has two members, page 2 the rest.
            const QList<int> page = r.hasQueryItem(QStringLiteral("marker")) ? all.mid(2) : all.mid(0, 2);
            return (new FakeJsonReply(r, 200, memberListJson(page, listenerId(i))))->withDelay(20);
        }
        return nullptr;
    });

    ServerSearch search(&client, serverIdFor(1000));
    QList<QPair<int, int>> progress;
    QVERIFY(runSearch(&search, &progress));
    QVERIFY2(!search.error().isError(), qPrintable(search.error().describe()));

    const QList<ServerMembership> found = search.results();
    QCOMPARE(found.size(), 9);
    for (int k = 0, i = 0; i < 10; ++i) {
        if (i == 3)
            continue;
        const ServerMembership &s = found.at(k++);
        QCOMPARE(s.listenerId, listenerId(i)); // in listing order
        QCOMPARE(s.listenerName, QStringLiteral("lis-%1").arg(i));
        QCOMPARE(s.loadBalancerId, kLb);
        QCOMPARE(s.loadBalancerName, QStringLiteral("lb-one"));
        QCOMPARE(s.member.serverId, serverIdFor(1000));
        QCOMPARE(s.listenerMembers, 3);
        QCOMPARE(s.listenerHealthy, 3);
    }
    // The listener that failed is reported, not skipped.
    QCOMPARE(search.failures().size(), 1);
    QCOMPARE(search.failures().first().listenerId, listenerId(3));
    QCOMPARE(search.failures().first().error.httpStatus, 403);

    // Every listener page by page: two pages each, one failed request.
    QCOMPARE(nam.count("GET", QStringLiteral("/members")), 9 * 2 + 1);
    // One listener list, without a load balancer filter.
    QList<RecordedRequest> listenerLists;
    for (const RecordedRequest &r : nam.requests("GET", QStringLiteral("/listeners"))) {
        if (r.path().endsWith(QLatin1String("/listeners")))
            listenerLists.append(r);
    }
    QCOMPARE(listenerLists.size(), 1);
    QVERIFY(!listenerLists.first().hasQueryItem(QStringLiteral("loadbalancer_id")));
    // Bounded: at most 4 listeners (plus nothing else) in flight, and the bound was used.
    QCOMPARE(nam.maxInFlight(), 4);

    QCOMPARE(progress.first(), qMakePair(0, 10));
    QCOMPARE(progress.last(), qMakePair(10, 10));
    QCOMPARE(progress.size(), 11);
    QCOMPARE(search.listenersDone(), 10);
}

void tst_ServerSearch::concurrencyIsConfigurable()
{
    FakeNetworkAccessManager nam;
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-search")));
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.path().endsWith(QLatin1String("/loadbalancers")))
            return new FakeJsonReply(r, 200, lbListJson());
        if (r.path().endsWith(QLatin1String("/listeners")))
            return new FakeJsonReply(r, 200, listenerListJson(6));
        return (new FakeJsonReply(r, 200, memberListJson({1, 2})))->withDelay(10);
    });
    ServerSearch search(&client, QStringLiteral("vm-2"));
    search.setMaxInFlight(2);
    QVERIFY(runSearch(&search));
    QCOMPARE(search.results().size(), 6);
    QVERIFY(search.failures().isEmpty());
    QCOMPARE(nam.maxInFlight(), 2);
}

void tst_ServerSearch::listenerListFailureStopsTheSearch()
{
    FakeNetworkAccessManager nam;
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-search")));
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.path().endsWith(QLatin1String("/loadbalancers")))
            return new FakeJsonReply(r, 200, lbListJson());
        return new FakeJsonReply(r, 403, R"({"error":{"message":"Forbidden","code":"ELB.0403"}})");
    });
    ServerSearch search(&client, QStringLiteral("10.0.0.2"));
    QVERIFY(runSearch(&search));
    QVERIFY(search.error().isError());
    QCOMPARE(search.error().httpStatus, 403);
    QVERIFY(search.results().isEmpty());
    QCOMPARE(nam.count("GET", QStringLiteral("/members")), 0);
}

void tst_ServerSearch::emptyQueryIsRefusedWithoutSending()
{
    FakeNetworkAccessManager nam;
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-search")));
    ServerSearch search(&client, QStringLiteral("   "));
    QVERIFY(runSearch(&search));
    QCOMPARE(search.error().kind, ApiError::Kind::Refused);
    QCOMPARE(nam.requests().size(), 0);
}

void tst_ServerSearch::abortAndDeletionMidSearchAreSafe()
{
    FakeNetworkAccessManager nam;
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-search")));
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.path().endsWith(QLatin1String("/loadbalancers")))
            return new FakeJsonReply(r, 200, lbListJson());
        if (r.path().endsWith(QLatin1String("/listeners")))
            return new FakeJsonReply(r, 200, listenerListJson(8));
        return new FakeHangingReply(r);
    });
    {
        ServerSearch search(&client, QStringLiteral("vm-1"));
        QSignalSpy done(&search, &ServerSearch::finished);
        search.start();
        QTRY_COMPARE(nam.inFlight(), 4);
        search.abort();
        QCOMPARE(done.count(), 1);
        QCOMPARE(search.error().kind, ApiError::Kind::Aborted);
        QTRY_COMPARE(nam.inFlight(), 0);
        QCOMPARE(done.count(), 1);
    }
    auto *search = new ServerSearch(&client, QStringLiteral("vm-1"));
    int finished = 0;
    connect(search, &ServerSearch::finished, this, [&finished] { ++finished; });
    search->start();
    QTRY_COMPARE(nam.inFlight(), 4);
    delete search; // nothing emitted from the destructor, every request cut off
    QCOMPARE(finished, 0);
    QTRY_COMPARE(nam.inFlight(), 0);
}

void tst_ServerSearch::findsAServerInExactlySevenOfFiftyListeners()
{
    // One load balancer with 48 listeners, plus the seeded last-healthy and empty ones: 50.
    EmulatorProcess emulator({QStringLiteral("--lbs"), QStringLiteral("1"), QStringLiteral("--listeners"),
                              QStringLiteral("48"), QStringLiteral("--job-seconds"), QStringLiteral("0.2")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    Connection c;
    c.id = QStringLiteral("serversearch-test");
    c.name = QStringLiteral("sandbox");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = emulator.baseUrl();
    c.iamEndpoint = emulator.baseUrl();
    c.userName = QStringLiteral("operator");
    c.domainName = QStringLiteral("sandbox-domain");
    c.projectName = QStringLiteral("eu-de");
    QNetworkAccessManager nam;
    ApiClient client(&nam, c, new PasswordAuthenticator(QStringLiteral("sandbox-password")));

    // The truth, listed one listener after another without ServerSearch.
    QList<Listener> listeners;
    {
        auto *request = new ListListenersRequest(&client, QString());
        connect(request, &ApiRequest::finished, this, [&] { listeners = request->listeners(); });
        QSignalSpy done(request, &ApiRequest::finished);
        request->start();
        QVERIFY(done.wait(kTimeoutMs));
    }
    QCOMPARE(listeners.size(), 50);
    const auto listAll = [&](QHash<QString, QList<Member>> *byListener) {
        for (const Listener &l : std::as_const(listeners)) {
            auto *request = new ListMembersRequest(&client, l.id);
            connect(request, &ListMembersRequest::finished, this,
                    [&, id = l.id](ListMembersRequest *r) { byListener->insert(id, r->members()); });
            QSignalSpy done(request, &ListMembersRequest::finished);
            request->start();
            if (!done.wait(kTimeoutMs))
                return false;
        }
        return true;
    };
    QHash<QString, QList<Member>> truth;
    QVERIFY(listAll(&truth));
    QHash<QString, QSet<QString>> listenersOfServer;
    QHash<QString, Member> anyMember;
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        for (const Member &m : it.value()) {
            listenersOfServer[m.serverId].insert(it.key());
            anyMember.insert(m.serverId, m);
        }
    }
    // The seeding puts servers behind neighbouring listeners: a server found in every one of them.
    QString shared;
    for (auto it = listenersOfServer.cbegin(); it != listenersOfServer.cend() && shared.isEmpty(); ++it) {
        if (it.value().size() >= 2)
            shared = it.key();
    }
    QVERIFY(!shared.isEmpty());
    {
        ServerSearch search(&client, shared);
        QVERIFY(runSearch(&search));
        QSet<QString> found;
        for (const ServerMembership &s : search.results())
            found.insert(s.listenerId);
        QCOMPARE(found, listenersOfServer.value(shared));
    }

    // A named server in exactly one listener, added to six more: 7 of 50.
    QString server;
    for (auto it = listenersOfServer.cbegin(); it != listenersOfServer.cend() && server.isEmpty(); ++it) {
        if (it.value().size() == 1 && !anyMember.value(it.key()).serverName.isEmpty())
            server = it.key();
    }
    QVERIFY(!server.isEmpty());
    const Member member = anyMember.value(server);
    QSet<QString> expected = listenersOfServer.value(server);
    std::vector<std::unique_ptr<MemberAddition>> additions;
    for (const Listener &l : std::as_const(listeners)) {
        if (expected.size() == 7)
            break;
        if (expected.contains(l.id))
            continue;
        expected.insert(l.id);
        additions.push_back(
            std::make_unique<MemberAddition>(&client, l.id, MemberRemoval::targetsFor({member})));
    }
    for (const auto &a : additions)
        a->start();
    for (const auto &a : additions) {
        QTRY_VERIFY_WITH_TIMEOUT(a->outcome() != MemberOperation::Outcome::Pending, kTimeoutMs);
        QCOMPARE(a->outcome(), MemberOperation::Outcome::Succeeded);
    }
    QHash<QString, QList<Member>> after;
    QVERIFY(listAll(&after));

    for (const QString &query :
         {server, member.serverAddress, member.serverName, member.serverName.toUpper()}) {
        ServerSearch search(&client, query);
        QList<QPair<int, int>> progress;
        QVERIFY(runSearch(&search, &progress));
        QVERIFY2(!search.error().isError(), qPrintable(search.error().describe()));
        QVERIFY(search.failures().isEmpty());
        const QList<ServerMembership> found = search.results();
        QCOMPARE(found.size(), 7);
        QSet<QString> where;
        for (const ServerMembership &s : found) {
            where.insert(s.listenerId);
            QCOMPARE(s.member.serverId, server);
            const QList<Member> &listed = after.value(s.listenerId);
            QCOMPARE(s.listenerMembers, int(listed.size()));
            QCOMPARE(s.listenerHealthy, int(std::count_if(listed.cbegin(), listed.cend(),
                                                          [](const Member &m) { return m.isHealthy(); })));
            QVERIFY(!s.loadBalancerName.isEmpty());
        }
        QCOMPARE(where, expected);
        QCOMPARE(progress.last(), qMakePair(50, 50));
    }
}

QTEST_GUILESS_MAIN(tst_ServerSearch)
#include "tst_serversearch.moc"
