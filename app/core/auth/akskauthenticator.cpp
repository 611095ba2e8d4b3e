#include "akskauthenticator.h"

#include "api/apiclient.h"
#include "auth/aksksigner.h"
#include "auth/iamrequests.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QPointer>

namespace ElbDesk {

AkSkAuthenticator::AkSkAuthenticator(const QString &accessKey, const QString &secretKey, SigningScheme scheme,
                                     QObject *parent)
    : Authenticator(parent)
    , m_accessKey(accessKey.toLatin1())
    , m_secretKey(secretKey.toUtf8())
    , m_scheme(scheme)
{
    Redactor::addSecret(secretKey);
}

AkSkAuthenticator::~AkSkAuthenticator()
{
    Redactor::removeSecret(QString::fromUtf8(m_secretKey));
}

QByteArray AkSkAuthenticator::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

void AkSkAuthenticator::ensureReady(ApiClient *client, Ready done)
{
    const Connection &c = client->connection();
    if (!c.projectId.isEmpty())
        m_projectId = c.projectId;
    if (!m_projectId.isEmpty()) {
        done(ApiError());
        return;
    }
    if (c.projectName.isEmpty()) {
        done(ApiError::refused(QCoreApplication::translate(
            "ElbDesk::Authenticator", "AK/SK authentication needs a project id or a project name")));
        return;
    }
    wait(std::move(done));
    if (fetching())
        return;
    setFetching(true);
    auto *request = new FindProjectRequest(client, c.projectName, this);
    QPointer<AkSkAuthenticator> self(this);
    connect(request, &ApiRequest::finished, this, [self, request] {
        if (!self)
            return;
        if (!request->error().isError()) {
            self->m_projectId = request->projectId();
            Q_EMIT self->credentialChanged();
        }
        self->release(request->error());
    });
    request->start();
}

void AkSkAuthenticator::authorize(QNetworkRequest &request, const QByteArray &method, const QByteArray &body)
{
    const QDateTime now = m_fixedTime.isValid() ? m_fixedTime : QDateTime::currentDateTimeUtc();
    const QByteArray date = AkSkSigner::sdkDate(now);
    request.setRawHeader("X-Sdk-Date", date);
    SigningInput input;
    input.method = method;
    input.url = request.url();
    input.body = body;
    if (request.hasRawHeader("Content-Type"))
        input.headers.append({"Content-Type", request.rawHeader("Content-Type")});
    input.headers.append({"Host", hostHeader(request.url())});
    input.headers.append({"X-Sdk-Date", date});
    request.setRawHeader("Authorization", AkSkSigner::authorization(input, m_accessKey, m_secretKey, m_scheme));
    // Added after signing, unsigned, as gophertelekomcloud does.
    const QString project = m_projectId;
    if (!project.isEmpty() && !input.url.path().contains(QLatin1String("/v3/")))
        request.setRawHeader("X-Project-Id", project.toLatin1());
}

QString AkSkAuthenticator::describe() const
{
    return QCoreApplication::translate("ElbDesk::Authenticator", "AK/SK signing (scheme %1), access key %2")
        .arg(m_scheme == SigningScheme::A ? QStringLiteral("A") : QStringLiteral("B"),
             QString::fromLatin1(m_accessKey));
}

} // namespace ElbDesk
