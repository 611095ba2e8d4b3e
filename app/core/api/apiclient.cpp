#include "apiclient.h"

#include "auth/authenticator.h"
#include "api/oneshotbody.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace ElbDesk {

ApiClient::ApiClient(QNetworkAccessManager *nam, const Connection &connection, Authenticator *authenticator,
                     QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_connection(connection)
    , m_authenticator(authenticator)
{
    if (m_authenticator && !m_authenticator->parent())
        m_authenticator->setParent(this);
}

ApiClient::~ApiClient() = default;

QString ApiClient::projectId() const
{
    if (!m_connection.projectId.isEmpty())
        return m_connection.projectId;
    return m_authenticator ? m_authenticator->projectId() : QString();
}

QString ApiClient::refusalFor(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a usable endpoint URL").arg(url.toDisplayString());
    if (url.scheme() == QLatin1String("https"))
        return QString();
    if (url.scheme() == QLatin1String("http")) {
        const QString host = url.host();
        const QHostAddress address(host);
        if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return QString();
        return tr("plain http to %1 is not allowed; use https (plain http is accepted for loopback "
                  "addresses only)")
            .arg(host);
    }
    return tr("unsupported URL scheme \"%1\"").arg(url.scheme());
}

QUrl ApiClient::urlFor(const HttpCall &call) const
{
    QUrl base = call.service == Service::Elb ? m_connection.elbEndpoint : m_connection.iamEndpoint;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (call.service == Service::Iam && prefix.endsWith(QLatin1String("/v3")))
        prefix.chop(3);
    QUrl url = base;
    url.setPath(prefix + call.path);
    if (!call.query.isEmpty()) {
        QUrlQuery query;
        query.setQueryItems(call.query);
        url.setQuery(query);
    } else {
        url.setQuery(QString());
    }
    url.setFragment(QString());
    return url;
}

QString ApiClient::loadCaFile()
{
    if (m_connection.caFile.isEmpty())
        return QString();
    QFile file(m_connection.caFile);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read the CA file %1: %2").arg(m_connection.caFile, file.errorString());
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return tr("the CA file %1 holds no PEM certificate").arg(m_connection.caFile);
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl->addCaCertificates(certs);
    return QString();
}

QByteArray ApiClient::newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

QNetworkReply *ApiClient::send(const HttpCall &call, const QByteArray &requestId, QString *refusal)
{
    const QUrl url = urlFor(call);
    *refusal = refusalFor(url);
    if (!refusal->isEmpty())
        return nullptr;
    if (!m_nam) {
        *refusal = tr("no network access manager");
        return nullptr;
    }
    QNetworkRequest request(url);
    // A redirect would carry the token to wherever the server points: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_connection.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "ElbDesk/" ELBDESK_VERSION);
    request.setRawHeader("X-Request-Id", requestId);
    if (!call.body.isEmpty() || call.method != "GET")
        request.setRawHeader("Content-Type", "application/json");
    for (const auto &header : call.extraHeaders)
        request.setRawHeader(header.first, header.second);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    if (call.authenticated && m_authenticator)
        m_authenticator->authorize(request, call.method, call.body);

    qCDebug(lcApi).noquote() << "->" << call.method << url.toString(QUrl::FullyEncoded)
                             << "request-id" << requestId;
    if (call.method == "GET")
        return m_nam->get(request);
    if (call.idempotent)
        return m_nam->sendCustomRequest(request, call.method, call.body);
    // Streamed from a device that cannot be rewound, so Qt cannot re-send it behind our back.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, call.body.size());
    auto *body = new OneShotBody(call.body);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, call.method, body);
    body->setParent(reply);
    return reply;
}

void ApiClient::whenUnthrottled(Service service, QObject *context, std::function<void()> go)
{
    const auto it = m_throttledUntil.constFind(int(service));
    const qint64 remaining = it == m_throttledUntil.constEnd() ? 0 : it->remainingTime();
    if (remaining <= 0) {
        go();
        return;
    }
    QTimer::singleShot(int(remaining), context, std::move(go));
}

void ApiClient::noteThrottled(Service service, int delayMs, bool capped)
{
    QDeadlineTimer &until = m_throttledUntil[int(service)];
    if (until.remainingTime() < delayMs)
        until.setRemainingTime(delayMs);
    qCInfo(lcApi) << "throttled by the API gateway; waiting" << delayMs << "ms" << (capped ? "(capped)" : "");
    Q_EMIT throttled(service, delayMs, capped);
}

} // namespace ElbDesk
