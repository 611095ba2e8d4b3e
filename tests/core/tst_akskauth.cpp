// AkSkAuthenticator over the fake network: with a fixed time, the X-Sdk-Date and Authorization it
// sends match AkSkSigner over the exact bytes that went on the wire (schemes A and B, GET and POST);
// X-Project-Id is added unsigned; a project name is resolved through a signed IAM call.
#include "api/apiclient.h"
#include "api/listloadbalancersrequest.h"
#include "api/removemembersrequest.h"
#include "auth/akskauthenticator.h"
#include "auth/aksksigner.h"
#include "fakenetwork.h"

#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {
const QByteArray kLbList = R"({"loadbalancers":[],"instance_num":"0"})";
const QString kLearntProject = hexId(0x1ea51);
} // namespace

class tst_AkSkAuth : public QObject
{
    Q_OBJECT

private slots:
    void signsConsistently_data();
    void signsConsistently();
    void learnsProjectIdByName();
};

void tst_AkSkAuth::signsConsistently_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<bool>("post");
    QTest::newRow("scheme A GET") << SigningScheme::A << false;
    QTest::newRow("scheme A POST") << SigningScheme::A << true;
    QTest::newRow("scheme B GET") << SigningScheme::B << false;
    QTest::newRow("scheme B POST") << SigningScheme::B << true;
}

void tst_AkSkAuth::signsConsistently()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(bool, post);
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) {
        return new FakeJsonReply(r, 200, r.method == "GET" ? kLbList : jobReferenceJson(hexId(0x70b)));
    });
    auto *auth =
        new AkSkAuthenticator(QStringLiteral("AKTESTACCESSKEY"), QStringLiteral("sk-signing-secret"), scheme);
    auth->setFixedTime(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    Connection c = fakeConnection(QStringLiteral("https://elb.example.test:8443"));
    c.auth = AuthMethod::AkSk;
    c.signing = scheme;
    ApiClient client(&nam, c, auth);
    RequestRun run;
    if (post)
        QVERIFY(runToEnd(new RemoveMembersRequest(&client, hexId(0x11), {hexId(1), hexId(2)}), &run));
    else
        QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    QCOMPARE(nam.count(), 1);
    const RecordedRequest &r = nam.requests().first();
    QCOMPARE(r.header("X-Sdk-Date"), QByteArray("20240102T030405Z"));
    QVERIFY(!r.hasHeader("X-Auth-Token"));

    // Rebuild the signature from what went on the wire: the exact body bytes and the headers.
    SigningInput input;
    input.method = r.method;
    input.url = r.url;
    input.body = r.body;
    if (post)
        input.headers.append({"Content-Type", r.header("Content-Type")});
    input.headers.append(qMakePair(QByteArray("Host"), QByteArray("elb.example.test:8443")));
    input.headers.append({"X-Sdk-Date", r.header("X-Sdk-Date")});
    QCOMPARE(r.header("Authorization"),
             AkSkSigner::authorization(input, "AKTESTACCESSKEY", "sk-signing-secret", scheme));

    const auto parsed = AkSkSigner::parseAuthorization(r.header("Authorization"));
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.scheme, scheme);
    QCOMPARE(parsed.accessKey, QByteArray("AKTESTACCESSKEY"));
    if (scheme == SigningScheme::B)
        QCOMPARE(parsed.scope, QByteArray("20240102///sdk_request"));
    QVERIFY(parsed.signedHeaders.contains("host"));
    QVERIFY(parsed.signedHeaders.contains("x-sdk-date"));
    QCOMPARE(parsed.signedHeaders.contains("content-type"), post);
    // X-Project-Id is sent but, as gophertelekomcloud does, added after signing.
    QCOMPARE(r.header("X-Project-Id"), fakeProjectId().toLatin1());
    QVERIFY(!parsed.signedHeaders.contains("x-project-id"));
}

void tst_AkSkAuth::learnsProjectIdByName()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.host() == QLatin1String("iam.example.test")) {
            return new FakeJsonReply(
                r, 200,
                QStringLiteral(
                    R"({"projects":[{"id":"%1","name":"eu-de_other"},{"id":"%2","name":"eu-de"}]})")
                    .arg(hexId(0xbad), kLearntProject)
                    .toUtf8());
        }
        return new FakeJsonReply(r, 200, kLbList);
    });
    Connection c = fakeConnection();
    c.projectId.clear();
    c.projectName = QStringLiteral("eu-de");
    ApiClient client(&nam, c,
                     new AkSkAuthenticator(QStringLiteral("AKTESTACCESSKEY"),
                                           QStringLiteral("sk-project-secret"), SigningScheme::A));
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    QCOMPARE(nam.count(), 2);
    const RecordedRequest &find = nam.requests().at(0);
    QCOMPARE(find.path(), QStringLiteral("/v3/projects"));
    QCOMPARE(find.queryValue(QStringLiteral("name")), QStringLiteral("eu-de"));
    QVERIFY(find.header("Authorization").startsWith("SDK-HMAC-SHA256 Access=AKTESTACCESSKEY"));
    QCOMPARE(nam.requests().at(1).path(),
             QStringLiteral("/v1.0/%1/elbaas/loadbalancers").arg(kLearntProject));
    QCOMPARE(nam.requests().at(1).header("X-Project-Id"), kLearntProject.toLatin1());
}

QTEST_GUILESS_MAIN(tst_AkSkAuth)
#include "tst_akskauth.moc"
