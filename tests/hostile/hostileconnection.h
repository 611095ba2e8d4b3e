#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace ElbDesk::Test {

using HostileHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as it arrived on the wire, before any interpretation.
struct RawHttpRequest
{
    QByteArray method;
    QByteArray target; // the request-target exactly as sent: path, query, escapes
    HostileHeaders headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    // The target without its query (still percent-encoded).
    [[nodiscard]] QByteArray rawPath() const;
};

// One accepted connection of HostileServer. It reads one request, hands it to the server's handler
// and then answers however the handler says: correctly, or by misbehaving on purpose. Everything it
// sends is raw bytes, so it can break HTTP in ways a real HTTP server library would not allow.
// Streamed bodies are produced only as fast as the peer reads them (bytesToWrite stays bounded), so
// a 200 MiB body never sits in this process's memory.
class HostileConnection : public QObject
{
    Q_OBJECT
public:
    enum class Framing {
        ContentLength, // "Content-Length: N" then the body
        Chunked,       // Transfer-Encoding: chunked
        CloseDelimited // no length at all: the body ends when the connection closes
    };

    HostileConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HostileConnection() override;

    [[nodiscard]] const RawHttpRequest &request() const { return m_request; }
    // Bytes of the answer the kernel accepted so far (status line and headers included).
    [[nodiscard]] qint64 bytesWritten() const { return m_written; }
    [[nodiscard]] bool peerClosed() const { return m_peerClosed; }

    // A complete, well-formed answer; Content-Type defaults to application/json.
    void respond(int status, const QByteArray &body, const HostileHeaders &headers = {});
    // Status line and headers only; the caller sends the body itself (or does not).
    void sendHead(int status, const HostileHeaders &headers);
    void writeRaw(const QByteArray &bytes);
    // Filler bytes (JSON-looking: a long string in an array) of `total` bytes, -1 = never ends.
    // `announced` >= 0 overrides the Content-Length (a lie); ignored for other framings.
    void stream(int status, qint64 total, Framing framing, qint64 announced = -1);
    // Status, headers and `partial` body bytes (announcing `announced`), then a TCP reset.
    void resetAfter(int status, const QByteArray &partial, qint64 announced);
    // One body byte every `intervalMs`, for ever: a slow-loris answer.
    void trickle(int status, int intervalMs);
    // Closes after what was written has left (FIN).
    void close();
    // Drops the connection at once with a TCP RST (SO_LINGER 0).
    void reset();

Q_SIGNALS:
    void requestReceived(ElbDesk::Test::HostileConnection *connection);
    void closed(ElbDesk::Test::HostileConnection *connection);

private:
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void topUp();
    void onTrickle();

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    RawHttpRequest m_request;
    bool m_haveHead = false;
    bool m_dispatched = false;
    qint64 m_expectBody = 0;
    qint64 m_written = 0;
    bool m_peerClosed = false;
    // Streaming.
    bool m_streaming = false;
    Framing m_framing = Framing::ContentLength;
    qint64 m_remaining = 0; // -1 = endless
    QByteArray m_chunk;
    QTimer m_trickle;
};

} // namespace ElbDesk::Test
