#include "api/envproxyfactory.h"
#include "clioptions.h"
#include "clirunner.h"
#include "i18n/translationloader.h"
#include "logging.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // One name for the GUI and the CLI, so both find the same saved connections.
    QCoreApplication::setApplicationName(QStringLiteral("elbdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ELBDESK_VERSION));
    ElbDesk::Redactor::install();
    ElbDesk::EnvProxyFactory::install(); // HTTPS_PROXY / NO_PROXY, else the system's proxy
    // Progress and results are the CLI's own output; library chatter only when asked for.
    QLoggingCategory::setFilterRules(QStringLiteral("elbdesk.*.info=false\nelbdesk.*.warning=false"));
    // Human-readable messages follow the environment's locale (LANG, LC_ALL, …); --json output,
    // command names and the cloud's status values are never translated.
    ElbDesk::TranslationLoader::install(&app, ElbDesk::TranslationLoader::systemLanguage());

    ElbDesk::Cli::CliOptions options;
    QString message;
    QStringList args = QCoreApplication::arguments();
    switch (ElbDesk::Cli::parseCommandLine(args, &options, &message)) {
    case ElbDesk::Cli::ParseResult::Exit:
        QTextStream(stdout) << message << '\n';
        return ElbDesk::Cli::ExitSuccess;
    case ElbDesk::Cli::ParseResult::Error:
        QTextStream(stderr) << "elbdesk-cli: " << message << '\n';
        return ElbDesk::Cli::ExitUsage;
    case ElbDesk::Cli::ParseResult::Ok:
        break;
    }
    ElbDesk::Cli::CliRunner runner(options, QProcessEnvironment::systemEnvironment());
    QObject::connect(&runner, &ElbDesk::Cli::CliRunner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QMetaObject::invokeMethod(&runner, &ElbDesk::Cli::CliRunner::start, Qt::QueuedConnection);
    return app.exec();
}
