#include "secretstore.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace ElbDesk {

namespace {
// Named tr() so that lupdate finds the strings; they are SecretResult's (its context for lupdate).
QString tr(const char *text)
{
    return QCoreApplication::translate("ElbDesk::SecretResult", text);
}
} // namespace

QString SecretResult::userMessage() const
{
    return userMessage(status);
}

QString SecretResult::userMessage(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("The keyring operation succeeded.");
    case Status::NotFound:
        return tr("No secret is stored in the keyring for this connection. Enter it again; "
                  "it will be saved in the keyring.");
    case Status::NoSessionBus:
        return tr("The system keyring cannot be reached because there is no D-Bus session bus. "
                  "Start ELB Desk from a desktop session (or inside dbus-run-session), "
                  "or keep the secret for this session only.");
    case Status::NoSecretService:
        return tr("No Secret Service provider such as GNOME Keyring or KWallet is running. "
                  "Install and start one (for example the gnome-keyring package), "
                  "or keep the secret for this session only.");
    case Status::Locked:
        return tr("The keyring is locked and cannot ask for its password here. Unlock it "
                  "(for example by logging in to the desktop or with Seahorse) and try again, "
                  "or keep the secret for this session only.");
    case Status::Denied:
        return tr("Access to the keyring was denied. Allow ELB Desk to use the keyring and "
                  "try again, or keep the secret for this session only.");
    case Status::OtherError:
        break;
    }
    return tr("The keyring reported an error (see the details). Try again, "
              "or keep the secret for this session only.");
}

QString SecretResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("Ok");
    case Status::NotFound:
        return QStringLiteral("NotFound");
    case Status::NoSessionBus:
        return QStringLiteral("NoSessionBus");
    case Status::NoSecretService:
        return QStringLiteral("NoSecretService");
    case Status::Locked:
        return QStringLiteral("Locked");
    case Status::Denied:
        return QStringLiteral("Denied");
    case Status::OtherError:
        break;
    }
    return QStringLiteral("OtherError");
}

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &connectionId, const QString &kind)
{
    return connectionId + QLatin1Char('/') + kind;
}

QString SecretStore::kindPassword()
{
    return QStringLiteral("password");
}

QString SecretStore::kindSecretKey()
{
    return QStringLiteral("secret-key");
}

void SecretStore::deliver(const Callback &callback, const SecretResult &result)
{
    if (!callback)
        return;
    // Queued on this object: runs from the event loop after the current call has returned, and is
    // dropped if the store is destroyed first.
    QMetaObject::invokeMethod(
        this, [callback, result] { callback(result); }, Qt::QueuedConnection);
}

} // namespace ElbDesk
