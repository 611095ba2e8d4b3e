#pragma once

#include <QMenu>

class QActionGroup;

namespace ElbDesk {

// View → Language: the system's language, English, German or Simplified Chinese. The choice is
// stored (TranslationLoader::storeChoice) and applies at the next start, which the menu says.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // After the choice is stored; `language` is "" (system), "en", "de" or "zh_CN".
    void languageChosen(const QString &language);

private:
    void addLanguage(const QString &text, const QString &code, const QString &objectName);
    void choose(const QString &code);

    QActionGroup *m_group;
    QString m_current; // the stored choice
};

} // namespace ElbDesk
