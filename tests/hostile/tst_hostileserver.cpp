// The real client (ApiClient, QNetworkAccessManager, the *Request classes, MemberRemoval) against a
// purpose-built server that misbehaves on the wire: bodies too large or never ending, resets
// mid-body, slow-loris answers, bodies that are not what the API documents, every error shape,
// Retry-After: 86400, redirects to another host, job ids with path characters, member lists whose
// pages never end. Each case checks the exact kind of error, that its message is words an operator
// can read, and what reached (or never reached) the server.
#include "api/listlistenersrequest.h"
#include "api/listloadbalancersrequest.h"
#include "api/listmembersrequest.h"
#include "api/memberpagerequest.h"
#include "api/removemembersrequest.h"
#include "documentedexamples.h"
#include "hostilefixture.h"
#include "jobs/memberremoval.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

Q_DECLARE_METATYPE(HostileConnection::Framing)

namespace {

constexpr qint64 MiB = 1024 * 1024;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

QString listenerId()
{
    return hexId(0x11);
}

#define VERIFY_WORDS(text)                                                                                   \
    do {                                                                                                     \
        QString why_;                                                                                        \
        QVERIFY2(isClearWords((text), &why_), qPrintable(why_));                                             \
    } while (false)

} // namespace

class tst_HostileServer : public QObject
{
    Q_OBJECT

private slots:
    // First, while the process is still small: the peak-memory cases.
    void hugeBodyIsCappedAndMemoryStaysBounded_data();
    void hugeBodyIsCappedAndMemoryStaysBounded();
    void slowLorisBodyHitsTheDeadline();
    void serverThatNeverAnswers();
    void resetMidBody_data();
    void resetMidBody();
    void bodyShorterThanAnnounced();
    void garbageStatusLine();
    void postClosedWithoutAnswerIsNotResent();
    void bodiesTheApiDoesNotDocument_data();
    void bodiesTheApiDoesNotDocument();
    void htmlErrorPageFromAProxy();
    void errorShapes_data();
    void errorShapes();
    void retryAfterOfADayIsCappedAndShown();
    void redirectToAnotherHostCarriesNothing_data();
    void redirectToAnotherHostCarriesNothing();
    void jobIdWithPathCharactersIsNeverPolled_data();
    void jobIdWithPathCharactersIsNeverPolled();
    void memberPagesThatNeverEnd();
    void memberPagesThatRepeat();

private:
    static QByteArray lbListBody() { return Examples::kLbList; }
};

void tst_HostileServer::hugeBodyIsCappedAndMemoryStaysBounded_data()
{
    QTest::addColumn<HostileConnection::Framing>("framing");
    QTest::addColumn<qint64>("total"); // -1: never ends
    QTest::addColumn<qint64>("cap");
    using F = HostileConnection::Framing;
    const qint64 def = ApiClient(nullptr, Connection(), nullptr).maxBodyBytes();
    QTest::newRow("200 MiB, Content-Length announced, default cap") << F::ContentLength << 200 * MiB << def;
    QTest::newRow("200 MiB, no length (close-delimited), default cap")
        << F::CloseDelimited << 200 * MiB << def;
    QTest::newRow("200 MiB, chunked, default cap") << F::Chunked << 200 * MiB << def;
    QTest::newRow("never-ending chunked body, default cap") << F::Chunked << qint64(-1) << def;
    QTest::newRow("200 MiB, no length, 8 MiB cap") << F::CloseDelimited << 200 * MiB << 8 * MiB;
    QTest::newRow("never-ending chunked body, 8 MiB cap") << F::Chunked << qint64(-1) << 8 * MiB;
}

void tst_HostileServer::hugeBodyIsCappedAndMemoryStaysBounded()
{
    QFETCH(HostileConnection::Framing, framing);
    QFETCH(qint64, total);
    QFETCH(qint64, cap);
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([framing, total](HostileConnection *c) { c->stream(200, total, framing); });
    RealClient real(hostileConnection(server.baseUrl()));
    real.client.setMaxBodyBytes(cap);

    const bool canMeasure = resetPeakRss();
    const qint64 before = procStatusKiB("VmHWM") * 1024;
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run, 60000));
    const qint64 growth = procStatusKiB("VmHWM") * 1024 - before;

    QCOMPARE(run.error.kind, ApiError::Kind::TooLarge);
    VERIFY_WORDS(run.error.describe());
    QVERIFY2(run.error.message.contains(QString::number(cap / MiB) + QStringLiteral(" MiB")),
             qPrintable(run.error.message));
    QCOMPARE(server.requestCount(), 1); // too large is not retried
    // The read stopped at the cap: the server could not push anywhere near 200 MiB.
    QTRY_VERIFY(server.bytesWritten() > 0);
    const qint64 written = server.bytesWritten();
    qInfo("cap %lld MiB: server wrote %.1f MiB, peak RSS grew %.1f MiB", cap / MiB, double(written) / MiB,
          double(growth) / MiB);
    QVERIFY2(written < cap + 24 * MiB, qPrintable(QString::number(written)));
    if (framing == HostileConnection::Framing::ContentLength)
        QVERIFY2(written < 24 * MiB, "an announced length over the cap must stop the read at the headers");
    if (!canMeasure)
        QSKIP("/proc/self/clear_refs is not writable: peak memory not measured");
    if (kSanitized)
        QSKIP("AddressSanitizer keeps freed memory in quarantine: peak memory not measured");
    QVERIFY2(growth < qint64(2.5 * double(cap)) + 24 * MiB,
             qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg(growth / MiB)));
}

void tst_HostileServer::slowLorisBodyHitsTheDeadline()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](HostileConnection *c) { c->trickle(200, 50); });
    // 400 ms of silence would end it; a byte every 50 ms never is silent, so only the hard deadline
    // (4 × the transfer timeout, at least 1 s) ends it.
    RealClient real(hostileConnection(server.baseUrl(), 400));
    QElapsedTimer clock;
    clock.start();
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run, 60000));
    QCOMPARE(run.error.kind, ApiError::Kind::Timeout);
    // Ended by the deadline (1.6 s), not by the body (1 MB at a byte per 50 ms: 14 hours).
    QVERIFY2(clock.elapsed() >= 1500 && clock.elapsed() < 45000,
             qPrintable(QString::number(clock.elapsed())));
    QVERIFY(run.error.message.contains(QLatin1String("without a complete answer from 127.0.0.1")));
    VERIFY_WORDS(run.error.describe());
}

void tst_HostileServer::serverThatNeverAnswers()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](HostileConnection *) {}); // reads the request, says nothing
    RetryPolicy twice = noRetryPolicy();
    twice.maxAttempts = 2;
    RealClient real(hostileConnection(server.baseUrl(), 300), twice);
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(server.requestCount(), 2); // a GET may be tried again
    VERIFY_WORDS(run.error.describe());
}

void tst_HostileServer::resetMidBody_data()
{
    QTest::addColumn<bool>("post");
    QTest::newRow("GET: retried, then reported") << false;
    QTest::newRow("POST: ambiguous, never re-sent") << true;
}

void tst_HostileServer::resetMidBody()
{
    QFETCH(bool, post);
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler(
        [](HostileConnection *c) { c->resetAfter(200, R"({"loadbalancers":[{"id":"0b07)", 4000); });
    RetryPolicy twice = noRetryPolicy();
    twice.maxAttempts = 2;
    RealClient real(hostileConnection(server.baseUrl()), twice);
    RequestRun run;
    if (post)
        QVERIFY(runToEnd(new RemoveMembersRequest(&real.client, listenerId(), {hexId(1)}), &run));
    else
        QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Network);
    QCOMPARE(run.error.isAmbiguous(), post);
    QCOMPARE(server.requestCount(), post ? 1 : 2);
    VERIFY_WORDS(run.error.describe());
}

void tst_HostileServer::bodyShorterThanAnnounced()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](HostileConnection *c) {
        c->sendHead(200, {{"Content-Type", "application/json"}, {"Content-Length", "5000"}});
        c->writeRaw(R"({"loadbalancers":[)");
        c->close();
    });
    RealClient real(hostileConnection(server.baseUrl()));
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Network);
    VERIFY_WORDS(run.error.describe());
}

void tst_HostileServer::garbageStatusLine()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](HostileConnection *c) {
        c->writeRaw("HTTP/1.1 two-hundred OK\r\n\r\n{}");
        c->close();
    });
    RealClient real(hostileConnection(server.baseUrl()));
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    QVERIFY2(run.error.kind == ApiError::Kind::Network || run.error.kind == ApiError::Kind::BadBody,
             qPrintable(run.error.describe()));
    VERIFY_WORDS(run.error.describe());
}

void tst_HostileServer::postClosedWithoutAnswerIsNotResent()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](HostileConnection *c) { c->close(); });
    RealClient real(hostileConnection(server.baseUrl()), fastRetryPolicy());
    RequestRun run;
    QVERIFY(runToEnd(new RemoveMembersRequest(&real.client, listenerId(), {hexId(1), hexId(2)}), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Network);
    QVERIFY(run.error.isAmbiguous());
    QCOMPARE(server.count("POST"), 1);
    VERIFY_WORDS(run.error.describe());
}

void tst_HostileServer::bodiesTheApiDoesNotDocument_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    const QByteArray member = memberJson(1);
    QTest::newRow("non-UTF-8 bytes") << QStringLiteral("lb")
                                     << QByteArray("{\"loadbalancers\":[\"\xff\xfe\xfd\x80\"]}")
                                     << QStringLiteral("not valid JSON");
    QTest::newRow("100000 levels of nesting")
        << QStringLiteral("lb") << QByteArray(100000, '[') + QByteArray(100000, ']')
        << QStringLiteral("not valid JSON");
    QTest::newRow("100000 nested objects")
        << QStringLiteral("members") << QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}')
        << QStringLiteral("not valid JSON");
    QTest::newRow("wrong type: listener port \"abc\"")
        << QStringLiteral("listeners")
        << '[' + QByteArray(Examples::kListener).replace("\"port\":9092", "\"port\":\"abc\"") + ']'
        << QStringLiteral("listeners[0].port");
    QTest::newRow("wrong type: members is an object")
        << QStringLiteral("members") << member << QStringLiteral("array");
    QTest::newRow("missing id: member without id")
        << QStringLiteral("members")
        << '[' + QByteArray(member).replace("\"id\":\"" + hexId(1).toLatin1() + "\",", "") + ']'
        << QStringLiteral("members[0].id");
    QTest::newRow("missing id: load balancer without id")
        << QStringLiteral("lb")
        << QByteArray(Examples::kLbList).replace("\"id\":\"0b07acf06d243925bc24a0ac7445267a\",", "")
        << QStringLiteral("loadbalancers[0].id");
    QTest::newRow("member id with path characters")
        << QStringLiteral("members") << '[' + QByteArray(member).replace(hexId(1).toLatin1(), "../../x") + ']'
        << QStringLiteral("members[0].id");
    QTest::newRow("huge number: bandwidth 1e400")
        << QStringLiteral("lb")
        << QByteArray(Examples::kLbList).replace("\"bandwidth\":1", "\"bandwidth\":1e400")
        << QStringLiteral("not valid JSON");
    QTest::newRow("huge number: bandwidth 99999999999999999999")
        << QStringLiteral("lb")
        << QByteArray(Examples::kLbList).replace("\"bandwidth\":1", "\"bandwidth\":99999999999999999999")
        << QStringLiteral("bandwidth");
    QTest::newRow("empty body with 200") << QStringLiteral("lb") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("HTML with 200") << QStringLiteral("listeners")
                                   << QByteArray("<!DOCTYPE html><html><body>Login</body></html>")
                                   << QStringLiteral("not valid JSON");
}

void tst_HostileServer::bodiesTheApiDoesNotDocument()
{
    QFETCH(QString, request);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([body](HostileConnection *c) { c->respond(200, body); });
    RealClient real(hostileConnection(server.baseUrl()), fastRetryPolicy());
    RequestRun run;
    if (request == QLatin1String("lb"))
        QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    else if (request == QLatin1String("listeners"))
        QVERIFY(runToEnd(new ListListenersRequest(&real.client, hexId(0x1b)), &run));
    else
        QVERIFY(runToEnd(new MemberPageRequest(&real.client, listenerId(), 10, QString()), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(run.error.message.contains(mentions), qPrintable(run.error.message));
    QCOMPARE(server.requestCount(), 1); // a body that cannot be read is not asked for again
    VERIFY_WORDS(run.error.describe());
}

void tst_HostileServer::htmlErrorPageFromAProxy()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](HostileConnection *c) {
        c->respond(502,
                   "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                   "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                   {{"Content-Type", "text/html"}});
    });
    RetryPolicy twice = fastRetryPolicy();
    twice.maxAttempts = 2;
    RealClient real(hostileConnection(server.baseUrl()), twice);
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Http);
    QCOMPARE(run.error.httpStatus, 502);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY2(run.error.message.contains(QLatin1String("502 Bad Gateway")), qPrintable(run.error.message));
    QVERIFY(!run.error.message.contains(u'\r') && !run.error.message.contains(u'\n'));
    QVERIFY(run.error.describe().contains(QLatin1String("HTTP 502")));
    VERIFY_WORDS(run.error.describe());
}

void tst_HostileServer::errorShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    const QList<QPair<int, QString>> statuses{{401, QStringLiteral("Authentication failed")},
                                              {403, QStringLiteral("Permission denied")},
                                              {404, QStringLiteral("Not found")},
                                              {409, QStringLiteral("busy")},
                                              {429, QStringLiteral("Throttled")},
                                              {500, QStringLiteral("Server failure")},
                                              {503, QStringLiteral("Server failure")}};
    for (const auto &[status, words] : statuses) {
        const QByteArray n = QByteArray::number(status);
        QTest::addRow("%d, ELB shape", status)
            << status
            << QByteArray(R"({"error":{"message":"ELB says )" + n + R"(","code":"ELB.)" + n + R"("}})")
            << QStringLiteral("ELB.%1").arg(status) << words;
        QTest::addRow("%d, gateway shape", status)
            << status
            << QByteArray(R"({"error_msg":"gateway says )" + n + R"(","error_code":"APIGW.0)" + n +
                          R"(","request_id":"rid-)" + n + R"("})")
            << QStringLiteral("APIGW.0%1").arg(status) << words;
    }
}

void tst_HostileServer::errorShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, words);
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([status, body](HostileConnection *c) { c->respond(status, body); });
    RealClient real(hostileConnection(server.baseUrl()));
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Http);
    QCOMPARE(run.error.httpStatus, status);
    QCOMPARE(run.error.code, code);
    QVERIFY(run.error.message.endsWith(QString::number(status)));
    const QString text = run.error.describe();
    QVERIFY2(text.contains(words) && text.contains(QStringLiteral("HTTP %1").arg(status)) &&
                 text.contains(code),
             qPrintable(text));
    VERIFY_WORDS(text);
    // The token went to the configured server and nowhere else; nothing in the error repeats it.
    QCOMPARE(server.requests().first().header("X-Auth-Token"), hostileToken().toLatin1());
    QVERIFY(!text.contains(hostileToken()));
}

void tst_HostileServer::retryAfterOfADayIsCappedAndShown()
{
    HostileServer server;
    QVERIFY(server.listen());
    int seen = 0;
    server.setHandler([&seen](HostileConnection *c) {
        if (seen++ == 0)
            c->respond(
                429, R"({"error_msg":"The throttling threshold has been reached","error_code":"APIGW.0308"})",
                {{"Retry-After", "86400"}});
        else
            c->respond(200, Examples::kLbList);
    });
    RetryPolicy policy = fastRetryPolicy();
    policy.maxRetryAfterMs = 300; // the default is 120 s; the same path, shorter
    RealClient real(hostileConnection(server.baseUrl()), policy);
    QList<QPair<int, bool>> throttled; // (delay, capped) as the message bar would be told
    connect(&real.client, &ApiClient::throttled, this, [&throttled](Service, int delayMs, bool capped) {
        throttled.append(qMakePair(delayMs, capped));
    });
    auto *request = new ListLoadBalancersRequest(&real.client);
    QList<ApiError> retryErrors;
    QList<int> retryDelays;
    connect(request, &ApiRequest::retrying, this, [&](const ApiError &e, int ms) {
        retryErrors << e;
        retryDelays << ms;
    });
    QElapsedTimer clock;
    clock.start();
    RequestRun run;
    QVERIFY(runToEnd(request, &run));
    QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
    QVERIFY(clock.elapsed() < 10000);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().first, 300);
    QCOMPARE(throttled.first().second, true); // capped, and said so
    QCOMPARE(retryErrors.size(), 1);
    QCOMPARE(retryErrors.first().retryAfterSeconds, 86400); // what the server asked for is kept to show
    QCOMPARE(retryDelays.first(), 300);
    VERIFY_WORDS(retryErrors.first().describe());

    // With the shipped policy a day becomes two minutes, flagged as capped.
    const RetryPolicy::Decision d = RetryPolicy().decide(retryErrors.first(), true, false, 1, false);
    QCOMPARE(d.action, RetryPolicy::Action::Retry);
    QCOMPARE(d.delayMs, RetryPolicy().maxRetryAfterMs);
    QVERIFY(d.retryAfterCapped);
}

void tst_HostileServer::redirectToAnotherHostCarriesNothing_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("post");
    QTest::newRow("302 on a GET") << 302 << false;
    QTest::newRow("301 on a GET") << 301 << false;
    QTest::newRow("307 on the removal POST") << 307 << true;
    QTest::newRow("308 on the removal POST") << 308 << true;
}

void tst_HostileServer::redirectToAnotherHostCarriesNothing()
{
    QFETCH(int, status);
    QFETCH(bool, post);
    // "Another host": a second server on another loopback address that records whatever reaches it.
    HostileServer recorder;
    if (!recorder.listen(QHostAddress(QStringLiteral("127.0.0.2"))))
        QVERIFY(recorder.listen(QHostAddress(QHostAddress::LocalHostIPv6)));
    recorder.setHandler([](HostileConnection *c) { c->respond(200, Examples::kLbList); });
    HostileServer server;
    QVERIFY(server.listen());
    const QByteArray location = recorder.baseUrl().toString().toLatin1() + "/v1.0/steal?token=please";
    server.setHandler([status, location](HostileConnection *c) {
        c->respond(status, QByteArray(), {{"Location", location}});
    });
    RealClient real(hostileConnection(server.baseUrl()), fastRetryPolicy());
    RequestRun run;
    if (post)
        QVERIFY(runToEnd(new RemoveMembersRequest(&real.client, listenerId(), {hexId(1)}), &run));
    else
        QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Refused);
    QCOMPARE(run.error.httpStatus, status);
    QVERIFY2(run.error.message.contains(recorder.baseUrl().host()), qPrintable(run.error.message));
    VERIFY_WORDS(run.error.describe());
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().first().header("X-Auth-Token"), hostileToken().toLatin1());
    // Give a follower every chance to show up, then prove it never did.
    QTest::qWait(200);
    QCOMPARE(recorder.connectionCount(), 0);
    QCOMPARE(recorder.requestCount(), 0);
}

void tst_HostileServer::jobIdWithPathCharactersIsNeverPolled_data()
{
    QTest::addColumn<QByteArray>("jobId");
    QTest::newRow("../../x") << QByteArray("../../x");
    QTest::newRow("query") << QByteArray("4010b39b4fd3d5ff014fd943bac41619?x=1");
    QTest::newRow("encoded slash") << QByteArray("..%2F..%2Flisteners");
    QTest::newRow("slash") << QByteArray("4010b39b4fd3d5ff/014fd943bac41619");
    QTest::newRow("fragment") << QByteArray("4010b39b4fd3d5ff014fd943bac41619#x");
    QTest::newRow("a number") << QByteArray("42");
}

void tst_HostileServer::jobIdWithPathCharactersIsNeverPolled()
{
    QFETCH(QByteArray, jobId);
    HostileServer server;
    QVERIFY(server.listen());
    const QByteArray jobJsonValue = jobId == "42" ? jobId : '"' + jobId + '"';
    server.setHandler([jobJsonValue](HostileConnection *c) {
        if (c->request().method == "POST")
            c->respond(200, R"({"uri":"/v1/)" + fakeProjectId().toLatin1() +
                                "/jobs/x\",\"job_id\":" + jobJsonValue + '}');
        else if (c->request().rawPath().endsWith("/members"))
            c->respond(200, memberListJson({1, 2}, listenerId()));
        else
            c->respond(404, R"({"error":{"message":"not here","code":"ELB.0404"}})");
    });
    RealClient real(hostileConnection(server.baseUrl()), fastRetryPolicy());
    const auto members = parseMemberList(memberListJson({1}, listenerId()));
    QVERIFY(members.ok());
    MemberRemoval removal(&real.client, listenerId(), members.value);
    MemberOperation::Options options;
    options.settleAfterAmbiguousMs = {0, 50};
    removal.setOptions(options);
    QSignalSpy finished(&removal, &MemberOperation::finished);
    removal.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(removal.outcome(), MemberOperation::Outcome::Unknown);
    QVERIFY(removal.jobId().isEmpty());
    QCOMPARE(removal.postsSent(), 1);
    QCOMPARE(server.count("POST"), 1);
    QCOMPARE(server.count("GET", "jobs"), 0);
    for (const RawHttpRequest &r : server.requests()) {
        QVERIFY2(!r.target.contains("..") && !r.target.contains("%2F") && !r.target.contains("x=1"),
                 r.target.constData());
    }
    QVERIFY(server.count("GET", "/members") >= 1); // it re-listed instead
    QVERIFY2(removal.summary().contains(QLatin1String("job_id")), qPrintable(removal.summary()));
    // The operator is told the id exactly as the server sent it. (A "%2F" in server text must not be
    // taken for a QString::arg() placeholder further down the chain.)
    if (jobId != "42") // a number is named as such
        QVERIFY2(removal.summary().contains(QString::fromLatin1(jobId)), qPrintable(removal.summary()));
    QVERIFY2(removal.summary().contains(QLatin1String("Nothing was sent again")),
             qPrintable(removal.summary()));
    VERIFY_WORDS(removal.summary());
}

void tst_HostileServer::memberPagesThatNeverEnd()
{
    HostileServer server;
    QVERIFY(server.listen());
    int next = 1;
    server.setHandler([&next](HostileConnection *c) {
        // Always a full page, always new ids: the marker "advances", the list never ends.
        c->respond(200, memberListJson({next, next + 1, next + 2}, listenerId()));
        next += 3;
    });
    RealClient real(hostileConnection(server.baseUrl()));
    auto *listing = new ListMembersRequest(&real.client, listenerId());
    listing->setPageSize(3);
    listing->setMaxPages(6);
    RequestRun run;
    QVERIFY(runToEnd(listing, &run));
    QCOMPARE(run.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(run.error.message.contains(QLatin1String("did not end after 6 pages")),
             qPrintable(run.error.message));
    QCOMPARE(server.requestCount(), 6);
    VERIFY_WORDS(run.error.describe());
}

void tst_HostileServer::memberPagesThatRepeat()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setHandler([](HostileConnection *c) { c->respond(200, memberListJson({1, 2, 3}, listenerId())); });
    RealClient real(hostileConnection(server.baseUrl()));
    auto *listing = new ListMembersRequest(&real.client, listenerId());
    listing->setPageSize(3);
    RequestRun run;
    QVERIFY(runToEnd(listing, &run));
    QCOMPARE(run.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(run.error.message.contains(QLatin1String("ignores the page marker")),
             qPrintable(run.error.message));
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(server.requests().at(1).target.contains("marker=" + hexId(3).toLatin1()));
    VERIFY_WORDS(run.error.describe());
}

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_hostileserver.moc"
