#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ElbDesk::Soak {

// The sandbox as a child process, its stderr (log and any sanitizer report) in a file. Unlike the
// tests' EmulatorProcess it is stopped through POST /_sandbox/shutdown, so a sanitizer build gets
// to run its exit checks and the exit code tells whether the sandbox ended cleanly.
class SoakEmulator
{
public:
    SoakEmulator() = default;
    ~SoakEmulator();
    SoakEmulator(const SoakEmulator &) = delete;
    SoakEmulator &operator=(const SoakEmulator &) = delete;

    bool start(const QString &program, const QStringList &arguments, const QString &logFile, QString *error);
    [[nodiscard]] bool isRunning() const { return m_process.state() == QProcess::Running; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString projectId() const { return m_projectId; }

    // Blocking control-API calls (a local event loop; this is a test driver).
    int control(const QByteArray &method, const QString &path, QByteArray *body, int timeoutMs = 60000) const;
    [[nodiscard]] QJsonObject state(bool withMembers) const;
    [[nodiscard]] QJsonArray requests() const;

    // Asks the sandbox to quit and waits. Returns true when it exited by itself with code 0;
    // *how says what happened otherwise (crash, sanitizer exit code, had to be killed).
    bool shutdown(QString *how);

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_projectId;
};

} // namespace ElbDesk::Soak
