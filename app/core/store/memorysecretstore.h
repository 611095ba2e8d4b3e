#pragma once

#include "secretstore.h"

#include <QHash>
#include <QStringList>

namespace ElbDesk {

// Keeps secrets in this process only: for tests about other things, and for the operator's
// "use for this session only" choice when the keychain is unavailable. Nothing touches the disk.
// Answers asynchronously, like the real keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, Callback callback) override;
    void write(const QString &key, const QString &secret, Callback callback) override;
    void remove(const QString &key, Callback callback) override;

    // Make every following operation fail with `status` (and `detail`) without touching the stored
    // secrets, e.g. to drive the GUI's keychain error paths. Status::Ok switches failures off.
    void setFailure(SecretResult::Status status, const QString &detail = {});
    [[nodiscard]] SecretResult::Status failure() const { return m_failure; }

    [[nodiscard]] bool contains(const QString &key) const { return m_secrets.contains(key); }
    [[nodiscard]] QStringList keys() const;
    void clear();

private:
    [[nodiscard]] bool failIfSet(const Callback &callback);

    QHash<QString, QString> m_secrets;
    SecretResult::Status m_failure = SecretResult::Status::Ok;
    QString m_failureDetail;
};

} // namespace ElbDesk
