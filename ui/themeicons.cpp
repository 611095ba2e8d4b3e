#include "themeicons.h"

#include "tintedsvgiconengine.h"

#include <QFile>
#include <QHash>

namespace ElbDesk {

QIcon ThemeIcons::icon(const QString &themeName, const QPalette &palette)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return fallback(themeName, palette);
}

QIcon ThemeIcons::fallback(const QString &themeName, const QPalette &palette)
{
    // Keyed by colour too: a palette change (light ↔ dark) must give new pixmaps.
    static QHash<QString, QIcon> cache;
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
    const QString key = themeName + QLatin1Char('|') + normal.name() + QLatin1Char('|') + disabled.name();
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;

    QFile file(QStringLiteral(":/actions/%1.svg").arg(themeName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    const auto tinted = [&svg](const QColor &color) {
        QByteArray text = svg;
        return text.replace("currentColor", color.name().toLatin1());
    };
    // Rendered lazily, at each size it is drawn at (see TintedSvgIconEngine).
    const QIcon icon(new TintedSvgIconEngine(tinted(normal), tinted(disabled)));
    cache.insert(key, icon);
    return icon;
}

} // namespace ElbDesk
