// The startup baseline: a bare Qt Widgets hello-world. At its first paint it prints
//   painted_at_us=<µs since the epoch> vmhwm_kb=<peak RSS>
// and quits, exactly as `elbdesk --demo` does with ELBDESK_BENCH_EXIT_AFTER_PAINT=1.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPaintEvent>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

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

class HelloLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (m_painted)
            return;
        m_painted = true;
        // After the paint has been flushed to the window.
        QTimer::singleShot(0, this, [] {
            using namespace std::chrono;
            const qint64 now = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
            std::printf("painted_at_us=%lld vmhwm_kb=%lld\n", now, peakRssKb());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    HelloLabel label(QStringLiteral("Hello, world"));
    label.show();
    return app.exec();
}
