#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ElbDesk {

// Where openstacksdk looks for clouds.yaml and secure.yaml, in its order:
//   $OS_CLIENT_CONFIG_FILE (clouds) / $OS_CLIENT_SECURE_FILE (secure), then
//   ./, $XDG_CONFIG_HOME/openstack/ (default ~/.config/openstack/), /etc/openstack/
// with the names clouds.yaml, clouds.yml (secure.yaml, secure.yml). The first file that exists
// is used; files are only ever read.
class CloudsYamlLocator
{
public:
    struct Found
    {
        QString cloudsFile; // empty: none found
        QString secureFile; // empty: none found
    };

    // Every candidate path, in search order (`home` and `cwd` given for tests).
    static QStringList cloudsCandidates(const QProcessEnvironment &env, const QString &cwd,
                                        const QString &home);
    static QStringList secureCandidates(const QProcessEnvironment &env, const QString &cwd,
                                        const QString &home);

    static Found locate(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static Found locate(const QProcessEnvironment &env, const QString &cwd, const QString &home);

    // Reads at most `maxBytes` (clouds.yaml files are small; a huge file is an error).
    static bool readFile(const QString &path, QByteArray *content, QString *error, qint64 maxBytes = 1 << 20);
};

} // namespace ElbDesk
