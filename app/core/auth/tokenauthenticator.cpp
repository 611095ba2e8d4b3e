#include "tokenauthenticator.h"

#include "api/apiclient.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QPointer>

namespace ElbDesk {

TokenAuthenticator::TokenAuthenticator(const QString &token, QObject *parent)
    : Authenticator(parent)
{
    m_info.token = token.trimmed();
    Redactor::addSecret(m_info.token);
}

TokenAuthenticator::~TokenAuthenticator()
{
    Redactor::removeSecret(m_info.token);
}

void TokenAuthenticator::ensureReady(ApiClient *client, Ready done)
{
    // With a project id given there is nothing to fetch; without one, IAM tells us the token's project.
    if (m_validated || !client->connection().projectId.isEmpty()) {
        done(ApiError());
        return;
    }
    wait(std::move(done));
    if (fetching())
        return;
    setFetching(true);
    auto *request = new ValidateTokenRequest(client, m_info.token, this);
    QPointer<TokenAuthenticator> self(this);
    connect(request, &ApiRequest::finished, this, [self, request] {
        if (!self)
            return;
        if (!request->error().isError()) {
            self->m_info = request->info();
            self->m_validated = true;
            Q_EMIT self->credentialChanged();
        }
        self->release(request->error());
    });
    request->start();
}

void TokenAuthenticator::authorize(QNetworkRequest &request, const QByteArray &, const QByteArray &)
{
    request.setRawHeader("X-Auth-Token", m_info.token.toLatin1());
}

QString TokenAuthenticator::describe() const
{
    if (m_info.expiresAt.isValid())
        return QCoreApplication::translate("ElbDesk::Authenticator", "pasted token valid until %1")
            .arg(m_info.expiresAt.toLocalTime().toString(Qt::ISODate));
    return QCoreApplication::translate("ElbDesk::Authenticator", "pasted token (session only)");
}

} // namespace ElbDesk
