#include "cloudsyamllocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ElbDesk {

namespace {

QStringList candidates(const QProcessEnvironment &env, const QString &cwd, const QString &home,
                       const char *overrideVariable, const char *baseName)
{
    QStringList out;
    const QString explicitFile = env.value(QLatin1String(overrideVariable));
    if (!explicitFile.isEmpty())
        out << explicitFile;
    QString configHome = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (configHome.isEmpty())
        configHome = home + QStringLiteral("/.config");
    QStringList dirs{cwd, configHome + QStringLiteral("/openstack")};
    // openstacksdk looks in the XDG directory and in ~/.config/openstack when they differ.
    const QString unixHome = home + QStringLiteral("/.config/openstack");
    if (!dirs.contains(unixHome))
        dirs << unixHome;
    dirs << QStringLiteral("/etc/openstack");
    for (const QString &dir : dirs) {
        for (const char *ext : {".yaml", ".yml"})
            out << QDir::cleanPath(dir + QLatin1Char('/') + QLatin1String(baseName) + QLatin1String(ext));
    }
    return out;
}

QString firstExisting(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

} // namespace

QStringList CloudsYamlLocator::cloudsCandidates(const QProcessEnvironment &env, const QString &cwd,
                                                const QString &home)
{
    return candidates(env, cwd, home, "OS_CLIENT_CONFIG_FILE", "clouds");
}

QStringList CloudsYamlLocator::secureCandidates(const QProcessEnvironment &env, const QString &cwd,
                                                const QString &home)
{
    return candidates(env, cwd, home, "OS_CLIENT_SECURE_FILE", "secure");
}

CloudsYamlLocator::Found CloudsYamlLocator::locate(const QProcessEnvironment &env)
{
    return locate(env, QDir::currentPath(), QDir::homePath());
}

CloudsYamlLocator::Found CloudsYamlLocator::locate(const QProcessEnvironment &env, const QString &cwd,
                                                   const QString &home)
{
    return Found{firstExisting(cloudsCandidates(env, cwd, home)),
                 firstExisting(secureCandidates(env, cwd, home))};
}

bool CloudsYamlLocator::readFile(const QString &path, QByteArray *content, QString *error, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ElbDesk::CloudsYamlLocator", "%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *content = file.read(maxBytes + 1);
    if (content->size() > maxBytes) {
        *error =
            QCoreApplication::translate("ElbDesk::CloudsYamlLocator", "%1 is too large for a clouds.yaml")
                .arg(QDir::toNativeSeparators(path));
        content->clear();
        return false;
    }
    return true;
}

} // namespace ElbDesk
