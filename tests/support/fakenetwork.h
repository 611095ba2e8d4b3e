#pragma once

// A QNetworkAccessManager that never touches the network: every request is recorded and answered
// by a test-supplied router with one of the fake replies below. The replies answer through queued
// calls, so signals arrive asynchronously as they do from real replies, and they produce what a
// real server or emulator cannot easily produce on demand: hangs, bodies cut off mid-way, dropped
// connections, endless streams. After ownCloud's test/testutils/syncenginetestutils.h.

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/connection.h"
#include "api/retrypolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QTest>
#include <QUrl>
#include <functional>
#include <type_traits>

namespace ElbDesk::Test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as it left the client: what a server would have seen.
struct RecordedRequest
{
    int index = 0;   // 0 for the first request the manager saw
    qint64 atMs = 0; // monotonic ms since the manager was created
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::UnknownOperation;
    QByteArray method; // "GET", "POST", … (the custom verb for custom requests)
    QUrl url;
    QNetworkRequest request; // attributes such as the redirect policy and transfer timeout
    RawHeaders headers;      // as set on the request, in order
    QByteArray body;         // the bytes read from the outgoing device

    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    // Case-insensitive, as HTTP header names are; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QString path() const { return url.path(); }
    [[nodiscard]] QString host() const { return url.host(); }
    // The decoded value of a query item; empty when absent.
    [[nodiscard]] QString queryValue(const QString &key) const;
    [[nodiscard]] bool hasQueryItem(const QString &key) const;
};

// Base of every fake reply. Subclasses implement respond(), which runs from the event loop after
// the client has connected to the reply (never inside get()/post()).
class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    explicit FakeReply(const RecordedRequest &request, QObject *parent = nullptr);
    ~FakeReply() override;

    // Answer only after `ms` milliseconds instead of at the next event-loop turn.
    FakeReply *withDelay(int ms);
    // Called by the manager once the reply has been handed to the client.
    void begin();

    void abort() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] bool wasAborted() const { return m_aborted; }

protected:
    virtual void respond() = 0;
    qint64 readData(char *data, qint64 maxSize) override;

    // Status line and headers; a 4xx/5xx status also sets the network error QNAM would set.
    void sendHeaders(int status, const RawHeaders &headers, qint64 contentLength = -1);
    // Appends to what the client can read and tells it so.
    void sendBody(const QByteArray &bytes);
    void finishOk();
    void finishWithError(QNetworkReply::NetworkError error, const QString &message);
    [[nodiscard]] bool done() const { return m_done; }

private:
    void complete();

    QByteArray m_buffer; // unread bytes only: memory stays bounded however much is streamed
    int m_delayMs = 0;
    bool m_done = false;
    bool m_aborted = false;
};

// A complete answer: status, headers (Retry-After, X-Subject-Token, Location, …) and body.
// Content-Type defaults to application/json unless given in `headers`.
class FakeJsonReply final : public FakeReply
{
    Q_OBJECT
public:
    FakeJsonReply(const RecordedRequest &request, int status, const QByteArray &body,
                  const RawHeaders &headers = {}, QObject *parent = nullptr);

protected:
    void respond() override;

private:
    int m_status;
    QByteArray m_body;
    RawHeaders m_headers;
};

// No HTTP answer at all: connection refused, reset, host not found, TLS failure …
class FakeErrorReply final : public FakeReply
{
    Q_OBJECT
public:
    FakeErrorReply(const RecordedRequest &request, QNetworkReply::NetworkError error,
                   const QString &message = QString(), QObject *parent = nullptr);

protected:
    void respond() override;

private:
    QNetworkReply::NetworkError m_error;
    QString m_message;
};

// Never answers; only abort() (the client's deadline, or the user) ends it.
class FakeHangingReply final : public FakeReply
{
    Q_OBJECT
public:
    using FakeReply::FakeReply;

protected:
    void respond() override {}
};

// Sends the status, headers and the first part of a body, then the connection breaks.
// `announcedLength` >= 0 sends a Content-Length larger than what arrives, as a real cut-off has.
class FakeCutOffReply final : public FakeReply
{
    Q_OBJECT
public:
    FakeCutOffReply(const RecordedRequest &request, int status, const QByteArray &partialBody,
                    QNetworkReply::NetworkError error = QNetworkReply::RemoteHostClosedError,
                    qint64 announcedLength = -1, QObject *parent = nullptr);

protected:
    void respond() override;

private:
    int m_status;
    QByteArray m_partial;
    QNetworkReply::NetworkError m_error;
    qint64 m_announcedLength;
};

// Streams `totalBytes` of filler in chunks, one chunk per event-loop turn, so a huge body can be
// sent without ever holding more than one chunk. Stops as soon as the client aborts.
class FakeStreamingReply final : public FakeReply
{
    Q_OBJECT
public:
    FakeStreamingReply(const RecordedRequest &request, int status, qint64 totalBytes, qint64 chunkBytes,
                       bool announceLength = false, QObject *parent = nullptr);
    [[nodiscard]] qint64 bytesSent() const { return m_sent; }

protected:
    void respond() override;

private:
    void sendNextChunk();

    int m_status;
    qint64 m_total;
    qint64 m_chunk;
    qint64 m_sent = 0;
    bool m_announce;
};

class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    // Returns the reply for a request; nullptr answers 404 with an ELB-shaped error body.
    using Router = std::function<FakeReply *(const RecordedRequest &request)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);
    ~FakeNetworkAccessManager() override;

    void setRouter(Router router) { m_router = std::move(router); }
    [[nodiscard]] const QList<RecordedRequest> &requests() const { return m_requests; }
    // Requests whose method matches (empty = any) and whose path contains `pathPart`.
    [[nodiscard]] QList<RecordedRequest> requests(const QByteArray &method,
                                                  const QString &pathPart = {}) const;
    [[nodiscard]] int count(const QByteArray &method = {}, const QString &pathPart = {}) const;
    void clearRequests() { m_requests.clear(); }
    // Replies handed out and not yet finished, and the most there ever were at once.
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] int maxInFlight() const { return m_maxInFlight; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void requestRecorded(int index);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Router m_router;
    QList<RecordedRequest> m_requests;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

// --- Helpers for tests that run requests over the fake network ------------------------------

// A 32-character lower-case hex id made from a number, e.g. for members, listeners and jobs.
[[nodiscard]] QString hexId(int n);
// A dashed UUID (ECS server id) made from a number.
[[nodiscard]] QString serverIdFor(int n);
// A connection to https://elb.example.test and https://iam.example.test with a fixed project id and a
// 100 ms transfer timeout, so the request's hard deadline is its minimum of 1 s.
[[nodiscard]] Connection
fakeConnection(const QString &elbEndpoint = QStringLiteral("https://elb.example.test"));
[[nodiscard]] QString fakeProjectId();
// Three attempts, 1–5 ms back-off and 5 ms throttling waits: retries without slowing tests down.
[[nodiscard]] RetryPolicy fastRetryPolicy();
// One member as the list API returns it: id hexId(n), server serverIdFor(n), private IP 10.0.x.y
// and the internal 100.64.x.y address.
[[nodiscard]] QByteArray memberJson(int n, const QString &listenerId = QString());
// The HTTP reason phrase for a status ("Not Found"); "Status" for one not listed.
[[nodiscard]] QByteArray reasonPhrase(int status);
[[nodiscard]] QByteArray memberListJson(const QList<int> &members, const QString &listenerId = QString());
// An IAM token answer body; the token itself travels in X-Subject-Token.
[[nodiscard]] QByteArray tokenBody(const QDateTime &issuedAt, const QDateTime &expiresAt,
                                   const QString &projectId);
// A job as GET …/jobs/{id} returns it.
[[nodiscard]] QByteArray jobJson(const QString &jobId, const QString &status,
                                 const QByteArray &entities = "{}", const QString &errorCode = QString(),
                                 const QString &failReason = QString());
// {"uri":"/v1/{p}/jobs/{id}","job_id":"{id}"}.
[[nodiscard]] QByteArray jobReferenceJson(const QString &jobId);

// What a request's finished() said, and whether the request has deleted itself since.
struct RequestRun
{
    ApiError error;
    int finished = 0;
    QByteArray requestId;
    bool gone = false;
};

// Starts a self-deleting request (ApiRequest subclass or ListMembersRequest) and records its end.
template<typename R> void track(R *request, RequestRun *run)
{
    QObject::connect(request, &R::finished, [run](auto *r) {
        ++run->finished;
        run->error = r->error();
        if constexpr (std::is_base_of_v<ApiRequest, R>)
            run->requestId = r->requestId();
    });
    QObject::connect(request, &QObject::destroyed, [run] { run->gone = true; });
    request->start();
}

// Runs a self-deleting request until it is gone; true when finished() came exactly once.
template<typename R> [[nodiscard]] bool runToEnd(R *request, RequestRun *run, int timeoutMs = 15000)
{
    track(request, run);
    return QTest::qWaitFor([run] { return run->gone; }, timeoutMs) && run->finished == 1;
}

} // namespace ElbDesk::Test
