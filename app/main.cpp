#include "api/envproxyfactory.h"
#include "appearance.h"
#include "i18n/translationloader.h"
#include "logging.h"
#include "mainwindow.h"
#include "redactor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // One name for the GUI and the CLI, so both find the same saved connections.
    QApplication::setApplicationName(QStringLiteral("elbdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ELB Desk"));
    QApplication::setApplicationVersion(QStringLiteral(ELBDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.example.ElbDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.example.ElbDesk"),
                                                 QIcon(QStringLiteral(":/icons/org.example.ElbDesk.svg"))));
    ElbDesk::Redactor::install();
    ElbDesk::EnvProxyFactory::install(); // HTTPS_PROXY / NO_PROXY, else the system's proxy
    ElbDesk::TranslationLoader::install(&app, ElbDesk::TranslationLoader::preferredLanguage());
    // Before any window exists, so the first paint is already light or dark as chosen.
    ElbDesk::Appearance::instance()->setMode(ElbDesk::Appearance::savedMode(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "ELB Desk: take backend servers out of classic Elastic Load Balancer listeners safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the built-in sandbox cloud straight away: "
                                                                  "a local demo cloud, no account needed."));
    parser.addOption(demo);
    parser.process(app);

    ElbDesk::MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openSandboxAfterFirstPaint();
    return app.exec();
}
