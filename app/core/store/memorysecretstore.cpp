#include "memorysecretstore.h"

#include "logging.h"

#include <algorithm>

namespace ElbDesk {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString &key, Callback callback)
{
    if (failIfSet(callback))
        return;
    SecretResult result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        result.status = SecretResult::Status::NotFound;
        result.detail = QStringLiteral("Entry not found");
    } else {
        result.status = SecretResult::Status::Ok;
        result.secret = *it;
    }
    qCDebug(lcStore) << "memory read" << key << SecretResult::statusName(result.status);
    deliver(callback, result);
}

void MemorySecretStore::write(const QString &key, const QString &secret, Callback callback)
{
    if (failIfSet(callback))
        return;
    m_secrets.insert(key, secret);
    qCDebug(lcStore) << "memory write" << key;
    SecretResult result;
    result.status = SecretResult::Status::Ok;
    deliver(callback, result);
}

void MemorySecretStore::remove(const QString &key, Callback callback)
{
    if (failIfSet(callback))
        return;
    m_secrets.remove(key);
    qCDebug(lcStore) << "memory remove" << key;
    SecretResult result;
    result.status = SecretResult::Status::Ok; // removing a missing key is not an error
    deliver(callback, result);
}

void MemorySecretStore::setFailure(SecretResult::Status status, const QString &detail)
{
    m_failure = status;
    m_failureDetail = detail;
}

QStringList MemorySecretStore::keys() const
{
    QStringList result = m_secrets.keys();
    std::sort(result.begin(), result.end());
    return result;
}

void MemorySecretStore::clear()
{
    m_secrets.clear();
}

bool MemorySecretStore::failIfSet(const Callback &callback)
{
    if (m_failure == SecretResult::Status::Ok)
        return false;
    SecretResult result;
    result.status = m_failure;
    result.detail = m_failureDetail.isEmpty()
        ? QStringLiteral("simulated failure: %1").arg(SecretResult::statusName(m_failure))
        : m_failureDetail;
    deliver(callback, result);
    return true;
}

} // namespace ElbDesk
