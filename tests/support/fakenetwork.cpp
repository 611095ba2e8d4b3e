#include "fakenetwork.h"

#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <cstring>
#include <memory>

namespace ElbDesk::Test {

namespace {

// What QNAM's HTTP backend reports alongside an error status, so code that looks at
// QNetworkReply::error() sees what it would see in production.
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status > 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}

QByteArray methodFor(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return QByteArray();
}

// The texts Qt's HTTP backend uses, so messages in test output read like production ones.
QString messageFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("Connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("Remote host closed connection");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("Host not found");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("Socket operation timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("SSL handshake failed");
    case QNetworkReply::TemporaryNetworkFailureError:
        return QStringLiteral("Temporary network failure");
    default:
        return QStringLiteral("Network error %1").arg(int(error));
    }
}

bool hasHeaderNamed(const RawHeaders &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    return hasHeaderNamed(headers, name);
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QString RecordedRequest::queryValue(const QString &key) const
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

bool RecordedRequest::hasQueryItem(const QString &key) const
{
    return QUrlQuery(url).hasQueryItem(key);
}

// --- FakeReply -------------------------------------------------------------------------------

FakeReply::FakeReply(const RecordedRequest &request, QObject *parent) : QNetworkReply(parent)
{
    setRequest(request.request);
    setUrl(request.url);
    setOperation(request.operation);
    open(QIODevice::ReadOnly);
    setFinished(false);
}

FakeReply::~FakeReply() = default;

FakeReply *FakeReply::withDelay(int ms)
{
    m_delayMs = ms;
    return this;
}

void FakeReply::begin()
{
    // Queued even with no delay: a real reply never answers inside get()/post().
    QTimer::singleShot(m_delayMs, this, [this] {
        if (!m_done)
            respond();
    });
}

void FakeReply::abort()
{
    // As QNetworkReplyHttpImpl::abort(): idempotent, closes the device, then reports
    // OperationCanceledError and finished() synchronously.
    if (m_done)
        return;
    m_aborted = true;
    m_buffer = QByteArray();
    QNetworkReply::close();
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    complete();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(m_buffer.size(), maxSize);
    if (n <= 0)
        return (m_done && m_buffer.isEmpty()) ? -1 : 0;
    std::memcpy(data, m_buffer.constData(), size_t(n));
    if (n == m_buffer.size())
        m_buffer = QByteArray(); // release the allocation, not just the contents
    else
        m_buffer.remove(0, n);
    return n;
}

void FakeReply::sendHeaders(int status, const RawHeaders &headers, qint64 contentLength)
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reasonPhrase(status));
    for (const auto &h : headers)
        setRawHeader(h.first, h.second);
    if (contentLength >= 0 && !hasHeaderNamed(headers, "Content-Length"))
        setRawHeader("Content-Length", QByteArray::number(contentLength));
    const QNetworkReply::NetworkError error = errorForStatus(status);
    if (error != QNetworkReply::NoError) {
        setError(error, QStringLiteral("Error transferring %1 - server replied: %2")
                            .arg(url().toDisplayString(), QString::fromLatin1(reasonPhrase(status))));
    }
    Q_EMIT metaDataChanged();
}

void FakeReply::sendBody(const QByteArray &bytes)
{
    if (m_done || bytes.isEmpty())
        return;
    m_buffer += bytes;
    Q_EMIT readyRead();
}

void FakeReply::finishOk()
{
    if (m_done)
        return;
    if (error() != QNetworkReply::NoError)
        Q_EMIT errorOccurred(error());
    complete();
}

void FakeReply::finishWithError(QNetworkReply::NetworkError error, const QString &message)
{
    if (m_done)
        return;
    setError(error, message.isEmpty() ? messageFor(error) : message);
    Q_EMIT errorOccurred(error);
    complete();
}

void FakeReply::complete()
{
    m_done = true;
    setFinished(true);
    Q_EMIT readChannelFinished();
    Q_EMIT finished();
}

// --- concrete replies ------------------------------------------------------------------------

FakeJsonReply::FakeJsonReply(const RecordedRequest &request, int status, const QByteArray &body,
                             const RawHeaders &headers, QObject *parent)
    : FakeReply(request, parent), m_status(status), m_body(body), m_headers(headers)
{
    if (!hasHeaderNamed(m_headers, "Content-Type"))
        m_headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
}

void FakeJsonReply::respond()
{
    sendHeaders(m_status, m_headers, m_body.size());
    if (done()) // the client may abort on the headers alone
        return;
    sendBody(m_body);
    finishOk();
}

FakeErrorReply::FakeErrorReply(const RecordedRequest &request, QNetworkReply::NetworkError error,
                               const QString &message, QObject *parent)
    : FakeReply(request, parent), m_error(error), m_message(message)
{}

void FakeErrorReply::respond()
{
    finishWithError(m_error, m_message);
}

FakeCutOffReply::FakeCutOffReply(const RecordedRequest &request, int status, const QByteArray &partialBody,
                                 QNetworkReply::NetworkError error, qint64 announcedLength, QObject *parent)
    : FakeReply(request, parent)
    , m_status(status)
    , m_partial(partialBody)
    , m_error(error)
    , m_announcedLength(announcedLength)
{}

void FakeCutOffReply::respond()
{
    sendHeaders(m_status, {{"Content-Type", "application/json"}}, m_announcedLength);
    if (done())
        return;
    sendBody(m_partial);
    // The break comes a turn later, as it would after the socket's last read.
    QTimer::singleShot(0, this, [this] { finishWithError(m_error, QString()); });
}

FakeStreamingReply::FakeStreamingReply(const RecordedRequest &request, int status, qint64 totalBytes,
                                       qint64 chunkBytes, bool announceLength, QObject *parent)
    : FakeReply(request, parent)
    , m_status(status)
    , m_total(totalBytes)
    , m_chunk(std::max<qint64>(1, chunkBytes))
    , m_announce(announceLength)
{}

void FakeStreamingReply::respond()
{
    sendHeaders(m_status, {{"Content-Type", "application/json"}}, m_announce ? m_total : -1);
    sendNextChunk();
}

void FakeStreamingReply::sendNextChunk()
{
    if (done())
        return;
    const qint64 n = std::min(m_chunk, m_total - m_sent);
    if (n > 0) {
        m_sent += n;
        sendBody(QByteArray(qsizetype(n), ' '));
    }
    if (done()) // aborted from the readyRead handler
        return;
    if (m_sent >= m_total) {
        finishOk();
        return;
    }
    QTimer::singleShot(0, this, &FakeStreamingReply::sendNextChunk);
}

// --- FakeNetworkAccessManager ----------------------------------------------------------------

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent) : QNetworkAccessManager(parent)
{
    m_clock.start();
}

FakeNetworkAccessManager::~FakeNetworkAccessManager() = default;

QList<RecordedRequest> FakeNetworkAccessManager::requests(const QByteArray &method,
                                                          const QString &pathPart) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &r : m_requests) {
        if ((method.isEmpty() || r.method == method) && r.path().contains(pathPart))
            matching.append(r);
    }
    return matching;
}

int FakeNetworkAccessManager::count(const QByteArray &method, const QString &pathPart) const
{
    return int(requests(method, pathPart).size());
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest rec;
    rec.index = int(m_requests.size());
    rec.atMs = m_clock.elapsed();
    rec.operation = op;
    rec.method = methodFor(op, request);
    rec.url = request.url();
    rec.request = request;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        rec.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        rec.body = outgoingData->readAll();
    m_requests.append(rec);
    Q_EMIT requestRecorded(rec.index);

    FakeReply *reply = m_router ? m_router(rec) : nullptr;
    if (!reply) {
        reply = new FakeJsonReply(
            rec, 404, R"({"error":{"message":"no route in the fake network","code":"TEST.404"}})");
    }
    if (!reply->parent())
        reply->setParent(this);
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    // Counted down once, whether the reply finishes or is deleted unfinished.
    auto counted = std::make_shared<bool>(false);
    const auto release = [this, counted] {
        if (!*counted) {
            *counted = true;
            --m_inFlight;
        }
    };
    connect(reply, &QNetworkReply::finished, this, release);
    connect(reply, &QObject::destroyed, this, release);
    reply->begin();
    return reply;
}

// --- helpers -----------------------------------------------------------------------------------

QString hexId(int n)
{
    return QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
}

QString serverIdFor(int n)
{
    return QStringLiteral("97444148-7afb-47cc-b4a3-%1").arg(n, 12, 16, QLatin1Char('0'));
}

QString fakeProjectId()
{
    return QStringLiteral("55300f3c8f764c06b1a32e2302edc305");
}

Connection fakeConnection(const QString &elbEndpoint)
{
    Connection c;
    c.id = QStringLiteral("fake");
    c.name = QStringLiteral("fake network");
    c.cloud = QStringLiteral("custom");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = QUrl(elbEndpoint);
    c.iamEndpoint = QUrl(QStringLiteral("https://iam.example.test/v3"));
    c.projectId = fakeProjectId();
    c.userName = QStringLiteral("operator");
    c.domainName = QStringLiteral("OTC-EU-DE-000000000010000");
    c.transferTimeoutMs = 100;
    return c;
}

RetryPolicy fastRetryPolicy()
{
    RetryPolicy p;
    p.maxAttempts = 3;
    p.baseDelayMs = 1;
    p.maxDelayMs = 5;
    p.throttleMinMs = 5;
    p.throttleMaxMs = 5;
    return p;
}

QByteArray memberJson(int n, const QString &listenerId)
{
    const QString listeners =
        listenerId.isEmpty() ? QString() : QStringLiteral(R"({"id":"%1"})").arg(listenerId);
    return QStringLiteral(
               R"({"server_address":"10.0.%1.%2","id":"%3","status":"ACTIVE","address":"100.64.%1.%2",)"
               R"("listeners":[%4],"update_time":"2015-12-28 10:35:51","create_time":"2015-12-28 10:35:50",)"
               R"("server_name":"vm-%5","server_id":"%6","health_status":"NORMAL"})")
        .arg(n / 250)
        .arg(n % 250 + 1)
        .arg(hexId(n), listeners)
        .arg(n)
        .arg(serverIdFor(n))
        .toUtf8();
}

QByteArray memberListJson(const QList<int> &members, const QString &listenerId)
{
    QByteArrayList items;
    for (int n : members)
        items.append(memberJson(n, listenerId));
    return '[' + items.join(',') + ']';
}

QByteArray tokenBody(const QDateTime &issuedAt, const QDateTime &expiresAt, const QString &projectId)
{
    return QStringLiteral(
               R"({"token":{"methods":["password"],"expires_at":"%1","issued_at":"%2",)"
               R"("user":{"name":"operator","id":"u1"},"project":{"id":"%3","name":"eu-de"},"roles":[]}})")
        .arg(expiresAt.toUTC().toString(Qt::ISODateWithMs), issuedAt.toUTC().toString(Qt::ISODateWithMs),
             projectId)
        .toUtf8();
}

QByteArray jobJson(const QString &jobId, const QString &status, const QByteArray &entities,
                   const QString &errorCode, const QString &failReason)
{
    const auto stringOrNull = [](const QString &s) {
        return s.isEmpty() ? QStringLiteral("null") : QLatin1Char('"') + s + QLatin1Char('"');
    };
    const bool ended = status == QLatin1String("SUCCESS") || status == QLatin1String("FAIL");
    return QStringLiteral(
               R"({"status":"%1","entities":%2,"job_id":"%3","job_type":"removeMember",)"
               R"("begin_time":"2017-09-29T09:49:37.399Z","end_time":"%4","error_code":%5,"fail_reason":%6})")
        .arg(status, QString::fromUtf8(entities), jobId,
             ended ? QStringLiteral("2017-09-29T09:49:41.002Z") : QString(), stringOrNull(errorCode),
             stringOrNull(failReason))
        .toUtf8();
}

QByteArray jobReferenceJson(const QString &jobId)
{
    return QStringLiteral(R"({"uri":"/v1/%1/jobs/%2","job_id":"%2"})").arg(fakeProjectId(), jobId).toUtf8();
}

} // namespace ElbDesk::Test
