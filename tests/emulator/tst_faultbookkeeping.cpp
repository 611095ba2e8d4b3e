// What the fault soak counts by: the request log says which member POST the sandbox APPLIED
// (job_id, even when the answer was lost), /_sandbox/state names each job's members and, on
// request, each listener's member ids, and POST /_sandbox/shutdown asks the program to quit.

#include "emulatortesthttp.h"

#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

QByteArray removalOf(const QString &id)
{
    return "{\"removeMember\":[{\"id\":\"" + id.toLatin1() + "\"}]}";
}

} // namespace

class TestFaultBookkeeping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliedPostsCarryTheirJob_data();
    void appliedPostsCarryTheirJob();
    void stateNamesMembers();
    void shutdownIsSignalled();
};

void TestFaultBookkeeping::appliedPostsCarryTheirJob_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("applied");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("lost") << QStringLiteral("lost") << true;
    QTest::newRow("stall") << QStringLiteral("stall") << true;
    QTest::newRow("fail") << QStringLiteral("fail") << true;
    QTest::newRow("stuck") << QStringLiteral("stuck") << true;
    QTest::newRow("429") << QStringLiteral("429") << false;
    QTest::newRow("503") << QStringLiteral("503") << false;
    QTest::newRow("drop") << QStringLiteral("drop") << false;
    QTest::newRow("malformed") << QStringLiteral("malformed") << false;
    QTest::newRow("expire-token") << QStringLiteral("expire-token") << false;
}

void TestFaultBookkeeping::appliedPostsCarryTheirJob()
{
    QFETCH(QString, kind);
    QFETCH(bool, applied);
    Sandbox s({QStringLiteral("--job-seconds"), QStringLiteral("0.2"), QStringLiteral("--stall-ms"),
               QStringLiteral("100")});
    const QString listener = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QString member = s.members(listener).at(0).toObject().value(QStringLiteral("id")).toString();
    const QString action = s.elb(QStringLiteral("listeners/%1/members/action").arg(listener));
    if (!kind.isEmpty()) {
        QString error;
        // count 0: Qt may re-send a POST whose connection closed; every attempt gets the fault.
        QVERIFY2(s.server.addFaultRules(
                     QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/members/action")},
                                            {QStringLiteral("kind"), kind},
                                            {QStringLiteral("count"), 0}}},
                     &error),
                 qPrintable(error));
    }
    s.http->post(action, removalOf(member));

    QJsonArray posts;
    const QJsonArray log = s.server.requestsJson();
    for (const QJsonValue &e : log) {
        if (e.toObject().value(QStringLiteral("path")).toString() == action)
            posts.append(e);
    }
    QVERIFY(!posts.isEmpty());
    const QJsonArray jobs = s.server.stateJson().value(QStringLiteral("jobs")).toArray();
    int withJob = 0;
    for (const QJsonValue &p : std::as_const(posts)) {
        const QJsonValue jobId = p.toObject().value(QStringLiteral("job_id"));
        QCOMPARE(p.toObject().value(QStringLiteral("fault")).toString(), kind);
        if (jobId.isNull())
            continue;
        ++withJob;
        // The logged job is the one the sandbox holds, for exactly this member.
        bool found = false;
        for (const QJsonValue &j : jobs) {
            if (j.toObject().value(QStringLiteral("job_id")).toString() != jobId.toString())
                continue;
            found = true;
            QCOMPARE(j.toObject().value(QStringLiteral("member_ids")).toArray(), QJsonArray{member});
            QCOMPARE(j.toObject().value(QStringLiteral("listener_id")).toString(), listener);
        }
        QVERIFY2(found, qPrintable(jobId.toString()));
    }
    QCOMPARE(withJob, applied ? int(posts.size()) : 0);
    QCOMPARE(int(jobs.size()), withJob);
}

void TestFaultBookkeeping::stateNamesMembers()
{
    Sandbox s({QStringLiteral("--members"), QStringLiteral("3")});
    const QString listener = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    QStringList listed;
    for (const QJsonValue &m : s.members(listener))
        listed.append(m.toObject().value(QStringLiteral("id")).toString());

    const HttpResult plain = s.http->get(QStringLiteral("/_sandbox/state"));
    QCOMPARE(plain.status, 200);
    QVERIFY(!plain.object()
                 .value(QStringLiteral("listeners"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .contains(QStringLiteral("member_ids")));

    const HttpResult full = s.http->get(QStringLiteral("/_sandbox/state"), QStringLiteral("members=1"));
    QCOMPARE(full.status, 200);
    QStringList ids;
    for (const QJsonValue &l : full.object().value(QStringLiteral("listeners")).toArray()) {
        if (l.toObject().value(QStringLiteral("id")).toString() != listener)
            continue;
        for (const QJsonValue &m : l.toObject().value(QStringLiteral("member_ids")).toArray())
            ids.append(m.toString());
    }
    listed.sort();
    ids.sort();
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids, listed);
}

void TestFaultBookkeeping::shutdownIsSignalled()
{
    Sandbox s;
    QSignalSpy shutdown(&s.server, &Emulator::EmulatorServer::shutdownRequested);
    QCOMPARE(s.http->get(QStringLiteral("/_sandbox/state")).status, 200);
    QCOMPARE(shutdown.size(), 0);
    const HttpResult r = s.http->post(QStringLiteral("/_sandbox/shutdown"), QByteArray());
    QCOMPARE(r.status, 200);
    QCOMPARE(shutdown.size(), 1);
    // In process nothing is connected to it: the sandbox keeps serving.
    QCOMPARE(s.http->get(QStringLiteral("/_sandbox/state")).status, 200);
}

QTEST_GUILESS_MAIN(TestFaultBookkeeping)
#include "tst_faultbookkeeping.moc"
