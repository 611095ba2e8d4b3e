// `elbdesk --demo` (MainWindow::openSandboxAfterFirstPaint): the window's first frame comes before
// the sandbox generates its thousands of members and before the journal is opened; both follow on
// their own, and the listener tree and the members arrive as after a direct openSandbox().
#include "mainwindow.h"
#include "memberpane.h"
#include "model/membermodel.h"
#include "store/journal.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ElbDesk;

class tst_DemoStart : public QObject
{
    Q_OBJECT

private slots:
    void firstFrameBeforeSandboxAndJournal();
};

void tst_DemoStart::firstFrameBeforeSandboxAndJournal()
{
    QTemporaryDir dir;
    ProfileStore profiles{dir.filePath(QStringLiteral("connections.ini"))};
    MemorySecretStore secrets;
    MainWindow window{&profiles, &secrets, nullptr, dir.filePath(QStringLiteral("journal.sqlite"))};
    QSignalSpy tree(&window, &MainWindow::treeLoaded);

    window.show();
    window.openSandboxAfterFirstPaint();
    // Nothing has been painted yet: the browse view is up, saying what comes, and nothing else ran.
    auto *stack = window.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 1);
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusConnection"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Starting the sandbox…"));
    QVERIFY(!window.sandbox());
    QVERIFY(!window.journal()->isOpen());

    // The first frame: then the journal opens and the sandbox starts, without anything else asked.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.journal()->isOpen(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.sandbox() != nullptr, 10000);
    QVERIFY(tree.wait(20000) || tree.size() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.memberPane()->model()->rowCount(),
                              MainWindow::demoOptions().largeListenerMembers, 30000);
    QVERIFY(status->text() != QStringLiteral("Starting the sandbox…"));
}

QTEST_MAIN(tst_DemoStart)
#include "tst_demostart.moc"
