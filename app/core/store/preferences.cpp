#include "preferences.h"

#include <QSettings>
#include <QStandardPaths>

namespace ElbDesk {

QString Preferences::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/preferences.ini");
}

QVariant Preferences::value(const QString &key, const QVariant &fallback)
{
    return QSettings(filePath(), QSettings::IniFormat).value(key, fallback);
}

void Preferences::setValue(const QString &key, const QVariant &value)
{
    QSettings settings(filePath(), QSettings::IniFormat);
    settings.setValue(key, value);
}

} // namespace ElbDesk
