#include "apirequest.h"

#include "api/apiclient.h"
#include "auth/authenticator.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QSslError>
#include <algorithm>

namespace ElbDesk {

ApiRequest::ApiRequest(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiRequest::onDeadline);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::start()
{
    if (m_started) {
        qCWarning(lcApi) << "request started twice; ignoring the second start";
        return;
    }
    m_started = true;
    m_requestId = ApiClient::newRequestId();
    QString refusal;
    if (!m_client) {
        refusal = tr("no API client");
    } else {
        m_validating = true;
        m_call = buildCall(&refusal);
        m_validating = false;
    }
    if (!refusal.isEmpty()) {
        const ApiError error = ApiError::refused(refusal);
        // Asynchronously, so callers can connect after start() as with a network answer.
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_sendNow)
        attempt();
    else
        QMetaObject::invokeMethod(this, &ApiRequest::attempt, Qt::QueuedConnection);
}

void ApiRequest::startNow()
{
    m_sendNow = true;
    start();
}

void ApiRequest::abort()
{
    if (m_done || m_aborted)
        return;
    m_aborted = true;
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished() with Aborted
        return;
    }
    finish(cancelled());
}

ApiError ApiRequest::cancelled()
{
    return ApiError::aborted(tr("cancelled"));
}

QString ApiRequest::projectId() const
{
    const QString id = m_client ? m_client->projectId() : QString();
    if (id.isEmpty() && m_validating)
        return QStringLiteral("00000000000000000000000000000000");
    return id;
}

void ApiRequest::attempt()
{
    if (m_done || m_aborted || !m_client)
        return;
    ++m_attempt;
    Authenticator *auth = m_client->authenticator();
    if (!m_call.authenticated || !m_call.prepareAuth || !auth) {
        m_client->whenUnthrottled(m_call.service, this, [this] { send(); });
        return;
    }
    QPointer<ApiRequest> self(this);
    auth->ensureReady(m_client, [self](const ApiError &error) {
        if (!self || self->m_done || self->m_aborted)
            return;
        if (error.isError()) {
            self->finish(error);
            return;
        }
        self->m_client->whenUnthrottled(self->m_call.service, self, [self] {
            if (self)
                self->send();
        });
    });
}

void ApiRequest::send()
{
    if (m_done || m_aborted || !m_client)
        return;
    // Built again now that credentials are ready: the project id may have been learnt from the token.
    QString buildRefusal;
    m_call = buildCall(&buildRefusal);
    if (!buildRefusal.isEmpty()) {
        finish(ApiError::refused(buildRefusal));
        return;
    }
    m_body.clear();
    m_tooLarge = false;
    m_timedOut = false;
    m_sslErrors.clear();
    m_httpStatus = 0;
    if (Authenticator *auth = m_client->authenticator())
        m_authGeneration = auth->generation();
    QString refusal;
    QNetworkReply *reply = m_client->send(m_call, m_requestId, &refusal);
    if (!reply) {
        finish(ApiError::refused(refusal));
        return;
    }
    m_reply = reply;
    m_elapsed.start();
    connect(reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_sslErrors = texts.join(QLatin1String("; "));
    });
    // The transfer timeout only catches silence; a body that trickles forever needs a hard deadline.
    m_deadline.start(std::max(1000, m_client->connection().transferTimeoutMs * 4));
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    const qint64 cap = m_client ? m_client->maxBodyBytes() : 0;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (cap > 0 && length.isValid() && length.toLongLong() > cap) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    if (m_body.isEmpty() && length.isValid() && length.toLongLong() > 0)
        m_body.reserve(qsizetype(length.toLongLong())); // at most the cap: checked above
    absorb(m_reply);
}

bool ApiRequest::absorb(QNetworkReply *reply)
{
    const qint64 cap = m_client ? m_client->maxBodyBytes() : 0;
    // Never more than one byte past the cap: what a hostile server sends beyond it is not even
    // copied here, however much Qt received in one go. And never more than is there:
    // QIODevice::read(n) allocates n bytes up front.
    m_body +=
        cap > 0 ? reply->read(std::min(reply->bytesAvailable(), std::max<qint64>(0, cap + 1 - m_body.size())))
                : reply->readAll();
    if (cap > 0 && m_body.size() > cap) {
        m_tooLarge = true;
        m_body.clear();
        m_body.squeeze();
        if (reply->isRunning())
            reply->abort();
        return false;
    }
    return true;
}

void ApiRequest::onDeadline()
{
    if (m_reply && !m_done) {
        m_timedOut = true;
        m_reply->abort();
    }
}

ApiError ApiRequest::classify(QNetworkReply *reply, const QByteArray &body)
{
    ApiError e;
    const bool post = !m_call.idempotent;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_httpStatus = status;
    const QNetworkReply::NetworkError netError = reply->error();
    if (m_aborted) {
        e = cancelled();
        e.ambiguous = post;
        return e;
    }
    if (m_tooLarge) {
        e.kind = ApiError::Kind::TooLarge;
        e.message =
            tr("more than %1 MiB; the rest was not read").arg(m_client->maxBodyBytes() / (1024 * 1024));
        e.ambiguous = post;
        return e;
    }
    if (m_timedOut || netError == QNetworkReply::OperationCanceledError ||
        netError == QNetworkReply::TimeoutError) {
        e.kind = ApiError::Kind::Timeout;
        e.message = tr("%1 s without a complete answer from %2")
                        .arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 1)
                        .arg(reply->url().host());
        e.ambiguous = post;
        return e;
    }
    if (status >= 300 && status < 400) {
        const QString location = QString::fromUtf8(reply->rawHeader("Location")).left(200);
        e = ApiError::refused(tr("the server redirected to %1; redirects are not followed so the "
                                 "credentials stay with the configured endpoint")
                                  .arg(location.isEmpty() ? tr("another address") : location));
        e.httpStatus = status;
        return e;
    }
    if (status >= 400) {
        e = parseErrorBody(status, body);
        if (e.requestId.isEmpty())
            e.requestId = QString::fromLatin1(m_requestId);
        const QByteArray retryAfter = reply->rawHeader("Retry-After").trimmed();
        if (!retryAfter.isEmpty()) {
            bool ok = false;
            const qint64 seconds = retryAfter.toLongLong(&ok);
            if (ok && seconds >= 0) {
                e.retryAfterSeconds = int(std::min<qint64>(seconds, 365LL * 24 * 3600));
            } else {
                const QDateTime when =
                    QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
                if (when.isValid())
                    e.retryAfterSeconds =
                        int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
            }
        }
        e.ambiguous = post && status >= 500;
        return e;
    }
    if (netError != QNetworkReply::NoError) {
        e.kind = ApiError::Kind::Network;
        e.message = reply->errorString();
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
            e.code = QStringLiteral("connection-refused");
            break; // nothing reached the server: not ambiguous
        case QNetworkReply::HostNotFoundError:
            e.code = QStringLiteral("host-not-found");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            e.code = QStringLiteral("tls");
            e.message =
                tr("the TLS certificate of %1 is not trusted (%2); add its CA certificate to the "
                   "connection to trust it")
                    .arg(reply->url().host(), m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors);
            break;
        case QNetworkReply::ContentReSendError:
            // Qt wanted to send it again after the connection closed; OneShotBody refused.
            e.code = QStringLiteral("dropped");
            e.message = tr("the connection to %1 closed before the answer arrived").arg(reply->url().host());
            e.ambiguous = post;
            break;
        default:
            // Dropped after sending (or mid-answer): the cloud may have acted on it.
            e.code = status > 0 ? QStringLiteral("cut-off") : QStringLiteral("dropped");
            e.ambiguous = post;
            break;
        }
        return e;
    }
    if (status < 200) {
        e.kind = ApiError::Kind::BadBody;
        e.message = tr("no HTTP status in the answer");
        e.ambiguous = post;
    }
    return e;
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_deadline.stop();
    // An aborted reply (deadline, cancel) is closed: reading it would only log "device not open".
    if (!m_tooLarge && reply->isOpen())
        absorb(reply);
    m_reply = nullptr;
    reply->deleteLater();

    ApiError error = classify(reply, m_body);
    qCDebug(lcApi).noquote() << "<-" << m_call.method << reply->url().path() << "status" << m_httpStatus
                             << "in" << m_elapsed.elapsed() << "ms," << m_body.size() << "bytes"
                             << (error.isError() ? error.describe() : QString());
    if (!error.isError()) {
        readHeaders(reply);
        QString why;
        if (parse(m_body, &why)) {
            finish(error);
            return;
        }
        error = bodyError(why);
    }
    if (m_aborted || !m_client) {
        finish(error);
        return;
    }
    Authenticator *auth = m_client->authenticator();
    const bool canReauth = m_call.authenticated && auth && auth->canReauthenticate();
    const RetryPolicy::Decision decision =
        m_client->retryPolicy().decide(error, m_call.idempotent, canReauth, m_attempt, m_reauthenticated);
    switch (decision.action) {
    case RetryPolicy::Action::Finish:
        finish(error);
        return;
    case RetryPolicy::Action::ReauthenticateAndRetry:
        qCInfo(lcApi) << "401 from" << m_call.method << reply->url().path() << "- authenticating again once";
        m_reauthenticated = true;
        auth->invalidate(m_authGeneration);
        Q_EMIT retrying(error, 0);
        attempt();
        return;
    case RetryPolicy::Action::Retry:
        if (error.isThrottled())
            m_client->noteThrottled(m_call.service, decision.delayMs, decision.retryAfterCapped);
        qCInfo(lcApi).noquote() << "retrying" << m_call.method << reply->url().path() << "in"
                                << decision.delayMs << "ms after:" << error.describe();
        Q_EMIT retrying(error, decision.delayMs);
        QTimer::singleShot(decision.delayMs, this, &ApiRequest::attempt);
        return;
    }
}

ApiError ApiRequest::bodyError(const QString &why) const
{
    ApiError error = ApiError::badBody(why);
    error.httpStatus = m_httpStatus;
    error.requestId = QString::fromLatin1(m_requestId);
    // A POST answered 2xx took effect even though we cannot read the answer.
    error.ambiguous = !m_call.idempotent;
    return error;
}

void ApiRequest::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_error = error;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace ElbDesk
