// Every id that goes into a URL path (project, load balancer, listener, member, page marker, job,
// ECS server) through every request class and every operation that takes one, with ids a server
// answer, a command line or a stale selection could carry: path traversal, query and fragment
// characters, percent-escapes, slashes, empty, too long, upper case, look-alike Unicode, control
// characters. None may reach the network: a real server on loopback counts connections, and must
// count zero. Extends tst_apirefusals (fake network, five ids) to the real socket and more ids.
#include "api/addmembersrequest.h"
#include "api/elbpaths.h"
#include "api/getjobrequest.h"
#include "api/listlistenersrequest.h"
#include "api/listloadbalancersrequest.h"
#include "api/listmembersrequest.h"
#include "api/memberpagerequest.h"
#include "api/removemembersrequest.h"
#include "hostilefixture.h"
#include "jobs/jobtracker.h"
#include "jobs/memberaddition.h"
#include "jobs/memberremoval.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

const QStringList kTargets{
    QStringLiteral("project id"),
    QStringLiteral("load balancer id"),
    QStringLiteral("listener id: member page"),
    QStringLiteral("listener id: all members"),
    QStringLiteral("listener id: remove request"),
    QStringLiteral("listener id: add request"),
    QStringLiteral("listener id: removal operation"),
    QStringLiteral("listener id: add operation"),
    QStringLiteral("page marker"),
    QStringLiteral("member id: remove request"),
    QStringLiteral("member id: removal operation"),
    QStringLiteral("server id: add request"),
    QStringLiteral("job id: job request"),
    QStringLiteral("job id: job tracker"),
};

QList<QPair<QString, QString>> badIds()
{
    const QString hex = hexId(0xabc);
    return {
        {QStringLiteral("../../x"), QStringLiteral("../../x")},
        {QStringLiteral("hex/../../x"), hex + QStringLiteral("/../../x")},
        {QStringLiteral("a?b"), QStringLiteral("a?b")},
        {QStringLiteral("hex?marker=1"), hex + QStringLiteral("?marker=1")},
        {QStringLiteral("a#b"), QStringLiteral("a#b")},
        {QStringLiteral("%2e%2e"), QStringLiteral("%2e%2e")},
        {QStringLiteral("%2e%2e%2f padded to 32"), QStringLiteral("%2e%2e%2f%2e%2e%2f%2e%2e%2f000000")},
        {QStringLiteral("a/b"), QStringLiteral("a/b")},
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("33 hex characters"), hex + QStringLiteral("0")},
        {QStringLiteral("31 hex characters"), hex.left(31)},
        {QStringLiteral("4096 characters"), QString(4096, u'a')},
        {QStringLiteral("upper-case hex"), hex.toUpper().replace(u'0', u'F')},
        {QStringLiteral("Cyrillic a in hex"), hex.left(31) + QChar(0x0430)},
        {QStringLiteral("full-width digits"), QString(32, QChar(0xFF10))},
        {QStringLiteral("hex and a newline"), hex.left(31) + u'\n'},
        {QStringLiteral("hex and a NUL"), hex.left(31) + QChar(0)},
        {QStringLiteral("space inside"), hex.left(16) + u' ' + hex.left(15)},
        {QStringLiteral(".."), QStringLiteral("..")},
    };
}

#define VERIFY_WORDS(text)                                                                                   \
    do {                                                                                                     \
        QString why_;                                                                                        \
        QVERIFY2(isClearWords((text), &why_), qPrintable(why_));                                             \
    } while (false)

} // namespace

class tst_IdPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badIdNeverReachesTheNetwork_data();
    void badIdNeverReachesTheNetwork();
    void pathBuildersRefuseEveryBadId_data();
    void pathBuildersRefuseEveryBadId();
    void goodIdsDoReachTheServer();

private:
    HostileServer m_server;
};

void tst_IdPaths::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setHandler([](HostileConnection *c) { c->respond(200, "[]"); });
}

void tst_IdPaths::badIdNeverReachesTheNetwork_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("badId");
    for (const QString &t : kTargets) {
        for (const auto &[name, id] : badIds()) {
            // Empty has a meaning of its own there: "first page", "every listener", "learn it from
            // the token" (which would ask IAM: a request, but not one with this id in its path).
            if (id.isEmpty() && (t == QLatin1String("page marker") ||
                                 t == QLatin1String("load balancer id") || t == QLatin1String("project id")))
                continue;
            QTest::addRow("%s: %s", qPrintable(t), qPrintable(name)) << t << id;
        }
    }
}

void tst_IdPaths::badIdNeverReachesTheNetwork()
{
    QFETCH(QString, target);
    QFETCH(QString, badId);
    m_server.clear();
    Connection connection = hostileConnection(m_server.baseUrl());
    if (target == QLatin1String("project id"))
        connection.projectId = badId;
    RealClient real(connection, fastRetryPolicy());
    const QString good = hexId(7);
    const QString server = serverIdFor(7);
    ApiError error;
    auto runRequest = [&error](auto *request) {
        RequestRun run;
        const bool ended = runToEnd(request, &run);
        error = run.error;
        return ended;
    };
    auto runOperation = [&error](MemberOperation *op) {
        QSignalSpy finished(op, &MemberOperation::finished);
        op->start();
        const bool ended = finished.count() == 1 || finished.wait(10000);
        if (!ended || op->outcome() != MemberOperation::Outcome::Rejected) {
            qWarning("operation outcome %d: %s", int(op->outcome()), qPrintable(op->summary()));
            return false;
        }
        error = op->error();
        return true;
    };
    QList<Member> selected;
    Member m;
    m.id = good;
    m.serverId = server;
    m.serverAddress = QStringLiteral("10.0.0.7");
    selected << m;

    if (target == QLatin1String("project id"))
        QVERIFY(runRequest(new ListLoadBalancersRequest(&real.client)));
    else if (target == QLatin1String("load balancer id"))
        QVERIFY(runRequest(new ListListenersRequest(&real.client, badId)));
    else if (target == QLatin1String("listener id: member page"))
        QVERIFY(runRequest(new MemberPageRequest(&real.client, badId, 10, QString())));
    else if (target == QLatin1String("listener id: all members"))
        QVERIFY(runRequest(new ListMembersRequest(&real.client, badId)));
    else if (target == QLatin1String("listener id: remove request"))
        QVERIFY(runRequest(new RemoveMembersRequest(&real.client, badId, {good})));
    else if (target == QLatin1String("listener id: add request"))
        QVERIFY(
            runRequest(new AddMembersRequest(&real.client, badId, {{server, QStringLiteral("10.0.0.7")}})));
    else if (target == QLatin1String("page marker"))
        QVERIFY(runRequest(new MemberPageRequest(&real.client, good, 10, badId)));
    else if (target == QLatin1String("member id: remove request"))
        QVERIFY(runRequest(new RemoveMembersRequest(&real.client, good, {good, badId})));
    else if (target == QLatin1String("server id: add request"))
        QVERIFY(runRequest(new AddMembersRequest(&real.client, good, {{badId, QStringLiteral("10.0.0.7")}})));
    else if (target == QLatin1String("job id: job request"))
        QVERIFY(runRequest(new GetJobRequest(&real.client, badId, QStringLiteral("/v1.0"))));
    else if (target == QLatin1String("listener id: removal operation")) {
        MemberRemoval op(&real.client, badId, selected);
        QVERIFY(runOperation(&op));
    } else if (target == QLatin1String("member id: removal operation")) {
        selected[0].id = badId;
        MemberRemoval op(&real.client, good, selected);
        QVERIFY(runOperation(&op));
    } else if (target == QLatin1String("listener id: add operation")) {
        MemberOperation::Target t;
        t.serverId = server;
        t.serverAddress = QStringLiteral("10.0.0.7");
        MemberAddition op(&real.client, badId, {t});
        QVERIFY(runOperation(&op));
    } else if (target == QLatin1String("job id: job tracker")) {
        JobTracker tracker(&real.client, badId);
        QSignalSpy finished(&tracker, &JobTracker::finished);
        tracker.start();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(tracker.outcome(), JobTracker::Outcome::Unknown); // never "failed", never "succeeded"
        error = tracker.lastError();
    } else {
        QFAIL("unknown target");
    }
    QCOMPARE(error.kind, ApiError::Kind::Refused);
    VERIFY_WORDS(error.describe());
    QVERIFY2(error.message.size() < 300, qPrintable(error.message));
    QCOMPARE(m_server.connectionCount(), 0);
    QCOMPARE(m_server.requestCount(), 0);
}

void tst_IdPaths::pathBuildersRefuseEveryBadId_data()
{
    QTest::addColumn<QString>("badId");
    for (const auto &[name, id] : badIds())
        QTest::addRow("%s", qPrintable(name)) << id;
}

void tst_IdPaths::pathBuildersRefuseEveryBadId()
{
    QFETCH(QString, badId);
    const QString good = hexId(1);
    QString refusal;
    QCOMPARE(ElbPaths::listener(good, badId, QStringLiteral("/members"), &refusal), QString());
    VERIFY_WORDS(refusal);
    refusal.clear();
    QCOMPARE(ElbPaths::job(QStringLiteral("/v1.0"), good, badId, &refusal), QString());
    VERIFY_WORDS(refusal);
    refusal.clear();
    QCOMPARE(ElbPaths::job(QStringLiteral("/v1.0"), badId, good, &refusal), QString());
    VERIFY_WORDS(refusal);
    refusal.clear();
    QCOMPARE(ElbPaths::elbaas(badId, QStringLiteral("loadbalancers"), &refusal), QString());
    VERIFY_WORDS(refusal);
}

void tst_IdPaths::goodIdsDoReachTheServer()
{
    // The control for every row above: the same calls with valid ids do reach this server.
    m_server.clear();
    RealClient real(hostileConnection(m_server.baseUrl()), fastRetryPolicy());
    RequestRun run;
    QVERIFY(runToEnd(new MemberPageRequest(&real.client, hexId(7), 10, hexId(8)), &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    QCOMPARE(m_server.requestCount(), 1);
    QCOMPARE(
        m_server.requests().first().rawPath(),
        QStringLiteral("/v1.0/%1/elbaas/listeners/%2/members").arg(fakeProjectId(), hexId(7)).toLatin1());
}

QTEST_GUILESS_MAIN(tst_IdPaths)
#include "tst_idpaths.moc"
