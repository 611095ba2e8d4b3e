#include "keychainsecretstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <initializer_list>

// QTKEYCHAIN_VERSION in keychain.h has been 0x000100 in every release, so it cannot tell 0.13 from
// 0.14. The build may pass the real version (from find_package's Qt6Keychain_VERSION) as
// ELBDESK_QTKEYCHAIN_VERSION = major * 10000 + minor * 100 + patch; without it we assume 0.13.
#if defined(ELBDESK_QTKEYCHAIN_VERSION) && ELBDESK_QTKEYCHAIN_VERSION >= 1400
#define ELBDESK_HAVE_KEYCHAIN_ISAVAILABLE 1
#else
#define ELBDESK_HAVE_KEYCHAIN_ISAVAILABLE 0
#endif

namespace ElbDesk {

namespace {

using Status = SecretResult::Status;

bool containsAny(const QString &text, std::initializer_list<QLatin1String> needles)
{
    for (const QLatin1String &needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("elbdesk");
}

void KeychainSecretStore::read(const QString &key, Callback callback)
{
    start(Operation::Read, key, QString(), std::move(callback));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback callback)
{
    start(Operation::Write, key, secret, std::move(callback));
}

void KeychainSecretStore::remove(const QString &key, Callback callback)
{
    start(Operation::Remove, key, QString(), std::move(callback));
}

void KeychainSecretStore::start(Operation operation, const QString &key, const QString &secret,
                                Callback callback)
{
    const QString opName = operation == Operation::Read    ? QStringLiteral("read")
                         : operation == Operation::Write ? QStringLiteral("write")
                                                         : QStringLiteral("remove");
    if (key.isEmpty()) {
        SecretResult result;
        result.status = Status::OtherError;
        result.detail = QStringLiteral("empty keychain key");
        qCWarning(lcStore) << "keychain" << opName << "refused: empty key";
        deliver(callback, result);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: QtKeychain's back ends keep raw pointers to a running job, so it must live until
    // it has finished; autoDelete (the default) removes it afterwards.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    // The context object `this` drops the answer if the store is gone by then.
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, opName, key, callback](QKeychain::Job *finished) {
                SecretResult result;
                const QKeychain::Error error = finished->error();
                result.detail = error == QKeychain::NoError ? QString() : finished->errorString();
                result.status = classify(error, result.detail);
                if (operation == Operation::Remove && result.status == Status::NotFound)
                    result.status = Status::Ok; // nothing to remove is not a failure
                if (result.ok()) {
                    result.detail.clear();
                    if (operation == Operation::Read)
                        result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                }
                // Key and outcome only: the secret is never logged.
                if (result.ok() || result.status == Status::NotFound) {
                    qCDebug(lcStore) << "keychain" << opName << key << "->"
                                     << SecretResult::statusName(result.status);
                } else {
                    qCWarning(lcStore).nospace()
                        << "keychain " << opName << ' ' << key << " -> "
                        << SecretResult::statusName(result.status) << " (QKeychain error "
                        << int(error) << ": " << result.detail << ')';
                }
                deliver(callback, result);
            });
    qCDebug(lcStore) << "keychain" << opName << key << "started";
    job->start(); // QtKeychain queues the work; finished() comes from the event loop
}

SecretResult::Status KeychainSecretStore::classify(int keychainError, const QString &errorString)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDeniedByUser:
        return Status::Denied;
    default:
        break;
    }

    // QtKeychain 0.13.2 reports bus and provider problems as OtherError (7); the text tells them
    // apart. Strings observed on Debian 12 (libsecret / GDBus) and the KWallet path's own texts.
    if (containsAny(errorString,
                    {QLatin1String("Cannot autolaunch D-Bus"), // DBUS_SESSION_BUS_ADDRESS unset, no $DISPLAY
                     QLatin1String("Failed to connect to bus"),
                     QLatin1String("Could not connect:"),      // address set, but nothing listens there
                     QLatin1String("dbus-launch"),             // autolaunch attempted and failed
                     QLatin1String("D-Bus is not running"),    // KWallet path (QDBusError::NoServer)
                     QLatin1String("org.freedesktop.DBus.Error.NoServer"),
                     QLatin1String("Not connected to D-Bus server")})) {
        return Status::NoSessionBus;
    }
    if (containsAny(errorString,
                    {QLatin1String("org.freedesktop.secrets was not provided"), // no .service file
                     QLatin1String("ServiceUnknown"),
                     QLatin1String("No keychain service available"),           // KWallet path
                     QLatin1String("No keyring daemon")})) {                   // libgnome-keyring path
        return Status::NoSecretService;
    }
    if (containsAny(errorString,
                    {QLatin1String("/org/freedesktop/secrets/collection/"), // no login collection, cannot prompt
                     QLatin1String("locked collection"),                    // "Cannot create an item in a locked collection"
                     QLatin1String("is locked"),
                     QLatin1String("SystemPrompter"),
                     QLatin1String("prompt")})) {
        return Status::Locked;
    }

    switch (keychainError) {
    case QKeychain::AccessDenied:
        return Status::Denied;
    case QKeychain::NoBackendAvailable:
        return Status::NoSecretService;
    default:
        return Status::OtherError;
    }
}

std::optional<bool> KeychainSecretStore::backendAvailable()
{
#if ELBDESK_HAVE_KEYCHAIN_ISAVAILABLE
    return QKeychain::isAvailable();
#else
    return std::nullopt;
#endif
}

} // namespace ElbDesk
