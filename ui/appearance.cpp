#include "appearance.h"

#include "store/preferences.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QWidget>

namespace ElbDesk {

static const char *const settingsKey = "ui/appearance";

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_platformPalette(QApplication::palette())
    , m_platformStyle(QApplication::style()->name())
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Newer Qt tells when the system switches; follow it live in System mode.
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_mode == Mode::System)
            setMode(Mode::System, false);
    });
#endif
}

Appearance *Appearance::instance()
{
    static Appearance *self = nullptr;
    if (!self)
        self = new Appearance(qApp);
    return self;
}

Appearance::Mode Appearance::savedMode()
{
    const QString value = Preferences::value(QLatin1String(settingsKey)).toString();
    if (value == QLatin1String("light"))
        return Mode::Light;
    if (value == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

bool Appearance::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark)
        return true;
#endif
#ifdef Q_OS_WIN
    // Qt 6.4 does not read the Windows app mode; 0 means "dark".
    const QSettings personalize(
        QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
        QSettings::NativeFormat);
    return personalize.value(QStringLiteral("AppsUseLightTheme"), 1).toInt() == 0;
#else
    return false;
#endif
}

void Appearance::setMode(Mode mode, bool save)
{
    m_mode = mode;
    bool dark = mode == Mode::Dark;
    if (mode == Mode::System)
        dark = systemPrefersDark() && !isDark(m_platformPalette);
    if (mode == Mode::System && !dark) {
        // The platform's own palette and style, exactly as Qt chose them.
        if (QApplication::style()->name() != m_platformStyle)
            QApplication::setStyle(m_platformStyle);
        QApplication::setPalette(m_platformPalette);
    } else {
        // Fusion draws every control from the palette, so light and dark both look deliberate.
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    if (save) {
        Preferences::setValue(QLatin1String(settingsKey), mode == Mode::Light  ? QStringLiteral("light")
                                                          : mode == Mode::Dark ? QStringLiteral("dark")
                                                                               : QStringLiteral("system"));
    }
    Q_EMIT modeChanged(mode);
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7e, 0xd9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QColor Appearance::errorTextColor(const QPalette &palette)
{
    // Dark red on light windows, a light red on dark ones: both above 4.5:1 contrast.
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1a, 0x24);
}

void Appearance::markAsError(QWidget *label)
{
    const auto apply = [label] {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, errorTextColor(QApplication::palette(label)));
        label->setPalette(p);
    };
    apply();
    connect(instance(), &Appearance::modeChanged, label, apply);
}

} // namespace ElbDesk
