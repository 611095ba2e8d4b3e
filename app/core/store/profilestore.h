#pragma once

#include "api/connection.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace ElbDesk {

// The saved connections, in an INI file (default: <AppConfigLocation>/connections.ini).
//
// Holds NO secret: there is no field for one. Passwords and secret keys live in a SecretStore
// under SecretStore::keyFor(id, kind); this store only remembers which of those key names were
// written per connection (secretKeys()), so deleting a connection can delete all of its secrets:
//
//     const QStringList keys = profiles.secretKeys(id);   // first
//     for (const QString &key : keys) secrets.remove(key, …);
//     profiles.remove(id);
//
// Layout: [General] schemaVersion=N, then one section per connection, [connection.<id>].
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    static constexpr int SchemaVersion = 1;

    explicit ProfileStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);
    ~ProfileStore() override;

    [[nodiscard]] static QString defaultFilePath();
    [[nodiscard]] QString filePath() const;

    // Brings an older file up to SchemaVersion (called by the constructor). A file from a newer
    // version is left as it is. Also drops any secret-looking value found in the file.
    void migrate();
    [[nodiscard]] int schemaVersion() const;

    [[nodiscard]] QList<Connection> connections() const; // sorted by name, case-insensitively
    [[nodiscard]] std::optional<Connection> byName(const QString &name) const;
    [[nodiscard]] std::optional<Connection> byId(const QString &id) const;
    [[nodiscard]] bool isNameTaken(const QString &name, const QString &exceptId = {}) const;

    // Inserts or replaces. Assigns a new UUID (without braces) when connection.id is empty;
    // returns the id used. Secret-key names recorded for the id are kept.
    QString save(const Connection &connection);
    // Forgets the connection and its list of secret-key names (read secretKeys() first).
    void remove(const QString &id);

    [[nodiscard]] QStringList secretKeys(const QString &id) const;
    // Remembers that `key` was written to the SecretStore for connection `id`. Ignored (with a
    // warning) for an unknown id.
    void recordSecretKey(const QString &id, const QString &key);
    void forgetSecretKey(const QString &id, const QString &key);

    // QSettings::NoError unless the last write could not be saved.
    [[nodiscard]] QSettings::Status status() const;

Q_SIGNALS:
    void connectionsChanged();

private:
    [[nodiscard]] static QString groupFor(const QString &id);
    [[nodiscard]] static QString keyPath(const QString &id, const QString &key);
    [[nodiscard]] QStringList connectionIds() const;
    [[nodiscard]] Connection load(const QString &id) const;
    [[nodiscard]] bool exists(const QString &id) const;
    void sync();

    QSettings m_settings;
};

} // namespace ElbDesk
