#include "profilestore.h"

#include "logging.h"

#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace ElbDesk {

namespace {

const QString kGroupPrefix = QStringLiteral("connection.");
const QString kSchemaVersion = QStringLiteral("schemaVersion");

// Per-connection keys. Only these are written; there is deliberately none for a secret.
namespace Key {
const QString name = QStringLiteral("name");
const QString cloud = QStringLiteral("cloud");
const QString region = QStringLiteral("region");
const QString elbEndpoint = QStringLiteral("elbEndpoint");
const QString iamEndpoint = QStringLiteral("iamEndpoint");
const QString auth = QStringLiteral("auth");
const QString signing = QStringLiteral("signing");
const QString userName = QStringLiteral("userName");
const QString domainName = QStringLiteral("domainName");
const QString projectName = QStringLiteral("projectName");
const QString projectId = QStringLiteral("projectId");
const QString accessKey = QStringLiteral("accessKey");
const QString caFile = QStringLiteral("caFile");
const QString pageSize = QStringLiteral("pageSize");
const QString maxMembersPerRequest = QStringLiteral("maxMembersPerRequest");
const QString transferTimeoutMs = QStringLiteral("transferTimeoutMs");
const QString secretKeys = QStringLiteral("secretKeys");
} // namespace Key

// Names a hand-edited or foreign file might use for a secret; migrate() removes them.
bool looksLikeSecretKey(const QString &key)
{
    static const QStringList names = {
        QStringLiteral("password"), QStringLiteral("secret"), QStringLiteral("secretKey"),
        QStringLiteral("secret_key"), QStringLiteral("sk"), QStringLiteral("token"),
        QStringLiteral("authToken"),
    };
    return names.contains(key, Qt::CaseInsensitive);
}

QString authToString(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::AkSk:
        return QStringLiteral("aksk");
    case AuthMethod::Token:
        return QStringLiteral("token");
    }
    return QStringLiteral("password");
}

AuthMethod authFromString(const QString &text)
{
    if (text.compare(QLatin1String("aksk"), Qt::CaseInsensitive) == 0)
        return AuthMethod::AkSk;
    if (text.compare(QLatin1String("token"), Qt::CaseInsensitive) == 0)
        return AuthMethod::Token;
    return AuthMethod::Password;
}

QString signingToString(SigningScheme signing)
{
    return signing == SigningScheme::B ? QStringLiteral("B") : QStringLiteral("A");
}

SigningScheme signingFromString(const QString &text)
{
    return text.compare(QLatin1String("B"), Qt::CaseInsensitive) == 0 ? SigningScheme::B
                                                                      : SigningScheme::A;
}

bool isUsableId(const QString &id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.contains(QLatin1Char('\\'));
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
{
    migrate();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/connections.ini");
}

QString ProfileStore::filePath() const
{
    return m_settings.fileName();
}

int ProfileStore::schemaVersion() const
{
    return m_settings.value(kSchemaVersion, 0).toInt();
}

void ProfileStore::migrate()
{
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        qCWarning(lcStore) << "connections file" << filePath() << "has schema version" << version
                           << "- newer than this build's" << SchemaVersion << "; left unchanged";
        return;
    }

    // Version 0 (no version key) -> 1: the layout is the same; just stamp the version.

    // In every version: the file never holds a secret. Remove anything that looks like one.
    bool changed = version != SchemaVersion;
    const QStringList ids = connectionIds();
    for (const QString &id : ids) {
        m_settings.beginGroup(groupFor(id));
        const QStringList keys = m_settings.childKeys();
        for (const QString &key : keys) {
            if (looksLikeSecretKey(key)) {
                qCWarning(lcStore) << "removed a secret-looking value" << key << "of connection"
                                   << id << "from" << filePath();
                m_settings.remove(key);
                changed = true;
            }
        }
        m_settings.endGroup();
    }

    if (changed) {
        m_settings.setValue(kSchemaVersion, SchemaVersion);
        sync();
    }
}

QList<Connection> ProfileStore::connections() const
{
    QList<Connection> result;
    const QStringList ids = connectionIds();
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(load(id));
    std::sort(result.begin(), result.end(), [](const Connection &a, const Connection &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Connection> ProfileStore::byName(const QString &name) const
{
    const QList<Connection> all = connections();
    for (const Connection &connection : all) {
        if (connection.name == name)
            return connection;
    }
    return std::nullopt;
}

std::optional<Connection> ProfileStore::byId(const QString &id) const
{
    if (!isUsableId(id) || !exists(id))
        return std::nullopt;
    return load(id);
}

bool ProfileStore::isNameTaken(const QString &name, const QString &exceptId) const
{
    const QStringList ids = connectionIds();
    for (const QString &id : ids) {
        if (id != exceptId && m_settings.value(keyPath(id, Key::name)).toString() == name)
            return true;
    }
    return false;
}

QString ProfileStore::save(const Connection &connection)
{
    QString id = connection.id;
    if (!isUsableId(id)) {
        if (!id.isEmpty())
            qCWarning(lcStore) << "connection id" << id << "is not usable; assigning a new one";
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    const QStringList keptSecretKeys = secretKeys(id);
    m_settings.remove(groupFor(id)); // replace, so no stale key survives

    m_settings.beginGroup(groupFor(id));
    m_settings.setValue(Key::name, connection.name);
    m_settings.setValue(Key::cloud, connection.cloud);
    m_settings.setValue(Key::region, connection.region);
    m_settings.setValue(Key::elbEndpoint, connection.elbEndpoint.toString());
    m_settings.setValue(Key::iamEndpoint, connection.iamEndpoint.toString());
    m_settings.setValue(Key::auth, authToString(connection.auth));
    m_settings.setValue(Key::signing, signingToString(connection.signing));
    m_settings.setValue(Key::userName, connection.userName);
    m_settings.setValue(Key::domainName, connection.domainName);
    m_settings.setValue(Key::projectName, connection.projectName);
    m_settings.setValue(Key::projectId, connection.projectId);
    m_settings.setValue(Key::accessKey, connection.accessKey);
    m_settings.setValue(Key::caFile, connection.caFile);
    m_settings.setValue(Key::pageSize, connection.pageSize);
    m_settings.setValue(Key::maxMembersPerRequest, connection.maxMembersPerRequest);
    m_settings.setValue(Key::transferTimeoutMs, connection.transferTimeoutMs);
    if (!keptSecretKeys.isEmpty())
        m_settings.setValue(Key::secretKeys, keptSecretKeys);
    m_settings.endGroup();
    if (schemaVersion() == 0)
        m_settings.setValue(kSchemaVersion, SchemaVersion);
    sync();

    qCDebug(lcStore) << "saved connection" << id << connection.name;
    Q_EMIT connectionsChanged();
    return id;
}

void ProfileStore::remove(const QString &id)
{
    if (!isUsableId(id) || !exists(id))
        return;
    m_settings.remove(groupFor(id));
    sync();
    qCDebug(lcStore) << "removed connection" << id;
    Q_EMIT connectionsChanged();
}

QStringList ProfileStore::secretKeys(const QString &id) const
{
    if (!isUsableId(id))
        return {};
    return m_settings.value(keyPath(id, Key::secretKeys)).toStringList();
}

void ProfileStore::recordSecretKey(const QString &id, const QString &key)
{
    if (!isUsableId(id) || !exists(id)) {
        qCWarning(lcStore) << "not recording secret key" << key << "for unknown connection" << id;
        return;
    }
    QStringList keys = secretKeys(id);
    if (keys.contains(key))
        return;
    keys.append(key);
    m_settings.setValue(keyPath(id, Key::secretKeys), keys);
    sync();
}

void ProfileStore::forgetSecretKey(const QString &id, const QString &key)
{
    if (!isUsableId(id) || !exists(id))
        return;
    QStringList keys = secretKeys(id);
    if (keys.removeAll(key) == 0)
        return;
    if (keys.isEmpty())
        m_settings.remove(keyPath(id, Key::secretKeys));
    else
        m_settings.setValue(keyPath(id, Key::secretKeys), keys);
    sync();
}

QSettings::Status ProfileStore::status() const
{
    return m_settings.status();
}

// The INI section of one connection: "connection.<id>".
QString ProfileStore::groupFor(const QString &id)
{
    return kGroupPrefix + id;
}

QString ProfileStore::keyPath(const QString &id, const QString &key)
{
    return groupFor(id) + QLatin1Char('/') + key;
}

QStringList ProfileStore::connectionIds() const
{
    QStringList ids;
    const QStringList groups = m_settings.childGroups();
    for (const QString &group : groups) {
        if (group.startsWith(kGroupPrefix) && group.size() > kGroupPrefix.size())
            ids.append(group.mid(kGroupPrefix.size()));
    }
    return ids;
}

bool ProfileStore::exists(const QString &id) const
{
    return m_settings.contains(keyPath(id, Key::name));
}

Connection ProfileStore::load(const QString &id) const
{
    const auto text = [&](const QString &key) { return m_settings.value(keyPath(id, key)).toString(); };
    const auto number = [&](const QString &key, int fallback) {
        bool ok = false;
        const int value = m_settings.value(keyPath(id, key)).toInt(&ok);
        return ok ? value : fallback;
    };

    const Connection defaults;
    Connection connection;
    connection.id = id;
    connection.name = text(Key::name);
    connection.cloud = text(Key::cloud);
    connection.region = text(Key::region);
    connection.elbEndpoint = QUrl(text(Key::elbEndpoint));
    connection.iamEndpoint = QUrl(text(Key::iamEndpoint));
    connection.auth = authFromString(text(Key::auth));
    connection.signing = signingFromString(text(Key::signing));
    connection.userName = text(Key::userName);
    connection.domainName = text(Key::domainName);
    connection.projectName = text(Key::projectName);
    connection.projectId = text(Key::projectId);
    connection.accessKey = text(Key::accessKey);
    connection.caFile = text(Key::caFile);
    connection.pageSize = number(Key::pageSize, defaults.pageSize);
    connection.maxMembersPerRequest = number(Key::maxMembersPerRequest, defaults.maxMembersPerRequest);
    connection.transferTimeoutMs = number(Key::transferTimeoutMs, defaults.transferTimeoutMs);
    return connection;
}

void ProfileStore::sync()
{
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        qCWarning(lcStore) << "could not write" << filePath() << "status" << m_settings.status();
}

} // namespace ElbDesk
