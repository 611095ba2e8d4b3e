// ApiRequest through ApiClient and the fake network: retries for reads, never for an ambiguous POST,
// throttling, re-authentication, the body cap, request ids, exact bodies, finished()
// exactly once and abort(). Refusals before sending are in tst_apirefusals.cpp, member paging in
// tst_memberpaging.cpp.
#include "api/addmembersrequest.h"
#include "api/apiclient.h"
#include "api/listloadbalancersrequest.h"
#include "api/removemembersrequest.h"
#include "auth/passwordauthenticator.h"
#include "auth/tokenauthenticator.h"
#include "fakenetwork.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

const QString kProject = fakeProjectId();
const QString kListener = hexId(0x11);
const QByteArray kLbList = R"({"loadbalancers":[],"instance_num":"0"})";
const QByteArray kJobRef = jobReferenceJson(QStringLiteral("4010b39b4fd3d5ff014fd3f160fd006c"));

FakeReply *failure(const RecordedRequest &r, const QString &kind)
{
    if (kind == QLatin1String("timeout"))
        return new FakeHangingReply(r);
    if (kind == QLatin1String("dropped"))
        return new FakeErrorReply(r, QNetworkReply::RemoteHostClosedError);
    if (kind == QLatin1String("refused"))
        return new FakeErrorReply(r, QNetworkReply::ConnectionRefusedError);
    if (kind == QLatin1String("cut off"))
        return new FakeCutOffReply(r, 200, QByteArray(kJobRef).left(20), QNetworkReply::RemoteHostClosedError,
                                   200);
    if (kind == QLatin1String("unreadable 200"))
        return new FakeJsonReply(r, 200, "<html>ok</html>");
    if (kind == QLatin1String("empty 200"))
        return new FakeJsonReply(r, 200, QByteArray());
    return new FakeJsonReply(r, kind.toInt(), R"({"error":{"message":"failure","code":"ELB.0001"}})");
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class tst_ApiRequest : public QObject
{
    Q_OBJECT

private slots:
    void getRetriedOnTransientErrors_data();
    void getRetriedOnTransientErrors();
    void postNeverResentAfterAmbiguousFailure_data();
    void postNeverResentAfterAmbiguousFailure();
    void postResentAfterThrottling();
    void retryAfterDelaysEveryRequestToTheEndpoint();
    void retryAfterBeyondTheCapIsSignalledCapped();
    void postResentOnceAfter401WithFreshToken();
    void bodyCap_data();
    void bodyCap();
    void requestIdsDifferPerCallAndStayAcrossRetries();
    void exactBodies();
    void abortIsIdempotent_data();
    void abortIsIdempotent();
};

void tst_ApiRequest::getRetriedOnTransientErrors_data()
{
    QTest::addColumn<QString>("failureKind");
    QTest::addColumn<bool>("recovers");
    QTest::addColumn<ApiError::Kind>("kind");
    const QList<QPair<QString, ApiError::Kind>> kinds{{QStringLiteral("503"), ApiError::Kind::Http},
                                                      {QStringLiteral("502"), ApiError::Kind::Http},
                                                      {QStringLiteral("504"), ApiError::Kind::Http},
                                                      {QStringLiteral("dropped"), ApiError::Kind::Network},
                                                      {QStringLiteral("refused"), ApiError::Kind::Network},
                                                      {QStringLiteral("timeout"), ApiError::Kind::Timeout}};
    for (const auto &k : kinds) {
        QTest::addRow("%s then 200", qPrintable(k.first)) << k.first << true << ApiError::Kind::None;
        QTest::addRow("%s every time", qPrintable(k.first)) << k.first << false << k.second;
    }
}

void tst_ApiRequest::getRetriedOnTransientErrors()
{
    QFETCH(QString, failureKind);
    QFETCH(bool, recovers);
    QFETCH(ApiError::Kind, kind);
    FakeNetworkAccessManager nam;
    nam.setRouter([&](const RecordedRequest &r) -> FakeReply * {
        if (recovers && r.index > 0)
            return new FakeJsonReply(r, 200, kLbList);
        return failure(r, failureKind);
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-get-retry")));
    client.setRetryPolicy(fastRetryPolicy());
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QCOMPARE(run.error.kind, kind);
    QCOMPARE(nam.count("GET"), recovers ? 2 : 3); // bounded by maxAttempts
    QVERIFY(!run.error.isAmbiguous());            // a GET changes nothing
    QCOMPARE(nam.requests().first().request.transferTimeout(), 100);
}

void tst_ApiRequest::postNeverResentAfterAmbiguousFailure_data()
{
    QTest::addColumn<QString>("failureKind");
    QTest::addColumn<bool>("add");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("503") << QStringLiteral("503") << false << ApiError::Kind::Http << true;
    QTest::newRow("502") << QStringLiteral("502") << false << ApiError::Kind::Http << true;
    QTest::newRow("500") << QStringLiteral("500") << false << ApiError::Kind::Http << true;
    QTest::newRow("timeout") << QStringLiteral("timeout") << false << ApiError::Kind::Timeout << true;
    QTest::newRow("dropped connection")
        << QStringLiteral("dropped") << false << ApiError::Kind::Network << true;
    QTest::newRow("cut off after 200")
        << QStringLiteral("cut off") << false << ApiError::Kind::Network << true;
    QTest::newRow("unreadable 200") << QStringLiteral("unreadable 200") << false << ApiError::Kind::BadBody
                                    << true;
    QTest::newRow("empty 200") << QStringLiteral("empty 200") << false << ApiError::Kind::BadBody << true;
    QTest::newRow("add: 503") << QStringLiteral("503") << true << ApiError::Kind::Http << true;
    QTest::newRow("add: dropped") << QStringLiteral("dropped") << true << ApiError::Kind::Network << true;
    // Nothing reached the server, or it said no: not ambiguous, and still not re-sent.
    QTest::newRow("connection refused")
        << QStringLiteral("refused") << false << ApiError::Kind::Network << false;
    QTest::newRow("400 ELB") << QStringLiteral("400") << false << ApiError::Kind::Http << false;
}

void tst_ApiRequest::postNeverResentAfterAmbiguousFailure()
{
    QFETCH(QString, failureKind);
    QFETCH(bool, add);
    QFETCH(ApiError::Kind, kind);
    FakeNetworkAccessManager nam;
    nam.setRouter([&](const RecordedRequest &r) { return failure(r, failureKind); });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-post")));
    client.setRetryPolicy(fastRetryPolicy());
    RequestRun run;
    if (add) {
        const QList<ServerRef> servers{
            {QStringLiteral("97444148-7afb-47cc-b4a3-6e1c94d1ade4"), QStringLiteral("172.16.0.16")}};
        QVERIFY(runToEnd(new AddMembersRequest(&client, kListener, servers), &run));
    } else {
        QVERIFY(runToEnd(new RemoveMembersRequest(&client, kListener, {hexId(1), hexId(2)}), &run));
    }
    QCOMPARE(run.error.kind, kind);
    QTEST(run.error.isAmbiguous(), "ambiguous");
    QCOMPARE(nam.count("POST"), 1);
    QCOMPARE(nam.requests().size(), 1);
}

void tst_ApiRequest::postResentAfterThrottling()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.index == 0)
            return new FakeJsonReply(
                r, 429, R"({"error_msg":"over ratelimit","error_code":"APIG.0308","request_id":"q"})");
        return new FakeJsonReply(r, 200, kJobRef);
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-429")));
    client.setRetryPolicy(fastRetryPolicy());
    QSignalSpy throttled(&client, &ApiClient::throttled);
    RequestRun run;
    QVERIFY(runToEnd(new RemoveMembersRequest(&client, kListener, {hexId(1)}), &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    QCOMPARE(nam.count("POST"), 2); // the gateway refused the first: nothing was done
    QCOMPARE(nam.requests().at(1).body, nam.requests().at(0).body);
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().at(1).toInt(), 5); // the policy's 2–5 s range, shrunk for the test
    QCOMPARE(throttled.first().at(2).toBool(), false);
}

void tst_ApiRequest::retryAfterDelaysEveryRequestToTheEndpoint()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.index == 0)
            return new FakeJsonReply(r, 429, R"({"error_msg":"slow","error_code":"APIG.0308"})",
                                     {{"Retry-After", "1"}});
        return new FakeJsonReply(r, 200, kLbList);
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-retry-after")));
    client.setRetryPolicy(fastRetryPolicy());
    QSignalSpy throttled(&client, &ApiClient::throttled);
    RequestRun first;
    RequestRun second;
    // A second request started while the endpoint is throttled waits as well.
    connect(&client, &ApiClient::throttled, this,
            [&] { track(new ListLoadBalancersRequest(&client), &second); });
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &first));
    QTRY_VERIFY(second.gone);
    QCOMPARE(second.finished, 1);
    QVERIFY(!first.error.isError());
    QVERIFY(!second.error.isError());
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().at(0).value<Service>(), Service::Elb);
    QCOMPARE(throttled.first().at(1).toInt(), 1000);
    QCOMPARE(nam.count(), 3);
    const qint64 throttledAt = nam.requests().at(0).atMs;
    for (int i = 1; i < 3; ++i) {
        const qint64 waited = nam.requests().at(i).atMs - throttledAt;
        QVERIFY2(waited >= 950,
                 qPrintable(QStringLiteral("request %1 sent %2 ms after the 429").arg(i).arg(waited)));
    }
}

void tst_ApiRequest::retryAfterBeyondTheCapIsSignalledCapped()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.index == 0)
            return new FakeJsonReply(r, 429, "{}", {{"Retry-After", "86400"}});
        return new FakeJsonReply(r, 200, kLbList);
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-capped")));
    RetryPolicy policy = fastRetryPolicy();
    policy.maxRetryAfterMs = 30;
    client.setRetryPolicy(policy);
    QSignalSpy throttled(&client, &ApiClient::throttled);
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QVERIFY(!run.error.isError());
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().at(1).toInt(), 30);
    QCOMPARE(throttled.first().at(2).toBool(), true);
}

void tst_ApiRequest::postResentOnceAfter401WithFreshToken()
{
    FakeNetworkAccessManager nam;
    int tokens = 0;
    nam.setRouter([&tokens](const RecordedRequest &r) -> FakeReply * {
        if (r.host() == QLatin1String("iam.example.test")) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return new FakeJsonReply(r, 201, tokenBody(now, now.addDays(1), kProject),
                                     {{"X-Subject-Token", "token-" + QByteArray::number(++tokens)}});
        }
        if (r.header("X-Auth-Token") == "token-1")
            return new FakeJsonReply(r, 401, R"({"error_msg":"token expired","error_code":"APIGW.0301"})");
        return new FakeJsonReply(r, 200, kJobRef);
    });
    ApiClient client(&nam, fakeConnection(), new PasswordAuthenticator(QStringLiteral("pw-401-test")));
    client.setRetryPolicy(fastRetryPolicy());
    RequestRun run;
    QVERIFY(runToEnd(new RemoveMembersRequest(&client, kListener, {hexId(1)}), &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    const auto posts = nam.requests("POST", QStringLiteral("/members/action"));
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).header("X-Auth-Token"), QByteArray("token-1"));
    QCOMPARE(posts.at(1).header("X-Auth-Token"), QByteArray("token-2"));
    QCOMPARE(nam.count("POST", QStringLiteral("/v3/auth/tokens")), 2);
}

void tst_ApiRequest::bodyCap_data()
{
    QTest::addColumn<bool>("announceLength");
    QTest::addColumn<qint64>("total");
    QTest::newRow("70 MiB streamed in 1 MiB chunks") << false << qint64(70) * 1024 * 1024;
    QTest::newRow("200 MiB announced by Content-Length") << true << qint64(200) * 1024 * 1024;
}

void tst_ApiRequest::bodyCap()
{
    QFETCH(bool, announceLength);
    QFETCH(qint64, total);
    const qint64 chunk = 1024 * 1024;
    FakeNetworkAccessManager nam;
    qint64 sent = 0;
    nam.setRouter([&](const RecordedRequest &r) {
        auto *reply = new FakeStreamingReply(r, 200, total, chunk, announceLength);
        connect(reply, &QNetworkReply::readyRead, this, [reply, &sent] { sent = reply->bytesSent(); });
        return reply;
    });
    // This test is about size, not time: a generous deadline keeps slow (sanitizer) builds honest.
    Connection c = fakeConnection();
    c.transferTimeoutMs = 30000;
    ApiClient client(&nam, c, new TokenAuthenticator(QStringLiteral("tok-cap")));
    QCOMPARE(client.maxBodyBytes(), qint64(64) * 1024 * 1024);
    const qint64 peakBefore = peakRssKiB();
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::TooLarge);
    QVERIFY(run.error.describe().contains(QLatin1String("64 MiB")));
    QCOMPARE(nam.count(), 1); // never retried
    // Reading stopped at the cap: the rest of the stream was never produced.
    QVERIFY2(sent <= client.maxBodyBytes() + 2 * chunk, qPrintable(QString::number(sent)));
    if (announceLength)
        QVERIFY2(sent <= chunk, "a body announced too large is refused before it is read");
#ifndef __SANITIZE_ADDRESS__ // ASan's quarantine keeps freed memory resident
    if (peakBefore > 0)
        QVERIFY2(peakRssKiB() - peakBefore < 200 * 1024,
                 qPrintable(QString::number(peakRssKiB() - peakBefore)));
#else
    Q_UNUSED(peakBefore)
#endif
}

void tst_ApiRequest::requestIdsDifferPerCallAndStayAcrossRetries()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) -> FakeReply * {
        if (r.index == 0)
            return new FakeJsonReply(r, 503, "busy");
        return new FakeJsonReply(r, 200, kLbList);
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-request-id")));
    client.setRetryPolicy(fastRetryPolicy());
    RequestRun a;
    RequestRun b;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &a));
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &b));
    QCOMPARE(nam.count(), 3);
    QCOMPARE(a.requestId.size(), 32);
    QVERIFY(a.requestId != b.requestId);
    QCOMPARE(nam.requests().at(0).header("X-Request-Id"), a.requestId);
    QCOMPARE(nam.requests().at(1).header("X-Request-Id"), a.requestId); // the retry of the same call
    QCOMPARE(nam.requests().at(2).header("X-Request-Id"), b.requestId);
    QCOMPARE(nam.requests().at(0).header("X-Auth-Token"), QByteArray("tok-request-id"));
    QCOMPARE(nam.requests().at(0).header("Accept"), QByteArray("application/json"));
}

void tst_ApiRequest::exactBodies()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) { return new FakeJsonReply(r, 200, kJobRef); });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-bodies")));
    const QString a = QStringLiteral("4ac8777333bc20777147ab160ea61baf");
    const QString b = QStringLiteral("7ef7f0ebc3964d8f9edf556a1bb943d3");
    RequestRun remove;
    QVERIFY(runToEnd(new RemoveMembersRequest(&client, kListener, {a, b}), &remove));
    QVERIFY(!remove.error.isError());
    const RecordedRequest &post = nam.requests().at(0);
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.path(),
             QStringLiteral("/v1.0/%1/elbaas/listeners/%2/members/action").arg(kProject, kListener));
    QCOMPARE(
        post.body,
        QByteArray(
            R"({"removeMember":[{"id":"4ac8777333bc20777147ab160ea61baf"},{"id":"7ef7f0ebc3964d8f9edf556a1bb943d3"}]})"));
    QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));

    RequestRun add;
    const QList<ServerRef> servers{
        {QStringLiteral("97444148-7afb-47cc-b4a3-6e1c94d1ade4"), QStringLiteral("172.16.0.16")},
        {QStringLiteral("e1040c67-b130-41ee-9405-07c6c6c20208"), QStringLiteral("192.168.1.215")}};
    QVERIFY(runToEnd(new AddMembersRequest(&client, kListener, servers), &add));
    QVERIFY(!add.error.isError());
    const RecordedRequest &addPost = nam.requests().at(1);
    QCOMPARE(addPost.path(), QStringLiteral("/v1.0/%1/elbaas/listeners/%2/members").arg(kProject, kListener));
    // A bare array of {"server_id","address"}: key order is the serialiser's, the content is exact.
    const QJsonDocument doc = QJsonDocument::fromJson(addPost.body);
    QVERIFY(doc.isArray());
    const QJsonArray expected{QJsonObject{{QStringLiteral("server_id"), servers.at(0).serverId},
                                          {QStringLiteral("address"), servers.at(0).privateAddress}},
                              QJsonObject{{QStringLiteral("server_id"), servers.at(1).serverId},
                                          {QStringLiteral("address"), servers.at(1).privateAddress}}};
    QCOMPARE(doc.array(), expected);
    QCOMPARE(addPost.body, AddMembersRequest::bodyFor(servers)); // what was signed is what was sent
}

void tst_ApiRequest::abortIsIdempotent_data()
{
    QTest::addColumn<bool>("post");
    QTest::addColumn<bool>("waitForReply");
    QTest::newRow("GET before the reply exists") << false << false;
    QTest::newRow("GET while the reply hangs") << false << true;
    QTest::newRow("POST while the reply hangs") << true << true;
}

void tst_ApiRequest::abortIsIdempotent()
{
    QFETCH(bool, post);
    QFETCH(bool, waitForReply);
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) { return new FakeHangingReply(r); });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-abort")));
    ApiRequest *request =
        post ? static_cast<ApiRequest *>(new RemoveMembersRequest(&client, kListener, {hexId(1)}))
             : new ListLoadBalancersRequest(&client);
    request->setAutoDelete(false);
    QSignalSpy finished(request, &ApiRequest::finished);
    request->start();
    if (waitForReply)
        QTRY_COMPARE(nam.inFlight(), 1);
    request->abort();
    request->abort();
    QTRY_COMPARE(finished.size(), 1);
    request->abort();
    QCOMPARE(request->error().kind, ApiError::Kind::Aborted);
    QCOMPARE(request->error().isAmbiguous(), post && waitForReply); // the POST may have arrived
    QCOMPARE(nam.inFlight(), 0);
    delete request;
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ApiRequest)
#include "tst_apirequest.moc"
