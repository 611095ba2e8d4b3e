#include "cliprocess.h"

#include <QProcess>
#include <QTemporaryDir>

namespace ElbDesk::Test {

QByteArray CliResult::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + (timedOut ? " (timed out)" : "")
        + "\n--- stdout ---\n" + out.left(4000) + "\n--- stderr ---\n" + err.left(4000);
}

QProcessEnvironment CliProcess::emptyEnvironment()
{
    QProcessEnvironment env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    // Only what a process needs to run; no OS_* leaks in from the developer's shell.
    for (const char *name : {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR",
                             "XDG_CONFIG_HOME", "XDG_DATA_HOME", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS",
                             "QT_LOGGING_RULES"}) {
        const QString key = QLatin1String(name);
        if (system.contains(key))
            env.insert(key, system.value(key));
    }
    // Never the operator's real journal: one throwaway journal per test process, unless a test names its own.
    if (!env.contains(QStringLiteral("ELBDESK_JOURNAL"))) {
        static QTemporaryDir journalDir;
        env.insert(QStringLiteral("ELBDESK_JOURNAL"), journalDir.filePath(QStringLiteral("journal.sqlite")));
    }
    return env;
}

QProcessEnvironment CliProcess::sandboxPasswordEnvironment()
{
    QProcessEnvironment env = emptyEnvironment();
    env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("operator"));
    env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("sandbox-password"));
    env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("sandbox-domain"));
    env.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("eu-de"));
    return env;
}

QProcessEnvironment CliProcess::sandboxAkSkEnvironment()
{
    QProcessEnvironment env = emptyEnvironment();
    env.insert(QStringLiteral("OS_ACCESS_KEY"), QStringLiteral("SANDBOXACCESSKEY0001"));
    env.insert(QStringLiteral("OS_SECRET_KEY"), QStringLiteral("sandboxSecretKey0123456789abcdefghijklmn"));
    env.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("eu-de"));
    return env;
}

CliResult CliProcess::run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs,
                          const QByteArray &stdinData)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ELBDESK_CLI_BIN), arguments);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace ElbDesk::Test
