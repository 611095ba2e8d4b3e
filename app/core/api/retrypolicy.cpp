#include "retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>

namespace ElbDesk {

bool RetryPolicy::isTransient(const ApiError &error) const
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Network:
        // TLS and name-resolution failures will not heal by themselves; dropped connections may.
        return !error.code.startsWith(QLatin1String("tls")) && error.code != QLatin1String("host-not-found");
    case ApiError::Kind::Http:
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

int RetryPolicy::backoffMs(int attempt) const
{
    const int shift = std::clamp(attempt - 1, 0, 16);
    const qint64 raw = std::min<qint64>(qint64(baseDelayMs) << shift, maxDelayMs);
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(std::max<qint64>(1, qint64(double(raw) * jitter)));
}

RetryPolicy::Decision RetryPolicy::decide(const ApiError &error, bool idempotent, bool authenticated,
                                          int attempt, bool reauthenticated) const
{
    Decision d;
    if (!error.isError())
        return d;
    if (error.isAuthFailure() && authenticated && !reauthenticated) {
        d.action = Action::ReauthenticateAndRetry;
        return d;
    }
    if (error.isThrottled()) {
        if (attempt >= maxThrottledAttempts)
            return d;
        d.action = Action::Retry;
        if (error.retryAfterSeconds >= 0) {
            const qint64 wanted = qint64(error.retryAfterSeconds) * 1000;
            d.delayMs = int(std::min<qint64>(wanted, maxRetryAfterMs));
            d.retryAfterCapped = wanted > maxRetryAfterMs;
            d.delayMs = std::max(d.delayMs, 1);
        } else {
            d.delayMs = int(QRandomGenerator::global()->bounded(throttleMinMs, throttleMaxMs + 1));
        }
        return d;
    }
    if (idempotent && isTransient(error) && attempt < maxAttempts) {
        d.action = Action::Retry;
        d.delayMs = backoffMs(attempt);
    }
    return d;
}

} // namespace ElbDesk
