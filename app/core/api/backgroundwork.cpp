#include "backgroundwork.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ElbDesk {

namespace {

void lowerThisThreadOnce()
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // On Linux a thread's nice value is its own (PRIO_PROCESS with a thread id). Relative to what
    // the process runs at: raising it never needs a privilege.
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, std::min(19, current + BackgroundNiceness));
#endif
}

} // namespace

QThreadPool *backgroundPool()
{
    struct Pool : QThreadPool
    {
        Pool() { setThreadPriority(QThread::LowPriority); }
    };
    // Destroyed at exit after main() returns, waiting for a task still running (it owns its data).
    static Pool pool;
    return &pool;
}

void runInBackground(std::function<void()> task)
{
    backgroundPool()->start([task = std::move(task)] {
        lowerThisThreadOnce();
        task();
    });
}

} // namespace ElbDesk
