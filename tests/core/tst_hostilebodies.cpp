// Hostile bodies for every model parser: not JSON, empty, truncated, [] and {} swapped, wrong types
// per field, missing or path-like ids, non-UTF-8 bytes, 100000 nested brackets, numbers beyond
// range. Each must give a short error naming the field (or the JSON problem), and never crash.
#include "documentedexamples.h"
#include "fakenetwork.h"
#include "model/cloudjob.h"
#include "model/listener.h"
#include "model/loadbalancer.h"
#include "model/member.h"

#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;
using namespace ElbDesk::Test::Examples;

namespace {

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

class tst_HostileBodies : public QObject
{
    Q_OBJECT

private slots:
    void hostileBodies_data();
    void hostileBodies();
    void mutatedBodiesStartOutValid();
};

void tst_HostileBodies::hostileBodies_data()
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
        QTest::addRow("%s: HTML", qPrintable(p))
            << p << QByteArray("<html><body>502 Bad Gateway</body></html>")
            << QStringLiteral("not valid JSON");
        QTest::addRow("%s: empty", qPrintable(p)) << p << QByteArray() << QStringLiteral("empty");
        QTest::addRow("%s: whitespace", qPrintable(p))
            << p << QByteArray(" \r\n ") << QStringLiteral("empty");
        QTest::addRow("%s: truncated", qPrintable(p))
            << p << kJobSuccess.left(120) << QStringLiteral("not valid JSON");
        QTest::addRow("%s: JSON null", qPrintable(p))
            << p << QByteArray("null") << QStringLiteral("not valid JSON");
        QTest::addRow("%s: non-UTF-8", qPrintable(p))
            << p << QByteArray("[{\"id\":\"\xff\xfe\xfd\"}]") << QStringLiteral("not valid JSON");
        QTest::addRow("%s: 100000 nested [", qPrintable(p))
            << p << QByteArray(100000, '[') << QStringLiteral("not valid JSON");
        QTest::addRow("%s: number beyond double", qPrintable(p))
            << p << QByteArray(R"({"id":1e400})") << QStringLiteral("not valid JSON");
    }

    // [] and {} swapped.
    QTest::newRow("lb: array instead of object")
        << QStringLiteral("lb") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("listeners: object instead of array")
        << QStringLiteral("listeners") << QByteArray(R"({"listeners":[]})") << QStringLiteral("array");
    QTest::newRow("members: object instead of array")
        << QStringLiteral("members") << QByteArray(okMember) << QStringLiteral("array");
    QTest::newRow("job: array") << QStringLiteral("job") << ('[' + kJobSuccess + ']')
                                << QStringLiteral("object");
    QTest::newRow("jobref: array") << QStringLiteral("jobref") << QByteArray("[]")
                                   << QStringLiteral("object");

    // Load balancers.
    QTest::newRow("lb: loadbalancers missing")
        << QStringLiteral("lb") << QByteArray(R"({"instance_num":"0"})") << QStringLiteral("loadbalancers");
    QTest::newRow("lb: loadbalancers an object")
        << QStringLiteral("lb") << QByteArray(R"({"loadbalancers":{}})") << QStringLiteral("loadbalancers");
    QTest::newRow("lb: instance_num not a number")
        << QStringLiteral("lb")
        << QByteArray(kLbList).replace("\"instance_num\":\"1\"", "\"instance_num\":\"many\"")
        << QStringLiteral("instance_num");
    QTest::newRow("lb: id as number")
        << QStringLiteral("lb") << QByteArray(kLbList).replace(lbId, "\"id\":12345")
        << QStringLiteral("loadbalancers[0].id");
    QTest::newRow("lb: id missing") << QStringLiteral("lb") << QByteArray(kLbList).replace(lbId + ',', "")
                                    << QStringLiteral("loadbalancers[0].id");
    QTest::newRow("lb: admin_state_up \"yes\"")
        << QStringLiteral("lb")
        << QByteArray(kLbList).replace("\"admin_state_up\":1", "\"admin_state_up\":\"yes\"")
        << QStringLiteral("loadbalancers[0].admin_state_up");
    QTest::newRow("lb: huge bandwidth")
        << QStringLiteral("lb")
        << QByteArray(kLbList).replace("\"bandwidth\":1", "\"bandwidth\":99999999999999999999")
        << QStringLiteral("loadbalancers[0].bandwidth");
    QTest::newRow("lb: element not an object")
        << QStringLiteral("lb") << QByteArray(R"({"loadbalancers":["x"]})")
        << QStringLiteral("loadbalancers[0]");

    // Listeners.
    QTest::newRow("listeners: id as number")
        << QStringLiteral("listeners") << listener("\"id\":\"a824584fb3ba4d39ba0cf372c7cbbb67\"", "\"id\":42")
        << QStringLiteral("listeners[0].id");
    QTest::newRow("listeners: id with path characters")
        << QStringLiteral("listeners")
        << listener("\"id\":\"a824584fb3ba4d39ba0cf372c7cbbb67\"", "\"id\":\"../../x\"")
        << QStringLiteral("listeners[0].id");
    QTest::newRow("listeners: port \"abc\"")
        << QStringLiteral("listeners") << listener("\"port\":9092", "\"port\":\"abc\"")
        << QStringLiteral("listeners[0].port");
    QTest::newRow("listeners: port fractional")
        << QStringLiteral("listeners") << listener("\"port\":9092", "\"port\":90.5")
        << QStringLiteral("listeners[0].port");
    QTest::newRow("listeners: admin_state_up \"yes\"")
        << QStringLiteral("listeners") << listener("\"admin_state_up\":false", "\"admin_state_up\":\"yes\"")
        << QStringLiteral("listeners[0].admin_state_up");
    QTest::newRow("listeners: name as object")
        << QStringLiteral("listeners") << listener("\"name\":\"lis\"", "\"name\":{}")
        << QStringLiteral("listeners[0].name");
    QTest::newRow("listeners: element is a number")
        << QStringLiteral("listeners") << QByteArray("[7]") << QStringLiteral("listeners[0]");

    // Members.
    QTest::newRow("members: id missing")
        << QStringLiteral("members") << member(memberId + ',', "") << QStringLiteral("members[0].id");
    QTest::newRow("members: id as number")
        << QStringLiteral("members") << member(memberId, "\"id\":7") << QStringLiteral("members[0].id");
    QTest::newRow("members: id ../../x")
        << QStringLiteral("members") << member(memberId, "\"id\":\"../../x\"")
        << QStringLiteral("members[0].id");
    QTest::newRow("members: id upper-case hex")
        << QStringLiteral("members")
        << member(memberId, "\"id\":\"" + hexId(1).toUpper().toLatin1().replace('0', 'A') + '"')
        << QStringLiteral("members[0].id");
    QTest::newRow("members: server_id null")
        << QStringLiteral("members")
        << member("\"server_id\":\"" + serverIdFor(1).toLatin1() + '"', "\"server_id\":null")
        << QStringLiteral("members[0].server_id");
    QTest::newRow("members: listeners not an array")
        << QStringLiteral("members")
        << member("\"listeners\":[]", "\"listeners\":\"65093734fb966b3d70f6af26cc63e125\"")
        << QStringLiteral("members[0].listeners");
    QTest::newRow("members: listener id a number")
        << QStringLiteral("members") << member("\"listeners\":[]", "\"listeners\":[{\"id\":1}]")
        << QStringLiteral("members[0].listeners");
    QTest::newRow("members: listener entry not an object")
        << QStringLiteral("members") << member("\"listeners\":[]", "\"listeners\":[\"x\"]")
        << QStringLiteral("members[0].listeners");
    QTest::newRow("members: server_address not an IP")
        << QStringLiteral("members")
        << member("\"server_address\":\"10.0.0.2\"", "\"server_address\":\"10.0.0.2/../x\"")
        << QStringLiteral("members[0].server_address");
    QTest::newRow("members: second element bad")
        << QStringLiteral("members") << ('[' + okMember + ",{\"id\":\"nope\"}]")
        << QStringLiteral("members[1].id");

    // Jobs.
    QTest::newRow("job: job_id ../../x")
        << QStringLiteral("job")
        << QByteArray(kJobRunning).replace("4010b39b4fd3d5ff014fd943bac41619", "../../x")
        << QStringLiteral("job.job_id");
    QTest::newRow("job: status missing")
        << QStringLiteral("job") << QByteArray(kJobRunning).replace("\"status\":\"RUNNING\",", "")
        << QStringLiteral("job.status");
    QTest::newRow("job: status a number")
        << QStringLiteral("job") << withStatus(kJobRunning, "x").replace("\"x\"", "3")
        << QStringLiteral("job.status");
    QTest::newRow("job: entities an array")
        << QStringLiteral("job") << QByteArray(kJobInit).replace("\"entities\":{}", "\"entities\":[]")
        << QStringLiteral("job.entities");
    QTest::newRow("job: error_code a number")
        << QStringLiteral("job") << QByteArray(kJobFail).replace("\"ELB.2012\"", "2012")
        << QStringLiteral("job.error_code");
    QTest::newRow("jobref: job_id missing")
        << QStringLiteral("jobref") << QByteArray(R"({"uri":"/v1/p/jobs/x"})") << QStringLiteral("job_id");
    QTest::newRow("jobref: job_id with query characters")
        << QStringLiteral("jobref") << QByteArray(R"({"job_id":"abc?x=1"})") << QStringLiteral("job_id");
    QTest::newRow("jobref: job_id upper-case")
        << QStringLiteral("jobref") << QByteArray(R"({"job_id":"4010B39B4FD3D5FF014FD3EC3ED8002D"})")
        << QStringLiteral("job_id");
}

void tst_HostileBodies::hostileBodies()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const QString error = parseError(parser, body);
    QVERIFY2(!error.isEmpty(), "a hostile body was accepted");
    QVERIFY2(error.contains(mentions),
             qPrintable(QStringLiteral("\"%1\" does not mention %2").arg(error, mentions)));
    QVERIFY2(error.size() < 400, "the error quotes too much of the body");
}

void tst_HostileBodies::mutatedBodiesStartOutValid()
{
    // The rows above mutate these; if one stopped parsing, its rows would pass for the wrong reason.
    QVERIFY(parseLoadBalancerList(kLbList).ok());
    QVERIFY(parseListenerList('[' + kListener + ']').ok());
    QVERIFY(parseMemberList(memberListJson({1})).ok());
    QVERIFY(CloudJob::fromBody(kJobRunning).ok());
    QVERIFY(CloudJob::fromBody(kJobInit).ok());
    QVERIFY(CloudJob::fromBody(kJobFail).ok());
}

QTEST_GUILESS_MAIN(tst_HostileBodies)
#include "tst_hostilebodies.moc"
