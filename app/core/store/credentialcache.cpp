#include "credentialcache.h"

#include "logging.h"

#include <QMetaObject>

#include <utility>

namespace ElbDesk {

namespace {

SecretResult resultWith(SecretResult::Status status, const QString &detail = QString())
{
    SecretResult result;
    result.status = status;
    result.detail = detail;
    return result;
}

void setSecret(Credentials &credentials, AuthMethod auth, const QString &secret)
{
    switch (auth) {
    case AuthMethod::Password:
        credentials.password = secret;
        break;
    case AuthMethod::AkSk:
        credentials.secretKey = secret;
        break;
    case AuthMethod::Token:
        credentials.token = secret;
        break;
    }
}

} // namespace

CredentialCache::CredentialCache(SecretStore *store, QObject *parent) : QObject(parent), m_store(store) {}

CredentialCache::~CredentialCache() = default;

QString CredentialCache::secretFor(const Credentials &credentials, AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Password:
        return credentials.password;
    case AuthMethod::AkSk:
        return credentials.secretKey;
    case AuthMethod::Token:
        return credentials.token;
    }
    return QString();
}

QString CredentialCache::kindFor(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Password:
        return SecretStore::kindPassword();
    case AuthMethod::AkSk:
        return SecretStore::kindSecretKey();
    case AuthMethod::Token:
        break;
    }
    return QString();
}

bool CredentialCache::has(const QString &connectionId, AuthMethod auth) const
{
    const auto it = m_entries.constFind(connectionId);
    return it != m_entries.constEnd() && !secretFor(it->credentials, auth).isEmpty();
}

bool CredentialCache::isSessionOnly(const QString &connectionId) const
{
    const auto it = m_entries.constFind(connectionId);
    return it != m_entries.constEnd() && it->sessionOnly;
}

void CredentialCache::credentialsFor(const Connection &c, Done done)
{
    if (!done)
        return;

    const auto it = m_entries.constFind(c.id);
    if (it != m_entries.constEnd() && !secretFor(it->credentials, c.auth).isEmpty()) {
        qCDebug(lcStore) << "credentials of connection" << c.id << "from memory"
                         << (it->sessionOnly ? "(session only)" : "");
        answerLater(std::move(done), it->credentials, resultWith(SecretResult::Status::Ok));
        return;
    }
    if (c.auth == AuthMethod::Token) {
        // A pasted token is never stored, so after a restart there is nothing to read.
        answerLater(std::move(done), Credentials(),
                    resultWith(SecretResult::Status::NotFound,
                               QStringLiteral("a pasted token is kept for one session only")));
        return;
    }
    if (c.id.isEmpty() || !m_store) {
        answerLater(std::move(done), Credentials(),
                    resultWith(SecretResult::Status::OtherError,
                               c.id.isEmpty() ? QStringLiteral("the connection has no id")
                                              : QStringLiteral("no secret store")));
        return;
    }

    const QString key = SecretStore::keyFor(c.id, kindFor(c.auth));
    auto pending = m_pending.find(key);
    if (pending != m_pending.end()) {
        pending->waiters.append(std::move(done)); // share the read under way
        return;
    }
    PendingRead read;
    read.auth = c.auth;
    read.generation = m_generations.value(c.id);
    read.waiters.append(std::move(done));
    m_pending.insert(key, read);

    qCDebug(lcStore) << "credentials of connection" << c.id << "from the secret store," << key;
    const QPointer<CredentialCache> self(this);
    const QString id = c.id;
    m_store->read(key, [self, key, id](const SecretResult &result) {
        if (self)
            self->onRead(key, id, result);
    });
}

void CredentialCache::onRead(const QString &pendingKey, const QString &connectionId,
                             const SecretResult &result)
{
    const PendingRead read = m_pending.take(pendingKey);
    Credentials credentials;
    if (result.ok()) {
        setSecret(credentials, read.auth, result.secret);
        // forget()/setSessionOnly()/remember() since the read started make its answer stale.
        if (read.generation == m_generations.value(connectionId)) {
            Entry &entry = m_entries[connectionId];
            setSecret(entry.credentials, read.auth, result.secret);
        }
    } else {
        qCDebug(lcStore) << "credentials of connection" << connectionId
                         << "not read:" << SecretResult::statusName(result.status);
    }

    SecretResult answer = result;
    answer.secret.clear(); // the secret travels in Credentials only
    for (const Done &waiter : read.waiters)
        waiter(credentials, answer);
}

void CredentialCache::setSessionOnly(const QString &connectionId, const Credentials &credentials)
{
    if (connectionId.isEmpty())
        return;
    m_generations[connectionId] += 1;
    m_entries.insert(connectionId, Entry{credentials, true});
    qCDebug(lcStore) << "credentials of connection" << connectionId << "kept for this session only";
}

void CredentialCache::remember(const QString &connectionId, const Credentials &credentials)
{
    if (connectionId.isEmpty())
        return;
    m_generations[connectionId] += 1;
    Credentials kept = credentials;
    kept.token.clear();
    m_entries.insert(connectionId, Entry{kept, false});
}

void CredentialCache::forget(const QString &connectionId)
{
    m_generations[connectionId] += 1;
    m_entries.remove(connectionId);
    qCDebug(lcStore) << "credentials of connection" << connectionId << "forgotten";
}

void CredentialCache::answerLater(Done done, const Credentials &credentials, const SecretResult &result)
{
    // Queued on this object: after credentialsFor() has returned, and dropped if the cache is gone.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), credentials, result] { done(credentials, result); },
        Qt::QueuedConnection);
}

} // namespace ElbDesk
