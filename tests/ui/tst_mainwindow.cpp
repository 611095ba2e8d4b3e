// The operator's path through the real MainWindow, offscreen, against the embedded sandbox over
// loopback: select across a filter, review, confirm, follow the job, see the rows gone — and the
// ways it must refuse or report.
#include "emulatorserver.h"
#include "jobs/jobcenter.h"
#include "mainwindow.h"
#include "memberpane.h"
#include "messagebar.h"
#include "model/memberfilterproxymodel.h"
#include "model/membermodel.h"
#include "removemembersdialog.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        ProfileStore profiles{dir.filePath(QStringLiteral("connections.ini"))};
        MemorySecretStore secrets;
        MainWindow window{&profiles, &secrets};
    };

    static Emulator::EmulatorOptions quickSandbox()
    {
        Emulator::EmulatorOptions o = MainWindow::demoOptions();
        o.largeListenerMembers = 300;
        o.jobSeconds = 0.4;
        return o;
    }

    static int postsTo(Emulator::EmulatorServer *sandbox, const QString &pathPart)
    {
        int n = 0;
        const QJsonArray log = sandbox->requestsJson();
        for (const QJsonValue &v : log) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("method")).toString() == QLatin1String("POST")
                && o.value(QLatin1String("path")).toString().endsWith(pathPart))
                ++n;
        }
        return n;
    }

    // Opens the sandbox and waits until the members of a listener with at least `minMembers` are shown.
    static bool openAndShow(Fixture &f, const Emulator::EmulatorOptions &options, int minMembers, int maxMembers = 1 << 30)
    {
        QSignalSpy tree(&f.window, &MainWindow::treeLoaded);
        f.window.openSandbox(options);
        if (!tree.wait(20000))
            return false;
        const QJsonObject state = f.window.sandbox()->stateJson();
        const QJsonArray listeners = state.value(QLatin1String("listeners")).toArray();
        for (const QJsonValue &v : listeners) {
            const QJsonObject l = v.toObject();
            const int members = l.value(QLatin1String("member_number")).toInt();
            if (members >= minMembers && members <= maxMembers) {
                QSignalSpy loaded(f.window.memberPane(), &MemberPane::loaded);
                if (!f.window.selectListener(l.value(QLatin1String("id")).toString()))
                    return false;
                return loaded.wait(20000) || f.window.memberPane()->model()->rowCount() >= minMembers;
            }
        }
        return false;
    }

    static void selectRowsMatching(MemberPane *pane, const QString &filter, QItemSelectionModel::SelectionFlags flags)
    {
        auto *edit = pane->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        edit->setText(filter);
        QTableView *view = pane->view();
        QVERIFY(view->model()->rowCount() >= 1);
        view->selectionModel()->select(view->model()->index(0, 0), flags | QItemSelectionModel::Rows);
    }

    static RemoveMembersDialog *openReview(Fixture &f)
    {
        auto *remove = f.window.findChild<QAction *>(QStringLiteral("removeAction"));
        if (!remove || !remove->isEnabled())
            return nullptr;
        remove->trigger();
        return f.window.reviewDialog();
    }

private Q_SLOTS:
    void removesThreeSelectedAcrossAFilter()
    {
        Fixture f;
        QVERIFY(openAndShow(f, quickSandbox(), 6, 100));
        MemberPane *pane = f.window.memberPane();
        const QList<Member> all = pane->allMembers();
        QList<Member> chosen{all.at(0), all.at(2), all.at(4)};
        // Each chosen member is selected while the filter shows only it: two end up hidden.
        selectRowsMatching(pane, chosen[0].id, QItemSelectionModel::ClearAndSelect);
        selectRowsMatching(pane, chosen[1].id, QItemSelectionModel::Select);
        selectRowsMatching(pane, chosen[2].serverAddress, QItemSelectionModel::Select);
        QCOMPARE(pane->selectedMembers().size(), 3);
        QCOMPARE(pane->hiddenSelectedCount(), 2);

        RemoveMembersDialog *dialog = openReview(f);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Remove 3 servers from listener %1")
                                            .arg(pane->listener().name.isEmpty() ? pane->listener().id : pane->listener().name));
        auto *table = dialog->findChild<QAbstractItemView *>(QStringLiteral("reviewTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 3);
        QString listed;
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < table->model()->columnCount(); ++c)
                listed += table->model()->index(r, c).data().toString() + QLatin1Char(' ');
        for (const Member &m : chosen) {
            QVERIFY2(listed.contains(m.serverAddress), qPrintable(listed));
            QVERIFY2(listed.contains(m.serverId), qPrintable(listed));
        }
        QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
        QSignalSpy reloaded(pane, &MemberPane::loaded);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(confirm && confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto *op = finished.first().first().value<MemberOperation *>();
        QCOMPARE(op->outcome(), MemberOperation::Outcome::Succeeded);
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members/action")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.size() >= 1, 20000);
        for (const Member &m : chosen)
            QCOMPARE(pane->model()->rowForMemberId(m.id), -1);
        QCOMPARE(pane->model()->rowCount(), all.size() - 3);
    }

    void cancelSendsNothing()
    {
        Fixture f;
        QVERIFY(openAndShow(f, quickSandbox(), 4, 100));
        MemberPane *pane = f.window.memberPane();
        pane->view()->selectRow(1);
        RemoveMembersDialog *dialog = openReview(f);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!f.window.reviewDialog());
        QTest::qWait(300); // give a wrongly sent request the chance to show up in the log
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members/action")), 0);
        QCOMPARE(f.window.jobCenter()->operations().size(), 0);
    }

    void escapeCancelsAndDoubleConfirmSendsOnce()
    {
        Fixture f;
        QVERIFY(openAndShow(f, quickSandbox(), 4, 100));
        MemberPane *pane = f.window.memberPane();
        pane->view()->selectRow(0);
        RemoveMembersDialog *dialog = openReview(f);
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!f.window.reviewDialog());
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members/action")), 0);

        dialog = openReview(f);
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("removeButton"));
        QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
        QTest::mouseDClick(confirm, Qt::LeftButton);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(f.window.jobCenter()->operations().size(), 1);
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members/action")), 1);
    }

    void lastHealthyMemberNeedsTheTypedName()
    {
        Fixture f;
        // The sandbox seeds a listener with exactly two members, one of them healthy.
        QVERIFY(openAndShow(f, quickSandbox(), 2, 2));
        MemberPane *pane = f.window.memberPane();
        QCOMPARE(pane->model()->healthyCount(), 1);
        auto *health = pane->findChild<QComboBox *>(QStringLiteral("healthFilter"));
        QVERIFY(health);
        health->setCurrentIndex(1); // Healthy
        QCOMPARE(pane->view()->model()->rowCount(), 1);
        pane->view()->selectRow(0);
        RemoveMembersDialog *dialog = openReview(f);
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("removeButton"));
        auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("typedNameEdit"));
        QVERIFY(confirm && typed);
        QVERIFY(typed->isVisible());
        QVERIFY(!confirm->isEnabled());
        const QString name = pane->listener().name.isEmpty() ? pane->listener().id : pane->listener().name;
        QTest::keyClicks(typed, name.left(name.size() - 1));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(typed, name.right(1));
        QVERIFY(confirm->isEnabled());
        QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members/action")), 1);
    }

    void failedJobShowsItsReason()
    {
        Fixture f;
        QVERIFY(openAndShow(f, quickSandbox(), 4, 100));
        QVERIFY(f.window.sandbox()->addFaultRules(QJsonArray{QJsonObject{
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("path"), QStringLiteral("/members/action")},
            {QStringLiteral("kind"), QStringLiteral("fail")},
            {QStringLiteral("count"), 1}}}));
        f.window.memberPane()->view()->selectRow(0);
        RemoveMembersDialog *dialog = openReview(f);
        QVERIFY(dialog);
        QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto *op = finished.first().first().value<MemberOperation *>();
        QCOMPARE(op->outcome(), MemberOperation::Outcome::Failed);
        QVERIFY(!op->job().errorCode.isEmpty());
        auto *detail = f.window.findChild<QLabel *>(QStringLiteral("jobDetailLabel"));
        QVERIFY(detail);
        QTRY_VERIFY2(detail->text().contains(op->job().errorCode), qPrintable(detail->text()));
    }

    void retiredRegionIsSaidInPlace()
    {
        Fixture f;
        Emulator::EmulatorOptions options = quickSandbox();
        options.retired = true;
        f.window.openSandbox(options);
        auto *bar = f.window.messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isHidden(), 20000);
        QVERIFY2(bar->text().contains(QStringLiteral("not available in this region")), qPrintable(bar->text()));
    }

    void removeIsDisabledWithoutSelection()
    {
        Fixture f;
        QVERIFY(openAndShow(f, quickSandbox(), 4, 100));
        auto *remove = f.window.findChild<QAction *>(QStringLiteral("removeAction"));
        QVERIFY(!remove->isEnabled());
        f.window.memberPane()->view()->selectRow(0);
        QVERIFY(remove->isEnabled());
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
