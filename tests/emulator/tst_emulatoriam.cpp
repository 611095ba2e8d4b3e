// IAM side of the sandbox (elb-classic-api.md §10.1, §9.3): password tokens, validation,
// expiry, the Keystone error shape and the project list.

#include "emulatortesthttp.h"

#include <QRegularExpression>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

class TestEmulatorIam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuesProjectScopedToken();
    void scopesByProjectId();
    void validatesSubjectToken();
    void rejectsWrongPasswordInKeystoneShape();
    void rejectsMalformedBodyAndUnknownProject();
    void expiredTokenIsRejectedByGateway();
    void expireTokensControlCall();
    void listsProjectsWithTokenAndAkSk();
    void extraUsersAndDomains();
};

static const QRegularExpression kMicroZ(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"));

void TestEmulatorIam::issuesProjectScopedToken()
{
    Sandbox s;
    HttpResult r;
    const QByteArray token = s.http->issueToken(QStringLiteral("operator"), QStringLiteral("sandbox-password"),
                                                QStringLiteral("sandbox-domain"), QStringLiteral("eu-de"), &r);
    QCOMPARE(r.status, 201);
    QVERIFY2(token.size() >= 200, token.constData());
    QVERIFY(r.header("Content-Type").startsWith("application/json"));

    const QJsonObject t = r.object().value(QStringLiteral("token")).toObject();
    QCOMPARE(t.value(QStringLiteral("methods")).toArray(), QJsonArray{QStringLiteral("password")});
    QVERIFY(kMicroZ.match(t.value(QStringLiteral("expires_at")).toString()).hasMatch());
    QVERIFY(kMicroZ.match(t.value(QStringLiteral("issued_at")).toString()).hasMatch());
    const QDateTime issued = QDateTime::fromString(t.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
    const QDateTime expires = QDateTime::fromString(t.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QCOMPARE(issued.secsTo(expires), 86400);

    const QJsonObject project = t.value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("id")).toString(), s.server.projectId());
    QCOMPARE(project.value(QStringLiteral("name")).toString(), QStringLiteral("eu-de"));
    QCOMPARE(project.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("sandbox-domain"));
    const QJsonObject user = t.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("operator"));
    QVERIFY(user.value(QStringLiteral("domain")).toObject().contains(QStringLiteral("id")));
    QVERIFY(t.value(QStringLiteral("catalog")).isArray());
    QVERIFY(!t.value(QStringLiteral("roles")).toArray().isEmpty());

    // Two tokens are two different opaque strings; both stay valid.
    const QByteArray second = s.http->issueToken();
    QVERIFY(second != token);
    s.http->setToken(token);
    QCOMPARE(s.http->get(s.elb(QStringLiteral("loadbalancers"))).status, 200);
}

void TestEmulatorIam::scopesByProjectId()
{
    Sandbox s;
    const QJsonObject body{{QStringLiteral("auth"), QJsonObject{
        {QStringLiteral("identity"), QJsonObject{
            {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
            {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), QJsonObject{
                {QStringLiteral("name"), QStringLiteral("operator")}, {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), QStringLiteral("sandbox-domain")}}}}}}}}},
        {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), s.project}}}}}}}};
    TestHttp http(s.server.baseUrl());
    const HttpResult r = http.post(QStringLiteral("/v3/auth/tokens"), QJsonDocument(body));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("token")).toObject().value(QStringLiteral("project")).toObject()
                 .value(QStringLiteral("id")).toString(), s.project);
}

void TestEmulatorIam::validatesSubjectToken()
{
    Sandbox s;
    const QByteArray subject = s.http->issueToken();
    TestHttp raw(s.server.baseUrl());
    HttpResult r = raw.send("GET", raw.url(QStringLiteral("/v3/auth/tokens")),
                            {{"X-Auth-Token", s.http->token()}, {"X-Subject-Token", subject}}, QByteArray());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Subject-Token"), subject);
    QCOMPARE(r.object().value(QStringLiteral("token")).toObject().value(QStringLiteral("project")).toObject()
                 .value(QStringLiteral("id")).toString(), s.project);

    r = raw.send("GET", raw.url(QStringLiteral("/v3/auth/tokens")),
                 {{"X-Auth-Token", s.http->token()}, {"X-Subject-Token", "MIIEnotatoken"}}, QByteArray());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 404);
    QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Not Found"));
}

void TestEmulatorIam::rejectsWrongPasswordInKeystoneShape()
{
    Sandbox s;
    HttpResult r;
    const QByteArray token = s.http->issueToken(QStringLiteral("operator"), QStringLiteral("wrong"),
                                                QStringLiteral("sandbox-domain"), QStringLiteral("eu-de"), &r);
    QVERIFY(token.isEmpty());
    QCOMPARE(r.status, 401);
    const QJsonObject error = r.object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("The username or password is wrong."));
    QVERIFY(error.value(QStringLiteral("code")).isDouble()); // a number in the Keystone shape
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 401);
    QCOMPARE(error.value(QStringLiteral("title")).toString(), QStringLiteral("Unauthorized"));

    s.http->issueToken(QStringLiteral("nobody"), QStringLiteral("sandbox-password"), QStringLiteral("sandbox-domain"),
                       QStringLiteral("eu-de"), &r);
    QCOMPARE(r.status, 401);
    s.http->issueToken(QStringLiteral("operator"), QStringLiteral("sandbox-password"), QStringLiteral("other-domain"),
                       QStringLiteral("eu-de"), &r);
    QCOMPARE(r.status, 401);
}

void TestEmulatorIam::rejectsMalformedBodyAndUnknownProject()
{
    Sandbox s;
    TestHttp raw(s.server.baseUrl());
    HttpResult r = raw.post(QStringLiteral("/v3/auth/tokens"), QByteArray("{\"auth\":"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 400);
    QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Bad Request"));

    const QByteArray token = s.http->issueToken(QStringLiteral("operator"), QStringLiteral("sandbox-password"),
                                                QStringLiteral("sandbox-domain"), QStringLiteral("eu-nl"), &r);
    QVERIFY(token.isEmpty());
    QCOMPARE(r.status, 401);
    QVERIFY(r.object().value(QStringLiteral("error")).toObject().contains(QStringLiteral("title")));
}

void TestEmulatorIam::expiredTokenIsRejectedByGateway()
{
    Sandbox s({QStringLiteral("--token-lifetime"), QStringLiteral("1")});
    QCOMPARE(s.http->get(s.elb(QStringLiteral("loadbalancers"))).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(s.http->get(s.elb(QStringLiteral("loadbalancers"))).status, 401, 5000);
    const HttpResult r = s.http->get(s.elb(QStringLiteral("loadbalancers")));
    QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0301"));
    QCOMPARE(r.object().value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("Incorrect IAM authentication information: token expired"));
    QCOMPARE(r.object().value(QStringLiteral("request_id")).toString().size(), 32);

    // Validation of an expired subject token: 404, as Keystone does.
    TestHttp fresh(s.server.baseUrl());
    fresh.setToken(fresh.issueToken());
    const HttpResult v = fresh.send("GET", fresh.url(QStringLiteral("/v3/auth/tokens")),
                                    {{"X-Auth-Token", fresh.token()}, {"X-Subject-Token", s.http->token()}}, QByteArray());
    QCOMPARE(v.status, 404);
}

void TestEmulatorIam::expireTokensControlCall()
{
    Sandbox s;
    QCOMPARE(s.http->get(s.elb(QStringLiteral("listeners"))).status, 200);
    TestHttp control(s.server.baseUrl());
    QCOMPARE(control.post(QStringLiteral("/_sandbox/expire-tokens"), QByteArray()).status, 200);
    const HttpResult r = s.http->get(s.elb(QStringLiteral("listeners")));
    QCOMPARE(r.status, 401);
    QVERIFY(r.object().value(QStringLiteral("error_msg")).toString().endsWith(QStringLiteral("token expired")));
    // A new token works again (re-authentication, §10.1).
    s.http->setToken(s.http->issueToken());
    QCOMPARE(s.http->get(s.elb(QStringLiteral("listeners"))).status, 200);
}

void TestEmulatorIam::listsProjectsWithTokenAndAkSk()
{
    Sandbox s;
    HttpResult r = s.http->get(QStringLiteral("/v3/projects"), QStringLiteral("name=eu-de"));
    QCOMPARE(r.status, 200);
    const QJsonArray projects = r.object().value(QStringLiteral("projects")).toArray();
    QCOMPARE(projects.size(), 1);
    const QJsonObject p = projects.at(0).toObject();
    QCOMPARE(p.value(QStringLiteral("id")).toString(), s.project);
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("eu-de"));
    QVERIFY(!p.value(QStringLiteral("domain_id")).toString().isEmpty());
    QCOMPARE(p.value(QStringLiteral("enabled")), QJsonValue(true));

    QCOMPARE(s.http->get(QStringLiteral("/v3/projects"), QStringLiteral("name=nope")).object()
                 .value(QStringLiteral("projects")).toArray().size(), 0);

    r = s.http->sendSigned("GET", QStringLiteral("/v3/projects"), QStringLiteral("name=eu-de"), QByteArray(),
                           Emulator::EmulatorServer::kDefaultAccessKey, Emulator::EmulatorServer::kDefaultSecretKey,
                           SigningScheme::B);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("projects")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
             s.project);

    TestHttp anonymous(s.server.baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/v3/projects")).status, 401);
}

void TestEmulatorIam::extraUsersAndDomains()
{
    Sandbox s({QStringLiteral("--user"), QStringLiteral("alice:pw1"), QStringLiteral("--user"),
               QStringLiteral("bob:pw2:other-domain")});
    HttpResult r;
    // --user replaces the default operator.
    QVERIFY(s.http->issueToken(QStringLiteral("operator"), QStringLiteral("sandbox-password"),
                               QStringLiteral("sandbox-domain"), QStringLiteral("eu-de"), &r).isEmpty());
    const QByteArray alice = s.http->issueToken(QStringLiteral("alice"), QStringLiteral("pw1"),
                                                QStringLiteral("sandbox-domain"), QStringLiteral("eu-de"), &r);
    QVERIFY(!alice.isEmpty());
    const QByteArray bob = s.http->issueToken(QStringLiteral("bob"), QStringLiteral("pw2"),
                                              QStringLiteral("other-domain"), QStringLiteral("eu-de"), &r);
    QVERIFY(!bob.isEmpty());
    const QString bobProject = r.object().value(QStringLiteral("token")).toObject().value(QStringLiteral("project"))
                                   .toObject().value(QStringLiteral("id")).toString();
    QVERIFY(bobProject != s.server.projectId());

    // Bob's token in Alice's project: 403 APIGW.0306; his own project exists but is empty.
    s.http->setToken(bob);
    r = s.http->get(s.elb(QStringLiteral("loadbalancers")));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0306"));
    r = s.http->get(QStringLiteral("/v1.0/%1/elbaas/loadbalancers").arg(bobProject));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("instance_num")).toString(), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestEmulatorIam)
#include "tst_emulatoriam.moc"
