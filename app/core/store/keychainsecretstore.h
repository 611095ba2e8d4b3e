#pragma once

#include "secretstore.h"

#include <optional>

namespace ElbDesk {

// SecretStore over QtKeychain: the Secret Service (GNOME Keyring, KWallet) on Linux, the Keychain
// on macOS, the Credential Manager on Windows. Service name "elbdesk", key "<connection-id>/<kind>".
//
// Never enables QtKeychain's insecure (plaintext) fallback. When the keychain fails, the caller
// shows SecretResult::userMessage() and may keep the secret in a MemorySecretStore instead.
//
// Known limits of QtKeychain 0.13.2 (Debian 12) on Linux:
// * Every "no bus" / "no provider" failure arrives as OtherError; the status is recovered from the
//   error text (classify()).
// * Reading from a locked collection that cannot prompt reports "Entry not found" (NotFound):
//   only writes reveal Locked.
// * Removing a key that does not exist succeeds.
// * Jobs are serialised process-wide by QtKeychain, one at a time.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // A different service name, e.g. to keep test entries apart.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    [[nodiscard]] static QString defaultService(); // "elbdesk"
    [[nodiscard]] QString service() const { return m_service; }

    void read(const QString &key, Callback callback) override;
    void write(const QString &key, const QString &secret, Callback callback) override;
    void remove(const QString &key, Callback callback) override;

    // Maps a QKeychain::Error code plus the back end's errorString() to a status. Public for tests.
    [[nodiscard]] static SecretResult::Status classify(int keychainError, const QString &errorString);

    // QKeychain::isAvailable() where the QtKeychain in use has it (0.14+), std::nullopt otherwise:
    // then availability is only learnt from the first job's error.
    [[nodiscard]] static std::optional<bool> backendAvailable();

private:
    enum class Operation { Read, Write, Remove };

    void start(Operation operation, const QString &key, const QString &secret, Callback callback);

    QString m_service;
};

} // namespace ElbDesk
