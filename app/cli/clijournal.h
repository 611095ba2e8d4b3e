#pragma once

#include <QProcessEnvironment>

namespace ElbDesk::Cli {

// TEST SEAM, not a feature: ELBDESK_TEST_CRASH_AT makes elbdesk-cli kill itself (SIGKILL, like
// kill -9; abort() where there is no SIGKILL) at one point of a removal or re-add, so that tests can
// check that the journal lets the next run resolve the operation to its true outcome and that
// nothing is sent twice:
//   after-intent   the intent is committed to the journal, the request is not sent yet;
//   after-post     the server answered the POST, the job id is not stored in the journal yet;
//   while-polling  the job id is stored and the first poll of the job was answered.
// Unset: no effect. Any other value: usage error (exit 2), so a typo cannot pass a test by accident.
inline constexpr char kCrashEnv[] = "ELBDESK_TEST_CRASH_AT";

// TEST SEAM: ELBDESK_TEST_RESOLVE_QUIET_MS shortens how long an intent without a job id must be
// old before members still on the listener mean "never applied" (JournalResolver's quiet period,
// 60 s by default), so that a test need not wait a minute after an after-intent crash.
inline constexpr char kQuietPeriodEnv[] = "ELBDESK_TEST_RESOLVE_QUIET_MS";

enum class CrashPoint { None, AfterIntent, AfterPost, WhilePolling };

[[nodiscard]] CrashPoint crashPointFrom(const QProcessEnvironment &env);
[[noreturn]] void crashNow();

} // namespace ElbDesk::Cli
