// JournalRecorder against the sandbox cloud (a real process): the intent is on disk before the POST
// leaves, then the job id, then the verified outcome; failed, rejected and unknown outcomes; and a
// journal that cannot be written stops the request from being sent at all.
#include "jobs/jobcenter.h"
#include "jobs/journalrecorder.h"
#include "jobs/memberaddition.h"
#include "jobs/memberremoval.h"
#include "journalsandbox.h"

#include <QPointer>
#include <QTemporaryDir>

using namespace ElbDesk;
using namespace ElbDesk::Test;

class TestJournalRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_journal->open());
        m_sandbox = std::make_unique<JournalSandbox>();
        QVERIFY2(m_sandbox->emulator.isRunning(), qPrintable(m_sandbox->emulator.errorString()));
        m_listeners = m_sandbox->listenersWithMembers(3);
        QVERIFY(m_listeners.size() >= 2);
    }
    void cleanup()
    {
        m_sandbox.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void intentBeforePostThenJobThenSuccess()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 2);
        QCOMPARE(members.size(), 2);
        QVERIFY(m_sandbox->emulator.clearRequests());

        JournalRecorder recorder(m_journal.get());
        auto *removal = new MemberRemoval(m_sandbox->client.get(), listener, members);
        removal->setOptions(JournalSandbox::fastOptions());
        QSignalSpy recorded(&recorder, &JournalRecorder::recorded);
        QVERIFY2(recorder.record(removal, m_sandbox->context(listener)), qPrintable(recorder.lastError()));
        const qint64 id = recorder.journalId(removal);
        QVERIFY(id > 0);
        QCOMPARE(recorded.size(), 1);

        // The intent is on disk and nothing has been sent yet.
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/members/action")), 0);
        auto intent = m_journal->operation(id);
        QVERIFY(intent);
        QCOMPARE(intent->kind, QStringLiteral("remove"));
        QCOMPARE(intent->status, QStringLiteral("INIT"));
        QVERIFY(intent->jobId.isEmpty());
        QCOMPARE(intent->listenerId, listener);
        QCOMPARE(intent->connectionName, QStringLiteral("Sandbox"));
        QCOMPARE(intent->userName, QStringLiteral("operator"));
        QCOMPARE(intent->projectId, m_sandbox->emulator.projectId());
        QCOMPARE(intent->members.size(), 2);
        QCOMPARE(intent->members.at(0).memberId, members.at(0).id);
        QCOMPARE(intent->members.at(1).serverId, members.at(1).serverId);
        QCOMPARE(intent->members.at(1).serverAddress, members.at(1).serverAddress);
        QCOMPARE(intent->members.at(0).outcome, QStringLiteral("pending"));

        // Every state the journal passes through while the operation runs.
        QStringList statuses;
        QString jobIdWhenKnown;
        QObject watcher;
        connect(m_journal.get(), &Journal::changed, &watcher, [&](qint64 changedId) {
            const auto op = m_journal->operation(changedId);
            statuses << op->status;
            if (jobIdWhenKnown.isEmpty())
                jobIdWhenKnown = op->jobId;
        });
        JobCenter center;
        QSignalSpy finished(removal, &MemberOperation::finished);
        center.start(removal);
        QVERIFY(finished.wait(30000));
        QCOMPARE(removal->outcome(), MemberOperation::Outcome::Succeeded);

        const auto done = m_journal->operation(id);
        QCOMPARE(done->jobId, removal->jobId());
        QCOMPARE(jobIdWhenKnown, removal->jobId());
        QCOMPARE(statuses.first(), QStringLiteral("INIT"));
        QCOMPARE(statuses.last(), QStringLiteral("SUCCESS"));
        QVERIFY(done->isFinished());
        QVERIFY(done->errorCode.isEmpty());
        QCOMPARE(done->summary, removal->summary());
        for (const JournalMember &m : done->members)
            QCOMPARE(m.outcome, QStringLiteral("removed"));
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/members/action")), 1);
    }

    void failedJobKeepsCodeAndReason()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 1);
        QVERIFY(m_sandbox->emulator.addFaultRules(
            QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                   {QStringLiteral("path"), QStringLiteral("/members/action")},
                                   {QStringLiteral("kind"), QStringLiteral("fail")}}}));
        JournalRecorder recorder(m_journal.get());
        JobCenter center;
        auto *removal = new MemberRemoval(m_sandbox->client.get(), listener, members);
        removal->setOptions(JournalSandbox::fastOptions());
        QSignalSpy finished(removal, &MemberOperation::finished);
        QVERIFY(JournalRecorder::startRecorded(&center, &recorder, removal, m_sandbox->context(listener)));
        const qint64 id = recorder.journalId(removal);
        QVERIFY(finished.wait(30000));
        QCOMPARE(removal->outcome(), MemberOperation::Outcome::Failed);

        const auto op = m_journal->operation(id);
        QCOMPARE(op->status, QStringLiteral("FAIL"));
        QVERIFY(!op->jobId.isEmpty());
        QVERIFY(!op->errorCode.isEmpty());
        QCOMPARE(op->errorCode, removal->job().errorCode);
        QVERIFY(!op->failReason.isEmpty());
        QCOMPARE(op->failReason, removal->job().failReason);
        QVERIFY(op->isFinished());
        QCOMPARE(op->members.first().outcome, QStringLiteral("still-present"));
    }

    void rejectedRequestIsAFailureWithTheApiError()
    {
        const QString listener = m_listeners.first();
        Member ghost = m_sandbox->members(listener).first();
        ghost.id = QStringLiteral("0123456789abcdef0123456789abcdef"); // no such member
        JournalRecorder recorder(m_journal.get());
        JobCenter center;
        auto *removal = new MemberRemoval(m_sandbox->client.get(), listener, {ghost});
        removal->setOptions(JournalSandbox::fastOptions());
        QSignalSpy finished(removal, &MemberOperation::finished);
        QVERIFY(JournalRecorder::startRecorded(&center, &recorder, removal, m_sandbox->context(listener)));
        QVERIFY(finished.wait(30000));
        QCOMPARE(removal->outcome(), MemberOperation::Outcome::Rejected);

        const auto op = m_journal->operation(recorder.journalId(removal));
        QCOMPARE(op->status, QStringLiteral("FAIL"));
        QCOMPARE(op->errorCode, QStringLiteral("ELB.2012"));
        QCOMPARE(op->failReason, removal->error().message);
        QVERIFY(!op->failReason.isEmpty());
        QVERIFY(op->jobId.isEmpty());
        QVERIFY(op->isFinished());
        QCOMPARE(op->members.first().outcome, QStringLiteral("still-present")); // nothing was applied
    }

    void addRecordsNewMemberIds()
    {
        const QString listener = m_listeners.at(1);
        const QList<Member> members = m_sandbox->members(listener).mid(0, 2);
        QVERIFY(m_sandbox->removeUnjournaled(listener, members));

        QList<MemberOperation::Target> servers = MemberRemoval::targetsFor(members);
        JournalOperation context = m_sandbox->context(listener);
        context.kind = QStringLiteral("add");
        context.undoOf = 42;
        context.groupId = QStringLiteral("group-undo");
        JournalRecorder recorder(m_journal.get());
        JobCenter center;
        auto *add = new MemberAddition(m_sandbox->client.get(), listener, servers);
        add->setOptions(JournalSandbox::fastOptions());
        QSignalSpy finished(add, &MemberOperation::finished);
        QVERIFY(JournalRecorder::startRecorded(&center, &recorder, add, context));
        const qint64 id = recorder.journalId(add);
        QVERIFY(m_journal->operation(id)->members.first().memberId.isEmpty()); // not known before the job
        QVERIFY(finished.wait(30000));
        QCOMPARE(add->outcome(), MemberOperation::Outcome::Succeeded);

        const auto op = m_journal->operation(id);
        QCOMPARE(op->kind, QStringLiteral("add"));
        QCOMPARE(op->undoOf, qint64(42));
        QCOMPARE(op->groupId, QStringLiteral("group-undo"));
        QCOMPARE(op->status, QStringLiteral("SUCCESS"));
        QCOMPARE(op->members.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(op->members.at(i).outcome, QStringLiteral("added"));
            QCOMPARE(op->members.at(i).serverId, members.at(i).serverId);
            QVERIFY(!op->members.at(i).memberId.isEmpty());
            QVERIFY(op->members.at(i).memberId != members.at(i).id); // a re-added server gets a new id
        }
    }

    void unknownOutcomeStaysUnfinished()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 1);
        QVERIFY(m_sandbox->emulator.addFaultRules(
            QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                   {QStringLiteral("path"), QStringLiteral("/members/action")},
                                   {QStringLiteral("kind"), QStringLiteral("stuck")}}}));
        JournalRecorder recorder(m_journal.get());
        JobCenter center;
        auto *removal = new MemberRemoval(m_sandbox->client.get(), listener, members);
        MemberOperation::Options options = JournalSandbox::fastOptions();
        options.timing.deadlineMs = 1500;
        removal->setOptions(options);
        QSignalSpy finished(removal, &MemberOperation::finished);
        QVERIFY(JournalRecorder::startRecorded(&center, &recorder, removal, m_sandbox->context(listener)));
        QVERIFY(finished.wait(30000));
        QCOMPARE(removal->outcome(), MemberOperation::Outcome::Unknown);

        const auto op = m_journal->operation(recorder.journalId(removal));
        QCOMPARE(op->status, QStringLiteral("UNKNOWN"));
        QCOMPARE(op->jobId, removal->jobId());
        QVERIFY(!op->isFinished()); // the resolver follows it again at the next start
        QCOMPARE(op->summary, removal->summary());
        QCOMPARE(m_journal->unfinished().size(), 1);
    }

    void journalFailureMeansNothingIsSent()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 1);
        QVERIFY(m_sandbox->emulator.clearRequests());
        Journal closed(m_dir->filePath(QStringLiteral("never-opened.sqlite")));
        JournalRecorder recorder(&closed);
        JobCenter center;
        QPointer<MemberOperation> removal = new MemberRemoval(m_sandbox->client.get(), listener, members);
        QVERIFY(!JournalRecorder::startRecorded(&center, &recorder, removal, m_sandbox->context(listener)));
        QVERIFY(removal.isNull()); // deleted, never started
        QVERIFY(!recorder.lastError().isEmpty());
        QVERIFY(center.operations().isEmpty());

        // An operation that is already running cannot be recorded after the fact.
        JournalRecorder good(m_journal.get());
        auto *started = new MemberRemoval(m_sandbox->client.get(), listener, members);
        started->setOptions(JournalSandbox::fastOptions());
        QSignalSpy finished(started, &MemberOperation::finished);
        center.start(started);
        QVERIFY(!good.record(started, m_sandbox->context(listener)));
        QVERIFY(m_journal->operations().isEmpty());
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/members/action")), 1);
    }

    void memberOutcomeWords()
    {
        QCOMPARE(JournalRecorder::statusFor(MemberOperation::Outcome::Succeeded), QStringLiteral("SUCCESS"));
        QCOMPARE(JournalRecorder::statusFor(MemberOperation::Outcome::Failed), QStringLiteral("FAIL"));
        QCOMPARE(JournalRecorder::statusFor(MemberOperation::Outcome::Rejected), QStringLiteral("FAIL"));
        QCOMPARE(JournalRecorder::statusFor(MemberOperation::Outcome::Unknown), QStringLiteral("UNKNOWN"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalSandbox> m_sandbox;
    QStringList m_listeners;
};

QTEST_GUILESS_MAIN(TestJournalRecorder)
#include "tst_journalrecorder.moc"
