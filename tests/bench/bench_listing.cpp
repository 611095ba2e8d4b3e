// Listing benchmark: every member of one listener of the sandbox, paged, into the members table
// of a shown window (MemberPane: the app's own path from the first request to the last row), from
// an already authenticated client. Prints one line:
//   listing members=N inserts=I ms=T gui_cpu_ms=G cpu_ms=C vmhwm_kb=K
// (I = rowsInserted signals; G = CPU time of the GUI thread while listing, C = of the process)
// --baseline prints the same line for the window with the empty pane (the RSS baseline).
// Usage: bench_listing --url URL [--members N] [--baseline]
#include "benchsupport.h"

#include "api/listlistenersrequest.h"
#include "memberpane.h"
#include "model/membermodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>
#include <optional>

using namespace ElbDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("url"), QStringLiteral("sandbox base URL"), QStringLiteral("url")},
                       {QStringLiteral("members"), QStringLiteral("member count of the listener to list"),
                        QStringLiteral("n")},
                       {QStringLiteral("baseline"), QStringLiteral("only show the empty window")}});
    parser.process(app);

    QMainWindow window;
    auto *pane = new MemberPane(&window);
    window.setCentralWidget(pane);
    window.resize(1200, 800);
    window.show();
    QCoreApplication::processEvents();
    if (parser.isSet(QStringLiteral("baseline"))) {
        std::printf("listing members=0 inserts=0 ms=0 vmhwm_kb=%lld\n", Bench::procStatusKb("VmHWM"));
        return 0;
    }

    QNetworkAccessManager nam;
    ApiClient *client = Bench::sandboxClient(&nam, QUrl(parser.value(QStringLiteral("url"))), &app);
    const int wanted = parser.value(QStringLiteral("members")).toInt();
    // Not timed: the token and the listener (the app has both before a listener is opened).
    std::optional<Listener> listener;
    bool listed = false;
    auto *listeners = new ListListenersRequest(client, QString(), &app);
    QObject::connect(listeners, &ApiRequest::finished, &app, [&] {
        listed = true;
        for (const Listener &l : listeners->listeners()) {
            if (l.memberNumber == wanted && !listener)
                listener = l;
        }
    });
    listeners->start();
    if (!Bench::waitFor([&] { return listed; }, 30000) || !listener)
        Bench::fail(QStringLiteral("no listener with %1 members").arg(wanted));

    bool done = false;
    int inserts = 0;
    QElapsedTimer clock;
    QObject::connect(pane, &MemberPane::loaded, &app, [&] { done = true; });
    QObject::connect(pane, &MemberPane::loadFailed, &app,
                     [](const ApiError &error) { Bench::fail(error.describe()); });
    const double guiCpu0 = Bench::threadCpuMs();
    const double cpu0 = Bench::processCpuMs();
    clock.start();
    pane->showListener(client, *listener);
    QObject::connect(pane->model(), &QAbstractItemModel::rowsInserted, &app, [&] { ++inserts; });
    if (!Bench::waitFor([&] { return done; }, 600000))
        Bench::fail(QStringLiteral("listing timed out"));
    const qint64 ms = clock.elapsed();
    const double guiCpu = Bench::threadCpuMs() - guiCpu0;
    const double cpu = Bench::processCpuMs() - cpu0;
    if (pane->model()->rowCount() != wanted)
        Bench::fail(
            QStringLiteral("listed %1 members, expected %2").arg(pane->model()->rowCount()).arg(wanted));
    std::printf("listing members=%d inserts=%d ms=%lld gui_cpu_ms=%.1f cpu_ms=%.1f vmhwm_kb=%lld\n",
                pane->model()->rowCount(), inserts, ms, guiCpu, cpu, Bench::procStatusKb("VmHWM"));
    return 0;
}
