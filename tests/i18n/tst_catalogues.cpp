// The compiled catalogues embedded in the programs, and how the language is chosen and installed.
#include "i18n/translationloader.h"
#include "tsfile.h"

#include <QDir>
#include <QLibraryInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace ElbDesk;

class tst_Catalogues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void embeddedLanguages()
    {
        QCOMPARE(TranslationLoader::availableLanguages(),
                 QStringList({QStringLiteral("de"), QStringLiteral("zh_CN")}));
    }

    // Every finished entry of each .ts reads back from its embedded .qm unchanged.
    void catalogueMatchesItsSource_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tsPath");
        for (const QString &path : QStringLiteral(ELBDESK_TS_FILES).split(QLatin1Char(','))) {
            const QString base = QFileInfo(path).completeBaseName(); // elbdesk_de
            QTest::newRow(qPrintable(base)) << base.mid(8) << path;
        }
    }
    void catalogueMatchesItsSource()
    {
        QFETCH(QString, language);
        QFETCH(QString, tsPath);
        QTranslator translator;
        QVERIFY2(translator.load(TranslationLoader::catalogue(language)),
                 qPrintable(TranslationLoader::catalogue(language) + QStringLiteral(" does not load")));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language().left(2), language.left(2));

        TsFile ts;
        QVERIFY2(ts.load(tsPath), qPrintable(ts.error()));
        int checked = 0;
        QStringList wrong;
        for (const TsFile::Message &m : ts.messages()) {
            if (!m.type.isEmpty())
                continue; // unfinished: not in the catalogue, and tst_tsfiles reports it
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            // German: n = 1 picks the first form, n = 2 the second; Chinese has one form.
            for (int form = 0; form < m.translations.size(); ++form) {
                const int n = m.numerus ? form + 1 : -1;
                QString got = translator.translate(context.constData(), source.constData(),
                                                   comment.isEmpty() ? nullptr : comment.constData(), n);
                if (got.isEmpty())
                    got = m.source; // lrelease -removeidentical leaves out translations equal to the source
                if (got != m.translations.at(form))
                    wrong << QStringLiteral("%1: \"%2\" instead of \"%3\"")
                                 .arg(m.describe(), got, m.translations.at(form));
                ++checked;
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY(checked > 500);
    }

    // A handful of strings every operator sees, in words chosen on purpose
    // (resources/translations/README.md).
    void knownGermanTexts_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("File menu") << "ElbDesk::MainWindow"
                                   << "&File"
                                   << "" << -1 << "&Datei";
        QTest::newRow("History") << "ElbDesk::MainWindow"
                                 << "&History"
                                 << "" << -1 << "&Verlauf";
        QTest::newRow("member column") << "ElbDesk::MemberModel"
                                       << "Member ID"
                                       << "column" << -1 << "Mitglieds-ID";
        QTest::newRow("health") << "ElbDesk::MemberModel"
                                << "Unhealthy"
                                << "member health" << -1 << "Fehlerhaft";
        QTest::newRow("job state") << "ElbDesk::JobsModel"
                                   << "outcome unknown"
                                   << "job state" << -1 << "Ergebnis unbekannt";
        QTest::newRow("plural one") << "ElbDesk::HistoryView"
                                    << "%n operation(s) shown."
                                    << "" << 1 << "1 Vorgang angezeigt.";
        QTest::newRow("plural many") << "ElbDesk::HistoryView"
                                     << "%n operation(s) shown."
                                     << "" << 3 << "3 Vorgänge angezeigt.";
    }
    void knownGermanTexts()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, comment);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(TranslationLoader::catalogue(QStringLiteral("de"))));
        QCoreApplication::installTranslator(&translator);
        const QByteArray c = comment.toUtf8();
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(),
                                             comment.isEmpty() ? nullptr : c.constData(), n),
                 expected);
        QCoreApplication::removeTranslator(&translator);
    }

    void knownChineseTexts()
    {
        QTranslator translator;
        QVERIFY(translator.load(TranslationLoader::catalogue(QStringLiteral("zh_CN"))));
        // Whatever words the translator chose: Chinese characters, and the menu keeps its accelerator.
        const QString file = translator.translate("ElbDesk::MainWindow", "&File");
        QVERIFY2(file.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(file));
        QVERIFY2(file.contains(QLatin1Char('&')), qPrintable(file));
        const QString healthy = translator.translate("ElbDesk::MemberModel", "Healthy", "member health");
        QVERIFY2(healthy.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(healthy));
    }

    void choose_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        const QStringList none;
        QTest::newRow("German system") << "" << QStringList{"de-DE", "en-US"} << "de";
        QTest::newRow("Austrian system") << "" << QStringList{"de-AT"} << "de";
        QTest::newRow("English first") << "" << QStringList{"en-GB", "de-DE"} << "";
        QTest::newRow("French, then German") << "" << QStringList{"fr-FR", "de-CH"} << "de";
        QTest::newRow("simplified Chinese") << "" << QStringList{"zh-Hans-CN", "zh-CN"} << "zh_CN";
        QTest::newRow("Chinese (China)") << "" << QStringList{"zh-CN"} << "zh_CN";
        QTest::newRow("traditional Chinese") << "" << QStringList{"zh-Hant-TW", "zh-TW"} << "";
        QTest::newRow("C locale") << "" << QStringList{"C"} << "";
        QTest::newRow("nothing known") << "" << none << "";
        QTest::newRow("English chosen") << "en" << QStringList{"de-DE"} << "";
        QTest::newRow("German chosen") << "de" << QStringList{"en-US"} << "de";
        QTest::newRow("Chinese chosen") << "zh_CN" << QStringList{"de-DE"} << "zh_CN";
        QTest::newRow("unknown choice") << "xx" << QStringList{"de-DE"} << "de";
    }
    void choose()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        if (choice == QLatin1String("xx"))
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no translation")));
        QCOMPARE(
            TranslationLoader::choose(choice, uiLanguages, {QStringLiteral("de"), QStringLiteral("zh_CN")}),
            expected);
    }

    void choiceIsStored()
    {
        QCOMPARE(TranslationLoader::storedChoice(), QString());
        TranslationLoader::storeChoice(QStringLiteral("zh_CN"));
        QCOMPARE(TranslationLoader::storedChoice(), QStringLiteral("zh_CN"));
        QCOMPARE(TranslationLoader::preferredLanguage(), QStringLiteral("zh_CN"));
        TranslationLoader::storeChoice(QStringLiteral("en"));
        QCOMPARE(TranslationLoader::preferredLanguage(), QString());
        TranslationLoader::storeChoice(QString());
        QCOMPARE(TranslationLoader::storedChoice(), QString());
    }

    // Ours and Qt's own: after install() both answer in German.
    void installGerman()
    {
        QCoreApplication *app = QCoreApplication::instance();
        const int before = app->findChildren<QTranslator *>().size();
        QVERIFY(TranslationLoader::install(app, QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("ElbDesk::MainWindow", "&View"), QStringLiteral("&Ansicht"));
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        const bool haveQtCatalogue = QFileInfo::exists(qtFolder + QStringLiteral("/qtbase_de.qm"));
        const QList<QTranslator *> installed = app->findChildren<QTranslator *>();
        QCOMPARE(installed.size(), before + (haveQtCatalogue ? 2 : 1));
        for (QTranslator *t : installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        if (!haveQtCatalogue)
            QSKIP("Qt's own translations are not installed (Debian: qt6-translations-l10n)");
    }

    void installEnglishInstallsNothing()
    {
        QCoreApplication *app = QCoreApplication::instance();
        QVERIFY(TranslationLoader::install(app, QString()));
        QVERIFY(app->findChildren<QTranslator *>().isEmpty());
        QCOMPARE(QCoreApplication::translate("ElbDesk::MainWindow", "&View"), QStringLiteral("&View"));
    }

    // elbdesk-cli: human-readable text by the environment's locale; command and option names stay.
    void cliFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("commands");
        QTest::newRow("German") << "de_DE"
                                << "Aufruf: elbdesk-cli [Optionen] remove LISTENER_ID"
                                << "Befehle:";
        QTest::newRow("English") << "en_US"
                                 << "usage: elbdesk-cli [options] remove LISTENER_ID"
                                 << "Commands:";
        QTest::newRow("C locale") << "C"
                                  << "usage: elbdesk-cli [options] remove LISTENER_ID"
                                  << "Commands:";
    }
    void cliFollowsTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, usage);
        QFETCH(QString, commands);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ELBDESK_CLI_BIN), {QStringLiteral("remove")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        const QString error = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(error.contains(usage), qPrintable(error));

        cli.start(QStringLiteral(ELBDESK_CLI_BIN), {QStringLiteral("--help")});
        QVERIFY(cli.waitForFinished(30000));
        const QString help = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(help.contains(QLatin1Char('\n') + commands + QLatin1Char('\n')), qPrintable(help));
        QVERIFY(help.contains(QLatin1String("remove-server QUERY [--yes]")));
    }

    void missingCatalogueIsReported()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot load")));
        QVERIFY(!TranslationLoader::install(QCoreApplication::instance(), QStringLiteral("fr")));
        QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Catalogues)
#include "tst_catalogues.moc"
