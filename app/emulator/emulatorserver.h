#pragma once

#include "emulatoroptions.h"
#include "emulatorreply.h"
#include "emulatorrequest.h"
#include "faultinjector.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QUrl>

#include <memory>

namespace ElbDesk::Emulator {

class EmulatorControlApi;
class EmulatorIam;
class EmulatorJobs;
class EmulatorRouter;
class EmulatorStore;
class RequestLog;

// The sandbox cloud as one HTTP server: IAM, classic ELB and the /_sandbox control API on one
// port. Built on QAbstractHttpServer because faults need the socket itself: to close it
// without an answer (drop, lost) or to answer later from a timer (stall).
class EmulatorServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr const char *kDefaultDomain = EmulatorOptions::kDefaultDomain;
    static constexpr const char *kDefaultUser = EmulatorOptions::kDefaultUser;
    static constexpr const char *kDefaultPassword = EmulatorOptions::kDefaultPassword;
    static constexpr const char *kDefaultAccessKey = EmulatorOptions::kDefaultAccessKey;
    static constexpr const char *kDefaultSecretKey = EmulatorOptions::kDefaultSecretKey;
    static constexpr const char *kProjectName = EmulatorOptions::kProjectName;

    explicit EmulatorServer(const EmulatorOptions &options = EmulatorOptions(), QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Hides QAbstractHttpServer::listen to default to loopback; 0 on failure (see errorString()).
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString projectId() const;
    // Set when the TLS files or the fault script could not be loaded.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] const EmulatorOptions &options() const { return m_options; }

    void addFaultRule(const FaultRule &rule);
    bool addFaultRules(const QJsonArray &rules, QString *error = nullptr);
    [[nodiscard]] FaultInjector &faultInjector() { return *m_faults; }
    [[nodiscard]] RequestLog &requestLog() { return *m_log; }
    [[nodiscard]] QJsonArray requestsJson() const;
    [[nodiscard]] QJsonObject stateJson() const;
    void expireAllTokens();

    [[nodiscard]] EmulatorStore &store() { return *m_store; }
    [[nodiscard]] EmulatorJobs &jobs() { return *m_jobs; }
    [[nodiscard]] EmulatorIam &iam() { return *m_iam; }

Q_SIGNALS:
    // After each cloud request was answered (status) or deliberately left unanswered (0).
    void requestFinished(const QString &method, const QString &path, int status, const QString &fault);
    // POST /_sandbox/shutdown: the program quits on it (in-process users leave it unconnected).
    void shutdownRequested();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static EmulatorRequest copyRequest(const QHttpServerRequest &request);
    static void write(QHttpServerResponder &responder, const EmulatorReply &reply);
    void sendLater(const QHttpServerRequest &request, QTcpSocket *socket, const EmulatorReply &reply, int delayMs,
                   size_t logIndex, const EmulatorRequest &copy, const QString &fault);
    void closeWithoutAnswer(QTcpSocket *socket);
    void finish(size_t logIndex, const EmulatorRequest &request, int status, const QString &fault);
    void loadFaultScript(const QString &file);
    void setupTls();

    EmulatorOptions m_options;
    std::unique_ptr<EmulatorStore> m_store;
    std::unique_ptr<EmulatorJobs> m_jobs;
    std::unique_ptr<EmulatorIam> m_iam;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<EmulatorRouter> m_router;
    std::unique_ptr<EmulatorControlApi> m_control;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_error;
};

} // namespace ElbDesk::Emulator
