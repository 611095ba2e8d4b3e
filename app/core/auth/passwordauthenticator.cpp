#include "passwordauthenticator.h"

#include "api/apiclient.h"
#include "logging.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QPointer>

namespace ElbDesk {

PasswordAuthenticator::PasswordAuthenticator(const QString &password, QObject *parent)
    : Authenticator(parent)
    , m_password(password)
{
    Redactor::addSecret(password);
}

PasswordAuthenticator::~PasswordAuthenticator()
{
    Redactor::removeSecret(m_info.token);
}

qint64 PasswordAuthenticator::refreshMarginMs() const
{
    const qint64 fiveMinutes = 5 * 60 * 1000;
    if (m_info.issuedAt.isValid() && m_info.expiresAt.isValid()) {
        const qint64 lifetime = m_info.issuedAt.msecsTo(m_info.expiresAt);
        if (lifetime > 0)
            return std::min(fiveMinutes, lifetime / 10);
    }
    return fiveMinutes;
}

bool PasswordAuthenticator::tokenUsable() const
{
    if (m_info.token.isEmpty() || !m_info.expiresAt.isValid())
        return false;
    return QDateTime::currentDateTimeUtc().msecsTo(m_info.expiresAt) > refreshMarginMs();
}

void PasswordAuthenticator::ensureReady(ApiClient *client, Ready done)
{
    if (tokenUsable()) {
        done(ApiError());
        return;
    }
    wait(std::move(done));
    if (fetching())
        return;
    setFetching(true);
    qCInfo(lcAuth).noquote() << (m_info.token.isEmpty() ? "requesting an IAM token for" : "renewing the IAM token for")
                             << client->connection().userName << "in domain" << client->connection().domainName;
    auto *request = new IssueTokenRequest(client, m_password, this);
    QPointer<PasswordAuthenticator> self(this);
    connect(request, &ApiRequest::finished, this, [self, request] {
        if (!self)
            return;
        if (request->error().isError()) {
            self->release(request->error());
            return;
        }
        Redactor::removeSecret(self->m_info.token);
        self->m_info = request->info();
        Redactor::addSecret(self->m_info.token);
        ++self->m_generation;
        qCInfo(lcAuth) << "IAM token valid until" << self->m_info.expiresAt.toString(Qt::ISODate) << "for project"
                       << self->m_info.projectId;
        Q_EMIT self->credentialChanged();
        self->release(ApiError());
    });
    request->start();
}

void PasswordAuthenticator::authorize(QNetworkRequest &request, const QByteArray &, const QByteArray &)
{
    request.setRawHeader("X-Auth-Token", m_info.token.toLatin1());
}

void PasswordAuthenticator::invalidate(int generation)
{
    // Only the token the 401 was seen with: many requests failing together renew it once.
    if (generation == m_generation)
        m_info.expiresAt = QDateTime();
}

QString PasswordAuthenticator::describe() const
{
    if (m_info.token.isEmpty())
        return QCoreApplication::translate("ElbDesk::Authenticator", "IAM password, no token yet");
    return QCoreApplication::translate("ElbDesk::Authenticator", "IAM token valid until %1")
        .arg(m_info.expiresAt.toLocalTime().toString(Qt::ISODate));
}

} // namespace ElbDesk
