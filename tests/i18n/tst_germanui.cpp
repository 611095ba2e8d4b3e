// The desktop app in German, offscreen: the texts an operator sees first are German, the menus'
// accelerators stay unique, and the language choice is stored for the next start.
#include "connectiondialog.h"
#include "emulatorserver.h"
#include "i18n/translationloader.h"
#include "mainwindow.h"
#include "memberpane.h"
#include "removemembersdialog.h"
#include "store/credentialcache.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ElbDesk;

class tst_GermanUi : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        ProfileStore profiles{dir.filePath(QStringLiteral("connections.ini"))};
        MemorySecretStore secrets;
        MainWindow window{&profiles, &secrets, nullptr, dir.filePath(QStringLiteral("journal.sqlite"))};
    };

    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                return text.at(i + 1).toLower();
            }
        }
        return QChar();
    }

    // Reports every letter used by two entries of one menu (or of the menu bar).
    static QStringList clashes(const QString &where, const QList<QAction *> &actions)
    {
        QStringList found;
        QHash<QChar, QString> used;
        for (QAction *a : actions) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString text = a->menu() ? a->menu()->title() : a->text();
            const QChar key = mnemonic(text);
            if (!key.isNull() && used.contains(key))
                found << QStringLiteral("%1: \"%2\" and \"%3\"").arg(where, used.value(key), text);
            used.insert(key, text);
            if (a->menu())
                found << clashes(text, a->menu()->actions());
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TranslationLoader::storeChoice(QString());
        QVERIFY(TranslationLoader::install(qApp, QStringLiteral("de")));
    }

    void cleanupTestCase() { TranslationLoader::storeChoice(QString()); }

    void menusAndWelcomeAreGerman()
    {
        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QStringList menus;
        for (QAction *a : f.window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(','))));
        QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(menus.contains(QStringLiteral("&Ansicht")));
        auto *heading = f.window.findChild<QLabel *>(QStringLiteral("headingLabel"));
        QVERIFY(heading);
        QCOMPARE(heading->text(), QStringLiteral("Willkommen bei ELB Desk"));
        auto *language = f.window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(language);
        QCOMPARE(language->title(), QStringLiteral("&Sprache"));
        const QString shots = qEnvironmentVariable("ELBDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(f.window.grab().save(shots + QStringLiteral("/welcome-de.png")));
    }

    void acceleratorsAreUnique()
    {
        Fixture f;
        const QStringList found = clashes(QStringLiteral("menu bar"), f.window.menuBar()->actions());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void sandboxAndReviewAreGerman()
    {
        Fixture f;
        f.window.show();
        QSignalSpy tree(&f.window, &MainWindow::treeLoaded);
        f.window.openSandbox();
        QVERIFY(tree.wait(20000));
        auto *treeView = f.window.findChild<QTreeView *>(QStringLiteral("listenerTree"));
        QVERIFY(treeView);
        QCOMPARE(treeView->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Frontend"));

        // A listener with members, then a review of two of them.
        const QJsonArray listeners =
            f.window.sandbox()->stateJson().value(QLatin1String("listeners")).toArray();
        QString listenerId;
        for (const QJsonValue &v : listeners) {
            const int count = v.toObject().value(QLatin1String("member_number")).toInt();
            if (count >= 3 && count <= 100) { // listed at once: removals wait for complete lists
                listenerId = v.toObject().value(QLatin1String("id")).toString();
                break;
            }
        }
        QVERIFY(!listenerId.isEmpty());
        QSignalSpy loaded(f.window.memberPane(), &MemberPane::loaded);
        QVERIFY(f.window.selectListener(listenerId));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QVERIFY(f.window.memberPane()->view()->model()->rowCount() >= 3);
        QTableView *members = f.window.memberPane()->view();
        QCOMPARE(members->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Servername"));
        for (int row = 0; row < 2; ++row)
            members->selectionModel()->select(members->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *remove = f.window.findChild<QAction *>(QStringLiteral("removeAction"));
        QVERIFY(remove);
        QTRY_VERIFY(remove->isEnabled());
        QCOMPARE(remove->toolTip(), QStringLiteral("Die 2 ausgewählten Server prüfen und entfernen (Entf)"));
        remove->trigger();
        RemoveMembersDialog *review = f.window.reviewDialog();
        QVERIFY(review);
        QVERIFY2(review->windowTitle().startsWith(QStringLiteral("2 Server von Listener ")),
                 qPrintable(review->windowTitle()));
        auto *button = review->findChild<QAbstractButton *>(QStringLiteral("removeButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("2 Server entfernen"));
        // For a look at the German layout: ELBDESK_SCREENSHOT_DIR=/some/dir ctest -R tst_germanui
        const QString shots = qEnvironmentVariable("ELBDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            f.window.resize(1280, 800);
            QCoreApplication::sendPostedEvents(); // the layouts for the new size
            QVERIFY(f.window.grab().save(shots + QStringLiteral("/main-window-de.png")));
            QVERIFY(review->grab().save(shots + QStringLiteral("/review-dialog-de.png")));
        }
        review->reject();
    }

    void connectionDialogIsGerman()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
        MemorySecretStore secrets;
        CredentialCache cache(&secrets);
        ConnectionDialog dialog(&profiles, &secrets, &cache, nullptr);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Cloud-Verbindung hinzufügen"));
        QStringList labels;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("&ELB-Endpunkt:")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        const QString shots = qEnvironmentVariable("ELBDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/connection-dialog-de.png")));
    }

    void languageChoiceIsStored()
    {
        Fixture f;
        auto *german = f.window.findChild<QAction *>(QStringLiteral("languageGermanAction"));
        auto *system = f.window.findChild<QAction *>(QStringLiteral("languageSystemAction"));
        QVERIFY(german && system);
        QVERIFY(system->isChecked());
        german->trigger();
        QCOMPARE(TranslationLoader::storedChoice(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = f.window.findChild<QMessageBox *>(QStringLiteral("languageRestartBox"))));
        QVERIFY2(box->text().contains(QStringLiteral("nächsten Start")), qPrintable(box->text()));
        box->close();
        system->trigger();
        QCOMPARE(TranslationLoader::storedChoice(), QString());
    }
};

QTEST_MAIN(tst_GermanUi)
#include "tst_germanui.moc"
