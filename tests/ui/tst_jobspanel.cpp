// The Jobs dock over real removals against the in-process sandbox: rows appear and expand to the
// servers, the detail label explains the current job, "Copy job id" fills the clipboard, "Check
// again" is offered only for an unknown outcome, and a finished job is announced while the main
// window is inactive.

#include "api/apiclient.h"
#include "auth/passwordauthenticator.h"
#include "emulatormodel.h"
#include "emulatorserver.h"
#include "emulatorstore.h"
#include "jobs/jobcenter.h"
#include "jobs/memberremoval.h"
#include "jobspanel.h"
#include "model/jobsmodel.h"
#include "requestlog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace ElbDesk;

namespace {

constexpr int kJobTimeoutMs = 20000;

struct SandboxListener
{
    QString id;
    QString name;
    QList<Member> members;
};

MemberOperation::Options fastOptions(int deadlineMs = kJobTimeoutMs)
{
    MemberOperation::Options o;
    o.timing.firstPollMs = 100;
    o.timing.growth = 1.0;
    o.timing.maxPollMs = 150;
    o.timing.deadlineMs = deadlineMs;
    o.settleAfterSuccessMs = {0, 300, 600};
    o.settleAfterAmbiguousMs = {0, 300};
    return o;
}

// A main window with the panel docked, over its own JobCenter (declared first: it outlives the panel).
struct Desk
{
    JobCenter center;
    QMainWindow window;
    JobsPanel *panel = nullptr;

    Desk()
    {
        panel = new JobsPanel(&center, &window);
        window.setCentralWidget(new QWidget(&window));
        window.addDockWidget(Qt::BottomDockWidgetArea, panel);
        window.resize(900, 600);
    }
    [[nodiscard]] QTreeView *view() const
    {
        return panel->findChild<QTreeView *>(QStringLiteral("jobsView"));
    }
    [[nodiscard]] QLabel *detail() const
    {
        return panel->findChild<QLabel *>(QStringLiteral("jobDetailLabel"));
    }
    [[nodiscard]] QPushButton *checkAgain() const
    {
        return panel->findChild<QPushButton *>(QStringLiteral("checkAgainButton"));
    }
    [[nodiscard]] QPushButton *copyJobId() const
    {
        return panel->findChild<QPushButton *>(QStringLiteral("copyJobIdButton"));
    }
};

} // namespace

class TestJobsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void panelHasItsParts();
    void rowsAppearAndExpandToServers();
    void copyJobIdPutsTheIdOnTheClipboard();
    void checkAgainOnlyForUnknownOutcomes();
    void notifiesWhenTheWindowIsInactive();
    void groupRowShowsAndExpands();

private:
    MemberRemoval *removal(int listenerIndex, int count,
                           const MemberOperation::Options &options = fastOptions());

    std::unique_ptr<Emulator::EmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    QList<SandboxListener> m_listeners;
    QHash<int, int> m_used; // members already taken per listener, so no test removes one twice
};

void TestJobsPanel::initTestCase()
{
    Emulator::EmulatorOptions options;
    options.jobSeconds = 1.0;
    m_server = std::make_unique<Emulator::EmulatorServer>(options);
    QVERIFY2(m_server->listen() != 0, qPrintable(m_server->errorString()));

    // Listeners and members straight from the sandbox's store: this test is about the panel.
    for (const Emulator::Listener &l : m_server->store().listeners()) {
        if (l.projectId != m_server->projectId())
            continue;
        SandboxListener listener{l.id, l.name, {}};
        for (const Emulator::Member &m : l.members) {
            Member member;
            member.id = m.id;
            member.serverId = m.serverId;
            member.serverAddress = m.serverAddress;
            member.serverName = m.serverName;
            member.status = m.status;
            listener.members.append(member);
        }
        m_listeners.append(listener);
    }
    QVERIFY(m_listeners.size() >= 4);

    Connection c;
    c.id = QStringLiteral("jobspanel-test");
    c.name = QStringLiteral("sandbox");
    c.cloud = QStringLiteral("sandbox");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = m_server->baseUrl();
    c.iamEndpoint = m_server->baseUrl();
    c.auth = AuthMethod::Password;
    c.userName = QString::fromLatin1(Emulator::EmulatorOptions::kDefaultUser);
    c.domainName = QString::fromLatin1(Emulator::EmulatorOptions::kDefaultDomain);
    c.projectName = QString::fromLatin1(Emulator::EmulatorOptions::kProjectName);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(
        m_nam.get(), c,
        new PasswordAuthenticator(QString::fromLatin1(Emulator::EmulatorOptions::kDefaultPassword)));
}

void TestJobsPanel::cleanupTestCase()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

MemberRemoval *TestJobsPanel::removal(int listenerIndex, int count, const MemberOperation::Options &options)
{
    const SandboxListener &listener = m_listeners.at(listenerIndex);
    const int first = m_used.value(listenerIndex);
    m_used.insert(listenerIndex, first + count);
    auto *operation = new MemberRemoval(m_client.get(), listener.id, listener.members.mid(first, count));
    operation->setListenerName(listener.name);
    operation->setOptions(options);
    return operation;
}

void TestJobsPanel::panelHasItsParts()
{
    Desk desk;
    QCOMPARE(desk.panel->objectName(), QStringLiteral("jobsDock"));
    QCOMPARE(desk.panel->windowTitle(), QStringLiteral("Jobs"));
    QVERIFY(desk.view());
    QCOMPARE(desk.view()->model(), desk.panel->model());
    QVERIFY(desk.detail());
    QVERIFY(!desk.detail()->text().isEmpty()); // says there are no jobs yet
    QVERIFY(desk.checkAgain());
    QVERIFY(desk.copyJobId());
    QVERIFY(!desk.checkAgain()->isEnabled());
    QVERIFY(!desk.copyJobId()->isEnabled());
}

void TestJobsPanel::rowsAppearAndExpandToServers()
{
    Desk desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    MemberRemoval *operation = removal(0, 3);
    desk.center.start(operation);

    QTreeView *view = desk.view();
    QCOMPARE(view->model()->rowCount(), 1);
    const QModelIndex row = view->model()->index(0, 0);
    QCOMPARE(desk.panel->currentOperation(), operation); // the new job became current
    QCOMPARE(row.data().toString(), m_listeners.at(0).name);
    QCOMPARE(view->model()->index(0, JobsModel::Servers).data().toString(),
             QStringLiteral("Remove 3 servers"));
    QCOMPARE(desk.detail()->text(), desk.panel->model()->detailText(row));

    QVERIFY(!view->isExpanded(row));
    view->expand(row);
    QVERIFY(view->isExpanded(row));
    QCOMPARE(view->model()->rowCount(row), 3);
    for (int i = 0; i < 3; ++i) {
        const QModelIndex server = view->model()->index(i, 0, row);
        QVERIFY(!view->visualRect(server).isEmpty());
        QCOMPARE(server.data().toString(), operation->targets().at(i).serverName);
        QCOMPARE(view->model()->index(i, JobsModel::Servers, row).data().toString(),
                 operation->targets().at(i).serverAddress);
    }
    // The running job is drawn (progress delegate included) without trouble while it changes.
    QTRY_COMPARE_WITH_TIMEOUT(operation->outcome(), MemberOperation::Outcome::Succeeded, kJobTimeoutMs);
    view->viewport()->repaint();
    QCOMPARE(view->model()->index(0, JobsModel::State).data().toString(), QStringLiteral("succeeded"));
    QCOMPARE(view->model()->index(0, JobsModel::State, row).data().toString(), QStringLiteral("removed"));
    QTRY_COMPARE(desk.detail()->text(), desk.panel->model()->detailText(row));
    QVERIFY(desk.detail()->text().contains(operation->summary()));

    // A server row explains that server.
    const QModelIndex server = view->model()->index(1, 0, row);
    view->setCurrentIndex(server);
    QVERIFY(desk.detail()->text().contains(operation->targets().at(1).serverAddress));
    QCOMPARE(desk.panel->currentOperation(), operation);
}

void TestJobsPanel::copyJobIdPutsTheIdOnTheClipboard()
{
    Desk desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QGuiApplication::clipboard()->clear();
    MemberRemoval *operation = removal(1, 1);
    desk.center.start(operation);
    desk.panel->showOperation(operation);
    QVERIFY(!desk.copyJobId()->isEnabled()); // no answer yet, so no job id
    QTRY_VERIFY_WITH_TIMEOUT(desk.copyJobId()->isEnabled(), kJobTimeoutMs);
    QVERIFY(!operation->jobId().isEmpty());
    QTest::mouseClick(desk.copyJobId(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), operation->jobId());
    QTRY_COMPARE_WITH_TIMEOUT(operation->outcome(), MemberOperation::Outcome::Succeeded, kJobTimeoutMs);
}

void TestJobsPanel::checkAgainOnlyForUnknownOutcomes()
{
    Desk desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));

    MemberRemoval *done = removal(2, 1);
    desk.center.start(done);
    desk.panel->showOperation(done);
    QVERIFY(!desk.checkAgain()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(done->outcome(), MemberOperation::Outcome::Succeeded, kJobTimeoutMs);
    QVERIFY(!desk.checkAgain()->isEnabled()); // a known outcome needs no second look

    // A job that never finishes, followed with a tiny deadline: its outcome is unknown.
    Emulator::FaultRule stuck;
    stuck.method = "POST";
    stuck.path = QStringLiteral("/members/action");
    stuck.kind = Emulator::FaultKind::Stuck;
    m_server->addFaultRule(stuck);
    MemberRemoval *unknown = removal(3, 2, fastOptions(500));
    desk.center.start(unknown);
    desk.panel->showOperation(unknown);
    QVERIFY(!desk.checkAgain()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(unknown->outcome(), MemberOperation::Outcome::Unknown, kJobTimeoutMs);
    QVERIFY(!unknown->jobId().isEmpty());
    QVERIFY(desk.checkAgain()->isEnabled());
    QCOMPARE(desk.view()->model()->index(0, JobsModel::State).data().toString(),
             QStringLiteral("outcome unknown"));
    QVERIFY(desk.detail()->text().contains(unknown->summary()));

    // Only for the current job: the succeeded one still gets no button.
    desk.panel->showOperation(done);
    QVERIFY(!desk.checkAgain()->isEnabled());
    desk.panel->showOperation(unknown);
    QVERIFY(desk.checkAgain()->isEnabled());

    const int polls = int(m_server->requestLog().entries().size());
    QTest::mouseClick(desk.checkAgain(), Qt::LeftButton);
    QCOMPARE(unknown->outcome(), MemberOperation::Outcome::Pending);
    QCOMPARE(unknown->phase(), MemberOperation::Phase::Tracking);
    QVERIFY(!desk.checkAgain()->isEnabled());
    QCOMPARE(desk.view()->model()->index(0, JobsModel::State).data().toString(), QStringLiteral("running"));
    // It polls again, still gets RUNNING, and ends unknown again: the button comes back.
    QTRY_COMPARE_WITH_TIMEOUT(unknown->outcome(), MemberOperation::Outcome::Unknown, kJobTimeoutMs);
    QVERIFY(int(m_server->requestLog().entries().size()) > polls);
    QVERIFY(desk.checkAgain()->isEnabled());
    QCOMPARE(unknown->postsSent(), 1); // checking again never sends the removal again
}

void TestJobsPanel::notifiesWhenTheWindowIsInactive()
{
    Desk desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QList<QPair<QString, QString>> captured;
    desk.panel->setNotifier([&](const QString &title, const QString &text) {
        captured.append({title, text});
    });
    QSignalSpy notified(desk.panel, &JobsPanel::notified);

    // Another window has the focus: the operator is elsewhere.
    QWidget elsewhere;
    elsewhere.resize(200, 100);
    elsewhere.show();
    elsewhere.activateWindow();
    if (!QTest::qWaitForWindowActive(&elsewhere))
        QSKIP("this platform does not activate windows");
    QVERIFY(!desk.window.isActiveWindow());

    MemberRemoval *operation = removal(0, 1);
    desk.center.start(operation);
    QTRY_COMPARE_WITH_TIMEOUT(captured.size(), 1, kJobTimeoutMs);
    QCOMPARE(captured.at(0).first, QStringLiteral("Remove 1 server"));
    QCOMPARE(captured.at(0).second,
             QStringLiteral("Job on listener %1 succeeded.").arg(m_listeners.at(0).name));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(1).toString(), captured.at(0).second);

    // Without a notifier the panel falls back to the tray or, offscreen, QApplication::alert.
    desk.panel->setNotifier({});
    MemberRemoval *second = removal(1, 1);
    desk.center.start(second);
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, kJobTimeoutMs);
    QCOMPARE(captured.size(), 1);

    // With the main window active the operator sees the panel: no interruption.
    desk.panel->setNotifier([&](const QString &title, const QString &text) {
        captured.append({title, text});
    });
    desk.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&desk.window));
    MemberRemoval *third = removal(2, 1);
    QSignalSpy finished(&desk.center, &JobCenter::operationFinished);
    desk.center.start(third);
    QVERIFY(finished.wait(kJobTimeoutMs));
    QCOMPARE(captured.size(), 1);
    QCOMPARE(notified.size(), 2);
}

void TestJobsPanel::groupRowShowsAndExpands()
{
    Desk desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QGuiApplication::clipboard()->clear();
    auto *readd = desk.panel->findChild<QPushButton *>(QStringLiteral("readdButton"));
    QVERIFY(readd);
    QList<MemberOperation *> group;
    for (int listener : {0, 1, 2}) {
        MemberRemoval *operation = removal(listener, 1);
        operation->setGroupId(QStringLiteral("panel-group"));
        group << operation;
        desk.center.start(operation);
    }
    QTreeView *view = desk.view();
    JobsModel *model = desk.panel->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex groupRow = model->index(0, 0);
    QVERIFY(model->isGroup(groupRow));
    QCOMPARE(view->currentIndex(), groupRow); // the new entry became current
    QCOMPARE(desk.panel->currentOperation(), nullptr);
    QCOMPARE(desk.panel->currentOperations(), group);
    QCOMPARE(groupRow.data().toString(), QStringLiteral("3 listeners"));
    QCOMPARE(model->index(0, JobsModel::Servers).data().toString(), QStringLiteral("Remove 3 servers"));
    QCOMPARE(desk.detail()->text(), model->detailText(groupRow));
    QVERIFY(!desk.checkAgain()->isEnabled());

    // Group → its operations → their servers.
    QVERIFY(!view->isExpanded(groupRow));
    desk.panel->showOperation(group.at(1)); // an operation of a group shows the group, expanded
    QCOMPARE(view->currentIndex(), groupRow);
    QVERIFY(view->isExpanded(groupRow));
    QCOMPARE(model->rowCount(groupRow), 3);
    for (int i = 0; i < 3; ++i) {
        const QModelIndex opRow = model->index(i, 0, groupRow);
        QVERIFY(!view->visualRect(opRow).isEmpty());
        QCOMPARE(opRow.data().toString(), m_listeners.at(i).name);
        view->expand(opRow);
        const QModelIndex server = model->index(0, 0, opRow);
        QVERIFY(!view->visualRect(server).isEmpty());
        QCOMPARE(server.data().toString(), group.at(i)->targets().at(0).serverName);
    }
    for (MemberOperation *operation : group)
        QTRY_COMPARE_WITH_TIMEOUT(operation->outcome(), MemberOperation::Outcome::Succeeded, kJobTimeoutMs);
    view->viewport()->repaint();
    QCOMPARE(model->index(0, JobsModel::State).data().toString(), QStringLiteral("succeeded"));
    QTRY_COMPARE(desk.detail()->text(), model->detailText(groupRow));

    // Copy job id on the group: every id, one a line.
    QTRY_VERIFY(desk.copyJobId()->isEnabled());
    QTest::mouseClick(desk.copyJobId(), Qt::LeftButton);
    QStringList ids;
    for (const MemberOperation *operation : group)
        ids << operation->jobId();
    QCOMPARE(QGuiApplication::clipboard()->text(), ids.join(QLatin1Char('\n')));

    // Re-add on a group row only when someone handles a group re-add.
    QVERIFY(!readd->isEnabled());
    QSignalSpy groupReadd(desk.panel, &JobsPanel::groupReaddRequested);
    view->setCurrentIndex(model->index(0, 0, groupRow));
    QCOMPARE(desk.panel->currentOperation(), group.at(0)); // an operation row acts as before
    QVERIFY(readd->isEnabled());
    view->setCurrentIndex(groupRow);
    QVERIFY(readd->isEnabled());
    QTest::mouseClick(readd, Qt::LeftButton);
    QCOMPARE(groupReadd.size(), 1);
    QCOMPARE(groupReadd.at(0).at(0).value<QList<MemberOperation *>>(), group);
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
