// AK/SK verification by the sandbox gateway (elb-classic-api.md §10.2–§10.4): both signing
// schemes accepted when signed with the shared AkSkSigner, every failure a 401 APIGW.0301.

#include "emulatorgatewayauth.h"
#include "emulatoriam.h"
#include "emulatorstore.h"
#include "emulatortesthttp.h"

#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

const QByteArray kAk = Emulator::EmulatorServer::kDefaultAccessKey;
const QByteArray kSk = Emulator::EmulatorServer::kDefaultSecretKey;

} // namespace

class TestEmulatorAkSk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsBothSchemes_data();
    void acceptsBothSchemes();
    void signedPostIsApplied_data();
    void signedPostIsApplied();
    void rejectsTampering();
    void rejectsUnknownKeyAndStaleDate();
    void rejectsMissingSignedHeader();
    void projectHeaderMustMatch();
    void logNeverHoldsSecrets();
    void verifierAcceptsFixedVectors_data();
    void verifierAcceptsFixedVectors();
};

void TestEmulatorAkSk::acceptsBothSchemes_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<QString>("query");
    QTest::newRow("A") << SigningScheme::A << QString();
    QTest::newRow("B") << SigningScheme::B << QString();
    QTest::newRow("A query") << SigningScheme::A << QStringLiteral("limit=5&marker=0&status=ACTIVE&status=PENDING");
    QTest::newRow("B query") << SigningScheme::B << QStringLiteral("limit=5&marker=0&colour=dark%20blue");
    QTest::newRow("A spaces") << SigningScheme::A << QStringLiteral("x=a+b&y=%C3%A9&z");
}

void TestEmulatorAkSk::acceptsBothSchemes()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(QString, query);
    Sandbox s;
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    HttpResult r = s.http->sendSigned("GET", s.elb(QStringLiteral("listeners/%1/members").arg(l)), query, QByteArray(),
                                      kAk, kSk, scheme, s.project.toLatin1());
    QCOMPARE(r.status, 200);
    QVERIFY(!r.array().isEmpty());
    // Without X-Project-Id the path's project is used.
    r = s.http->sendSigned("GET", s.elb(QStringLiteral("loadbalancers")), QString(), QByteArray(), kAk, kSk, scheme);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("instance_num")).toString(), QStringLiteral("3"));
    // A path segment that needs encoding goes through canonicalisation and reaches ELB.
    r = s.http->sendSigned("GET", s.elb(QStringLiteral("listeners/caf\u00e9 au lait/members")), QString(), QByteArray(),
                           kAk, kSk, scheme, s.project.toLatin1());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("ELB.2020"));
}

void TestEmulatorAkSk::signedPostIsApplied_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::newRow("A") << SigningScheme::A;
    QTest::newRow("B") << SigningScheme::B;
}

void TestEmulatorAkSk::signedPostIsApplied()
{
    QFETCH(SigningScheme, scheme);
    Sandbox s({QStringLiteral("--job-seconds"), QStringLiteral("0.2")});
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QString member = s.members(l).at(0).toObject().value(QStringLiteral("id")).toString();
    // The exact bytes are signed, including a trailing newline as Go's json.Encoder writes it.
    const QByteArray body = "{\"removeMember\":[{\"id\":\"" + member.toLatin1() + "\"}]}\n";
    const HttpResult r = s.http->sendSigned("POST", s.elb(QStringLiteral("listeners/%1/members/action").arg(l)), QString(),
                                            body, kAk, kSk, scheme, s.project.toLatin1());
    QCOMPARE(r.status, 200);
    const QString uri = r.object().value(QStringLiteral("uri")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(s.http->sendSigned("GET", uri, QString(), QByteArray(), kAk, kSk, scheme, s.project.toLatin1())
                                  .object().value(QStringLiteral("status")).toString(),
                              QStringLiteral("SUCCESS"), 5000);
    QCOMPARE(s.members(l).size(), 19);
}

void TestEmulatorAkSk::rejectsTampering()
{
    Sandbox s;
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QString member = s.members(l).at(0).toObject().value(QStringLiteral("id")).toString();
    const QByteArray body = "{\"removeMember\":[{\"id\":\"" + member.toLatin1() + "\"}]}";
    for (const SigningScheme scheme : {SigningScheme::A, SigningScheme::B}) {
        const HttpResult r = s.http->sendSigned("POST", s.elb(QStringLiteral("listeners/%1/members/action").arg(l)), QString(),
                                                body, kAk, kSk, scheme, s.project.toLatin1(), QDateTime::currentDateTimeUtc(),
                                                /*tamperBody=*/true);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0301"));
        const QString message = r.object().value(QStringLiteral("error_msg")).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail")),
                 qPrintable(message));
        // The server's canonical request is shown with '|' for newlines (§9.2), never the SK.
        QVERIFY(message.contains(QStringLiteral("canonicalRequest:POST|/v1.0/")));
        QVERIFY(!message.contains(QString::fromLatin1(kSk)));
    }
    // Signed with the wrong secret.
    const HttpResult r = s.http->sendSigned("GET", s.elb(QStringLiteral("loadbalancers")), QString(), QByteArray(), kAk,
                                            "wrong-secret", SigningScheme::A, s.project.toLatin1());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0301"));
    QCOMPARE(s.members(l).size(), 20);
}

void TestEmulatorAkSk::rejectsUnknownKeyAndStaleDate()
{
    Sandbox s({QStringLiteral("--aksk"), QStringLiteral("SECONDKEY:secondsecret")});
    HttpResult r = s.http->sendSigned("GET", s.elb(QStringLiteral("loadbalancers")), QString(), QByteArray(), kAk, kSk,
                                      SigningScheme::A);
    QCOMPARE(r.status, 401); // --aksk replaces the default pair
    QCOMPARE(r.object().value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("Incorrect IAM authentication information: ak SANDBOXACCESSKEY0001 not exist"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    r = s.http->sendSigned("GET", s.elb(QStringLiteral("loadbalancers")), QString(), QByteArray(), "SECONDKEY", "secondsecret",
                           SigningScheme::A, QByteArray(), now.addSecs(-14 * 60));
    QCOMPARE(r.status, 200);
    for (const int minutes : {-16, 16}) {
        r = s.http->sendSigned("GET", s.elb(QStringLiteral("loadbalancers")), QString(), QByteArray(), "SECONDKEY",
                               "secondsecret", SigningScheme::B, QByteArray(), now.addSecs(minutes * 60));
        QCOMPARE(r.status, 401);
        QVERIFY(r.object().value(QStringLiteral("error_msg")).toString().startsWith(
            QStringLiteral("Incorrect IAM authentication information: calc aksk signature fail:signature expired, signature time:")));
    }
}

void TestEmulatorAkSk::rejectsMissingSignedHeader()
{
    Sandbox s;
    TestHttp http(s.server.baseUrl());
    SigningInput input;
    input.method = "GET";
    input.url = http.url(s.elb(QStringLiteral("loadbalancers")));
    input.headers = {{"X-Sdk-Date", AkSkSigner::sdkDate(QDateTime::currentDateTimeUtc())}, {"X-Extra", "1"}};
    const QByteArray authorization = AkSkSigner::authorization(input, kAk, kSk, SigningScheme::A);
    HttpResult r = http.send("GET", input.url, {input.headers.at(0), {"Authorization", authorization}}, QByteArray());
    QCOMPARE(r.status, 401);
    QVERIFY(r.object().value(QStringLiteral("error_msg")).toString().contains(QStringLiteral("x-extra")));
    // Sent as signed, it passes; x-sdk-date itself must always be signed.
    r = http.send("GET", input.url, {input.headers.at(0), input.headers.at(1), {"Authorization", authorization}}, QByteArray());
    QCOMPARE(r.status, 200);
    r = http.send("GET", input.url, {{"Authorization", "SDK-HMAC-SHA256 Access=" + kAk + ", SignedHeaders=host, Signature=00"}},
                  QByteArray());
    QCOMPARE(r.status, 401);
    r = http.send("GET", input.url, {{"Authorization", "Basic b3BlcmF0b3I6eA=="}}, QByteArray());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0301"));
}

void TestEmulatorAkSk::projectHeaderMustMatch()
{
    Sandbox s({QStringLiteral("--aksk"), QStringLiteral("AK1:sk1"), QStringLiteral("--aksk"), QStringLiteral("AK2:sk2:elsewhere")});
    HttpResult r = s.http->sendSigned("GET", s.elb(QStringLiteral("loadbalancers")), QString(), QByteArray(), "AK1", "sk1",
                                      SigningScheme::A, "0123456789abcdef0123456789abcdef");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0306"));
    // A key of another domain may not act in this project.
    r = s.http->sendSigned("GET", s.elb(QStringLiteral("loadbalancers")), QString(), QByteArray(), "AK2", "sk2",
                           SigningScheme::B, s.project.toLatin1());
    QCOMPARE(r.status, 403);
}

void TestEmulatorAkSk::logNeverHoldsSecrets()
{
    Sandbox s;
    s.http->sendSigned("GET", s.elb(QStringLiteral("loadbalancers")), QString(), QByteArray(), kAk, kSk, SigningScheme::A);
    s.http->get(s.elb(QStringLiteral("listeners")));
    TestHttp control(s.server.baseUrl());
    const HttpResult log = control.get(QStringLiteral("/_sandbox/requests"));
    QCOMPARE(log.status, 200);
    QVERIFY(!log.body.contains(kSk));
    QVERIFY(!log.body.contains(s.http->token()));
    QVERIFY(!log.body.contains("sandbox-password"));
    QVERIFY(!log.body.contains("Signature="));
    const QJsonArray entries = log.array();
    QCOMPARE(entries.size(), 3); // the fixture's token POST, the AK/SK GET, the token GET
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/v3/auth/tokens"));
    QVERIFY(entries.at(0).toObject().value(QStringLiteral("body")).toString().contains(QStringLiteral("operator")));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("none"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("aksk"));
    QCOMPARE(entries.at(2).toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("token"));
}

void TestEmulatorAkSk::verifierAcceptsFixedVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("accessKey");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QList<QByteArray>>("headers"); // name, value, name, value, …
    QTest::addColumn<QByteArray>("authorization");

    // §10.4 vector 3 (huaweicloud-sdk-python-v3 test_signer1)
    QTest::newRow("3") << QByteArray("GET") << QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1")
                       << QByteArray() << QByteArray("AccessKey") << QByteArray("SecretKey")
                       << QList<QByteArray>{"X-Sdk-Date", "20200608T023900Z", "Host", "service.endpoint.myhuaweicloud.com"}
                       << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                                     "Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
    // §10.4 vector 4 (test_signer2): a POST body
    QTest::newRow("4") << QByteArray("POST") << QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1")
                       << QByteArray("{\"name\":\"test\",\"id\":1}") << QByteArray("AccessKey") << QByteArray("SecretKey")
                       << QList<QByteArray>{"X-Sdk-Date", "20200608T023900Z", "Host", "service.endpoint.myhuaweicloud.com"}
                       << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                                     "Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
    // §10.4 vector 6 (Huawei signing guide worked example)
    QTest::newRow("6") << QByteArray("GET")
                       << QStringLiteral("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
                                         "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0")
                       << QByteArray() << QByteArray("QTWAOYTTINDUT2QVKYUC") << QByteArray("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")
                       << QList<QByteArray>{"Content-Type", "application/json", "Host", "service.region.example.com",
                                            "X-Sdk-Date", "20191115T033655Z"}
                       << QByteArray("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
                                     "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    // §10.4 vector 7 (scheme B, gophertelekomcloud port)
    QTest::newRow("7 (B)") << QByteArray("GET") << QStringLiteral("https://iam.eu-de.otc.t-systems.com/v3/projects/?name=eu-de_test_dmd")
                           << QByteArray() << QByteArray("A2VGRDT4L5Z7YOYSTNN9") << QByteArray("BYBYIiF3WUZGlorXmcTEDtNjB40JTibYIEfSUWqA")
                           << QList<QByteArray>{"accept", "application/json", "user-agent", "golangsdk/2.0.0",
                                                "host", "iam.eu-de.otc.t-systems.com", "x-sdk-date", "20201019T132212Z"}
                           << QByteArray("SDK-HMAC-SHA256 Credential=A2VGRDT4L5Z7YOYSTNN9/20201019///sdk_request, "
                                         "SignedHeaders=accept;host;user-agent;x-sdk-date, "
                                         "Signature=446f60d99021ad562739f1a841a242b708237d62ed5d278d882abcfea8b0428b");
}

void TestEmulatorAkSk::verifierAcceptsFixedVectors()
{
    // The verifier alone, at the vector's own clock: proves the emulator accepts what the
    // reference SDKs send, independently of our client-side signer.
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, accessKey);
    QFETCH(QByteArray, secretKey);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(QByteArray, authorization);

    Emulator::EmulatorOptions options;
    options.accessKeys = {{QString::fromLatin1(accessKey), QString::fromLatin1(secretKey), QStringLiteral("sandbox-domain")}};
    Emulator::EmulatorStore store;
    const Emulator::EmulatorIam iam(options, store);
    const Emulator::EmulatorGatewayAuth auth(iam, store);

    Emulator::EmulatorRequest request;
    request.method = method;
    request.url = QUrl(url);
    request.path = request.url.path();
    request.body = body;
    for (qsizetype i = 0; i + 1 < headers.size(); i += 2)
        request.headers.append({headers.at(i), headers.at(i + 1)});
    QDateTime at;
    for (const auto &h : std::as_const(request.headers)) {
        if (h.first.toLower() == "x-sdk-date")
            at = QDateTime::fromString(QString::fromLatin1(h.second), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    }
    at.setTimeSpec(Qt::UTC);
    const qint64 nowMs = at.toMSecsSinceEpoch() + 60000;

    request.headers.append({"Authorization", authorization});
    Emulator::EmulatorGatewayAuth::Result result = auth.authenticate(request, nowMs);
    QVERIFY2(result.ok, result.failure.body.constData());
    QCOMPARE(result.kind, Emulator::AuthKind::AkSk);

    QByteArray tampered = authorization;
    tampered.back() = tampered.back() == '0' ? '1' : '0';
    request.headers.last().second = tampered;
    result = auth.authenticate(request, nowMs);
    QVERIFY(!result.ok);
    QCOMPARE(result.failure.status, 401);
}

QTEST_GUILESS_MAIN(TestEmulatorAkSk)
#include "tst_emulatoraksk.moc"
