// The operator's path through the real MainWindow, offscreen, against the embedded sandbox over
// loopback: select across a filter, review, confirm, follow the job, see the rows gone — and the
// ways it must refuse or report.
#include "emulatorserver.h"
#include "emulatorstore.h"
#include "historyview.h"
#include "jobs/jobcenter.h"
#include "jobs/journalrecorder.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "model/jobsmodel.h"
#include "model/journalmodel.h"
#include "store/journal.h"
#include "memberpane.h"
#include "messagebar.h"
#include "model/memberfilterproxymodel.h"
#include "model/membermodel.h"
#include "removemembersdialog.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"
#include "emulatorstore.h"
#include <QApplication>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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
        // The journal in the temporary folder, never the operator's own.
        QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        MainWindow window{&profiles, &secrets, nullptr, journalPath};
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

    // Removes the first `count` members of the listener shown and waits for the job.
    static MemberOperation *removeFirst(Fixture &f, int count)
    {
        MemberPane *pane = f.window.memberPane();
        QItemSelectionModel *selection = pane->view()->selectionModel();
        selection->clearSelection();
        for (int row = 0; row < count; ++row)
            selection->select(pane->view()->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        RemoveMembersDialog *dialog = openReview(f);
        if (!dialog)
            return nullptr;
        QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("removeButton"));
        if (!confirm || !confirm->isEnabled())
            return nullptr;
        QTest::mouseClick(confirm, Qt::LeftButton);
        if (!finished.wait(30000))
            return nullptr;
        return finished.first().first().value<MemberOperation *>();
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

    void removalIsJournaled()
    {
        Fixture f;
        QVERIFY(openAndShow(f, quickSandbox(), 6, 100));
        const Listener listener = f.window.memberPane()->listener();
        MemberOperation *op = removeFirst(f, 2);
        QVERIFY(op);
        QCOMPARE(op->outcome(), MemberOperation::Outcome::Succeeded);
        const qint64 id = f.window.recorder()->journalId(op);
        QVERIFY(id > 0);

        // A second instance on the same file sees what the window wrote.
        Journal other(f.journalPath);
        QVERIFY(other.open());
        QTRY_VERIFY(other.operation(id) && other.operation(id)->isFinished());
        const JournalOperation j = *other.operation(id);
        QCOMPARE(j.kind, QStringLiteral("remove"));
        QCOMPARE(j.connectionId, QStringLiteral("sandbox"));
        QCOMPARE(j.userName, QStringLiteral("operator"));
        QCOMPARE(j.region, QStringLiteral("sandbox"));
        QCOMPARE(j.projectId, f.window.sandbox()->projectId());
        QCOMPARE(j.listenerId, listener.id);
        QCOMPARE(j.loadBalancerId, listener.loadBalancerId);
        QCOMPARE(j.jobId, op->jobId());
        QCOMPARE(j.status, QStringLiteral("SUCCESS"));
        QCOMPARE(j.members.size(), 2);
        for (const JournalMember &m : j.members) {
            QCOMPARE(m.outcome, QStringLiteral("removed"));
            QVERIFY(!m.memberId.isEmpty());
            QVERIFY(!m.serverId.isEmpty());
            QVERIFY(!m.serverAddress.startsWith(QStringLiteral("100.")));
        }
    }

    void historyShowsAndExports()
    {
        Fixture f;
        QVERIFY(openAndShow(f, quickSandbox(), 6, 100));
        MemberOperation *op = removeFirst(f, 2);
        QVERIFY(op);
        const qint64 id = f.window.recorder()->journalId(op);
        auto *action = f.window.findChild<QAction *>(QStringLiteral("historyAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        action->trigger();
        HistoryView *history = f.window.historyView();
        QVERIFY(history);
        QCOMPARE(history->objectName(), QStringLiteral("historyView"));
        auto *table = history->findChild<QTableView *>(QStringLiteral("historyTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(history->model()->operationId(0), id);
        QTRY_VERIFY(table->model()->index(0, JournalModel::Outcome).data().toString().contains(QStringLiteral("2 of 2")));
        QVERIFY(history->selectOperation(id));
        QVERIFY(history->findChild<QPushButton *>(QStringLiteral("historyReaddButton"))->isEnabled());

        const QString csvPath = f.dir.filePath(QStringLiteral("history.csv"));
        const QString jsonPath = f.dir.filePath(QStringLiteral("history.json"));
        QVERIFY(history->exportTo(csvPath, HistoryView::Format::Csv));
        QVERIFY(history->exportTo(jsonPath, HistoryView::Format::Json));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject first = doc.array().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(first.value(QLatin1String("job_id")).toString(), op->jobId());
        QCOMPARE(first.value(QLatin1String("members")).toArray().size(), 2);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + one line per server
        QVERIFY(lines.at(0).startsWith(QStringLiteral("operation_id,")));
        QVERIFY(lines.at(1).contains(op->jobId()));

        history->findChild<QLineEdit *>(QStringLiteral("historyListenerFilter"))->setText(QStringLiteral("no-such-listener"));
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void readdFromJobsPanelThenAgain()
    {
        Fixture f;
        QVERIFY(openAndShow(f, quickSandbox(), 6, 100));
        MemberOperation *removal = removeFirst(f, 2);
        QVERIFY(removal);
        const qint64 removalId = f.window.recorder()->journalId(removal);
        QStringList removedIds;
        for (const MemberOperation::Target &t : removal->targets())
            removedIds << t.memberId;
        JobsPanel *panel = f.window.jobsPanel();
        auto *readd = panel->findChild<QPushButton *>(QStringLiteral("readdButton"));
        QVERIFY(readd);
        panel->showOperation(removal);
        QTRY_VERIFY(readd->isEnabled());
        const int postsBefore = postsTo(f.window.sandbox(), QStringLiteral("/members"));

        QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
        QTest::mouseClick(readd, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto *add = finished.first().first().value<MemberOperation *>();
        QCOMPARE(add->kind(), QStringLiteral("add"));
        QCOMPARE(add->outcome(), MemberOperation::Outcome::Succeeded);
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members")), postsBefore + 1);
        QCOMPARE(add->targets().size(), 2);
        for (const MemberOperation::Target &t : add->targets()) {
            QVERIFY(!t.memberId.isEmpty());
            QVERIFY2(!removedIds.contains(t.memberId), qPrintable(t.memberId));
            QVERIFY2(f.window.messageBar()->text().contains(t.memberId), qPrintable(f.window.messageBar()->text()));
        }
        // The request carried the private IPs, never the internal addresses.
        const QJsonArray log = f.window.sandbox()->requestsJson();
        for (const QJsonValue &v : log) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("method")).toString() == QLatin1String("POST")
                && o.value(QLatin1String("path")).toString().endsWith(QLatin1String("/members"))) {
                const QString body = o.value(QLatin1String("body")).toString();
                for (const MemberOperation::Target &t : removal->targets())
                    QVERIFY2(body.contains(t.serverAddress), qPrintable(body));
            }
        }
        const qint64 addId = f.window.recorder()->journalId(add);
        QVERIFY(addId > 0);
        Journal other(f.journalPath);
        QVERIFY(other.open());
        QTRY_VERIFY(other.operation(addId) && other.operation(addId)->isFinished());
        const JournalOperation j = *other.operation(addId);
        QCOMPARE(j.kind, QStringLiteral("add"));
        QCOMPARE(j.undoOf, removalId);
        QCOMPARE(j.status, QStringLiteral("SUCCESS"));
        for (const JournalMember &m : j.members) {
            QCOMPARE(m.outcome, QStringLiteral("added"));
            QVERIFY(!removedIds.contains(m.memberId));
        }

        panel->showOperation(add);
        QVERIFY(!readd->isEnabled()); // an add is not a removal to undo

        // Again: every server is on the listener, so nothing is sent.
        panel->showOperation(removal);
        QTRY_VERIFY(readd->isEnabled());
        const int operations = int(f.window.jobCenter()->operations().size());
        QTest::mouseClick(readd, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.window.messageBar()->text().contains(QStringLiteral("already present")), 20000);
        QTest::qWait(300); // give a wrongly sent request the chance to show up in the log
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members")), postsBefore + 1);
        QCOMPARE(int(f.window.jobCenter()->operations().size()), operations);

        // And from the history window: the same answer.
        f.window.messageBar()->clear();
        f.window.showHistory();
        HistoryView *history = f.window.historyView();
        QVERIFY(history);
        QTRY_VERIFY(history->selectOperation(removalId));
        auto *historyReadd = history->findChild<QPushButton *>(QStringLiteral("historyReaddButton"));
        QVERIFY(historyReadd && historyReadd->isEnabled());
        QTest::mouseClick(historyReadd, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.window.messageBar()->text().contains(QStringLiteral("already present")), 20000);
        QTest::qWait(300);
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members")), postsBefore + 1);
        QCOMPARE(int(f.window.jobCenter()->operations().size()), operations);
    }

    void readdFromHistoryAddsOnce()
    {
        Fixture f;
        QVERIFY(openAndShow(f, quickSandbox(), 6, 100));
        MemberOperation *removal = removeFirst(f, 1);
        QVERIFY(removal);
        const qint64 removalId = f.window.recorder()->journalId(removal);
        const int postsBefore = postsTo(f.window.sandbox(), QStringLiteral("/members"));
        QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
        // Two requests in a row: the second must not add the server a second time.
        f.window.readdFromJournal(removalId);
        f.window.readdFromJournal(removalId);
        QVERIFY(finished.wait(30000));
        QTest::qWait(300);
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members")), postsBefore + 1);
        auto *add = finished.first().first().value<MemberOperation *>();
        QCOMPARE(add->outcome(), MemberOperation::Outcome::Succeeded);
        QCOMPARE(f.window.journal()->operation(f.window.recorder()->journalId(add))->undoOf, removalId);
    }

    void unfinishedIntentIsSettledOnOpen()
    {
        Fixture f;
        const Emulator::EmulatorOptions options = quickSandbox();
        // The same seed gives the same cloud: read a member the window's sandbox will have.
        Emulator::EmulatorServer twin(options);
        const Emulator::Listener *target = nullptr;
        for (const Emulator::Listener &l : twin.store().listeners()) {
            if (l.members.size() >= 2) {
                target = &l;
                break;
            }
        }
        QVERIFY(target);
        {
            Journal journal(f.journalPath);
            QVERIFY(journal.open());
            JournalOperation op;
            op.kind = QStringLiteral("remove");
            op.connectionId = QStringLiteral("sandbox");
            op.connectionName = QStringLiteral("Sandbox");
            op.userName = QStringLiteral("operator");
            op.region = QStringLiteral("sandbox");
            op.projectId = twin.projectId();
            op.loadBalancerId = target->loadbalancerId;
            op.listenerId = target->id;
            op.listenerName = target->name;
            op.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600); // the crash was an hour ago
            const Emulator::Member &m = target->members.front();
            op.members << JournalMember{m.id, m.serverId, m.serverAddress, m.serverName, QStringLiteral("pending")};
            QVERIFY(journal.recordIntent(op) > 0);
        }
        QSignalSpy resolved(&f.window, &MainWindow::journalResolved);
        QSignalSpy tree(&f.window, &MainWindow::treeLoaded);
        f.window.openSandbox(options);
        QVERIFY(tree.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(resolved.size() == 1, 30000);
        QCOMPARE(resolved.first().first().toInt(), 1);
        const QString text = f.window.messageBar()->text();
        QVERIFY2(text.contains(QStringLiteral("never applied")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 operation")), qPrintable(text));
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members/action")), 0);
        QCOMPARE(postsTo(f.window.sandbox(), QStringLiteral("/members")), 0);
        const QList<JournalOperation> all = f.window.journal()->operations();
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().isFinished());
        QVERIFY(!all.first().resolution.isEmpty());
        QCOMPARE(all.first().members.first().outcome, QStringLiteral("still-present"));

        // "Show history" in the message bar opens the history with the resolution.
        auto *show = f.window.messageBar()->findChild<QPushButton *>(QStringLiteral("messageAction"));
        QVERIFY(show && !show->isHidden());
        QTest::mouseClick(show, Qt::LeftButton);
        QTRY_VERIFY(f.window.historyView() && f.window.historyView()->isVisible());
        const QAbstractItemModel *history = f.window.historyView()->model();
        QCOMPARE(history->rowCount(), 1);
        QVERIFY(!history->index(0, JournalModel::Resolution).data().toString().isEmpty());
        QVERIFY2(history->index(0, JournalModel::Outcome).data().toString().contains(QStringLiteral("Never applied")),
                 qPrintable(history->index(0, JournalModel::Outcome).data().toString()));
    }

    void unwritableJournalRefusesRemovals()
    {
        QTemporaryDir dir;
        ProfileStore profiles{dir.filePath(QStringLiteral("connections.ini"))};
        MemorySecretStore secrets;
        // A folder where the file should be: SQLite cannot open it.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("journal.sqlite")));
        MainWindow window{&profiles, &secrets, nullptr, dir.filePath(QStringLiteral("journal.sqlite"))};
        QVERIFY(!window.journal()->isOpen());
        QSignalSpy tree(&window, &MainWindow::treeLoaded);
        window.openSandbox(quickSandbox());
        QVERIFY(tree.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(window.memberPane()->model()->rowCount() > 0, 20000);
        window.memberPane()->view()->selectRow(0);
        auto *remove = window.findChild<QAction *>(QStringLiteral("removeAction"));
        QVERIFY(!remove->isEnabled());
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("journal")), qPrintable(window.messageBar()->text()));
    }
};


// Appended for issue 4 §6: a member removed behind the app's back between review and sending.
class tst_MainWindowFreshData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staleSelectionGetsASecondLookNotAPost()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
        MemorySecretStore secrets;
        MainWindow window(&profiles, &secrets, nullptr, dir.filePath(QStringLiteral("journal.sqlite")));
        Emulator::EmulatorOptions options = MainWindow::demoOptions();
        options.largeListenerMembers = 300;
        options.jobSeconds = 0.4;
        QSignalSpy tree(&window, &MainWindow::treeLoaded);
        QSignalSpy loaded(window.memberPane(), &MemberPane::loaded);
        window.openSandbox(options);
        QVERIFY(tree.wait(20000));
        QVERIFY(loaded.wait(20000) || window.memberPane()->model()->rowCount() > 0);
        MemberPane *pane = window.memberPane();
        pane->view()->selectRow(0);
        pane->view()->selectionModel()->select(pane->view()->model()->index(1, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<Member> chosen = pane->selectedMembers();
        QCOMPARE(chosen.size(), 2);
        window.findChild<QAction *>(QStringLiteral("removeAction"))->trigger();
        RemoveMembersDialog *dialog = window.reviewDialog();
        QVERIFY(dialog);
        // Behind the app's back: the first member leaves the listener on the server.
        Emulator::Listener *listener = window.sandbox()->store().listener(pane->listener().id);
        QVERIFY(listener);
        QVERIFY(Emulator::EmulatorStore::removeMember(*listener, chosen.first().id));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        // A second look shows the difference; nothing is sent until it is confirmed.
        QDialog *again = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((again = window.findChild<QDialog *>(QStringLiteral("multiRemoveDialog"))) != nullptr,
                                 20000);
        QCOMPARE(window.jobCenter()->operations().size(), 0);
        const QJsonArray log = window.sandbox()->requestsJson();
        for (const QJsonValue &v : log)
            QVERIFY(!v.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1String("/members/action")));
        QString shown;
        const auto labels = again->findChildren<QLabel *>();
        for (const QLabel *l : labels)
            shown += l->text() + QLatin1Char('\n');
        QVERIFY2(shown.contains(chosen.first().serverName.isEmpty() ? chosen.first().id : chosen.first().serverName)
                     || shown.contains(QStringLiteral("no longer")),
                 qPrintable(shown));
        // Confirming the second look removes only what is still there.
        QSignalSpy finished(window.jobCenter(), &JobCenter::operationFinished);
        QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto *op = finished.first().first().value<MemberOperation *>();
        QCOMPARE(op->targets().size(), 1);
        QCOMPARE(op->targets().first().memberId, chosen.at(1).id);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    tst_MainWindow first;
    tst_MainWindowFreshData second;
    return QTest::qExec(&first, argc, argv) | QTest::qExec(&second, argc, argv);
}
#include "tst_mainwindow.moc"
