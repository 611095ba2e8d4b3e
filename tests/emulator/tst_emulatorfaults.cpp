// Fault injection (scripted and by rate) and the request log: every kind is observable on the
// wire, and drop/lost differ exactly in whether the request was applied.

#include "emulatortesthttp.h"
#include "requestlog.h"

#include <QTest>
#include <QTimer>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

QJsonArray rule(const QJsonObject &r)
{
    return QJsonArray{r};
}

QByteArray removalOf(const QString &id)
{
    return "{\"removeMember\":[{\"id\":\"" + id.toLatin1() + "\"}]}";
}

struct Fixture
{
    explicit Fixture(const QStringList &args = {QStringLiteral("--job-seconds"), QStringLiteral("0.3")})
        : s(args)
    {
        listener = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
        member = s.members(listener).at(0).toObject().value(QStringLiteral("id")).toString();
        action = s.elb(QStringLiteral("listeners/%1/members/action").arg(listener));
    }
    void addRules(const QJsonArray &rules)
    {
        QString error;
        QVERIFY2(s.server.addFaultRules(rules, &error), qPrintable(error));
    }
    int jobCount() { return int(s.server.stateJson().value(QStringLiteral("jobs")).toArray().size()); }
    // The log entries of the removal POSTs (one per attempt the client made).
    QJsonArray removalPosts()
    {
        QJsonArray out;
        for (const QJsonValue &e : s.server.requestsJson()) {
            if (e.toObject().value(QStringLiteral("path")).toString() == action)
                out.append(e);
        }
        return out;
    }
    QJsonObject lastLogEntry() { return s.server.requestsJson().last().toObject(); }

    Sandbox s;
    QString listener;
    QString member;
    QString action;
};

} // namespace

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throttle();
    void gatewayErrors_data();
    void gatewayErrors();
    void dropClosesWithoutApplying();
    void lostAppliesThenCloses();
    void stallAnswersLate();
    void malformedBody();
    void failAndStuckJobs();
    void expireToken();
    void ruleMatching();
    void rateModeIsDeterministic();
    void requestLogAndControlApi();
};

void TestEmulatorFaults::throttle()
{
    Fixture f;
    f.addRules(rule({{QStringLiteral("path"), QStringLiteral("/loadbalancers")}, {QStringLiteral("kind"), 429},
                     {QStringLiteral("retry_after"), 5}}));
    HttpResult r = f.s.http->get(f.s.elb(QStringLiteral("loadbalancers")));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("5"));
    QCOMPARE(r.errorCode(), QStringLiteral("APIG.0308"));
    QCOMPARE(r.object().value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 second"));
    QVERIFY(r.object().contains(QStringLiteral("request_id")));
    QCOMPARE(f.lastLogEntry().value(QStringLiteral("fault")).toString(), QStringLiteral("429"));
    // count defaults to 1: the next call goes through.
    QCOMPARE(f.s.http->get(f.s.elb(QStringLiteral("loadbalancers"))).status, 200);
}

void TestEmulatorFaults::gatewayErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("html");
    QTest::newRow("500") << QStringLiteral("500") << false;
    QTest::newRow("502") << QStringLiteral("502") << false;
    QTest::newRow("503") << QStringLiteral("503") << false;
    QTest::newRow("503 html") << QStringLiteral("503") << true;
    QTest::newRow("504") << QStringLiteral("504") << false;
}

void TestEmulatorFaults::gatewayErrors()
{
    QFETCH(QString, kind);
    QFETCH(bool, html);
    Fixture f;
    f.addRules(rule({{QStringLiteral("method"), QStringLiteral("post")}, {QStringLiteral("kind"), kind},
                     {QStringLiteral("html"), html}}));
    const HttpResult r = f.s.http->post(f.action, removalOf(f.member));
    QCOMPARE(r.status, kind.toInt());
    if (html) {
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(!r.isJson());
    } else {
        QVERIFY(r.errorCode().startsWith(QStringLiteral("APIGW.")));
        QVERIFY(r.object().contains(QStringLiteral("request_id")));
    }
    QCOMPARE(f.jobCount(), 0); // rejected before reaching ELB
}

void TestEmulatorFaults::dropClosesWithoutApplying()
{
    Fixture f;
    // Unlimited: QNetworkAccessManager silently re-sends a request, even a POST, when the
    // connection closes before any answer; only when every attempt is dropped does it report.
    f.addRules(rule({{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("path"), QStringLiteral("/members/action")},
                     {QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("count"), 0}}));
    const HttpResult r = f.s.http->post(f.action, removalOf(f.member));
    const QJsonArray attempts = f.removalPosts();
    qDebug() << "attempts QNetworkAccessManager made for one POST:" << attempts.size();
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(f.jobCount(), 0);
    QCOMPARE(f.s.members(f.listener).size(), 20);
    const QJsonObject entry = attempts.last().toObject();
    QCOMPARE(entry.value(QStringLiteral("fault")).toString(), QStringLiteral("drop"));
    QVERIFY(entry.value(QStringLiteral("status")).isNull());
}

void TestEmulatorFaults::lostAppliesThenCloses()
{
    Fixture f;
    f.addRules(rule({{QStringLiteral("path"), QStringLiteral("/members/action")}, {QStringLiteral("kind"), QStringLiteral("lost")},
                     {QStringLiteral("count"), 0}}));
    const HttpResult r = f.s.http->post(f.action, removalOf(f.member));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    // Jobs exist although the client never saw an id: re-list before retrying (§15.1). There is
    // one per attempt, because QNetworkAccessManager re-sent the POST on its own.
    const QJsonArray attempts = f.removalPosts();
    QVERIFY(attempts.size() >= 1);
    QCOMPARE(f.jobCount(), attempts.size());
    QTRY_COMPARE_WITH_TIMEOUT(f.s.members(f.listener).size(), 19, 5000);
    QCOMPARE(f.s.members(f.listener, QStringLiteral("id=") + f.member).size(), 0);
    QCOMPARE(attempts.last().toObject().value(QStringLiteral("fault")).toString(), QStringLiteral("lost"));
}

void TestEmulatorFaults::stallAnswersLate()
{
    Fixture f;
    f.addRules(rule({{QStringLiteral("path"), QStringLiteral("/members/action")}, {QStringLiteral("kind"), QStringLiteral("stall")},
                     {QStringLiteral("stall_ms"), 600}}));
    const HttpResult r = f.s.http->post(f.action, removalOf(f.member));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 550, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(f.jobCount(), 1);
    QCOMPARE(f.lastLogEntry().value(QStringLiteral("status")).toInt(), 200);
    // A client that gives up early leaves an applied request behind.
    const QString second = f.s.members(f.listener).at(5).toObject().value(QStringLiteral("id")).toString();
    f.addRules(rule({{QStringLiteral("kind"), QStringLiteral("stall")}, {QStringLiteral("stall_ms"), 2000}}));
    QNetworkAccessManager nam;
    QNetworkRequest request(f.s.http->url(f.action));
    request.setRawHeader("X-Auth-Token", f.s.http->token());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(nam.post(request, removalOf(second)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QTimer::singleShot(200, reply.get(), &QNetworkReply::abort);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(f.jobCount(), 2);
}

void TestEmulatorFaults::malformedBody()
{
    Fixture f;
    f.addRules(rule({{QStringLiteral("kind"), QStringLiteral("malformed")}, {QStringLiteral("count"), 2}}));
    HttpResult r = f.s.http->get(f.s.elb(QStringLiteral("listeners/%1/members").arg(f.listener)));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.isJson());
    r = f.s.http->post(f.action, removalOf(f.member));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.isJson());
    QCOMPARE(f.jobCount(), 0);
}

void TestEmulatorFaults::failAndStuckJobs()
{
    Fixture f;
    // "fail" and "stuck" only hit job-creating POSTs; the GETs before pass untouched.
    f.addRules(QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("fail")}},
                          QJsonObject{{QStringLiteral("kind"), QStringLiteral("stuck")}}});
    QCOMPARE(f.s.http->get(f.s.elb(QStringLiteral("loadbalancers"))).status, 200);
    const QString failing = f.s.http->post(f.action, removalOf(f.member)).object().value(QStringLiteral("job_id")).toString();
    const QString second = f.s.members(f.listener).at(1).toObject().value(QStringLiteral("id")).toString();
    const QString stuck = f.s.http->post(f.action, removalOf(second)).object().value(QStringLiteral("job_id")).toString();
    const QString third = f.s.members(f.listener).at(2).toObject().value(QStringLiteral("id")).toString();
    const QString normal = f.s.http->post(f.action, removalOf(third)).object().value(QStringLiteral("job_id")).toString();

    QTRY_COMPARE_WITH_TIMEOUT(f.s.jobStatus(failing), QStringLiteral("FAIL"), 5000);
    const QJsonObject job = f.s.http->get(f.s.job(failing)).object();
    QCOMPARE(job.value(QStringLiteral("error_code")).toString(), QStringLiteral("ELB.1009"));
    QVERIFY(!job.value(QStringLiteral("fail_reason")).toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(f.s.jobStatus(normal), QStringLiteral("SUCCESS"), 5000);
    // Started earlier than the successful one, and still running.
    QCOMPARE(f.s.jobStatus(stuck), QStringLiteral("RUNNING"));
    QCOMPARE(f.s.members(f.listener).size(), 19);
    QCOMPARE(f.s.members(f.listener, QStringLiteral("id=") + f.member).size(), 1);
    QCOMPARE(f.s.members(f.listener, QStringLiteral("id=") + second).size(), 1);
}

void TestEmulatorFaults::expireToken()
{
    Fixture f;
    f.addRules(rule({{QStringLiteral("kind"), QStringLiteral("expire-token")}}));
    const HttpResult r = f.s.http->get(f.s.elb(QStringLiteral("listeners")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0301"));
    QCOMPARE(r.object().value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("Incorrect IAM authentication information: token expired"));
    QCOMPARE(f.s.http->get(f.s.elb(QStringLiteral("listeners"))).status, 401); // it stays expired
    f.s.http->setToken(f.s.http->issueToken());
    QCOMPARE(f.s.http->get(f.s.elb(QStringLiteral("listeners"))).status, 200);
}

void TestEmulatorFaults::ruleMatching()
{
    Fixture f;
    // Skip the first two job polls, fault the third; a POST-only rule never hits GETs.
    f.addRules(QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("path"), QStringLiteral("/members")},
                                      {QStringLiteral("kind"), 502}},
                          QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("/jobs/")},
                                      {QStringLiteral("kind"), 503}, {QStringLiteral("after"), 2}}});
    QCOMPARE(f.s.http->get(f.s.elb(QStringLiteral("listeners/%1/members").arg(f.listener))).status, 200);
    QCOMPARE(f.s.http->post(f.action, removalOf(f.member)).status, 502);
    const QString job = f.s.http->post(f.action, removalOf(f.member)).object().value(QStringLiteral("job_id")).toString();
    QVERIFY(!job.isEmpty());
    QCOMPARE(f.s.http->get(f.s.job(job)).status, 200);
    QCOMPARE(f.s.http->get(f.s.job(job, true)).status, 200);
    QCOMPARE(f.s.http->get(f.s.job(job)).status, 503);
    QCOMPARE(f.s.http->get(f.s.job(job)).status, 200);
    QCOMPARE(f.s.server.faultInjector().rulesJson().size(), 0);

    // Unlimited rule, removed again through the control API.
    TestHttp control(f.s.server.baseUrl());
    QCOMPARE(control.post(QStringLiteral("/_sandbox/faults"), QByteArray("[{\"kind\":\"500\",\"count\":0,\"path\":\"/loadbalancers\"}]")).status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(f.s.http->get(f.s.elb(QStringLiteral("loadbalancers"))).status, 500);
    QCOMPARE(control.send("DELETE", control.url(QStringLiteral("/_sandbox/faults")), {}, QByteArray()).status, 200);
    QCOMPARE(f.s.http->get(f.s.elb(QStringLiteral("loadbalancers"))).status, 200);
    QCOMPARE(control.post(QStringLiteral("/_sandbox/faults"), QByteArray("[{\"kind\":\"explode\"}]")).status, 400);
}

void TestEmulatorFaults::rateModeIsDeterministic()
{
    const QStringList args{QStringLiteral("--fault-rate"), QStringLiteral("0.5"), QStringLiteral("--faults"),
                           QStringLiteral("429,500,502,504,malformed,lost,fail,stuck"), QStringLiteral("--fault-seed"),
                           QStringLiteral("42")};
    auto run = [&args]() {
        Sandbox s(args); // IAM is exempt by default, so the fixture's token was issued
        QStringList outcome;
        for (int i = 0; i < 40; ++i) {
            const HttpResult r = s.http->get(s.elb(QStringLiteral("loadbalancers")));
            outcome << QStringLiteral("%1/%2").arg(r.status).arg(r.isJson());
        }
        QStringList faults;
        for (const QJsonValue &e : s.server.requestsJson())
            faults << e.toObject().value(QStringLiteral("fault")).toString();
        return qMakePair(outcome, faults);
    };
    const auto first = run();
    const auto second = run();
    QCOMPARE(first, second);
    const QStringList &faults = first.second;
    const auto faulted = std::count_if(faults.cbegin(), faults.cend(), [](const QString &k) { return !k.isEmpty(); });
    QVERIFY2(faulted > 8 && faulted < 32, qPrintable(QString::number(faulted)));
    // Kinds that cannot hit a GET were replaced, never applied.
    for (const char *kind : {"lost", "fail", "stuck"})
        QVERIFY(!faults.contains(QLatin1String(kind)));
    QVERIFY(faults.contains(QStringLiteral("429")));
}

void TestEmulatorFaults::requestLogAndControlApi()
{
    Fixture f;
    TestHttp control(f.s.server.baseUrl());
    QCOMPARE(control.post(QStringLiteral("/_sandbox/requests/clear"), QByteArray()).status, 200);
    f.s.http->get(f.s.elb(QStringLiteral("listeners/%1/members").arg(f.listener)), QStringLiteral("limit=3&marker=0"));
    f.s.http->post(f.action, removalOf(f.member));
    const QJsonArray log = control.get(QStringLiteral("/_sandbox/requests")).array();
    QCOMPARE(log.size(), 2); // control calls are not logged
    const QJsonObject get = log.at(0).toObject();
    QCOMPARE(get.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(get.value(QStringLiteral("path")).toString(), f.s.elb(QStringLiteral("listeners/%1/members").arg(f.listener)));
    QCOMPARE(get.value(QStringLiteral("query")).toString(), QStringLiteral("limit=3&marker=0"));
    QCOMPARE(get.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(get.value(QStringLiteral("fault")).isNull());
    QCOMPARE(get.value(QStringLiteral("auth")).toString(), QStringLiteral("token"));
    QVERIFY(get.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject post = log.at(1).toObject();
    QVERIFY(post.value(QStringLiteral("seq")).toInt() > get.value(QStringLiteral("seq")).toInt());
    QCOMPARE(post.value(QStringLiteral("body")).toString(), QString::fromLatin1(removalOf(f.member)));

    const QJsonObject state = control.get(QStringLiteral("/_sandbox/state")).object();
    QCOMPARE(state.value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString(), f.s.project);
    QCOMPARE(state.value(QStringLiteral("listeners")).toArray().at(0).toObject().value(QStringLiteral("member_number")).toInt(), 20);
    QCOMPARE(state.value(QStringLiteral("jobs")).toArray().size(), 1);
    QCOMPARE(control.get(QStringLiteral("/_sandbox/nothing")).status, 404);
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
