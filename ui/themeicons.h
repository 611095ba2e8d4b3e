#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace ElbDesk {

// Action icons: the platform's icon theme where there is one (Linux desktops), otherwise our own
// line icons from :/actions, drawn in the palette's text colour so they stay visible in light and
// dark palettes and sharp at any device pixel ratio.
class ThemeIcons
{
public:
    // themeName is a freedesktop icon name; the fallback is :/actions/<themeName>.svg.
    [[nodiscard]] static QIcon icon(const QString &themeName, const QPalette &palette);
    // The fallback alone (tests and platforms that must not use the theme).
    [[nodiscard]] static QIcon fallback(const QString &themeName, const QPalette &palette);
};

} // namespace ElbDesk
