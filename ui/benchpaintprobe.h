#pragma once

#include <QObject>

namespace ElbDesk {

class MemberPane;

// Startup measurement for tests/bench (run-benchmarks.sh): with ELBDESK_BENCH_EXIT_AFTER_PAINT=1
// in the environment, the first paint of the members table after a listener has finished loading
// prints "painted_at_us=<µs since the epoch> vmhwm_kb=<peak RSS> members=<rows>" on stdout and
// quits the application. Without the variable nothing is installed.
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
    bool m_armed = false;
    bool m_reported = false;
};

} // namespace ElbDesk
