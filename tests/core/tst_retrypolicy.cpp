// RetryPolicy::decide(): which failures are tried again for reads and for state-changing POSTs,
// how often, and after how long (elb-classic-api.md §9.2, §15.1; qt-style.md §4.3).
#include "api/retrypolicy.h"

#include <QSet>
#include <QTest>

using namespace ElbDesk;

namespace {

ApiError network(const QString &code)
{
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.code = code;
    return e;
}

ApiError ofKind(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    return e;
}

ApiError throttled(int retryAfterSeconds)
{
    ApiError e = ApiError::http(429, QStringLiteral("APIG.0308"), QStringLiteral("over ratelimit"));
    e.retryAfterSeconds = retryAfterSeconds;
    return e;
}

} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void whichErrorsRetry_data();
    void whichErrorsRetry();
    void attemptsAreBounded_data();
    void attemptsAreBounded();
    void retryAfterHonouredAndCapped_data();
    void retryAfterHonouredAndCapped();
    void throttledWithoutRetryAfterWaitsTwoToFiveSeconds();
    void unauthorisedReauthenticatesOnceOnly();
    void backoffGrowsAndIsJittered();
    void noErrorMeansFinish();
};

void tst_RetryPolicy::whichErrorsRetry_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("getRetries");
    QTest::addColumn<bool>("postRetries");

    QTest::newRow("503") << ApiError::http(503, {}, {}) << true << false;
    QTest::newRow("502") << ApiError::http(502, {}, {}) << true << false;
    QTest::newRow("504") << ApiError::http(504, {}, {}) << true << false;
    QTest::newRow("500 (a real server fault, not transient)")
        << ApiError::http(500, {}, {}) << false << false;
    QTest::newRow("400") << ApiError::http(400, QStringLiteral("ELB.1001"), {}) << false << false;
    QTest::newRow("403") << ApiError::http(403, {}, {}) << false << false;
    QTest::newRow("404 APIGW.0101") << ApiError::http(404, QStringLiteral("APIGW.0101"), {}) << false
                                    << false;
    QTest::newRow("409 busy") << ApiError::http(409, {}, {}) << false << false;
    // The gateway refused before ELB saw it: safe to send again, even a POST.
    QTest::newRow("429") << throttled(-1) << true << true;
    QTest::newRow("timeout") << ofKind(ApiError::Kind::Timeout) << true << false;
    QTest::newRow("dropped") << network(QStringLiteral("dropped")) << true << false;
    QTest::newRow("cut off") << network(QStringLiteral("cut-off")) << true << false;
    QTest::newRow("connection refused") << network(QStringLiteral("connection-refused")) << true << false;
    QTest::newRow("TLS (will not heal)") << network(QStringLiteral("tls")) << false << false;
    QTest::newRow("host not found") << network(QStringLiteral("host-not-found")) << false << false;
    QTest::newRow("bad body") << ofKind(ApiError::Kind::BadBody) << false << false;
    QTest::newRow("too large") << ofKind(ApiError::Kind::TooLarge) << false << false;
    QTest::newRow("refused") << ofKind(ApiError::Kind::Refused) << false << false;
    QTest::newRow("aborted") << ofKind(ApiError::Kind::Aborted) << false << false;
}

void tst_RetryPolicy::whichErrorsRetry()
{
    QFETCH(ApiError, error);
    QFETCH(bool, getRetries);
    QFETCH(bool, postRetries);
    const RetryPolicy policy;
    const auto get = policy.decide(error, true, true, 1, false);
    const auto post = policy.decide(error, false, true, 1, false);
    QCOMPARE(get.action == RetryPolicy::Action::Retry, getRetries);
    QCOMPARE(post.action == RetryPolicy::Action::Retry, postRetries);
    if (!getRetries)
        QCOMPARE(get.action, RetryPolicy::Action::Finish);
    if (!postRetries)
        QCOMPARE(post.action, RetryPolicy::Action::Finish);
    if (getRetries)
        QVERIFY(get.delayMs > 0);
}

void tst_RetryPolicy::attemptsAreBounded_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<int>("maxAttempts");
    QTest::newRow("503 GET") << ApiError::http(503, {}, {}) << true << 5;
    QTest::newRow("timeout GET") << ofKind(ApiError::Kind::Timeout) << true << 5;
    QTest::newRow("429 GET") << throttled(1) << true << 8;
    QTest::newRow("429 POST") << throttled(-1) << false << 8;
}

void tst_RetryPolicy::attemptsAreBounded()
{
    QFETCH(ApiError, error);
    QFETCH(bool, idempotent);
    QFETCH(int, maxAttempts);
    const RetryPolicy policy;
    int attempts = 1;
    while (policy.decide(error, idempotent, true, attempts, false).action == RetryPolicy::Action::Retry) {
        ++attempts;
        QVERIFY2(attempts < 100, "the policy never gives up");
    }
    QCOMPARE(attempts, maxAttempts);

    RetryPolicy small;
    small.maxAttempts = 2;
    small.maxThrottledAttempts = 2;
    QCOMPARE(small.decide(error, idempotent, true, 1, false).action, RetryPolicy::Action::Retry);
    QCOMPARE(small.decide(error, idempotent, true, 2, false).action, RetryPolicy::Action::Finish);
}

void tst_RetryPolicy::retryAfterHonouredAndCapped_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<bool>("capped");
    QTest::newRow("1 s") << 1 << 1000 << false;
    QTest::newRow("30 s") << 30 << 30000 << false;
    QTest::newRow("exactly the cap") << 120 << 120000 << false;
    QTest::newRow("a day: capped") << 86400 << 120000 << true;
    QTest::newRow("0 s: at once, but not 0 ms") << 0 << 1 << false;
}

void tst_RetryPolicy::retryAfterHonouredAndCapped()
{
    QFETCH(int, retryAfter);
    const RetryPolicy policy;
    QCOMPARE(policy.maxRetryAfterMs, 120000);
    for (bool idempotent : {true, false}) {
        const auto d = policy.decide(throttled(retryAfter), idempotent, true, 1, false);
        QCOMPARE(d.action, RetryPolicy::Action::Retry);
        QTEST(d.delayMs, "delayMs");
        QTEST(d.retryAfterCapped, "capped");
    }
    RetryPolicy tight;
    tight.maxRetryAfterMs = 5000;
    const auto d = tight.decide(throttled(86400), true, true, 1, false);
    QCOMPARE(d.delayMs, 5000);
    QVERIFY(d.retryAfterCapped);
}

void tst_RetryPolicy::throttledWithoutRetryAfterWaitsTwoToFiveSeconds()
{
    const RetryPolicy policy;
    QSet<int> seen;
    for (int i = 0; i < 200; ++i) {
        const auto d = policy.decide(throttled(-1), i % 2 == 0, true, 1, false);
        QCOMPARE(d.action, RetryPolicy::Action::Retry);
        QVERIFY2(d.delayMs >= 2000 && d.delayMs <= 5000, qPrintable(QString::number(d.delayMs)));
        QVERIFY(!d.retryAfterCapped);
        seen.insert(d.delayMs);
    }
    QVERIFY2(seen.size() > 10, "no jitter between clients that were throttled together");
}

void tst_RetryPolicy::unauthorisedReauthenticatesOnceOnly()
{
    const RetryPolicy policy;
    const ApiError unauthorised =
        ApiError::http(401, QStringLiteral("APIGW.0301"), QStringLiteral("token expired"));
    for (bool idempotent : {true, false}) {
        // A 401 means the gateway refused before ELB saw it: re-authenticate once, even for a POST.
        QCOMPARE(policy.decide(unauthorised, idempotent, true, 1, false).action,
                 RetryPolicy::Action::ReauthenticateAndRetry);
        // The second 401 is reported: no loop.
        QCOMPARE(policy.decide(unauthorised, idempotent, true, 2, true).action, RetryPolicy::Action::Finish);
        // A credential that cannot be renewed (pasted token) reports the first 401.
        QCOMPARE(policy.decide(unauthorised, idempotent, false, 1, false).action,
                 RetryPolicy::Action::Finish);
    }
}

void tst_RetryPolicy::backoffGrowsAndIsJittered()
{
    RetryPolicy policy;
    policy.baseDelayMs = 500;
    policy.maxDelayMs = 10000;
    double previousMean = 0;
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const qint64 raw = std::min<qint64>(qint64(policy.baseDelayMs) << (attempt - 1), policy.maxDelayMs);
        QSet<int> values;
        double sum = 0;
        const int samples = 300;
        for (int i = 0; i < samples; ++i) {
            const int d = policy.backoffMs(attempt);
            // ±25 % around base·2^(attempt-1), the cap applied before the jitter.
            QVERIFY2(d >= raw * 0.75 - 1 && d <= raw * 1.25 + 1,
                     qPrintable(QStringLiteral("attempt %1: %2 ms, raw %3").arg(attempt).arg(d).arg(raw)));
            values.insert(d);
            sum += d;
        }
        const double mean = sum / samples;
        QVERIFY2(values.size() > 20, "backoff is not jittered");
        QVERIFY2(std::abs(mean - double(raw)) < raw * 0.1, qPrintable(QString::number(mean)));
        if (raw < policy.maxDelayMs)
            QVERIFY2(mean > previousMean * 1.5,
                     qPrintable(QStringLiteral("attempt %1 did not grow").arg(attempt)));
        previousMean = mean;
    }
    // Far attempts stay at the cap instead of overflowing.
    for (int attempt : {20, 64, 1000})
        QVERIFY(policy.backoffMs(attempt) <= policy.maxDelayMs * 1.25 + 1);
    QVERIFY(policy.backoffMs(0) >= 1);

    // decide() uses the same backoff for transient errors.
    const auto d = policy.decide(ApiError::http(503, {}, {}), true, true, 3, false);
    QVERIFY(d.delayMs >= 2000 * 0.75 - 1 && d.delayMs <= 2000 * 1.25 + 1);
}

void tst_RetryPolicy::noErrorMeansFinish()
{
    const RetryPolicy policy;
    QCOMPARE(policy.decide(ApiError(), true, true, 1, false).action, RetryPolicy::Action::Finish);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
