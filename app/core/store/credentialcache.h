#pragma once

#include "api/connection.h"
#include "store/secretstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace ElbDesk {

// The credentials of every connection used in this run, in memory only.
//
// credentialsFor() reads the connection's secret from the SecretStore the first time it is asked
// for it and answers from memory afterwards, so the keychain is asked once per connection and run
// (one prompt at most, operators-and-peers.md §3.4). Callers that ask while that read is under way
// share it. A failed read is not remembered: asking again (after unlocking the keyring) reads again.
//
// "Session only" credentials (setSessionOnly) were never written anywhere: the operator chose
// them when the keychain failed, or they are a pasted token, which is never stored.
//
// Every answer is asynchronous (never from inside credentialsFor()) and comes exactly once while
// this cache and its SecretStore exist; it is dropped if either is destroyed first.
class CredentialCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialCache)

public:
    // `credentials` holds the secret the connection's auth method needs; `result` says where it
    // came from: Ok (memory or keychain) or the keychain's failure (NotFound, Locked, …), with the
    // secret never in result.secret.
    using Done = std::function<void(const Credentials &credentials, const SecretResult &result)>;

    explicit CredentialCache(SecretStore *store, QObject *parent = nullptr);
    ~CredentialCache() override;

    [[nodiscard]] SecretStore *secretStore() const { return m_store; }

    // Password auth: SecretStore::keyFor(c.id, kindPassword()); AK/SK: kindSecretKey(). Token
    // auth never touches the store: a session-only token, or NotFound ("paste it again").
    void credentialsFor(const Connection &c, Done done);

    // Keeps `credentials` for this run only; nothing is written anywhere.
    void setSessionOnly(const QString &connectionId, const Credentials &credentials);
    // Remembers credentials that were just written to the keychain, so the next credentialsFor()
    // does not read them back. A token is never kept here: use setSessionOnly() for one.
    void remember(const QString &connectionId, const Credentials &credentials);
    // Drops what is known about a connection (its secret changed, or it was deleted). A read still
    // under way answers its callers but is not cached.
    void forget(const QString &connectionId);

    [[nodiscard]] bool isSessionOnly(const QString &connectionId) const;
    // True when credentialsFor() would answer from memory for this auth method.
    [[nodiscard]] bool has(const QString &connectionId, AuthMethod auth) const;

    // The field of `credentials` that `auth` uses (password, secret key or token).
    [[nodiscard]] static QString secretFor(const Credentials &credentials, AuthMethod auth);
    // The SecretStore kind a method's secret is stored under; empty for a token (never stored).
    [[nodiscard]] static QString kindFor(AuthMethod auth);

private:
    struct Entry
    {
        Credentials credentials;
        bool sessionOnly = false;
    };
    struct PendingRead
    {
        AuthMethod auth = AuthMethod::Password;
        int generation = 0;
        QList<Done> waiters;
    };

    void answerLater(Done done, const Credentials &credentials, const SecretResult &result);
    void onRead(const QString &pendingKey, const QString &connectionId, const SecretResult &result);

    QPointer<SecretStore> m_store;
    QHash<QString, Entry> m_entries;       // by connection id
    QHash<QString, PendingRead> m_pending; // by SecretStore key
    QHash<QString, int> m_generations;     // by connection id; bumped by forget()
};

} // namespace ElbDesk
