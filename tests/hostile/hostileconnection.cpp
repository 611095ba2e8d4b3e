#include "hostileconnection.h"

#include "fakenetwork.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace ElbDesk::Test {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
// Never more than this waits in the socket's user-space buffer: the peer sets the pace.
constexpr qint64 kMaxQueued = 512 * 1024;

bool hasName(const HostileHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray RawHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

bool RawHttpRequest::hasHeader(const QByteArray &name) const
{
    return hasName(headers, name);
}

QByteArray RawHttpRequest::rawPath() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

HostileConnection::HostileConnection(QTcpSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HostileConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HostileConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_peerClosed = true;
        m_streaming = false;
        m_trickle.stop();
        Q_EMIT closed(this);
    });
    connect(&m_trickle, &QTimer::timeout, this, &HostileConnection::onTrickle);
    QMetaObject::invokeMethod(this, &HostileConnection::onReadyRead, Qt::QueuedConnection);
}

HostileConnection::~HostileConnection()
{
    if (m_socket)
        m_socket->abort();
}

void HostileConnection::onReadyRead()
{
    if (!m_socket || m_dispatched)
        return;
    m_buffer += m_socket->readAll();
    if (!m_haveHead) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_request.method = requestLine.value(0);
        m_request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        m_expectBody = m_request.header("Content-Length").toLongLong();
        m_haveHead = true;
    }
    if (m_buffer.size() < m_expectBody)
        return;
    m_request.body = m_buffer.left(m_expectBody);
    m_buffer.clear();
    m_dispatched = true;
    Q_EMIT requestReceived(this);
}

void HostileConnection::sendHead(int status, const HostileHeaders &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    writeRaw(head);
}

void HostileConnection::writeRaw(const QByteArray &bytes)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void HostileConnection::respond(int status, const QByteArray &body, const HostileHeaders &headers)
{
    HostileHeaders all = headers;
    if (!hasName(all, "Content-Type"))
        all.append(HostileHeaders::value_type("Content-Type", "application/json"));
    all.append(HostileHeaders::value_type("Content-Length", QByteArray::number(body.size())));
    all.append(HostileHeaders::value_type("Connection", "close"));
    sendHead(status, all);
    writeRaw(body);
    close();
}

void HostileConnection::stream(int status, qint64 total, Framing framing, qint64 announced)
{
    HostileHeaders headers{{"Content-Type", "application/json"}};
    switch (framing) {
    case Framing::ContentLength:
        headers.append(HostileHeaders::value_type("Content-Length",
                                                  QByteArray::number(announced >= 0 ? announced : total)));
        break;
    case Framing::Chunked:
        headers.append(HostileHeaders::value_type("Transfer-Encoding", "chunked"));
        break;
    case Framing::CloseDelimited:
        break;
    }
    headers.append(HostileHeaders::value_type("Connection", "close"));
    sendHead(status, headers);
    m_framing = framing;
    m_remaining = total;
    m_chunk = QByteArray(kChunkBytes, 'x');
    m_streaming = true;
    topUp();
}

void HostileConnection::onBytesWritten(qint64 bytes)
{
    m_written += bytes;
    if (m_streaming)
        topUp();
}

void HostileConnection::topUp()
{
    while (m_streaming && m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
           m_socket->bytesToWrite() < kMaxQueued) {
        if (m_remaining == 0) {
            m_streaming = false;
            if (m_framing == Framing::Chunked)
                m_socket->write("0\r\n\r\n");
            close();
            return;
        }
        const qint64 n = m_remaining < 0 ? kChunkBytes : std::min(kChunkBytes, m_remaining);
        const QByteArray piece = n == kChunkBytes ? m_chunk : m_chunk.left(n);
        if (m_framing == Framing::Chunked)
            m_socket->write(QByteArray::number(n, 16) + "\r\n" + piece + "\r\n");
        else
            m_socket->write(piece);
        if (m_remaining > 0)
            m_remaining -= n;
    }
}

void HostileConnection::resetAfter(int status, const QByteArray &partial, qint64 announced)
{
    sendHead(status,
             {{"Content-Type", "application/json"}, {"Content-Length", QByteArray::number(announced)}});
    writeRaw(partial);
    if (m_socket)
        m_socket->flush();
    // Let the partial body reach the peer before the reset, so it is a reset *mid-body*.
    QTimer::singleShot(50, this, &HostileConnection::reset);
}

void HostileConnection::trickle(int status, int intervalMs)
{
    sendHead(status, {{"Content-Type", "application/json"}, {"Content-Length", "1000000"}});
    writeRaw("[");
    m_trickle.start(intervalMs);
}

void HostileConnection::onTrickle()
{
    writeRaw(" ");
}

void HostileConnection::close()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void HostileConnection::reset()
{
    m_streaming = false;
    m_trickle.stop();
    if (!m_socket)
        return;
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger hard
        {
            1, 0
        };
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    m_socket->abort();
}

} // namespace ElbDesk::Test
