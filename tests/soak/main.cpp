// elbdesk-soak: the fault soak of issue 5 (see soakconfig.cpp for the options, run-soak.sh for the
// full run). Starts a faulty sandbox, removes members through the core, checks the outcome.
#include "soakchecker.h"
#include "soakconfig.h"
#include "soakdriver.h"
#include "soakemulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ElbDesk::Soak;

namespace {

QFile *s_log = nullptr;
bool s_verbose = false;
QMutex s_logMutex;

// The core's log goes to a file in the work directory; the console stays for the summary.
void logToFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = qFormatLogMessage(type, context, message) + QLatin1Char('\n');
    const QMutexLocker lock(&s_logMutex);
    if (s_log)
        s_log->write(line.toUtf8());
    if (s_verbose || type == QtFatalMsg)
        std::fputs(line.toLocal8Bit().constData(), stderr);
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QStringList emulatorArguments(const SoakConfig &c)
{
    const int perLb = std::min(5, c.listeners);
    const int lbs = (c.listeners + perLb - 1) / perLb;
    return {QStringLiteral("--seed"),
            QString::number(c.seed),
            QStringLiteral("--fault-seed"),
            QString::number(c.seed),
            QStringLiteral("--lbs"),
            QString::number(lbs),
            QStringLiteral("--listeners"),
            QString::number(perLb),
            QStringLiteral("--members"),
            QString::number(c.membersPerListener + c.keepPerListener),
            QStringLiteral("--job-seconds"),
            QString::number(c.jobSeconds),
            QStringLiteral("--token-lifetime"),
            QString::number(c.tokenLifetimeSeconds),
            QStringLiteral("--retry-after"),
            QString::number(c.retryAfterSeconds),
            QStringLiteral("--stall-ms"),
            QString::number(c.stallMs),
            QStringLiteral("--fault-rate"),
            QString::number(c.faultRate),
            QStringLiteral("--faults"),
            c.faultKinds.join(QLatin1Char(','))};
}

int setupFailure(const QString &message)
{
    QTextStream(stderr) << "elbdesk-soak: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elbdesk-soak"));
    SoakConfig config;
    config.emulator = QStringLiteral(ELBDESK_EMULATOR_BIN);
    QString error;
    QString helpText;
    bool help = false;
    if (!SoakConfig::fromArguments(QCoreApplication::arguments(), &config, &error, &help, &helpText)) {
        if (help) {
            QTextStream(stdout) << helpText;
            return 0;
        }
        return setupFailure(error);
    }

    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/elbdesk-soak-XXXXXX"));
    if (!work.isValid())
        return setupFailure(QStringLiteral("cannot create a work directory"));
    QFile log(work.filePath(QStringLiteral("soak.log")));
    if (!log.open(QIODevice::WriteOnly))
        return setupFailure(QStringLiteral("cannot write %1").arg(log.fileName()));
    s_log = &log;
    s_verbose = config.verbose;
    qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{category} %{type}: %{message}"));
    qInstallMessageHandler(logToFile);

    QElapsedTimer wall;
    wall.start();
    SoakEmulator emulator;
    if (!emulator.start(config.emulator, emulatorArguments(config),
                        work.filePath(QStringLiteral("emulator.log")), &error))
        return setupFailure(error);

    const QJsonObject initial = emulator.state(true);
    const QHash<QString, QSet<QString>> before = SoakChecker::membersOf(initial);
    QStringList targets;
    const int seeded = config.membersPerListener + config.keepPerListener;
    for (const QJsonValue &v : initial.value(QLatin1String("listeners")).toArray()) {
        if (targets.size() < config.listeners &&
            v.toObject().value(QLatin1String("member_number")).toInt() == seeded)
            targets.append(v.toObject().value(QLatin1String("id")).toString());
    }
    if (targets.size() < config.listeners)
        return setupFailure(QStringLiteral("the sandbox has only %1 listeners with %2 members")
                                .arg(targets.size())
                                .arg(seeded));

    SoakReport report;
    {
        SoakDriver driver(config, emulator.baseUrl(), emulator.projectId(),
                          work.filePath(QStringLiteral("journal.sqlite")));
        if (!driver.openJournal(&error))
            return setupFailure(QStringLiteral("journal: %1").arg(error));
        if (!driver.plan(targets, &error))
            return setupFailure(error);
        driver.run();
        // Let every job the sandbox still runs (not the stuck ones) finish before the truth is read.
        waitMs(int(config.jobSeconds * 1000.0) + 1000);

        SoakChecker checker(config, driver.intents());
        const bool alive = emulator.isRunning();
        if (alive) {
            const QHash<QString, QSet<QString>> after = SoakChecker::membersOf(emulator.state(true));
            checker.checkListing(driver.listed(), before);
            checker.checkSandbox(emulator.requests(), emulator.state(false));
            checker.checkOperations(before, after);
        }
        checker.checkJournal(work.filePath(QStringLiteral("journal.sqlite")));
        report = checker.report();
        if (driver.timedOut() > 0)
            report.addViolation(QStringLiteral("%1 operations still running after %2 s")
                                    .arg(driver.timedOut())
                                    .arg(config.maxSeconds));
    }
    QString how;
    if (!emulator.shutdown(&how)) {
        ++report.crashes;
        report.addViolation(QStringLiteral("sandbox: %1").arg(how));
    }
    report.emulatorExit = how;
    report.wallSeconds = double(wall.elapsed()) / 1000.0;

    const bool passed = report.violationCount() == 0;
    QTextStream out(stdout);
    if (config.json)
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.table();
    if (!passed || config.keep) {
        work.setAutoRemove(false);
        QTextStream(stderr) << "elbdesk-soak: journal, core log and sandbox log kept in " << work.path()
                            << '\n';
    }
    out.flush();
    qInstallMessageHandler(nullptr);
    s_log = nullptr;
    return passed ? 0 : 1;
}
