#include "themeicons.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPixmap>

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
    QIcon icon;
    const auto add = [&](const QColor &color, QIcon::Mode mode) {
        QByteArray tinted = svg;
        tinted.replace("currentColor", color.name().toLatin1());
        // Rendered at 1× and 2× of each common size, so High-DPI screens get real pixels, not scaled ones.
        for (const int size : {16, 22, 24, 32, 48, 64}) {
            QBuffer buffer(&tinted);
            QImageReader reader(&buffer, "svg");
            reader.setScaledSize(QSize(size, size));
            const QImage image = reader.read();
            if (!image.isNull())
                icon.addPixmap(QPixmap::fromImage(image), mode);
        }
    };
    add(normal, QIcon::Normal);
    add(disabled, QIcon::Disabled);
    cache.insert(key, icon);
    return icon;
}

} // namespace ElbDesk
