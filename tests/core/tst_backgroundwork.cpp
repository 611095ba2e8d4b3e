// The background pool: tasks run off the calling thread, every one of them, and on Linux at a
// lower scheduling priority than the thread that handed them off.
#include "api/backgroundwork.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace ElbDesk;

namespace {

int thisThreadNiceness()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
#else
    return 0;
#endif
}

} // namespace

class tst_BackgroundWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tasksRunOffTheCallingThread();
    void tasksYieldToTheCallingThread();
};

void tst_BackgroundWork::tasksRunOffTheCallingThread()
{
    constexpr int tasks = 50;
    QAtomicInt done;
    QMutex mutex;
    QSet<QThread *> threads;
    for (int i = 0; i < tasks; ++i) {
        runInBackground([&] {
            {
                QMutexLocker lock(&mutex);
                threads.insert(QThread::currentThread());
            }
            done.fetchAndAddOrdered(1);
        });
    }
    QTRY_COMPARE(done.loadAcquire(), tasks);
    QVERIFY(backgroundPool()->waitForDone(5000));
    QVERIFY(!threads.isEmpty());
    QVERIFY(!threads.contains(QThread::currentThread()));
    QCOMPARE(backgroundPool()->threadPriority(), QThread::LowPriority);
}

void tst_BackgroundWork::tasksYieldToTheCallingThread()
{
#ifndef Q_OS_LINUX
    QSKIP("thread niceness is a Linux notion; elsewhere the pool's QThread priority does it");
#else
    const int mine = thisThreadNiceness();
    QAtomicInt seen(-100);
    runInBackground([&seen] { seen.storeRelease(thisThreadNiceness()); });
    QTRY_VERIFY(seen.loadAcquire() != -100);
    QCOMPARE(seen.loadAcquire(), std::min(19, mine + BackgroundNiceness));
    QCOMPARE(thisThreadNiceness(), mine); // the caller is left as it was
#endif
}

QTEST_GUILESS_MAIN(tst_BackgroundWork)
#include "tst_backgroundwork.moc"
