// JobsModel over a JobCenter running real removals and re-adds against the sandbox cloud: the
// states an operation goes through, per-server results, a FAIL job's code and reason in words,
// a refused request, the elapsed ticker and the row order. The sandbox runs as a separate
// elbdesk-emulator process (EmulatorProcess): tests/core link elbdesk_core only.

#include "api/apiclient.h"
#include "api/listlistenersrequest.h"
#include "api/listmembersrequest.h"
#include "auth/passwordauthenticator.h"
#include "emulatorprocess.h"
#include "jobs/jobcenter.h"
#include "jobs/memberaddition.h"
#include "jobs/memberremoval.h"
#include "model/jobsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ElbDesk;
using ElbDesk::Test::EmulatorProcess;

namespace {

constexpr int kJobTimeoutMs = 20000;

MemberOperation::Options fastOptions()
{
    MemberOperation::Options o;
    o.timing.firstPollMs = 100;
    o.timing.growth = 1.0;
    o.timing.maxPollMs = 150;
    o.timing.deadlineMs = kJobTimeoutMs;
    o.settleAfterSuccessMs = {0, 300, 600};
    o.settleAfterAmbiguousMs = {0, 300};
    return o;
}

QString text(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace

class TestJobsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void formatsElapsedTime();
    void removalGoesThroughTheStates();
    void failedJobShowsCodeAndReason();
    void refusedRequestShowsTheError();
    void reAddShowsAddedServersNewestFirst();
    void groupedOperationsShareOneRow();

private:
    // Every member of the n-th listener of the sandbox (each test uses its own listener).
    QList<Member> membersOf(int listenerIndex);
    MemberRemoval *removal(int listenerIndex, const QList<Member> &members);

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    QList<Listener> m_listeners;
};

void TestJobsModel::initTestCase()
{
    // 2 s jobs: INIT for 0.4 s, then RUNNING, long enough for at least one 1 s elapsed tick.
    m_emulator =
        std::make_unique<EmulatorProcess>(QStringList{QStringLiteral("--job-seconds"), QStringLiteral("2")});
    QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->errorString()));

    Connection c;
    c.id = QStringLiteral("jobsmodel-test");
    c.name = QStringLiteral("sandbox");
    c.cloud = QStringLiteral("sandbox");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = m_emulator->baseUrl();
    c.iamEndpoint = m_emulator->baseUrl();
    c.auth = AuthMethod::Password;
    c.userName = QStringLiteral("operator");
    c.domainName = QStringLiteral("sandbox-domain");
    c.projectName = QStringLiteral("eu-de");
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get(), c,
                                           new PasswordAuthenticator(QStringLiteral("sandbox-password")));

    auto *request = new ListListenersRequest(m_client.get(), QString());
    ApiError error;
    connect(request, &ApiRequest::finished, this, [&](ApiRequest *) {
        m_listeners = request->listeners();
        error = request->error();
    });
    QSignalSpy done(request, &ApiRequest::finished);
    request->start();
    QVERIFY(done.wait(kJobTimeoutMs));
    QVERIFY2(!error.isError(), qPrintable(error.describe()));
    QVERIFY(m_listeners.size() >= 5);
}

void TestJobsModel::cleanupTestCase()
{
    m_client.reset();
    m_nam.reset();
    m_emulator.reset();
}

QList<Member> TestJobsModel::membersOf(int listenerIndex)
{
    auto *request = new ListMembersRequest(m_client.get(), m_listeners.at(listenerIndex).id);
    QList<Member> members;
    connect(request, &ListMembersRequest::finished, this,
            [&](ListMembersRequest *r) { members = r->members(); });
    QSignalSpy done(request, &ListMembersRequest::finished);
    request->start();
    if (!done.wait(kJobTimeoutMs))
        qWarning("listing the members of listener %d timed out", listenerIndex);
    return members;
}

MemberRemoval *TestJobsModel::removal(int listenerIndex, const QList<Member> &members)
{
    auto *operation = new MemberRemoval(m_client.get(), m_listeners.at(listenerIndex).id, members);
    operation->setListenerName(m_listeners.at(listenerIndex).name);
    operation->setOptions(fastOptions());
    return operation;
}

void TestJobsModel::formatsElapsedTime()
{
    QCOMPARE(JobsModel::formatElapsed(0), QStringLiteral("0 s"));
    QCOMPARE(JobsModel::formatElapsed(12), QStringLiteral("12 s"));
    QCOMPARE(JobsModel::formatElapsed(185), QStringLiteral("3 min 05 s"));
    QCOMPARE(JobsModel::formatElapsed(3725), QStringLiteral("1 h 02 min"));
}

void TestJobsModel::removalGoesThroughTheStates()
{
    const QList<Member> all = membersOf(0);
    QVERIFY(all.size() >= 2);
    const QList<Member> chosen{all.at(0), all.at(5)};

    JobCenter center;
    JobsModel model(&center);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QStringList states;
    QList<int> progress;
    QSet<QString> elapsedSeen;
    int ticksWhileRunning = 0;
    MemberRemoval *operation = removal(0, chosen);
    const auto record = [&] {
        const QModelIndex state = model.indexOf(operation, JobsModel::State);
        if (states.isEmpty() || states.constLast() != text(state)) {
            states << text(state);
            progress << state.data(JobsModel::ProgressRole).toInt();
        }
    };
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.parent().isValid())
                    return;
                record();
                const QModelIndex state = model.indexOf(operation, JobsModel::State);
                if (topLeft.column() == JobsModel::Elapsed && bottomRight.column() == JobsModel::Elapsed &&
                    state.data(JobsModel::StateRole).value<JobsModel::JobState>() ==
                        JobsModel::JobState::Running) {
                    ++ticksWhileRunning;
                    elapsedSeen.insert(text(model.indexOf(operation, JobsModel::Elapsed)));
                }
            });

    center.start(operation);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    record();
    const QModelIndex row = model.indexOf(operation);
    QCOMPARE(model.operation(row), operation);
    QCOMPARE(row.data(JobsModel::OperationRole).value<MemberOperation *>(), operation);
    QCOMPARE(text(row), m_listeners.at(0).name);
    QCOMPARE(text(model.indexOf(operation, JobsModel::Servers)), QStringLiteral("Remove 2 servers"));
    QCOMPARE(text(model.indexOf(operation, JobsModel::JobId)), QStringLiteral("\u2014"));
    QCOMPARE(model.rowCount(row), 2);
    for (int i = 0; i < 2; ++i) {
        const Member &m = chosen.at(i);
        QCOMPARE(text(model.index(i, JobsModel::Listener, row)),
                 m.serverName.isEmpty() ? QStringLiteral("(no name)") : m.serverName);
        QCOMPARE(text(model.index(i, JobsModel::Servers, row)), m.serverAddress);
        QCOMPARE(text(model.index(i, JobsModel::JobId, row)), m.serverId);
        QCOMPARE(text(model.index(i, JobsModel::State, row)), QStringLiteral("pending"));
        QCOMPARE(model.index(i, 0, row).data(JobsModel::OperationRole).value<MemberOperation *>(), operation);
        QVERIFY(model.detailText(model.index(i, 0, row)).contains(m.serverAddress));
    }
    QVERIFY(model.isTicking());
    QVERIFY(model.detailText(row).startsWith(QStringLiteral("Remove 2 servers from listener ")));

    QTRY_COMPARE_WITH_TIMEOUT(row.data(JobsModel::StateRole).value<JobsModel::JobState>(),
                              JobsModel::JobState::Succeeded, kJobTimeoutMs);
    QCOMPARE(states, QStringList({QStringLiteral("waiting"), QStringLiteral("running"),
                                  QStringLiteral("verifying"), QStringLiteral("succeeded")}));
    QCOMPARE(progress, QList<int>({0, -1, 90, 100}));
    QVERIFY2(ticksWhileRunning >= 1, "the Elapsed column was not refreshed while the job ran");
    QVERIFY(!elapsedSeen.isEmpty());
    QVERIFY(!model.isTicking()); // nothing runs any more
    QCOMPARE(text(model.indexOf(operation, JobsModel::JobId)), operation->jobId());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+ s$"))
                .match(text(model.indexOf(operation, JobsModel::Elapsed)))
                .hasMatch());
    for (int i = 0; i < 2; ++i)
        QCOMPARE(text(model.index(i, JobsModel::State, row)), QStringLiteral("removed"));
    QVERIFY2(model.detailText(row).contains(operation->summary()), qPrintable(model.detailText(row)));
}

void TestJobsModel::failedJobShowsCodeAndReason()
{
    const QList<Member> all = membersOf(1);
    QVERIFY(all.size() >= 3);
    QVERIFY(m_emulator->addFaultRules(
        QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                               {QStringLiteral("path"), QStringLiteral("/members/action")},
                               {QStringLiteral("kind"), QStringLiteral("fail")}}}));
    JobCenter center;
    JobsModel model(&center);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MemberRemoval *operation = removal(1, all.mid(0, 3));
    center.start(operation);
    const QModelIndex row = model.indexOf(operation);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(JobsModel::StateRole).value<JobsModel::JobState>(),
                              JobsModel::JobState::Failed, kJobTimeoutMs);
    QCOMPARE(text(model.indexOf(operation, JobsModel::State)), QStringLiteral("failed"));
    const QString detail = model.detailText(row);
    QVERIFY2(detail.contains(QStringLiteral("The cloud reported ELB.1009: RemoveMemberTask-fail.")),
             qPrintable(detail));
    QVERIFY(model.indexOf(operation, JobsModel::State)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("ELB.1009")));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(text(model.index(i, JobsModel::State, row)), QStringLiteral("still present"));
    QVERIFY(!model.isTicking());
}

void TestJobsModel::refusedRequestShowsTheError()
{
    Member ghost;
    ghost.id = QStringLiteral("0123456789abcdef0123456789abcdef"); // well-formed, but no such member
    ghost.serverId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    ghost.serverAddress = QStringLiteral("192.168.0.250");
    ghost.serverName = QStringLiteral("ghost");
    JobCenter center;
    JobsModel model(&center);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MemberRemoval *operation = removal(2, {ghost});
    center.start(operation);
    const QModelIndex row = model.indexOf(operation);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(JobsModel::StateRole).value<JobsModel::JobState>(),
                              JobsModel::JobState::Rejected, kJobTimeoutMs);
    QCOMPARE(text(model.indexOf(operation, JobsModel::State)), QStringLiteral("rejected"));
    QCOMPARE(text(model.indexOf(operation, JobsModel::Servers)), QStringLiteral("Remove 1 server"));
    QCOMPARE(text(model.indexOf(operation, JobsModel::JobId)), QStringLiteral("\u2014"));
    const QString detail = model.detailText(row);
    QVERIFY2(detail.contains(operation->error().describe()), qPrintable(detail));
    QVERIFY2(detail.contains(operation->error().code), qPrintable(detail));
    QCOMPARE(text(model.index(0, JobsModel::State, row)), QStringLiteral("still present"));
}

void TestJobsModel::reAddShowsAddedServersNewestFirst()
{
    const QList<Member> all = membersOf(3);
    QVERIFY(all.size() >= 2);
    JobCenter center;
    JobsModel model(&center);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MemberRemoval *removed = removal(3, all.mid(0, 2));
    center.start(removed);
    QTRY_COMPARE_WITH_TIMEOUT(removed->outcome(), MemberOperation::Outcome::Succeeded, kJobTimeoutMs);

    auto *readd = new MemberAddition(m_client.get(), m_listeners.at(3).id, removed->targets());
    readd->setListenerName(m_listeners.at(3).name);
    readd->setOptions(fastOptions());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    center.start(readd);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // the newest operation is the first row
    QCOMPARE(model.operation(model.index(0, 0)), readd);
    QCOMPARE(model.operation(model.index(1, 0)), removed);
    QCOMPARE(text(model.index(0, JobsModel::Servers)), QStringLiteral("Re-add 2 servers"));
    QCOMPARE(text(model.index(0, JobsModel::Listener)), m_listeners.at(3).name);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(0, 0).data(JobsModel::StateRole).value<JobsModel::JobState>(),
                              JobsModel::JobState::Succeeded, kJobTimeoutMs);
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(model.rowCount(row), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(text(model.index(i, JobsModel::State, row)), QStringLiteral("added"));
    // The removal's rows are unchanged by the re-add.
    QCOMPARE(text(model.index(0, JobsModel::State, model.index(1, 0))), QStringLiteral("removed"));
}

void TestJobsModel::groupedOperationsShareOneRow()
{
    // Listeners from the end of the sandbox: untouched by the tests above.
    const int count = int(m_listeners.size());
    QVERIFY(count >= 9);
    const QList<int> singles{count - 1, count - 2};
    const QList<int> grouped{count - 3, count - 4, count - 5};

    JobCenter center;
    JobsModel model(&center);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    MemberRemoval *first = removal(singles.at(0), membersOf(singles.at(0)).mid(0, 1));
    center.start(first);

    // One review over three listeners: the group row appears with its first operation and takes
    // in the others under it.
    QList<MemberRemoval *> group;
    int servers = 0;
    for (int i = 0; i < grouped.size(); ++i) {
        const QList<Member> chosen = membersOf(grouped.at(i)).mid(0, i + 1);
        QCOMPARE(chosen.size(), i + 1);
        servers += int(chosen.size());
        MemberRemoval *operation = removal(grouped.at(i), chosen);
        operation->setGroupId(QStringLiteral("group-1"));
        group << operation;
        center.start(operation);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex groupRow = model.index(0, 0);
        QVERIFY(model.isGroup(groupRow));
        QCOMPARE(model.rowCount(groupRow), i + 1);
        QCOMPARE(inserted.constLast().at(0).value<QModelIndex>(), i == 0 ? QModelIndex() : groupRow);
    }

    MemberRemoval *last = removal(singles.at(1), membersOf(singles.at(1)).mid(0, 2));
    center.start(last);
    QCOMPARE(model.rowCount(), 3);

    // Single operations are top-level rows as before.
    const QModelIndex lastRow = model.index(0, 0);
    const QModelIndex groupRow = model.index(1, 0);
    const QModelIndex firstRow = model.index(2, 0);
    QCOMPARE(model.indexOf(last), lastRow);
    QCOMPARE(model.indexOf(first), firstRow);
    QCOMPARE(model.operation(lastRow), last);
    QVERIFY(!model.isGroup(lastRow));
    QCOMPARE(model.rowCount(lastRow), 2);
    QCOMPARE(text(lastRow), m_listeners.at(singles.at(1)).name);
    QCOMPARE(model.operation(model.index(1, 0, lastRow)), last);
    QVERIFY(!lastRow.data(JobsModel::GroupIdRole).isValid());

    // The group row: counts, no single operation, the group's operations in start order.
    QVERIFY(model.isGroup(groupRow));
    QCOMPARE(model.operation(groupRow), nullptr);
    QVERIFY(!groupRow.data(JobsModel::OperationRole).isValid());
    QCOMPARE(groupRow.data(JobsModel::GroupIdRole).toString(), QStringLiteral("group-1"));
    QCOMPARE(model.operations(groupRow).size(), 3);
    QCOMPARE(text(groupRow), QStringLiteral("3 listeners"));
    QCOMPARE(text(groupRow.siblingAtColumn(JobsModel::Servers)), QStringLiteral("Remove %1 servers").arg(servers));
    QCOMPARE(text(groupRow.siblingAtColumn(JobsModel::JobId)), QStringLiteral("3 jobs"));
    const QString listenerTip = groupRow.data(Qt::ToolTipRole).toString();
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(listenerTip.contains(m_listeners.at(grouped.at(i)).name), qPrintable(listenerTip));
        const QModelIndex opRow = model.index(i, 0, groupRow);
        QCOMPARE(model.operations(groupRow).at(i), group.at(i));
        QCOMPARE(model.indexOf(group.at(i)), opRow);
        QCOMPARE(opRow.parent(), groupRow);
        QCOMPARE(model.operation(opRow), group.at(i));
        QCOMPARE(opRow.data(JobsModel::OperationRole).value<MemberOperation *>(), group.at(i));
        QCOMPARE(opRow.data(JobsModel::GroupIdRole).toString(), QStringLiteral("group-1"));
        QCOMPARE(text(opRow), m_listeners.at(grouped.at(i)).name);
        QCOMPARE(model.rowCount(opRow), i + 1);
        const QModelIndex server = model.index(0, 0, opRow);
        QCOMPARE(server.parent(), opRow);
        QCOMPARE(model.operation(server), group.at(i));
        QCOMPARE(text(server.siblingAtColumn(JobsModel::Servers)), group.at(i)->targets().at(0).serverAddress);
    }
    const auto groupState = [&] { return groupRow.data(JobsModel::StateRole).value<JobsModel::JobState>(); };
    QVERIFY(groupState() == JobsModel::JobState::Waiting || groupState() == JobsModel::JobState::Running);
    QVERIFY(model.isTicking());

    QTRY_COMPARE_WITH_TIMEOUT(groupState(), JobsModel::JobState::Succeeded, kJobTimeoutMs);
    QCOMPARE(text(groupRow.siblingAtColumn(JobsModel::State)), QStringLiteral("succeeded"));
    QCOMPARE(groupRow.data(JobsModel::ProgressRole).toInt(), 100);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isTicking(), kJobTimeoutMs);
    const QString jobTip = groupRow.siblingAtColumn(JobsModel::JobId).data(Qt::ToolTipRole).toString();
    const QString detail = model.detailText(groupRow);
    QVERIFY2(detail.startsWith(QStringLiteral("Remove %1 servers from 3 listeners").arg(servers)),
             qPrintable(detail));
    for (const MemberRemoval *operation : group) {
        QVERIFY(jobTip.contains(operation->jobId()));
        QVERIFY2(detail.contains(QStringLiteral("%1: succeeded, job %2.")
                                     .arg(JobsModel::listenerLabel(operation), operation->jobId())),
                 qPrintable(detail));
    }
    QCOMPARE(text(model.index(0, JobsModel::State, model.index(2, 0, groupRow))), QStringLiteral("removed"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+ s$"))
                .match(text(groupRow.siblingAtColumn(JobsModel::Elapsed)))
                .hasMatch());

    // An operation of the group going away leaves the others under the group row.
    delete group.at(1);
    QCOMPARE(model.rowCount(groupRow), 2);
    QCOMPARE(text(groupRow), QStringLiteral("2 listeners"));
    QCOMPARE(model.indexOf(group.at(2)), model.index(1, 0, groupRow));
}

QTEST_GUILESS_MAIN(TestJobsModel)
#include "tst_jobsmodel.moc"
