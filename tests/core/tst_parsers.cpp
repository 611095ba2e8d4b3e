// Model parsers against every documented example body of elb-classic-api.md and its quirks
// (instance_num a string, admin_state_up an integer on load balancers and a boolean on listeners,
// null strings, end_time "" while running, the RUNNIGN typo). Hostile bodies are in
// tst_hostilebodies.cpp, member ids repeated across pages in tst_memberpaging.cpp.
#include "documentedexamples.h"
#include "model/cloudjob.h"
#include "model/listener.h"
#include "model/loadbalancer.h"
#include "model/member.h"

#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;
using namespace ElbDesk::Test::Examples;

class tst_Parsers : public QObject
{
    Q_OBJECT

private slots:
    void loadBalancerListExample();
    void loadBalancerAdminState_data();
    void loadBalancerAdminState();
    void listenerExample();
    void memberExamples_data();
    void memberExamples();
    void jobExamples_data();
    void jobExamples();
    void jobReference_data();
    void jobReference();
    void emptyListsAreFine();
};

void tst_Parsers::loadBalancerListExample()
{
    const auto parsed = parseLoadBalancerList(kLbList);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.size(), 1);
    const LoadBalancer &lb = parsed.value.first();
    QCOMPARE(lb.id, QStringLiteral("0b07acf06d243925bc24a0ac7445267a"));
    QCOMPARE(lb.name, QStringLiteral("MY_ELB"));
    QCOMPARE(lb.description, QString()); // null
    QCOMPARE(lb.status, QStringLiteral("ACTIVE"));
    QCOMPARE(lb.type, QStringLiteral("External"));
    QCOMPARE(lb.vipAddress, QStringLiteral("192.144.62.114"));
    QCOMPARE(lb.vpcId, QStringLiteral("f54a3ffd-7a55-4568-9e3d-f0ff2d46a107"));
    QCOMPARE(lb.adminStateUp, 1);
    QCOMPARE(lb.bandwidth, 1);
    QVERIFY(lb.raw.value(QLatin1String("security_group_id")).isNull());
}

void tst_Parsers::loadBalancerAdminState_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("0 disabled") << QByteArray("0") << 0;
    QTest::newRow("1 running") << QByteArray("1") << 1;
    QTest::newRow("2 frozen") << QByteArray("2") << 2;
    QTest::newRow("true (create accepts booleans)") << QByteArray("true") << 1;
    QTest::newRow("false") << QByteArray("false") << 0;
    QTest::newRow("absent defaults to running") << QByteArray() << 1;
}

void tst_Parsers::loadBalancerAdminState()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    QByteArray body = kLbList;
    body.replace("\"admin_state_up\":1,",
                 value.isEmpty() ? QByteArray() : "\"admin_state_up\":" + value + ',');
    const auto parsed = parseLoadBalancerList(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.first().adminStateUp, expected);
}

void tst_Parsers::listenerExample()
{
    const auto parsed = parseListenerList('[' + kListener + ']');
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.size(), 1);
    const Listener &l = parsed.value.first();
    QCOMPARE(l.id, QStringLiteral("a824584fb3ba4d39ba0cf372c7cbbb67"));
    QCOMPARE(l.name, QStringLiteral("lis"));
    QCOMPARE(l.loadBalancerId, QStringLiteral("f54c65b1b5dd4a4f95b71b44796ac013"));
    QCOMPARE(l.protocol, QStringLiteral("TCP"));
    QCOMPARE(l.port, 9092);
    QCOMPARE(l.backendProtocol, QStringLiteral("TCP"));
    QCOMPARE(l.backendPort, 9090);
    QCOMPARE(l.lbAlgorithm, QStringLiteral("roundrobin"));
    QCOMPARE(l.status, QStringLiteral("ACTIVE"));
    QCOMPARE(l.adminStateUp, false);
    QCOMPARE(l.memberNumber, 0);
    QCOMPARE(l.healthcheckId, QString()); // null: no health check
    QCOMPARE(l.tcpDraining, true);
    QCOMPARE(l.tcpDrainingTimeout, 5);
    QCOMPARE(l.description, QString());

    // The single-object form (GET …/listeners/{l}) reads the same way.
    const auto single = parseListener(kListener);
    QVERIFY2(single.ok(), qPrintable(single.error));
    QCOMPARE(single.value.port, 9092);
}

void tst_Parsers::memberExamples_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("serverId");
    QTest::addColumn<QString>("serverAddress");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("health");
    QTest::addColumn<QStringList>("listeners");
    QTest::newRow("reference example")
        << QByteArray('[' + kMember1 + ']') << QStringLiteral("4ac8777333bc20777147ab160ea61baf")
        << QStringLiteral("97444148-7afb-47cc-b4a3-6e1c94d1ade4") << QStringLiteral("172.16.0.16")
        << QStringLiteral("100.64.27.96") << QStringLiteral("NORMAL")
        << QStringList{QStringLiteral("65093734fb966b3d70f6af26cc63e125"),
                       QStringLiteral("a659fe780a542e1adf204db767a021a3")};
    QTest::newRow("SDK fixture") << kMember2 << QStringLiteral("7ef7f0ebc3964d8f9edf556a1bb943d3")
                                 << QStringLiteral("e1040c67-b130-41ee-9405-07c6c6c20208")
                                 << QStringLiteral("192.168.1.215") << QStringLiteral("100.70.38.178")
                                 << QStringLiteral("UNAVAILABLE")
                                 << QStringList{QStringLiteral("d5f3197c6bd8491ca1dfc905350d85ea")};
}

void tst_Parsers::memberExamples()
{
    QFETCH(QByteArray, body);
    const auto parsed = parseMemberList(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.size(), 1);
    const Member &m = parsed.value.first();
    QTEST(m.id, "id");
    QTEST(m.serverId, "serverId");
    // server_address is the private IP, address the internal 100.64/10 one: never swapped.
    QTEST(m.serverAddress, "serverAddress");
    QTEST(m.address, "address");
    QTEST(m.healthStatus, "health");
    QTEST(m.listenerIds, "listeners");
    QCOMPARE(m.serverName, QString()); // server_name: null
    QCOMPARE(m.status, QStringLiteral("ACTIVE"));
}

void tst_Parsers::jobExamples_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status");
    QTest::addColumn<CloudJob::State>("state");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QStringList>("memberIds");
    QTest::newRow("createELB SUCCESS") << kJobSuccess << QStringLiteral("SUCCESS")
                                       << CloudJob::State::Succeeded << true << QString() << QStringList();
    QTest::newRow("deleteELB RUNNING end_time empty")
        << kJobRunning << QStringLiteral("RUNNING") << CloudJob::State::Pending << true << QString()
        << QStringList();
    QTest::newRow("removeMember INIT entities {}")
        << kJobInit << QStringLiteral("INIT") << CloudJob::State::Pending << true << QString()
        << QStringList();
    QTest::newRow("removeMember RUNNING with entities")
        << kJobRemoveRunning << QStringLiteral("RUNNING") << CloudJob::State::Pending << true << QString()
        << QStringList{QStringLiteral("f7c1508231ed4a0bbe85cf7bf0b831a2")};
    QTest::newRow("FAIL with code and reason")
        << kJobFail << QStringLiteral("FAIL") << CloudJob::State::Failed << true << QStringLiteral("ELB.2012")
        << QStringList();
    // The documented misspelling is still running, not a failure.
    QTest::newRow("RUNNIGN typo is pending")
        << withStatus(kJobRemoveRunning, "RUNNIGN") << QStringLiteral("RUNNIGN") << CloudJob::State::Pending
        << false << QString() << QStringList{QStringLiteral("f7c1508231ed4a0bbe85cf7bf0b831a2")};
    QTest::newRow("unknown status is pending")
        << withStatus(kJobRunning, "QUEUED") << QStringLiteral("QUEUED") << CloudJob::State::Pending << false
        << QString() << QStringList();
    QTest::newRow("lower-case fail is not FAIL")
        << withStatus(kJobRunning, "fail") << QStringLiteral("fail") << CloudJob::State::Pending << false
        << QString() << QStringList();
}

void tst_Parsers::jobExamples()
{
    QFETCH(QByteArray, body);
    QFETCH(CloudJob::State, state);
    const auto parsed = CloudJob::fromBody(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QTEST(parsed.value.status, "status");
    QCOMPARE(parsed.value.state, state);
    QCOMPARE(parsed.value.isTerminal(), state != CloudJob::State::Pending);
    QTEST(parsed.value.isKnownStatus(), "known");
    QTEST(parsed.value.errorCode, "errorCode");
    QTEST(parsed.value.entityMemberIds(), "memberIds");
    QCOMPARE(parsed.value.jobId.size(), 32);
    if (state == CloudJob::State::Failed)
        QCOMPARE(parsed.value.failReason, QStringLiteral("This member is not exist"));
}

void tst_Parsers::jobReference_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("jobId");
    QTest::newRow("remove (§7)")
        << QByteArray(
               R"({"uri":"/v1/55300f3c8f764c06b1a32e2302edc305/jobs/4010b39b4fd3d5ff014fd3f160fd006c","job_id":"4010b39b4fd3d5ff014fd3f160fd006c"})")
        << QStringLiteral("4010b39b4fd3d5ff014fd3f160fd006c");
    QTest::newRow("add (§6)")
        << QByteArray(
               R"({"uri":"/v1/55300f3c8f764c06b1a32e2302edc305/jobs/4010b39b4fd3d5ff014fd3ec3ed8002d","job_id":"4010b39b4fd3d5ff014fd3ec3ed8002d"})")
        << QStringLiteral("4010b39b4fd3d5ff014fd3ec3ed8002d");
    QTest::newRow("uri missing is tolerated")
        << QByteArray(R"({"job_id":"4010b39b4fd3d5ff014fd3ec3ed8002d"})")
        << QStringLiteral("4010b39b4fd3d5ff014fd3ec3ed8002d");
}

void tst_Parsers::jobReference()
{
    QFETCH(QByteArray, body);
    const auto parsed = JobReference::fromBody(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QTEST(parsed.value.jobId, "jobId");
    QVERIFY(parsed.value.uri.isEmpty() || parsed.value.uri.endsWith(parsed.value.jobId));
}

void tst_Parsers::emptyListsAreFine()
{
    QVERIFY(parseMemberList("[]").ok());
    QVERIFY(parseMemberList("[]").value.isEmpty());
    QVERIFY(parseListenerList(" [ ] \n").ok());
    const auto lbs = parseLoadBalancerList(R"({"loadbalancers":[],"instance_num":"0"})");
    QVERIFY2(lbs.ok(), qPrintable(lbs.error));
    QVERIFY(lbs.value.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Parsers)
#include "tst_parsers.moc"
