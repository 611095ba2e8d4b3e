// Authenticators over the fake network: the IAM password token (body, X-Subject-Token, project id,
// sharing, renewal before expiry and once after a 401), a pasted token, and the Redactor keeping
// every issued token out of log output. AK/SK signing is in tst_akskauth.cpp.
#include "api/apiclient.h"
#include "api/listloadbalancersrequest.h"
#include "api/removemembersrequest.h"
#include "auth/passwordauthenticator.h"
#include "auth/tokenauthenticator.h"
#include "fakenetwork.h"
#include "redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

const QByteArray kLbList = R"({"loadbalancers":[],"instance_num":"0"})";
const QString kLearntProject = hexId(0x1ea51);

QStringList s_logged;                 // every message after redaction
QtMessageHandler s_testlib = nullptr; // QtTest's own handler, still printing

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_logged.append(message);
    if (s_testlib)
        s_testlib(type, context, message);
}

// A fake IAM: issues "iam-token-<n>-secret" tokens whose lifetime the test decides.
struct FakeIam
{
    int issued = 0;
    QList<QPair<qint64, qint64>> lifetimes; // per token: ms issued before now, ms valid after now
    QString projectId = kLearntProject;

    FakeReply *answer(const RecordedRequest &r)
    {
        const auto lifetime = lifetimes.value(issued, {0, 24 * 3600 * 1000});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray token = "iam-token-" + QByteArray::number(++issued) + "-secret";
        return new FakeJsonReply(
            r, 201, tokenBody(now.addMSecs(-lifetime.first), now.addMSecs(lifetime.second), projectId),
            {{"X-Subject-Token", token}});
    }
};

// ELB answers 401 to the tokens in `rejected`, a load balancer list to anything else.
FakeNetworkAccessManager::Router router(FakeIam *iam, const QByteArrayList &rejected = {})
{
    return [iam, rejected](const RecordedRequest &r) -> FakeReply * {
        if (r.host() == QLatin1String("iam.example.test"))
            return iam->answer(r);
        if (rejected.contains(r.header("X-Auth-Token")))
            return new FakeJsonReply(
                r, 401,
                R"({"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301"})");
        return new FakeJsonReply(r, 200, kLbList);
    };
}

QByteArrayList tokensSentToElb(const FakeNetworkAccessManager &nam)
{
    QByteArrayList tokens;
    for (const RecordedRequest &r : nam.requests()) {
        if (r.host() == QLatin1String("elb.example.test"))
            tokens.append(r.header("X-Auth-Token"));
    }
    return tokens;
}

} // namespace

class tst_Auth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void passwordTokenBody_data();
    void passwordTokenBody();
    void oneTokenFetchForConcurrentRequests();
    void refreshMargin_data();
    void refreshMargin();
    void renewsBeforeExpiry();
    void renewsOnceAfter401();
    void second401IsReported();
    void concurrent401sRenewOnce();
    void iamRefusalIsReportedAsAuthentication();
    void pastedTokenLearnsProjectAndIsNeverRenewed();
    void redactorHidesIssuedTokens();
};

void tst_Auth::initTestCase()
{
    // Ours first, then the Redactor around it: what we capture is what would be printed.
    s_testlib = qInstallMessageHandler(capture);
    Redactor::install();
}

void tst_Auth::cleanup()
{
    for (const QString &line : std::as_const(s_logged))
        QVERIFY2(!line.contains(QLatin1String("-secret")),
                 qPrintable(QStringLiteral("a secret was logged: ") + line));
    s_logged.clear();
}

void tst_Auth::passwordTokenBody_data()
{
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("projectName");
    QTest::addColumn<QJsonObject>("scope");
    QTest::newRow("scope by name, id learnt")
        << QString() << QStringLiteral("eu-de")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("eu-de")}};
    QTest::newRow("scope by id") << kLearntProject << QStringLiteral("eu-de")
                                 << QJsonObject{{QStringLiteral("id"), kLearntProject}};
}

void tst_Auth::passwordTokenBody()
{
    QFETCH(QString, projectId);
    QFETCH(QString, projectName);
    QFETCH(QJsonObject, scope);
    FakeIam iam;
    FakeNetworkAccessManager nam;
    nam.setRouter(router(&iam));
    Connection c = fakeConnection();
    c.projectId = projectId;
    c.projectName = projectName;
    ApiClient client(&nam, c, new PasswordAuthenticator(QStringLiteral("pw-body-secret")));
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    QCOMPARE(nam.count(), 2);

    const RecordedRequest &token = nam.requests().at(0);
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.url.toString(), QStringLiteral("https://iam.example.test/v3/auth/tokens?nocatalog=true"));
    QVERIFY(!token.hasHeader("X-Auth-Token"));
    QVERIFY(token.header("Content-Type").startsWith("application/json"));
    const QJsonObject user{{QStringLiteral("name"), QStringLiteral("operator")},
                           {QStringLiteral("password"), QStringLiteral("pw-body-secret")},
                           {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), c.domainName}}}};
    const QJsonObject expected{
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                  {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}},
                     {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), scope}}}}}};
    QCOMPARE(QJsonDocument::fromJson(token.body).object(), expected);

    // The ELB call carries the token from X-Subject-Token and the project from the token body.
    const RecordedRequest &elb = nam.requests().at(1);
    QCOMPARE(elb.header("X-Auth-Token"), QByteArray("iam-token-1-secret"));
    QCOMPARE(elb.path(), QStringLiteral("/v1.0/%1/elbaas/loadbalancers").arg(kLearntProject));
    QCOMPARE(client.projectId(), kLearntProject);
}

void tst_Auth::oneTokenFetchForConcurrentRequests()
{
    FakeIam iam;
    FakeNetworkAccessManager nam;
    nam.setRouter(router(&iam));
    ApiClient client(&nam, fakeConnection(), new PasswordAuthenticator(QStringLiteral("pw-shared-secret")));
    RequestRun runs[4];
    for (RequestRun &run : runs)
        track(new ListLoadBalancersRequest(&client), &run);
    for (RequestRun &run : runs) {
        QTRY_VERIFY(run.gone);
        QVERIFY(!run.error.isError());
    }
    QCOMPARE(nam.count("POST", QStringLiteral("/v3/auth/tokens")), 1);
    QCOMPARE(tokensSentToElb(nam), QByteArrayList(4, "iam-token-1-secret"));
}

void tst_Auth::refreshMargin_data()
{
    QTest::addColumn<qint64>("lifetimeMs");
    QTest::addColumn<qint64>("marginMs");
    QTest::newRow("24 h: 5 min") << qint64(24) * 3600 * 1000 << qint64(300000);
    QTest::newRow("1 h: still 5 min") << qint64(3600) * 1000 << qint64(300000);
    QTest::newRow("20 min: a tenth") << qint64(1200) * 1000 << qint64(120000);
    QTest::newRow("3 s: a tenth") << qint64(3000) << qint64(300);
}

void tst_Auth::refreshMargin()
{
    QFETCH(qint64, lifetimeMs);
    FakeIam iam;
    iam.lifetimes = {{0, lifetimeMs}};
    FakeNetworkAccessManager nam;
    nam.setRouter(router(&iam));
    auto *auth = new PasswordAuthenticator(QStringLiteral("pw-margin-secret"));
    ApiClient client(&nam, fakeConnection(), auth);
    QCOMPARE(auth->refreshMarginMs(), qint64(300000)); // no token yet
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QTEST(auth->refreshMarginMs(), "marginMs");
    QVERIFY(auth->expiresAt().isValid());
}

void tst_Auth::renewsBeforeExpiry()
{
    // Token 1 lives 3 s and has 200 ms left, inside its 300 ms margin: the next request renews it.
    // Token 2 lives 3 s from now: 3 s left, well outside the margin, so it is reused.
    FakeIam iam;
    iam.lifetimes = {{2800, 200}, {0, 3000}};
    FakeNetworkAccessManager nam;
    nam.setRouter(router(&iam));
    ApiClient client(&nam, fakeConnection(), new PasswordAuthenticator(QStringLiteral("pw-renew-secret")));
    for (int i = 0; i < 3; ++i) {
        RequestRun run;
        QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
        QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    }
    QCOMPARE(iam.issued, 2);
    QCOMPARE(tokensSentToElb(nam),
             (QByteArrayList{"iam-token-1-secret", "iam-token-2-secret", "iam-token-2-secret"}));
}

void tst_Auth::renewsOnceAfter401()
{
    FakeIam iam;
    FakeNetworkAccessManager nam;
    nam.setRouter(router(&iam, {"iam-token-1-secret"}));
    ApiClient client(&nam, fakeConnection(), new PasswordAuthenticator(QStringLiteral("pw-401-secret")));
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    QCOMPARE(iam.issued, 2);
    QCOMPARE(tokensSentToElb(nam), (QByteArrayList{"iam-token-1-secret", "iam-token-2-secret"}));
}

void tst_Auth::second401IsReported()
{
    FakeIam iam;
    FakeNetworkAccessManager nam;
    nam.setRouter(router(&iam, {"iam-token-1-secret", "iam-token-2-secret", "iam-token-3-secret"}));
    ApiClient client(&nam, fakeConnection(), new PasswordAuthenticator(QStringLiteral("pw-401-secret")));
    RequestRun run;
    QVERIFY(runToEnd(new RemoveMembersRequest(&client, hexId(0x11), {hexId(1)}), &run));
    QVERIFY(run.error.isAuthFailure());
    QCOMPARE(run.error.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(iam.issued, 2); // one renewal, no loop
    QCOMPARE(nam.count("POST", QStringLiteral("/members/action")), 2);
}

void tst_Auth::concurrent401sRenewOnce()
{
    FakeIam iam;
    FakeNetworkAccessManager nam;
    const auto elb = router(&iam, {"iam-token-1-secret"});
    // Answers come late, so all three requests hold the old token when the first 401 arrives.
    nam.setRouter([&elb](const RecordedRequest &r) { return elb(r)->withDelay(20); });
    ApiClient client(&nam, fakeConnection(), new PasswordAuthenticator(QStringLiteral("pw-many-secret")));
    RequestRun runs[3];
    for (RequestRun &run : runs)
        track(new ListLoadBalancersRequest(&client), &run);
    for (RequestRun &run : runs) {
        QTRY_VERIFY(run.gone);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    }
    QCOMPARE(iam.issued, 2);
    QCOMPARE(tokensSentToElb(nam).count("iam-token-2-secret"), 3);
}

void tst_Auth::iamRefusalIsReportedAsAuthentication()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) {
        return new FakeJsonReply(
            r, 401,
            R"({"error":{"message":"The username or password is wrong.","code":401,"title":"Unauthorized"}})");
    });
    ApiClient client(&nam, fakeConnection(), new PasswordAuthenticator(QStringLiteral("pw-wrong-secret")));
    client.setRetryPolicy(fastRetryPolicy());
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QVERIFY(run.error.isAuthFailure());
    QVERIFY(run.error.duringAuthentication);
    QCOMPARE(run.error.code, QStringLiteral("401"));
    QCOMPARE(nam.count(), 1); // a wrong password is not tried again, and ELB is never called
}

void tst_Auth::pastedTokenLearnsProjectAndIsNeverRenewed()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.host() == QLatin1String("iam.example.test")) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return new FakeJsonReply(r, 200, tokenBody(now, now.addDays(1), kLearntProject));
        }
        return new FakeJsonReply(r, 401, R"({"error_msg":"token expired","error_code":"APIGW.0301"})");
    });
    Connection c = fakeConnection();
    c.projectId.clear();
    ApiClient client(&nam, c, new TokenAuthenticator(QStringLiteral("  pasted-token-secret\n")));
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QVERIFY(run.error.isAuthFailure());
    QCOMPARE(nam.count(), 2); // validate, then one ELB call: a pasted token cannot be renewed
    const RecordedRequest &validate = nam.requests().at(0);
    QCOMPARE(validate.method, QByteArray("GET"));
    QCOMPARE(validate.path(), QStringLiteral("/v3/auth/tokens"));
    QCOMPARE(validate.header("X-Subject-Token"), QByteArray("pasted-token-secret"));
    QCOMPARE(nam.requests().at(1).header("X-Auth-Token"), QByteArray("pasted-token-secret"));
    QCOMPARE(nam.requests().at(1).path(),
             QStringLiteral("/v1.0/%1/elbaas/loadbalancers").arg(kLearntProject));
}

void tst_Auth::redactorHidesIssuedTokens()
{
    FakeIam iam;
    FakeNetworkAccessManager nam;
    nam.setRouter(router(&iam));
    ApiClient client(&nam, fakeConnection(), new PasswordAuthenticator(QStringLiteral("pw-redact-secret")));
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    const QString token = QStringLiteral("iam-token-1-secret");
    const QString redacted =
        Redactor::redact(QStringLiteral("X-Auth-Token: %1; again %1; pw pw-redact-secret").arg(token));
    QVERIFY2(!redacted.contains(token), qPrintable(redacted));
    QVERIFY(!redacted.contains(QLatin1String("pw-redact-secret")));
    QCOMPARE(redacted.count(QLatin1String("[redacted]")), 3);

    s_logged.clear();
    qDebug() << "token is" << token;
    qWarning("header X-Auth-Token: %s", qPrintable(token));
    QCOMPARE(s_logged.size(), 2);
    for (const QString &line : std::as_const(s_logged)) {
        QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("[redacted]")), qPrintable(line));
    }
    s_logged.clear();
}

QTEST_GUILESS_MAIN(tst_Auth)
#include "tst_auth.moc"
