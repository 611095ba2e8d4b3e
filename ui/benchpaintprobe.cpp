#include "benchpaintprobe.h"

#include "firstpainttrigger.h"
#include "memberpane.h"
#include "model/membermodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace ElbDesk {

namespace {

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void BenchPaintProbe::installIfRequested(MemberPane *pane)
{
    if (qEnvironmentVariableIntValue("ELBDESK_BENCH_EXIT_AFTER_PAINT") == 1)
        new BenchPaintProbe(pane);
}

BenchPaintProbe::BenchPaintProbe(MemberPane *pane) : QObject(pane), m_pane(pane)
{
    // The main window's first frame: in --demo the browse view, whose tree paints first.
    new FirstPaintTrigger(pane->window(), [this] {
        m_windowPaintedUs = nowUs();
        m_windowPeakKb = peakRssKb();
    });
    connect(pane, &MemberPane::loaded, this, [this](const QString &, int count) {
        if (count == 0 || m_armed)
            return;
        m_armed = true;
        m_pane->view()->viewport()->installEventFilter(this);
        m_pane->view()->viewport()->update();
    });
}

bool BenchPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    // After the paint event has been handled (and the frame flushed): the next event-loop turn.
    if (m_armed && !m_reported && event->type() == QEvent::Paint) {
        m_reported = true;
        QTimer::singleShot(0, this, &BenchPaintProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void BenchPaintProbe::report()
{
    std::printf(
        "window_painted_at_us=%lld window_vmhwm_kb=%lld painted_at_us=%lld vmhwm_kb=%lld members=%d\n",
        m_windowPaintedUs, m_windowPeakKb, nowUs(), peakRssKb(), m_pane->model()->rowCount());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace ElbDesk
