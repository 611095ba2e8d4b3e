#pragma once

#include "appearance.h"

#include <QMenu>

class QActionGroup;

namespace ElbDesk {

// View → Appearance: follow the system, light or dark. Applies at once and is remembered.
class AppearanceMenu : public QMenu
{
    Q_OBJECT
public:
    explicit AppearanceMenu(QWidget *parent = nullptr);

private:
    QAction *addMode(const QString &text, Appearance::Mode mode, const QString &objectName);

    QActionGroup *m_group;
};

} // namespace ElbDesk
