#pragma once

#include <QProcessEnvironment>

namespace ElbDesk {

class JournalResolver;
class MemberOperation;

// TEST SEAM, not a feature: ELBDESK_TEST_CRASH_AT makes the process kill itself (SIGKILL, like
// kill -9; abort() where there is no SIGKILL) at one point of a journaled removal or re-add, so that
// tests can check that the journal lets the next run resolve the operation to its true outcome and
// that nothing is sent twice:
//   after-intent   the intent is committed to the journal, the request is not sent yet;
//   after-post     the server answered the POST, the job id is not stored in the journal yet;
//   while-polling  the job id is stored and the first poll of the job was answered.
// Unset (or unknown): no effect. Shared by elbdesk-cli and the desktop app.
class CrashSeam
{
public:
    static constexpr const char *CrashEnv = "ELBDESK_TEST_CRASH_AT";
    // ELBDESK_TEST_RESOLVE_QUIET_MS shortens JournalResolver's quiet period (60 s by default), so
    // that a test need not wait a minute after an after-intent crash.
    static constexpr const char *QuietPeriodEnv = "ELBDESK_TEST_RESOLVE_QUIET_MS";

    enum class Point { None, AfterIntent, AfterPost, WhilePolling };

    [[nodiscard]] static Point pointFrom(const QProcessEnvironment &env);
    // The point of this process's environment, read once.
    [[nodiscard]] static Point configured();

    // Arms the configured point for `op`. Call it BEFORE JournalRecorder::record()/startRecorded():
    // its jobIdKnown connection must run before the recorder's, so that after-post dies with the job
    // id unstored. after-intent fires when the operation starts posting, i.e. after record() has
    // committed the intent and before the request can leave (it is sent from the event loop).
    static void watch(MemberOperation *op);
    static void watch(MemberOperation *op, Point point);

    // Applies ELBDESK_TEST_RESOLVE_QUIET_MS (if set to a number >= 0) to `resolver`.
    static void tune(JournalResolver *resolver);
    static void tune(JournalResolver *resolver, const QProcessEnvironment &env);

    [[noreturn]] static void crashNow();
};

} // namespace ElbDesk
