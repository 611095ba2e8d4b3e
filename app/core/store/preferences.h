#pragma once

#include <QString>
#include <QVariant>

namespace ElbDesk {

// The operator's preferences of the desktop app (appearance, language, …): one INI file beside the
// connections, <AppConfigLocation>/preferences.ini. Never secrets. A plain QSettings() would depend on
// an organisation name we do not set and land in a different place on every platform.
class Preferences
{
public:
    [[nodiscard]] static QString filePath();
    [[nodiscard]] static QVariant value(const QString &key, const QVariant &fallback = {});
    static void setValue(const QString &key, const QVariant &value);
};

} // namespace ElbDesk
