// Not a test but a camera (built as elbdesk-screenshots, not run by ctest): with ELBDESK_SCREENSHOT_DIR set and a
// real display (tests/ui/take-screenshots.sh starts Xvfb), walks the operator's path and saves what the screen
// shows: the welcome view, the main window, the review dialog, and the jobs panel after the removal.
// ELBDESK_SCREENSHOT_APPEARANCE (light|dark) and ELBDESK_SCREENSHOT_LANGUAGE (en|de|zh_CN) choose the
// palette and the language, as the operator's View menu would.
#include "appearance.h"
#include "i18n/translationloader.h"
#include "jobs/jobcenter.h"
#include "mainwindow.h"
#include "memberpane.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ElbDesk;

class Screenshots : public QObject
{
    Q_OBJECT

    static void shoot(const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(400); // let the window system paint before the picture is taken
        const QString path = QDir(qEnvironmentVariable("ELBDESK_SCREENSHOT_DIR")).filePath(name);
        // What the X server shows, as an operator would see it; the widget's own rendering otherwise.
        if (QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path}) != 0) {
            QWidget *top = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                              : QApplication::topLevelWidgets().value(0);
            QVERIFY(top && top->grab().save(path));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString language = qEnvironmentVariable("ELBDESK_SCREENSHOT_LANGUAGE");
        if (!language.isEmpty() && language != QLatin1String("en"))
            QVERIFY(TranslationLoader::install(qApp, language));
        const bool dark = qEnvironmentVariable("ELBDESK_SCREENSHOT_APPEARANCE") == QLatin1String("dark");
        Appearance::instance()->setMode(dark ? Appearance::Mode::Dark : Appearance::Mode::Light, false);
    }

    void operatorsPath()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("ELBDESK_SCREENSHOT_DIR"), "set ELBDESK_SCREENSHOT_DIR");
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
        MemorySecretStore secrets;
        MainWindow window(&profiles, &secrets);
        window.move(0, 0);
        window.show();
        shoot(QStringLiteral("0-welcome.png"));
        QSignalSpy tree(&window, &MainWindow::treeLoaded);
        QSignalSpy loaded(window.memberPane(), &MemberPane::loaded);
        window.openSandbox();
        QVERIFY(tree.wait(20000));
        QVERIFY(loaded.wait(30000));
        QTableView *view = window.memberPane()->view();
        for (int row : {2, 5, 9})
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        shoot(QStringLiteral("1-main-window.png"));
        window.findChild<QAction *>(QStringLiteral("removeAction"))->trigger();
        QVERIFY(window.reviewDialog());
        shoot(QStringLiteral("2-review-dialog.png"));
        QSignalSpy finished(window.jobCenter(), &JobCenter::operationFinished);
        QTest::mouseClick(window.reviewDialog()->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QTest::qWait(1500);
        if (auto *jobs = window.findChild<QTreeView *>(QStringLiteral("jobsView")))
            jobs->expandAll();
        shoot(QStringLiteral("3-jobs-panel.png"));
    }
};

QTEST_MAIN(Screenshots)
#include "screenshots.moc"
