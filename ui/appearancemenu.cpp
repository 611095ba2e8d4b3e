#include "appearancemenu.h"

#include <QActionGroup>

namespace ElbDesk {

AppearanceMenu::AppearanceMenu(QWidget *parent)
    : QMenu(tr("&Appearance"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("appearanceMenu"));
    addMode(tr("Follow the &system"), Appearance::Mode::System, QStringLiteral("appearanceSystemAction"));
    addMode(tr("&Light"), Appearance::Mode::Light, QStringLiteral("appearanceLightAction"));
    addMode(tr("&Dark"), Appearance::Mode::Dark, QStringLiteral("appearanceDarkAction"));
}

QAction *AppearanceMenu::addMode(const QString &text, Appearance::Mode mode, const QString &objectName)
{
    QAction *action = addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setChecked(Appearance::instance()->mode() == mode);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [mode] { Appearance::instance()->setMode(mode); });
    connect(Appearance::instance(), &Appearance::modeChanged, action,
            [action, mode](Appearance::Mode current) { action->setChecked(current == mode); });
    return action;
}

} // namespace ElbDesk
