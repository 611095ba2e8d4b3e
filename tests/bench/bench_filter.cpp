// Filtering benchmark: typing a substring filter into the members pane (filter box → proxy →
// table, one full repaint of the window per keystroke) over N members, next to the floor: a plain
// loop over the same strings (name, private IP, server id, member id) with a case-insensitive
// QString::contains per field, collecting the matching rows. Prints one line:
//   filter members=N keystrokes=K pane_median_ms=A pane_max_ms=B floor_median_ms=C floor_max_ms=D
//          pane_cpu_median_ms=E pane_cpu_max_ms=F (the pane's keystrokes in this thread's CPU time)
// Usage: bench_filter [--members N] [--rounds R]
#include "benchsupport.h"

#include "memberpane.h"
#include "model/memberfilterproxymodel.h"
#include "model/membermodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QMainWindow>
#include <QRandomGenerator>

#include <ctime>
#include <vector>

using namespace ElbDesk;

namespace {

// Members shaped like the sandbox's (and a real project's): named web servers, 10.x addresses,
// UUID server ids, 32-hex member ids, mostly healthy.
QList<Member> makeMembers(int count)
{
    QRandomGenerator random(42);
    const auto hex = [&random](int digits) {
        QString text;
        text.reserve(digits);
        for (int i = 0; i < digits; ++i)
            text += QLatin1Char("0123456789abcdef"[random.bounded(16)]);
        return text;
    };
    QList<Member> members;
    members.reserve(count);
    for (int i = 0; i < count; ++i) {
        Member m;
        m.id = hex(32);
        m.serverId = hex(8) + QLatin1Char('-') + hex(4) + QLatin1Char('-') + hex(4) + QLatin1Char('-') +
                     hex(4) + QLatin1Char('-') + hex(12);
        m.serverName =
            i % 10 == 9 ? QString() : QStringLiteral("ecs-backend-web-%1").arg(i, 5, 10, QLatin1Char('0'));
        m.serverAddress = QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
        m.address = QStringLiteral("100.64.%1.%2").arg((i >> 8) & 255).arg(i & 255);
        m.status = QStringLiteral("ACTIVE");
        m.healthStatus = i % 50 == 0 ? QStringLiteral("ABNORMAL") : QStringLiteral("NORMAL");
        members.append(std::move(m));
    }
    return members;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("members"), QStringLiteral("rows"), QStringLiteral("n"), QStringLiteral("100000")},
         {QStringLiteral("rounds"), QStringLiteral("times each needle is typed"), QStringLiteral("r"),
          QStringLiteral("3")}});
    parser.process(app);
    const int count = parser.value(QStringLiteral("members")).toInt();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    QMainWindow window;
    auto *pane = new MemberPane(&window);
    window.setCentralWidget(pane);
    window.resize(1200, 800);
    window.show();
    const QList<Member> members = makeMembers(count);
    pane->model()->setMembers(members);
    window.repaint();
    auto *edit = pane->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    if (!edit)
        Bench::fail(QStringLiteral("no filter box"));

    // What an operator types: part of a name, an address prefix, the start of a member id.
    const QString idPrefix = members.value(count / 2).id.left(6);
    const QStringList needles{QStringLiteral("web-0421"), QStringLiteral("10.0.4"), idPrefix};
    QList<double> paneMs;
    QList<double> floorMs;
    QList<double> paneCpuMs;
    std::vector<int> matches;
    matches.reserve(size_t(count));
    qsizetype checksum = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &needle : needles) {
            for (int length = 1; length <= needle.size(); ++length) {
                const QString typed = needle.left(length);
                QElapsedTimer clock;
                const double cpu0 = Bench::threadCpuMs();
                clock.start();
                edit->setText(typed); // textChanged → the pane's filter, as a key press does
                window.repaint();
                paneMs.append(clock.nsecsElapsed() / 1e6);
                paneCpuMs.append(Bench::threadCpuMs() - cpu0);

                clock.restart();
                matches.clear();
                for (int row = 0; row < count; ++row) {
                    const Member &m = members.at(row);
                    if (m.serverName.contains(typed, Qt::CaseInsensitive) ||
                        m.serverAddress.contains(typed, Qt::CaseInsensitive) ||
                        m.serverId.contains(typed, Qt::CaseInsensitive) ||
                        m.id.contains(typed, Qt::CaseInsensitive))
                        matches.push_back(row);
                }
                floorMs.append(clock.nsecsElapsed() / 1e6);
                if (pane->proxy()->rowCount() != int(matches.size()))
                    Bench::fail(QStringLiteral("\"%1\": the pane shows %2 rows, the loop found %3")
                                    .arg(typed)
                                    .arg(pane->proxy()->rowCount())
                                    .arg(matches.size()));
                checksum += qsizetype(matches.size());
            }
            edit->clear();
            window.repaint();
        }
    }
    std::printf("filter members=%d keystrokes=%lld pane_median_ms=%.3f pane_max_ms=%.3f floor_median_ms=%.3f "
                "floor_max_ms=%.3f pane_cpu_median_ms=%.3f pane_cpu_max_ms=%.3f matches=%lld\n",
                count, qlonglong(paneMs.size()), Bench::median(paneMs),
                *std::max_element(paneMs.cbegin(), paneMs.cend()), Bench::median(floorMs),
                *std::max_element(floorMs.cbegin(), floorMs.cend()), Bench::median(paneCpuMs),
                *std::max_element(paneCpuMs.cbegin(), paneCpuMs.cend()), qlonglong(checksum));
    return 0;
}
