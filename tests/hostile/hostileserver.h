#pragma once

#include "hostileconnection.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <functional>
#include <memory>

class QTcpServer;

namespace ElbDesk::Test {

// A purpose-built bad server for the hostile tests: listens on a local address (port 0), plain or
// TLS, and lets each test decide, per request, how to answer — or how not to. It records every
// connection attempt and every request exactly as it arrived, so a test can prove that something
// (a token, a redirect target, a poll URL) never reached it.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HostileConnection *connection)>;

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // The default handler answers 404 with an ELB-shaped error body.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] quint16 port() const;
    // TCP connections accepted (for TLS: handshakes started, successful or not).
    [[nodiscard]] int connectionCount() const { return m_connections; }
    [[nodiscard]] int requestCount() const { return int(m_requests.size()); }
    [[nodiscard]] const QList<RawHttpRequest> &requests() const { return m_requests; }
    [[nodiscard]] int count(const QByteArray &method, const QByteArray &pathPart = {}) const;
    // Answer bytes the kernel accepted, over every connection so far.
    [[nodiscard]] qint64 bytesWritten() const;
    void clear();

private:
    void onNewConnection();
    void adopt(HostileConnection *connection);

    std::unique_ptr<QTcpServer> m_server;
    Handler m_handler;
    QList<RawHttpRequest> m_requests;
    QList<QPointer<HostileConnection>> m_live;
    qint64 m_closedBytes = 0;
    int m_connections = 0;
    bool m_tls = false;
};

} // namespace ElbDesk::Test
