#include "emulatorserver.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using ElbDesk::Emulator::EmulatorOptions;
using ElbDesk::Emulator::EmulatorServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elbdesk-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ELBDESK_VERSION));
    // stdout carries only the two start-up lines tests wait for; everything else is stderr.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{type}: %{message}"));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
        QTextStream(stdout) << "elbdesk-emulator " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    EmulatorOptions options;
    QString error;
    bool help = false;
    if (!EmulatorOptions::fromCommandLine(QCoreApplication::arguments(), &options, &error, &help)) {
        QTextStream(stderr) << "elbdesk-emulator: " << error << "\nTry --help.\n";
        return 2;
    }
    QTextStream out(stdout);
    if (help) {
        out << EmulatorOptions::helpText();
        return 0;
    }

    EmulatorServer server(options);
    if (!server.errorString().isEmpty() || server.listen(options.listenAddress, options.port) == 0) {
        QTextStream(stderr) << "elbdesk-emulator: " << server.errorString() << '\n';
        return 1;
    }
    QObject::connect(&server, &EmulatorServer::shutdownRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    out << "elbdesk-emulator listening on " << server.baseUrl().toString() << '\n'
        << "elbdesk-emulator project " << EmulatorOptions::kProjectName << ' ' << server.projectId() << '\n';
    out.flush();
    std::fflush(stdout);
    return QCoreApplication::exec();
}
