#pragma once

#include "emulatoroptions.h"
#include "emulatorreply.h"
#include "emulatorrequest.h"

#include <QHash>

namespace ElbDesk::Emulator {

class EmulatorStore;

// The IAM (Keystone v3) part of the sandbox: password tokens (§10.1), token validation, the
// project list, and the user/AK registry the gateway checks requests against.
class EmulatorIam
{
public:
    struct Token
    {
        QString userId;
        QString userName;
        QString domainId;
        QString domainName;
        QString projectId;    // empty: not project-scoped
        bool domainScoped = false;
        qint64 issuedMs = 0;
        qint64 expiresMs = 0;
    };
    enum class TokenState { Valid, Expired, Unknown };

    EmulatorIam(const EmulatorOptions &options, const EmulatorStore &store);

    EmulatorReply issueToken(const EmulatorRequest &request, qint64 nowMs);                  // POST /v3/auth/tokens
    EmulatorReply validateToken(const EmulatorRequest &request, qint64 nowMs) const;         // GET /v3/auth/tokens
    EmulatorReply listProjects(const QString &domainName, const EmulatorRequest &request) const; // GET /v3/projects

    [[nodiscard]] TokenState checkToken(const QByteArray &token, qint64 nowMs, Token *info = nullptr) const;
    void expireToken(const QByteArray &token, qint64 nowMs);
    void expireAll(qint64 nowMs);
    [[nodiscard]] const AccessKey *accessKey(const QByteArray &ak) const;
    [[nodiscard]] int tokenCount() const { return static_cast<int>(m_tokens.size()); }

private:
    [[nodiscard]] QJsonObject tokenBody(const Token &token) const;
    static QByteArray newTokenValue();

    const EmulatorStore &m_store;
    quint32 m_seed;
    qint64 m_lifetimeMs;
    QList<UserAccount> m_users;
    QList<AccessKey> m_keys;
    QHash<QByteArray, Token> m_tokens;
};

} // namespace ElbDesk::Emulator
