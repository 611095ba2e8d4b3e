#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ElbDesk::Test {

// The sandbox cloud as a separate process, for tests that need the real binary (end-to-end
// runs of the CLI, crash isolation). Starts ELBDESK_EMULATOR_BIN with the given arguments plus
// "--port 0", and waits (no sleeps) for its two start-up lines:
//   elbdesk-emulator listening on http://127.0.0.1:PORT
//   elbdesk-emulator project eu-de <project id>
// The emulator's stderr log is discarded unless ELBDESK_EMULATOR_LOG is set in the environment.
// The control-API helpers block on a local event loop with a timeout: test support only.
class EmulatorProcess
{
public:
    explicit EmulatorProcess(const QStringList &extraArguments = {}, int startTimeoutMs = 20000);
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString projectId() const { return m_projectId; }
    [[nodiscard]] qint64 processId() const;

    // GET /_sandbox/requests (empty on failure).
    [[nodiscard]] QJsonArray requests(int timeoutMs = 10000) const;
    // GET /_sandbox/state (empty on failure).
    [[nodiscard]] QJsonObject state(int timeoutMs = 10000) const;
    // POST /_sandbox/faults; true when the emulator accepted every rule.
    bool addFaultRules(const QJsonArray &rules, int timeoutMs = 10000) const;
    bool clearFaultRules(int timeoutMs = 10000) const;
    bool clearRequests(int timeoutMs = 10000) const;
    bool expireTokens(int timeoutMs = 10000) const;

    // A control-API call; returns the HTTP status (0 on transport failure) and fills `body`.
    int control(const QByteArray &method, const QString &path, const QByteArray &requestBody, QByteArray *body,
                int timeoutMs) const;

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_projectId;
    QString m_error;
};

} // namespace ElbDesk::Test
