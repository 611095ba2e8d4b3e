#pragma once

// Small helpers shared by the bench programs: peak RSS, wall-clock stamps, a sandbox ApiClient,
// medians. Header-only so each bench stays one executable with one source file.

#include "api/apiclient.h"
#include "api/connection.h"
#include "auth/authenticatorfactory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <time.h>

namespace ElbDesk::Bench {

// A field of /proc/self/status in kB (VmHWM = peak resident set, VmRSS = now); -1 if unknown.
inline qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Wall clock in µs since the epoch: comparable with `date +%s%N` taken by the script before exec.
inline qint64 epochMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// CPU time in ms of the calling thread, or of the whole process: what the work costs the app,
// whatever else the shared machine runs.
inline double threadCpuMs(clockid_t clock = CLOCK_THREAD_CPUTIME_ID)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
inline double processCpuMs()
{
    return threadCpuMs(CLOCK_PROCESS_CPUTIME_ID);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// The sandbox's default password account on `url` (IAM and ELB on the same port).
inline ApiClient *sandboxClient(QNetworkAccessManager *nam, const QUrl &url, QObject *parent)
{
    Connection c;
    c.id = QStringLiteral("bench");
    c.name = QStringLiteral("bench");
    c.cloud = QStringLiteral("sandbox");
    c.region = QStringLiteral("sandbox");
    c.elbEndpoint = url;
    c.iamEndpoint = url;
    c.auth = AuthMethod::Password;
    c.userName = QStringLiteral("operator");
    c.domainName = QStringLiteral("sandbox-domain");
    c.projectName = QStringLiteral("eu-de");
    Credentials credentials;
    credentials.password = QStringLiteral("sandbox-password");
    return new ApiClient(nam, c, makeAuthenticator(c, credentials), parent);
}

// Spins the event loop until `done()` or `timeoutMs`; false on timeout.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake; // WaitForMoreEvents blocks: wake up now and then to check the deadline
    wake.start(50);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

inline void fail(const QString &why)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    std::fflush(stderr);
    std::exit(2);
}

} // namespace ElbDesk::Bench
