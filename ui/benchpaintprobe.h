#pragma once

#include <QObject>

namespace ElbDesk {

class MemberPane;

// Startup measurement for tests/bench (run-benchmarks.sh): with ELBDESK_BENCH_EXIT_AFTER_PAINT=1
// in the environment, the first paint of the members table after a listener has finished loading
// prints "window_painted_at_us=<first frame of the main window> window_vmhwm_kb=<peak RSS then>
// painted_at_us=<µs since the epoch> vmhwm_kb=<peak RSS> members=<rows>" on stdout and quits the
// application. Each time is taken on the event-loop turn after its paint, as bench_hello does.
// Without the variable nothing is installed.
class BenchPaintProbe : public QObject
{
    Q_OBJECT
public:
    static void installIfRequested(MemberPane *pane);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit BenchPaintProbe(MemberPane *pane);
    void report();

    MemberPane *m_pane;
    qint64 m_windowPaintedUs = 0;
    qint64 m_windowPeakKb = 0;
    bool m_armed = false;
    bool m_reported = false;
};

} // namespace ElbDesk
