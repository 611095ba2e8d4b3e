#include "hostileserver.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace ElbDesk::Test {

HostileServer::HostileServer(QObject *parent)
    : QObject(parent), m_handler([](HostileConnection *c) {
        c->respond(404,
                   R"({"error":{"message":"no such resource on the hostile server","code":"ELB.0404"}})");
    })
{}

HostileServer::~HostileServer()
{
    for (const QPointer<HostileConnection> &c : std::as_const(m_live))
        delete c.data();
}

bool HostileServer::listen(const QHostAddress &address)
{
    m_tls = false;
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::newConnection, this, &HostileServer::onNewConnection);
    return m_server->listen(address, 0);
}

bool HostileServer::listenTls(const QSslCertificate &certificate, const QSslKey &key,
                              const QHostAddress &address)
{
    m_tls = true;
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    // A handshake the client gives up on still counts as an attempt to reach us.
    connect(server.get(), &QSslServer::startedEncryptionHandshake, this, [this] { ++m_connections; });
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this, &HostileServer::onNewConnection);
    m_server = std::move(server);
    return m_server->listen(address, 0);
}

QUrl HostileServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_server ? m_server->serverAddress().toString() : QString());
    url.setPort(port());
    return url;
}

quint16 HostileServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

int HostileServer::count(const QByteArray &method, const QByteArray &pathPart) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const RawHttpRequest &r) {
        return (method.isEmpty() || r.method == method) && r.target.contains(pathPart);
    }));
}

qint64 HostileServer::bytesWritten() const
{
    qint64 total = m_closedBytes;
    for (const QPointer<HostileConnection> &c : m_live) {
        if (c)
            total += c->bytesWritten();
    }
    return total;
}

void HostileServer::clear()
{
    m_requests.clear();
    m_connections = 0;
}

void HostileServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!m_tls)
            ++m_connections;
        adopt(new HostileConnection(socket, this));
    }
}

void HostileServer::adopt(HostileConnection *connection)
{
    m_live.append(connection);
    connect(connection, &HostileConnection::requestReceived, this, [this](HostileConnection *c) {
        m_requests.append(c->request());
        m_handler(c);
    });
    connect(connection, &HostileConnection::closed, this, [this](HostileConnection *c) {
        m_closedBytes += c->bytesWritten();
        m_live.removeAll(QPointer<HostileConnection>(c));
        c->deleteLater();
    });
}

} // namespace ElbDesk::Test
