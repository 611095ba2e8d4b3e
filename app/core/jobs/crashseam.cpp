#include "crashseam.h"

#include "jobs/journalresolver.h"
#include "jobs/memberoperation.h"

#include <QtGlobal>
#include <csignal>
#include <cstdlib>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ElbDesk {

CrashSeam::Point CrashSeam::pointFrom(const QProcessEnvironment &env)
{
    const QString value = env.value(QLatin1String(CrashEnv)).trimmed();
    if (value == QLatin1String("after-intent"))
        return Point::AfterIntent;
    if (value == QLatin1String("after-post"))
        return Point::AfterPost;
    if (value == QLatin1String("while-polling"))
        return Point::WhilePolling;
    return Point::None;
}

CrashSeam::Point CrashSeam::configured()
{
    static const Point point = pointFrom(QProcessEnvironment::systemEnvironment());
    return point;
}

void CrashSeam::watch(MemberOperation *op)
{
    watch(op, configured());
}

void CrashSeam::watch(MemberOperation *op, Point point)
{
    if (!op || point == Point::None)
        return;
    switch (point) {
    case Point::None:
        break;
    case Point::AfterIntent:
        // Posting is set in start(), after the intent was written and before the request is sent.
        QObject::connect(op, &MemberOperation::changed, op, [op] {
            if (op->phase() == MemberOperation::Phase::Posting)
                crashNow();
        });
        break;
    case Point::AfterPost:
        // Connected before the recorder's own connection, so it runs first: the job id is never stored.
        QObject::connect(op, &MemberOperation::jobIdKnown, op, [] { crashNow(); });
        break;
    case Point::WhilePolling:
        QObject::connect(op, &MemberOperation::changed, op, [op] {
            if (!op->jobStatus().isEmpty()) // the first poll was answered
                crashNow();
        });
        break;
    }
}

void CrashSeam::tune(JournalResolver *resolver)
{
    tune(resolver, QProcessEnvironment::systemEnvironment());
}

void CrashSeam::tune(JournalResolver *resolver, const QProcessEnvironment &env)
{
    if (!resolver)
        return;
    bool isNumber = false;
    const int quietMs = env.value(QLatin1String(QuietPeriodEnv)).toInt(&isNumber);
    if (isNumber && quietMs >= 0)
        resolver->setQuietPeriod(quietMs, qBound(100, quietMs / 4, 2000));
}

void CrashSeam::crashNow()
{
    // Nothing is flushed or cleaned up, as with a real kill -9 or power loss.
#ifdef Q_OS_UNIX
    ::kill(::getpid(), SIGKILL);
#endif
    std::abort();
}

} // namespace ElbDesk
