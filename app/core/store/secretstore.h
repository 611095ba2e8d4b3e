#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ElbDesk {

// The outcome of one SecretStore operation. `detail` is the back end's own error text (never the
// secret); show it next to userMessage() so operators can search for it.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,        // nothing stored under that key (removing a missing key is Ok)
        NoSessionBus,    // no D-Bus session bus to talk to
        NoSecretService, // a bus, but nobody provides org.freedesktop.secrets (or no back end at all)
        Locked,          // a provider, but its collection is locked and it cannot prompt
        Denied,          // the provider or the user refused access
        OtherError,
    };

    Status status = Status::OtherError;
    QString secret;  // only for a successful read
    QString detail;  // the back end's errorString(), untranslated

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
    // Plain words for the operator: what went wrong and what to do about it. One text per status.
    [[nodiscard]] QString userMessage() const;

    [[nodiscard]] static QString userMessage(Status status);
    // A stable, untranslated name for logs and test output ("NoSessionBus").
    [[nodiscard]] static QString statusName(Status status);
};

// Where connection secrets (password, secret key) live. Implementations: KeychainSecretStore (the
// OS keychain) and MemorySecretStore (tests; "use for this session only").
//
// Every call answers through its callback exactly once, always asynchronously: never from inside
// read()/write()/remove(). The callback is not called if the store is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString &key, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, Callback callback) = 0;
    virtual void remove(const QString &key, Callback callback) = 0;

    // "<connection-id>/<kind>", e.g. keyFor(id, kindPassword()).
    [[nodiscard]] static QString keyFor(const QString &connectionId, const QString &kind);
    [[nodiscard]] static QString kindPassword();  // "password"
    [[nodiscard]] static QString kindSecretKey(); // "secret-key"

protected:
    // Calls `callback` with `result` from the event loop (later, never now), unless this store
    // has been destroyed by then. Implementations deliver every result through here.
    void deliver(const Callback &callback, const SecretResult &result);
};

} // namespace ElbDesk
