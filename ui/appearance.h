#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

class QWidget;

namespace ElbDesk {

// Light or dark: follows the system by default, or what the operator chose in View → Appearance.
// Qt 6.4 follows the platform's palette where the platform theme provides one (macOS, KDE, GNOME
// with a Qt platform theme); on Windows it does not, so there the system setting is read here and
// a dark Fusion palette is applied. The choice is kept in Preferences under "ui/appearance".
class Appearance : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    // The one instance; created on first use as a child of the application.
    static Appearance *instance();

    [[nodiscard]] static Mode savedMode();
    [[nodiscard]] Mode mode() const { return m_mode; }
    // Applies the mode now (palette and style of the whole application) and remembers it.
    void setMode(Mode mode, bool save = true);

    [[nodiscard]] static bool isDark(const QPalette &palette);
    [[nodiscard]] static QPalette darkPalette();
    // Text colour for error messages that reads well on the palette's window colour.
    [[nodiscard]] static QColor errorTextColor(const QPalette &palette);
    // Gives a label the error text colour and keeps it right when the appearance changes.
    static void markAsError(QWidget *label);

Q_SIGNALS:
    void modeChanged(ElbDesk::Appearance::Mode mode);

private:
    explicit Appearance(QObject *parent);
    [[nodiscard]] static bool systemPrefersDark();

    Mode m_mode = Mode::System;
    QPalette m_platformPalette;
    QString m_platformStyle;
};

} // namespace ElbDesk
