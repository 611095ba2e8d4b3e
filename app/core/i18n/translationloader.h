#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ElbDesk {

// Picks the language of the user interface and installs its translators: ours (embedded under
// :/i18n/) and Qt's own (qtbase_<lang>.qm from Qt's translations folder). Language codes are the
// catalogue suffixes: "de", "zh_CN"; English is the source language and needs no catalogue.
class TranslationLoader
{
public:
    // Preferences key of the explicit choice: "" follows the system, else "en", "de" or "zh_CN".
    [[nodiscard]] static QString settingsKey();
    // The languages with an embedded catalogue, e.g. {"de", "zh_CN"}.
    [[nodiscard]] static QStringList availableLanguages();

    // The explicit choice if it is English or available, else the first of the system's UI
    // languages that is English or available; "" means English.
    [[nodiscard]] static QString choose(const QString &explicitChoice, const QStringList &uiLanguages,
                                        const QStringList &available);
    // For the desktop app: the stored choice, else the system locale.
    [[nodiscard]] static QString preferredLanguage();
    // For the command line: the environment's locale only (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    [[nodiscard]] static QString systemLanguage();

    [[nodiscard]] static QString storedChoice();
    static void storeChoice(const QString &choice);

    // Installs the translators of `language` ("" = English: none) on `app`, which owns them.
    // Returns false when our catalogue cannot be loaded; Qt's missing catalogue is only logged.
    static bool install(QCoreApplication *app, const QString &language);
    // The path of our embedded catalogue for `language`, e.g. ":/i18n/elbdesk_de.qm".
    [[nodiscard]] static QString catalogue(const QString &language);
};

} // namespace ElbDesk
