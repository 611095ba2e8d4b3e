// Model parsers against every documented example body of elb-classic-api.md, and against hostile
// bodies: each must give an error naming the offending field (or the JSON problem), never a crash.
// Member ids repeated across pages are covered in tst_memberpaging.cpp.
#include "fakenetwork.h"
#include "model/cloudjob.h"
#include "model/listener.h"
#include "model/loadbalancer.h"
#include "model/member.h"

#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

// §3.1 documented example: instance_num is a string, admin_state_up an integer, nulls for strings.
const QByteArray kLbList =
    R"({"loadbalancers":[{"vip_address":"192.144.62.114","update_time":"2015-09-14 02:34:32","create_time":"2015-09-14 02:34:32","id":"0b07acf06d243925bc24a0ac7445267a","status":"ACTIVE","bandwidth":1,"security_group_id":null,"vpc_id":"f54a3ffd-7a55-4568-9e3d-f0ff2d46a107","admin_state_up":1,"vip_subnet_id":null,"type":"External","name":"MY_ELB","description":null}],"instance_num":"1"})";

// §4 documented example element: admin_state_up is a boolean on listeners.
const QByteArray kListener =
    R"({"update_time":"2016-12-01 07:12:59","backend_port":9090,"id":"a824584fb3ba4d39ba0cf372c7cbbb67","backend_protocol":"TCP","sticky_session_type":null,"certificate_id":null,"description":"","loadbalancer_id":"f54c65b1b5dd4a4f95b71b44796ac013","lb_algorithm":"roundrobin","create_time":"2016-12-01 07:12:43","admin_state_up":false,"status":"ACTIVE","protocol":"TCP","cookie_timeout":100,"port":9092,"tcp_draining":true,"tcp_timeout":1,"member_number":0,"healthcheck_id":null,"session_sticky":true,"tcp_draining_timeout":5,"name":"lis"})";

// §5 documented example element and the SDK fixture.
const QByteArray kMember1 =
    R"({"server_address":"172.16.0.16","id":"4ac8777333bc20777147ab160ea61baf","status":"ACTIVE","address":"100.64.27.96","listeners":[{"id":"65093734fb966b3d70f6af26cc63e125"},{"id":"a659fe780a542e1adf204db767a021a3"}],"update_time":"2015-12-28 10:35:51","create_time":"2015-12-28 10:35:50","server_name":null,"server_id":"97444148-7afb-47cc-b4a3-6e1c94d1ade4","health_status":"NORMAL"})";
const QByteArray kMember2 =
    R"([{"server_address":"192.168.1.215","id":"7ef7f0ebc3964d8f9edf556a1bb943d3","status":"ACTIVE","address":"100.70.38.178","listeners":[{"id":"d5f3197c6bd8491ca1dfc905350d85ea"}],"update_time":"2018-05-06 09:59:14","create_time":"2018-05-06 09:59:14","server_name":null,"server_id":"e1040c67-b130-41ee-9405-07c6c6c20208","health_status":"UNAVAILABLE"}])";

// §8 documented examples.
const QByteArray kJobSuccess =
    R"({"status":"SUCCESS","entities":{"elb":{"id":"ef265755daf84333baf4ddc1d91cbc2f","name":"1","type":"External","status":"ACTIVE","bandwidth":1,"vip_address":"10.154.53.4","tenant_id":"cbc08e2f8c354c7aa7abb88d0a7d11dc","admin_state_up":false,"vpc_id":"21838be1-c1ce-4c09-9184-228cdb43038d"}},"job_id":"ff8080825ecc523f015ecd0a98f82f77","job_type":"createELB","begin_time":"2017-09-29T09:49:37.399Z","end_time":"2017-09-29T09:50:03.272Z","error_code":null,"fail_reason":null})";
const QByteArray kJobRunning =
    R"({"status":"RUNNING","entities":{"elb_id":"ea3e5715b68850a747ec41f335625c08"},"job_id":"4010b39b4fd3d5ff014fd943bac41619","job_type":"deleteELB","begin_time":"2015-09-17T03:05:38.756Z","end_time":"","error_code":null,"fail_reason":null})";
const QByteArray kJobRemoveRunning =
    R"({"status":"RUNNING","entities":{"listener_id":"f8ccb83501dd48c99c4b113a3295ebb4","members":[{"id":"f7c1508231ed4a0bbe85cf7bf0b831a2"}]},"job_id":"4010b39b4fd3d5ff014fd3f160fd006c","job_type":"removeMember","begin_time":"2021-10-01T10:00:00.000Z","end_time":"","error_code":null,"fail_reason":null})";
const QByteArray kJobInit =
    R"({"status":"INIT","entities":{},"job_id":"4010b39b4fd3d5ff014fd3f160fd006c","job_type":"removeMember","begin_time":"2021-10-01T10:00:00.000Z","end_time":"","error_code":null,"fail_reason":null})";
const QByteArray kJobFail =
    R"({"status":"FAIL","entities":{},"job_id":"4010b39b4fd3d5ff014fd3f160fd006c","job_type":"removeMember","begin_time":"2021-10-01T10:00:00.000Z","end_time":"2021-10-01T10:00:04.000Z","error_code":"ELB.2012","fail_reason":"This member is not exist"})";

QByteArray withStatus(const QByteArray &job, const QByteArray &status)
{
    QByteArray copy = job;
    return copy.replace("\"status\":\"RUNNING\"", "\"status\":\"" + status + "\"");
}

// Runs one parser by name and returns its error text (empty on success).
QString parseError(const QString &parser, const QByteArray &body)
{
    if (parser == QLatin1String("lb"))
        return parseLoadBalancerList(body).error;
    if (parser == QLatin1String("listeners"))
        return parseListenerList(body).error;
    if (parser == QLatin1String("members"))
        return parseMemberList(body).error;
    if (parser == QLatin1String("job"))
        return CloudJob::fromBody(body).error;
    if (parser == QLatin1String("jobref"))
        return JobReference::fromBody(body).error;
    return QStringLiteral("unknown parser %1").arg(parser);
}

} // namespace

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
    void hostileBodies_data();
    void hostileBodies();
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
    body.replace("\"admin_state_up\":1,", value.isEmpty() ? QByteArray() : "\"admin_state_up\":" + value + ',');
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
    QTest::newRow("reference example") << QByteArray('[' + kMember1 + ']')
                                       << QStringLiteral("4ac8777333bc20777147ab160ea61baf")
                                       << QStringLiteral("97444148-7afb-47cc-b4a3-6e1c94d1ade4")
                                       << QStringLiteral("172.16.0.16") << QStringLiteral("100.64.27.96")
                                       << QStringLiteral("NORMAL")
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
    QTest::newRow("createELB SUCCESS") << kJobSuccess << QStringLiteral("SUCCESS") << CloudJob::State::Succeeded
                                       << true << QString() << QStringList();
    QTest::newRow("deleteELB RUNNING end_time empty")
        << kJobRunning << QStringLiteral("RUNNING") << CloudJob::State::Pending << true << QString() << QStringList();
    QTest::newRow("removeMember INIT entities {}")
        << kJobInit << QStringLiteral("INIT") << CloudJob::State::Pending << true << QString() << QStringList();
    QTest::newRow("removeMember RUNNING with entities")
        << kJobRemoveRunning << QStringLiteral("RUNNING") << CloudJob::State::Pending << true << QString()
        << QStringList{QStringLiteral("f7c1508231ed4a0bbe85cf7bf0b831a2")};
    QTest::newRow("FAIL with code and reason") << kJobFail << QStringLiteral("FAIL") << CloudJob::State::Failed
                                               << true << QStringLiteral("ELB.2012") << QStringList();
    // The documented misspelling is still running, not a failure.
    QTest::newRow("RUNNIGN typo is pending")
        << withStatus(kJobRemoveRunning, "RUNNIGN") << QStringLiteral("RUNNIGN") << CloudJob::State::Pending
        << false << QString() << QStringList{QStringLiteral("f7c1508231ed4a0bbe85cf7bf0b831a2")};
    QTest::newRow("unknown status is pending") << withStatus(kJobRunning, "QUEUED") << QStringLiteral("QUEUED")
                                               << CloudJob::State::Pending << false << QString() << QStringList();
    QTest::newRow("lower-case fail is not FAIL") << withStatus(kJobRunning, "fail") << QStringLiteral("fail")
                                                 << CloudJob::State::Pending << false << QString() << QStringList();
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
        << QByteArray(R"({"uri":"/v1/55300f3c8f764c06b1a32e2302edc305/jobs/4010b39b4fd3d5ff014fd3f160fd006c","job_id":"4010b39b4fd3d5ff014fd3f160fd006c"})")
        << QStringLiteral("4010b39b4fd3d5ff014fd3f160fd006c");
    QTest::newRow("add (§6)")
        << QByteArray(R"({"uri":"/v1/55300f3c8f764c06b1a32e2302edc305/jobs/4010b39b4fd3d5ff014fd3ec3ed8002d","job_id":"4010b39b4fd3d5ff014fd3ec3ed8002d"})")
        << QStringLiteral("4010b39b4fd3d5ff014fd3ec3ed8002d");
    QTest::newRow("uri missing is tolerated")
        << QByteArray(R"({"job_id":"4010b39b4fd3d5ff014fd3ec3ed8002d"})") << QStringLiteral("4010b39b4fd3d5ff014fd3ec3ed8002d");
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

void tst_Parsers::hostileBodies_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions"); // what the error must name

    const QByteArray okMember = memberJson(1);
    const auto member = [&okMember](const QByteArray &from, const QByteArray &to) {
        return '[' + QByteArray(okMember).replace(from, to) + ']';
    };
    const auto listener = [](const QByteArray &from, const QByteArray &to) {
        return '[' + QByteArray(kListener).replace(from, to) + ']';
    };
    const QByteArray lbId = "\"id\":\"0b07acf06d243925bc24a0ac7445267a\"";
    const QByteArray memberId = "\"id\":\"" + hexId(1).toLatin1() + '"';

    const QStringList parsers{QStringLiteral("lb"), QStringLiteral("listeners"), QStringLiteral("members"),
                              QStringLiteral("job"), QStringLiteral("jobref")};
    for (const QString &p : parsers) {
        QTest::addRow("%s: HTML", qPrintable(p)) << p << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                                << QStringLiteral("not valid JSON");
        QTest::addRow("%s: empty", qPrintable(p)) << p << QByteArray() << QStringLiteral("empty");
        QTest::addRow("%s: whitespace", qPrintable(p)) << p << QByteArray(" \r\n ") << QStringLiteral("empty");
        QTest::addRow("%s: truncated", qPrintable(p)) << p << kJobSuccess.left(120) << QStringLiteral("not valid JSON");
        QTest::addRow("%s: JSON null", qPrintable(p)) << p << QByteArray("null") << QStringLiteral("not valid JSON");
        QTest::addRow("%s: non-UTF-8", qPrintable(p))
            << p << QByteArray("[{\"id\":\"\xff\xfe\xfd\"}]") << QStringLiteral("not valid JSON");
        QTest::addRow("%s: 100000 nested [", qPrintable(p))
            << p << QByteArray(100000, '[') << QStringLiteral("not valid JSON");
        QTest::addRow("%s: number beyond double", qPrintable(p))
            << p << QByteArray(R"({"id":1e400})") << QStringLiteral("not valid JSON");
    }

    // [] and {} swapped.
    QTest::newRow("lb: array instead of object") << QStringLiteral("lb") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("listeners: object instead of array")
        << QStringLiteral("listeners") << QByteArray(R"({"listeners":[]})") << QStringLiteral("array");
    QTest::newRow("members: object instead of array")
        << QStringLiteral("members") << QByteArray(okMember) << QStringLiteral("array");
    QTest::newRow("job: array") << QStringLiteral("job") << ('[' + kJobSuccess + ']') << QStringLiteral("object");
    QTest::newRow("jobref: array") << QStringLiteral("jobref") << QByteArray("[]") << QStringLiteral("object");

    // Load balancers.
    QTest::newRow("lb: loadbalancers missing")
        << QStringLiteral("lb") << QByteArray(R"({"instance_num":"0"})") << QStringLiteral("loadbalancers");
    QTest::newRow("lb: loadbalancers an object")
        << QStringLiteral("lb") << QByteArray(R"({"loadbalancers":{}})") << QStringLiteral("loadbalancers");
    QTest::newRow("lb: instance_num not a number")
        << QStringLiteral("lb") << QByteArray(kLbList).replace("\"instance_num\":\"1\"", "\"instance_num\":\"many\"")
        << QStringLiteral("instance_num");
    QTest::newRow("lb: id as number") << QStringLiteral("lb") << QByteArray(kLbList).replace(lbId, "\"id\":12345")
                                      << QStringLiteral("loadbalancers[0].id");
    QTest::newRow("lb: id missing") << QStringLiteral("lb") << QByteArray(kLbList).replace(lbId + ',', "")
                                    << QStringLiteral("loadbalancers[0].id");
    QTest::newRow("lb: admin_state_up \"yes\"")
        << QStringLiteral("lb") << QByteArray(kLbList).replace("\"admin_state_up\":1", "\"admin_state_up\":\"yes\"")
        << QStringLiteral("loadbalancers[0].admin_state_up");
    QTest::newRow("lb: huge bandwidth")
        << QStringLiteral("lb") << QByteArray(kLbList).replace("\"bandwidth\":1", "\"bandwidth\":99999999999999999999")
        << QStringLiteral("loadbalancers[0].bandwidth");
    QTest::newRow("lb: element not an object")
        << QStringLiteral("lb") << QByteArray(R"({"loadbalancers":["x"]})") << QStringLiteral("loadbalancers[0]");

    // Listeners.
    QTest::newRow("listeners: id as number")
        << QStringLiteral("listeners") << listener("\"id\":\"a824584fb3ba4d39ba0cf372c7cbbb67\"", "\"id\":42")
        << QStringLiteral("listeners[0].id");
    QTest::newRow("listeners: id with path characters")
        << QStringLiteral("listeners") << listener("\"id\":\"a824584fb3ba4d39ba0cf372c7cbbb67\"", "\"id\":\"../../x\"")
        << QStringLiteral("listeners[0].id");
    QTest::newRow("listeners: port \"abc\"") << QStringLiteral("listeners") << listener("\"port\":9092", "\"port\":\"abc\"")
                                             << QStringLiteral("listeners[0].port");
    QTest::newRow("listeners: port fractional")
        << QStringLiteral("listeners") << listener("\"port\":9092", "\"port\":90.5") << QStringLiteral("listeners[0].port");
    QTest::newRow("listeners: admin_state_up \"yes\"")
        << QStringLiteral("listeners") << listener("\"admin_state_up\":false", "\"admin_state_up\":\"yes\"")
        << QStringLiteral("listeners[0].admin_state_up");
    QTest::newRow("listeners: name as object")
        << QStringLiteral("listeners") << listener("\"name\":\"lis\"", "\"name\":{}") << QStringLiteral("listeners[0].name");
    QTest::newRow("listeners: element is a number") << QStringLiteral("listeners") << QByteArray("[7]")
                                                    << QStringLiteral("listeners[0]");

    // Members.
    QTest::newRow("members: id missing") << QStringLiteral("members") << member(memberId + ',', "")
                                         << QStringLiteral("members[0].id");
    QTest::newRow("members: id as number") << QStringLiteral("members") << member(memberId, "\"id\":7")
                                           << QStringLiteral("members[0].id");
    QTest::newRow("members: id ../../x") << QStringLiteral("members") << member(memberId, "\"id\":\"../../x\"")
                                         << QStringLiteral("members[0].id");
    QTest::newRow("members: id upper-case hex")
        << QStringLiteral("members") << member(memberId, "\"id\":\"" + hexId(1).toUpper().toLatin1().replace('0', 'A') + '"')
        << QStringLiteral("members[0].id");
    QTest::newRow("members: server_id null")
        << QStringLiteral("members") << member("\"server_id\":\"" + serverIdFor(1).toLatin1() + '"', "\"server_id\":null")
        << QStringLiteral("members[0].server_id");
    QTest::newRow("members: listeners not an array")
        << QStringLiteral("members") << member("\"listeners\":[]", "\"listeners\":\"65093734fb966b3d70f6af26cc63e125\"")
        << QStringLiteral("members[0].listeners");
    QTest::newRow("members: listener id a number")
        << QStringLiteral("members") << member("\"listeners\":[]", "\"listeners\":[{\"id\":1}]")
        << QStringLiteral("members[0].listeners");
    QTest::newRow("members: listener entry not an object")
        << QStringLiteral("members") << member("\"listeners\":[]", "\"listeners\":[\"x\"]")
        << QStringLiteral("members[0].listeners");
    QTest::newRow("members: server_address not an IP")
        << QStringLiteral("members") << member("\"server_address\":\"10.0.0.2\"", "\"server_address\":\"10.0.0.2/../x\"")
        << QStringLiteral("members[0].server_address");
    QTest::newRow("members: second element bad")
        << QStringLiteral("members") << ('[' + okMember + ",{\"id\":\"nope\"}]") << QStringLiteral("members[1].id");

    // Jobs.
    QTest::newRow("job: job_id ../../x")
        << QStringLiteral("job") << QByteArray(kJobRunning).replace("4010b39b4fd3d5ff014fd943bac41619", "../../x")
        << QStringLiteral("job.job_id");
    QTest::newRow("job: status missing") << QStringLiteral("job") << QByteArray(kJobRunning).replace("\"status\":\"RUNNING\",", "")
                                         << QStringLiteral("job.status");
    QTest::newRow("job: status a number") << QStringLiteral("job") << withStatus(kJobRunning, "x").replace("\"x\"", "3")
                                          << QStringLiteral("job.status");
    QTest::newRow("job: entities an array")
        << QStringLiteral("job") << QByteArray(kJobInit).replace("\"entities\":{}", "\"entities\":[]")
        << QStringLiteral("job.entities");
    QTest::newRow("job: error_code a number")
        << QStringLiteral("job") << QByteArray(kJobFail).replace("\"ELB.2012\"", "2012") << QStringLiteral("job.error_code");
    QTest::newRow("jobref: job_id missing")
        << QStringLiteral("jobref") << QByteArray(R"({"uri":"/v1/p/jobs/x"})") << QStringLiteral("job_id");
    QTest::newRow("jobref: job_id with query characters")
        << QStringLiteral("jobref") << QByteArray(R"({"job_id":"abc?x=1"})") << QStringLiteral("job_id");
    QTest::newRow("jobref: job_id upper-case")
        << QStringLiteral("jobref") << QByteArray(R"({"job_id":"4010B39B4FD3D5FF014FD3EC3ED8002D"})")
        << QStringLiteral("job_id");
}

void tst_Parsers::hostileBodies()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const QString error = parseError(parser, body);
    QVERIFY2(!error.isEmpty(), "a hostile body was accepted");
    QVERIFY2(error.contains(mentions), qPrintable(QStringLiteral("\"%1\" does not mention %2").arg(error, mentions)));
    QVERIFY2(error.size() < 400, "the error quotes too much of the body");
}

QTEST_GUILESS_MAIN(tst_Parsers)
#include "tst_parsers.moc"
