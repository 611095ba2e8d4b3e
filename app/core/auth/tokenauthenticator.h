#pragma once

#include "auth/authenticator.h"
#include "auth/iamrequests.h"

namespace ElbDesk {

// A pasted token (or OS_AUTH_TOKEN): used as it is, for this session only; it cannot be renewed.
class TokenAuthenticator final : public Authenticator
{
    Q_OBJECT
public:
    explicit TokenAuthenticator(const QString &token, QObject *parent = nullptr);
    ~TokenAuthenticator() override;

    void ensureReady(ApiClient *client, Ready done) override;
    void authorize(QNetworkRequest &request, const QByteArray &method, const QByteArray &body) override;
    [[nodiscard]] QString projectId() const override { return m_info.projectId; }
    [[nodiscard]] QDateTime expiresAt() const override { return m_info.expiresAt; }
    [[nodiscard]] QString describe() const override;

private:
    TokenInfo m_info;
    bool m_validated = false;
};

} // namespace ElbDesk
