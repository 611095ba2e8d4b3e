#include "translationloader.h"

#include "store/preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "elbdesk.i18n", QtInfoMsg)

namespace ElbDesk {

namespace {

const QString kPrefix = QStringLiteral(":/i18n/");

// Maps one of QLocale's UI language names ("de-DE", "zh-Hans-CN", "en") to a catalogue code;
// "en" for English, "" for a language we have no catalogue for.
QString codeFor(const QString &uiLanguage, const QStringList &available)
{
    const QLocale locale(uiLanguage);
    if (locale.language() == QLocale::English)
        return QStringLiteral("en");
    if (locale.language() == QLocale::Chinese) {
        // Traditional Chinese readers are better served by English than by simplified characters.
        const bool simplified = locale.script() == QLocale::SimplifiedHanScript;
        return simplified && available.contains(QLatin1String("zh_CN")) ? QStringLiteral("zh_CN") : QString();
    }
    const QString name = QLocale::languageToCode(locale.language());
    return available.contains(name) ? name : QString();
}

} // namespace

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(kPrefix).entryList({QStringLiteral("elbdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(8, file.size() - 8 - 3); // "elbdesk_" … ".qm"
    return codes;
}

QString TranslationLoader::choose(const QString &explicitChoice, const QStringList &uiLanguages,
                                  const QStringList &available)
{
    if (explicitChoice == QLatin1String("en"))
        return QString();
    if (available.contains(explicitChoice))
        return explicitChoice;
    if (!explicitChoice.isEmpty())
        qCWarning(lcI18n) << "no translation" << explicitChoice << "; following the system's languages";
    for (const QString &uiLanguage : uiLanguages) {
        const QString code = codeFor(uiLanguage, available);
        if (code == QLatin1String("en"))
            return QString();
        if (!code.isEmpty())
            return code;
    }
    return QString();
}

QString TranslationLoader::preferredLanguage()
{
    return choose(storedChoice(), QLocale::system().uiLanguages(), availableLanguages());
}

QString TranslationLoader::systemLanguage()
{
    return choose(QString(), QLocale::system().uiLanguages(), availableLanguages());
}

QString TranslationLoader::storedChoice()
{
    return Preferences::value(settingsKey()).toString();
}

void TranslationLoader::storeChoice(const QString &choice)
{
    Preferences::setValue(settingsKey(), choice);
}

QString TranslationLoader::catalogue(const QString &language)
{
    return kPrefix + QStringLiteral("elbdesk_") + language + QStringLiteral(".qm");
}

bool TranslationLoader::install(QCoreApplication *app, const QString &language)
{
    if (language.isEmpty())
        return true;
    auto *ours = new QTranslator(app);
    if (!ours->load(catalogue(language))) {
        qCWarning(lcI18n) << "cannot load" << catalogue(language) << "; the interface stays in English";
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);

    // Qt's own strings (standard buttons, context menus, file dialogs): Debian's qt6-translations-l10n.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, qtFolder)) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCInfo(lcI18n) << "no Qt translation" << language << "in" << qtFolder
                       << "; Qt's own texts stay in English";
        delete qt;
    }
    qCDebug(lcI18n) << "interface language" << language;
    return true;
}

} // namespace ElbDesk
