#pragma once

#include "auth/authenticator.h"
#include "auth/iamrequests.h"

namespace ElbDesk {

// IAM password authentication: a project-scoped token from POST /v3/auth/tokens, held in memory
// only, renewed before it expires and once after a 401.
class PasswordAuthenticator final : public Authenticator
{
    Q_OBJECT
public:
    explicit PasswordAuthenticator(const QString &password, QObject *parent = nullptr);
    ~PasswordAuthenticator() override;

    void ensureReady(ApiClient *client, Ready done) override;
    void authorize(QNetworkRequest &request, const QByteArray &method, const QByteArray &body) override;
    [[nodiscard]] bool canReauthenticate() const override { return true; }
    void invalidate(int generation) override;
    [[nodiscard]] int generation() const override { return m_generation; }
    [[nodiscard]] QString projectId() const override { return m_info.projectId; }
    [[nodiscard]] QDateTime expiresAt() const override { return m_info.expiresAt; }
    [[nodiscard]] QString describe() const override;
    // Renew when less than this remains (default: 5 min, or a tenth of the lifetime if shorter).
    [[nodiscard]] qint64 refreshMarginMs() const;

private:
    [[nodiscard]] bool tokenUsable() const;

    QString m_password;
    TokenInfo m_info;
    int m_generation = 0;
};

} // namespace ElbDesk
