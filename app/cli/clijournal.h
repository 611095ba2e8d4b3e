#pragma once

#include "jobs/crashseam.h"

#include <QProcessEnvironment>

namespace ElbDesk::Cli {

// TEST SEAMS, not features (ElbDesk::CrashSeam, shared with the desktop app):
// ELBDESK_TEST_CRASH_AT (after-intent | after-post | while-polling) makes elbdesk-cli kill itself at
// that point of a removal or re-add; any other value is a usage error (exit 2), so a typo cannot
// pass a test by accident. ELBDESK_TEST_RESOLVE_QUIET_MS shortens JournalResolver's quiet period.
inline constexpr const char *kCrashEnv = CrashSeam::CrashEnv;
inline constexpr const char *kQuietPeriodEnv = CrashSeam::QuietPeriodEnv;

using CrashPoint = CrashSeam::Point;

[[nodiscard]] inline CrashPoint crashPointFrom(const QProcessEnvironment &env)
{
    return CrashSeam::pointFrom(env);
}

} // namespace ElbDesk::Cli
