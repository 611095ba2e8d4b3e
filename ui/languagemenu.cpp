#include "languagemenu.h"

#include "i18n/translationloader.h"

#include <QActionGroup>
#include <QMessageBox>

namespace ElbDesk {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_current = TranslationLoader::storedChoice(); // one read of the preferences file, not one per entry
    addLanguage(tr("&System default"), QString(), QStringLiteral("languageSystemAction"));
    addSeparator();
    // Each language in its own name, so that it can be found whatever the current language is.
    addLanguage(QStringLiteral("English"), QStringLiteral("en"), QStringLiteral("languageEnglishAction"));
    addLanguage(QStringLiteral("Deutsch"), QStringLiteral("de"), QStringLiteral("languageGermanAction"));
    addLanguage(QStringLiteral("简体中文"), QStringLiteral("zh_CN"), QStringLiteral("languageChineseAction"));
}

void LanguageMenu::addLanguage(const QString &text, const QString &code, const QString &objectName)
{
    QAction *action = addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setData(code);
    action->setChecked(m_current == code);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { choose(code); });
}

void LanguageMenu::choose(const QString &code)
{
    if (code == m_current)
        return;
    TranslationLoader::storeChoice(code);
    m_current = code;
    emit languageChosen(code);
    // Switching at run time would leave texts built from the old language (messages, tables);
    // a restart applies the choice everywhere at once.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The language changes when ELB Desk is started the next time."),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageRestartBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ElbDesk
