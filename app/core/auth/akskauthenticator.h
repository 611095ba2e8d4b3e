#pragma once

#include "api/connection.h"
#include "auth/authenticator.h"

namespace ElbDesk {

// AK/SK request signing (scheme A by default, B selectable). Nothing to fetch except, when only a
// project name is configured, the project id from IAM (itself a signed request).
class AkSkAuthenticator final : public Authenticator
{
    Q_OBJECT
public:
    AkSkAuthenticator(const QString &accessKey, const QString &secretKey, SigningScheme scheme,
                      QObject *parent = nullptr);
    ~AkSkAuthenticator() override;

    void ensureReady(ApiClient *client, Ready done) override;
    void authorize(QNetworkRequest &request, const QByteArray &method, const QByteArray &body) override;
    [[nodiscard]] QString projectId() const override { return m_projectId; }
    [[nodiscard]] QString describe() const override;
    // For tests: a fixed signing time instead of the clock.
    void setFixedTime(const QDateTime &utc) { m_fixedTime = utc; }
    // The value a Host header carries for this URL: host, plus the port when it is not the default.
    static QByteArray hostHeader(const QUrl &url);

private:
    QByteArray m_accessKey;
    QByteArray m_secretKey;
    SigningScheme m_scheme;
    QString m_projectId;
    QDateTime m_fixedTime;
};

} // namespace ElbDesk
