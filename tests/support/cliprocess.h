#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace ElbDesk::Test {

// Runs the real elbdesk-cli binary once, with a controlled environment and no terminal.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For QVERIFY2 messages.
    [[nodiscard]] QByteArray describe() const;
};

class CliProcess
{
public:
    // Credentials of the sandbox's demo account in the OS_* variables (the defaults of elbdesk-emulator).
    static QProcessEnvironment sandboxPasswordEnvironment();
    static QProcessEnvironment sandboxAkSkEnvironment();
    static QProcessEnvironment emptyEnvironment();

    static CliResult run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 60000,
                         const QByteArray &stdinData = QByteArray());
};

} // namespace ElbDesk::Test
