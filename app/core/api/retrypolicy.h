#pragma once

#include "apierror.h"

namespace ElbDesk {

// The one place that decides whether a failed attempt is tried again, and when.
// Reads (GET) retry on 429, 502/503/504, timeouts and dropped connections, with bounded
// exponential back-off and jitter. State-changing POSTs are re-sent only when the answer proves
// nothing was done: 429 (the gateway refused before ELB saw it) and one 401 after re-authenticating.
struct RetryPolicy
{
    int maxAttempts = 5;            // transient failures of idempotent requests, first try included
    int maxThrottledAttempts = 8;   // 429s, for any request
    int baseDelayMs = 500;          // back-off: base * 2^(attempt-1), capped, ±25 % jitter
    int maxDelayMs = 10000;
    int throttleMinMs = 2000;       // 429 without Retry-After: 2–5 s (Huawei's advice)
    int throttleMaxMs = 5000;
    int maxRetryAfterMs = 120000;   // a Retry-After beyond this is capped (and shown as such)

    enum class Action { Finish, Retry, ReauthenticateAndRetry };
    struct Decision
    {
        Action action = Action::Finish;
        int delayMs = 0;
        bool retryAfterCapped = false;
    };

    // attempt counts from 1; reauthenticated says whether this request already re-authenticated once.
    [[nodiscard]] Decision decide(const ApiError &error, bool idempotent, bool authenticated, int attempt,
                                  bool reauthenticated) const;
    [[nodiscard]] bool isTransient(const ApiError &error) const;
    [[nodiscard]] int backoffMs(int attempt) const;
};

} // namespace ElbDesk
