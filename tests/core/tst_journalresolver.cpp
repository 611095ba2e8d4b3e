// JournalResolver against the sandbox cloud (a real process): journal rows left unfinished by a
// crash are settled by following their job or by re-listing the listener, and nothing is ever
// sent again.
#include "jobs/journalresolver.h"
#include "jobs/memberaddition.h"
#include "journalsandbox.h"

#include <QTemporaryDir>

using namespace ElbDesk;
using namespace ElbDesk::Test;

class TestJournalResolver : public QObject
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

    void removalWithJobIdIsFollowedAndVerified()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 2);
        QString jobId;
        QVERIFY(m_sandbox->removeUnjournaled(listener, members, &jobId));
        QVERIFY(!jobId.isEmpty());
        const qint64 id = craft(QStringLiteral("remove"), listener, members, jobId);
        QVERIFY(m_sandbox->emulator.clearRequests());

        const auto results = resolve();
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().settled);
        const auto op = m_journal->operation(id);
        QVERIFY(op->isFinished());
        QCOMPARE(op->status, QStringLiteral("SUCCESS"));
        QVERIFY2(op->resolution.contains(QLatin1String("following job")), qPrintable(op->resolution));
        for (const JournalMember &m : op->members)
            QCOMPARE(m.outcome, QStringLiteral("removed"));
        QVERIFY(m_sandbox->requestCount(QStringLiteral("GET"), QStringLiteral("/jobs/") + jobId) >= 1);
        QVERIFY(m_sandbox->requestCount(QStringLiteral("GET"), QStringLiteral("/members")) >= 1);
        QCOMPARE(postCount(), 0);
    }

    void removalWithoutJobIdThatHadTakenEffect()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 2);
        QVERIFY(m_sandbox->removeUnjournaled(listener, members));
        const qint64 id = craft(QStringLiteral("remove"), listener, members);
        QVERIFY(m_sandbox->emulator.clearRequests());

        const auto results = resolve();
        QCOMPARE(results.size(), 1);
        const auto op = m_journal->operation(id);
        QCOMPARE(op->status, QStringLiteral("SUCCESS"));
        QCOMPARE(op->resolution, QStringLiteral("settled by re-listing: the removal had taken effect"));
        QCOMPARE(results.first().resolution, op->resolution);
        QVERIFY(op->isFinished());
        QVERIFY(op->jobId.isEmpty());
        for (const JournalMember &m : op->members)
            QCOMPARE(m.outcome, QStringLiteral("removed"));
        QCOMPARE(postCount(), 0);
    }

    void removalWithoutJobIdNeverApplied()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 2);
        const qint64 id = craft(QStringLiteral("remove"), listener, members);
        QVERIFY(m_sandbox->emulator.clearRequests());

        const auto results = resolve();
        QCOMPARE(results.size(), 1);
        const auto op = m_journal->operation(id);
        QVERIFY(op->isFinished());
        QCOMPARE(op->status, QStringLiteral("FAIL"));
        QCOMPARE(op->errorCode, QString::fromLatin1(JournalResolver::NotSentErrorCode));
        QVERIFY(!op->failReason.isEmpty());
        QCOMPARE(op->resolution,
                 QStringLiteral("settled by re-listing: the members are still on the listener, the "
                                "request was never applied; nothing was sent again"));
        for (const JournalMember &m : op->members)
            QCOMPARE(m.outcome, QStringLiteral("still-present"));
        // Nothing was sent again: the members are all still there and the sandbox saw no POST.
        QCOMPARE(postCount(), 0);
        QCOMPARE(m_sandbox->members(listener).mid(0, 2).size(), 2);
        QCOMPARE(m_sandbox->members(listener).first().id, members.first().id);
    }

    void addWithoutJobIdWhoseServersArePresent()
    {
        const QString listener = m_listeners.at(1);
        const QList<Member> members = m_sandbox->members(listener).mid(0, 2);
        QVERIFY(m_sandbox->removeUnjournaled(listener, members));
        // The re-add reached the cloud, then the app died before it stored the job id.
        MemberAddition add(m_sandbox->client.get(), listener, MemberRemoval::targetsFor(members));
        add.setOptions(JournalSandbox::fastOptions());
        QSignalSpy added(&add, &MemberOperation::finished);
        add.start();
        QVERIFY(added.wait(30000));
        QCOMPARE(add.outcome(), MemberOperation::Outcome::Succeeded);
        QList<Member> servers = members;
        for (Member &m : servers)
            m.id.clear();
        const qint64 id = craft(QStringLiteral("add"), listener, servers);
        QVERIFY(m_sandbox->emulator.clearRequests());

        resolve();
        const auto op = m_journal->operation(id);
        QCOMPARE(op->status, QStringLiteral("SUCCESS"));
        QCOMPARE(op->resolution,
                 QStringLiteral(
                     "settled by re-listing: the servers are on the listener, the add had taken effect"));
        QCOMPARE(op->members.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(op->members.at(i).outcome, QStringLiteral("added"));
            QCOMPARE(op->members.at(i).memberId, add.targets().at(i).memberId);
            QVERIFY(!op->members.at(i).memberId.isEmpty());
            QVERIFY(op->members.at(i).memberId != members.at(i).id);
        }
        QCOMPARE(postCount(), 0);
    }

    void addWithoutJobIdNeverApplied()
    {
        const QString listener = m_listeners.at(1);
        const QList<Member> members = m_sandbox->members(listener).mid(0, 1);
        QVERIFY(m_sandbox->removeUnjournaled(listener, members));
        QList<Member> servers = members;
        servers.first().id.clear();
        const qint64 id = craft(QStringLiteral("add"), listener, servers);
        QVERIFY(m_sandbox->emulator.clearRequests());
        resolve();
        const auto op = m_journal->operation(id);
        QCOMPARE(op->status, QStringLiteral("FAIL"));
        QCOMPARE(op->errorCode, QString::fromLatin1(JournalResolver::NotSentErrorCode));
        QCOMPARE(op->members.first().outcome, QStringLiteral("not-present"));
        QCOMPARE(postCount(), 0);
    }

    void partlyAppliedIsUnknownAndSaysWhich()
    {
        const QString listener = m_listeners.first();
        QList<Member> members = m_sandbox->members(listener).mid(0, 2);
        members[0].serverName = QStringLiteral("gone-one");
        members[1].serverName = QStringLiteral("staying-one");
        QVERIFY(m_sandbox->removeUnjournaled(listener, {members.first()}));
        const qint64 id = craft(QStringLiteral("remove"), listener, members);
        resolve();
        const auto op = m_journal->operation(id);
        QCOMPARE(op->status, QStringLiteral("UNKNOWN"));
        QVERIFY(op->isFinished());
        QVERIFY2(op->resolution.contains(QLatin1String("removed: gone-one")), qPrintable(op->resolution));
        QVERIFY2(op->resolution.contains(QLatin1String("still present: staying-one")),
                 qPrintable(op->resolution));
        QCOMPARE(op->members.at(0).outcome, QStringLiteral("removed"));
        QCOMPARE(op->members.at(1).outcome, QStringLiteral("still-present"));
    }

    // Killed after the POST, before the job id was stored, and restarted at once: the job is still
    // running when the resolver first looks. It must not call that "never applied".
    void freshIntentWaitsForAJobStillRunning()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 2);
        const qint64 id =
            craft(QStringLiteral("remove"), listener, members, {}, QDateTime::currentDateTimeUtc());
        MemberRemoval inFlight(m_sandbox->client.get(), listener, members);
        inFlight.setOptions(JournalSandbox::fastOptions());
        QSignalSpy posted(&inFlight, &MemberOperation::jobIdKnown);
        inFlight.start();
        QVERIFY(posted.wait(10000)); // the POST was accepted; the job runs for 0.5 s

        JournalResolver resolver(m_journal.get(), m_sandbox->client.get());
        resolver.setQuietPeriod(15000, 200);
        QSignalSpy finished(&resolver, &JournalResolver::finished);
        resolver.resolveUnfinished();
        QVERIFY(finished.wait(30000));
        const auto op = m_journal->operation(id);
        QCOMPARE(op->status, QStringLiteral("SUCCESS"));
        QCOMPARE(op->resolution, QStringLiteral("settled by re-listing: the removal had taken effect"));
        QCOMPARE(postCount(), 1); // the one from before the "crash"
    }

    void jobStillRunningStaysUnfinished()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 1);
        QVERIFY(m_sandbox->emulator.addFaultRules(
            QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                   {QStringLiteral("path"), QStringLiteral("/members/action")},
                                   {QStringLiteral("kind"), QStringLiteral("stuck")}}}));
        MemberRemoval stuck(m_sandbox->client.get(), listener, members);
        MemberOperation::Options options = JournalSandbox::fastOptions();
        options.timing.deadlineMs = 500;
        stuck.setOptions(options);
        QSignalSpy done(&stuck, &MemberOperation::finished);
        stuck.start();
        QVERIFY(done.wait(30000));
        QVERIFY(!stuck.jobId().isEmpty());
        const qint64 id = craft(QStringLiteral("remove"), listener, members, stuck.jobId());

        JournalResolver resolver(m_journal.get(), m_sandbox->client.get());
        JobTracker::Timing timing = JournalSandbox::fastTiming();
        timing.deadlineMs = 800;
        resolver.setTiming(timing);
        QSignalSpy unresolved(&resolver, &JournalResolver::unresolved);
        QSignalSpy resolved(&resolver, &JournalResolver::resolved);
        QSignalSpy finished(&resolver, &JournalResolver::finished);
        resolver.resolveUnfinished();
        QVERIFY(finished.wait(30000));
        QCOMPARE(unresolved.size(), 1);
        QCOMPARE(resolved.size(), 0);
        QCOMPARE(resolver.settledCount(), 0);
        const auto op = m_journal->operation(id);
        QVERIFY(!op->isFinished());
        QCOMPARE(op->status, QStringLiteral("RUNNING"));
        QVERIFY2(op->resolution.contains(stuck.jobId()), qPrintable(op->resolution));
        QCOMPARE(resolver.results().first().settled, false);
    }

    void unknownJobIdWithNothingChangedStaysUnfinished()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 1);
        const qint64 id = craft(QStringLiteral("remove"), listener, members,
                                QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(m_sandbox->emulator.clearRequests());
        const auto results = resolve();
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.first().settled);
        const auto op = m_journal->operation(id);
        QVERIFY(!op->isFinished());
        QCOMPARE(op->status, QStringLiteral("UNKNOWN"));
        QVERIFY2(op->resolution.contains(QLatin1String("could not be read")), qPrintable(op->resolution));
        QCOMPARE(postCount(), 0);
    }

    void listenerDeletedSinceIsSettledAsUnknowable()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 1);
        const qint64 id =
            craft(QStringLiteral("remove"), QStringLiteral("fedcba9876543210fedcba9876543210"), members);
        const auto results = resolve();
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().settled);
        const auto op = m_journal->operation(id);
        QVERIFY(op->isFinished());
        QCOMPARE(op->status, QStringLiteral("UNKNOWN"));
        QVERIFY2(op->resolution.contains(QLatin1String("no longer exists")), qPrintable(op->resolution));
        QCOMPARE(op->members.first().outcome, QStringLiteral("unknown"));
        QCOMPARE(postCount(), 0);
    }

    void onlyThisProjectAndConnection()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 1);
        JournalOperation otherProject = intent(QStringLiteral("remove"), listener, members);
        otherProject.projectId = QStringLiteral("ffffffffffffffffffffffffffffffff");
        const qint64 a = m_journal->recordIntent(otherProject);
        JournalOperation otherConnection = intent(QStringLiteral("remove"), listener, members);
        otherConnection.connectionId = QStringLiteral("another-connection");
        const qint64 b = m_journal->recordIntent(otherConnection);
        const qint64 finishedOne = craft(QStringLiteral("remove"), listener, members);
        QVERIFY(m_journal->finish(finishedOne, QStringLiteral("SUCCESS"), {}, {}, {}, {}));

        JournalResolver resolver(m_journal.get(), m_sandbox->client.get());
        QSignalSpy started(&resolver, &JournalResolver::started);
        QSignalSpy finished(&resolver, &JournalResolver::finished);
        resolver.resolveUnfinished();
        QVERIFY(finished.wait(20000));
        QCOMPARE(started.first().first().toInt(), 0);
        QVERIFY(resolver.results().isEmpty());
        QVERIFY(!m_journal->operation(a)->isFinished());
        QVERIFY(!m_journal->operation(b)->isFinished());
        QVERIFY(m_journal->operation(a)->resolution.isEmpty());
    }

    void severalInOneRunOldestFirst()
    {
        const QString listener = m_listeners.first();
        const QList<Member> members = m_sandbox->members(listener).mid(0, 2);
        QVERIFY(m_sandbox->removeUnjournaled(listener, {members.at(0)}));
        const qint64 first = craft(QStringLiteral("remove"), listener, {members.at(0)});
        const qint64 second = craft(QStringLiteral("remove"), listener, {members.at(1)});
        JournalResolver resolver(m_journal.get(), m_sandbox->client.get());
        resolver.setQuietPeriod(0);
        QSignalSpy resolved(&resolver, &JournalResolver::resolved);
        QSignalSpy finished(&resolver, &JournalResolver::finished);
        resolver.resolveUnfinished();
        resolver.resolveUnfinished(); // ignored while running
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(resolved.size(), 2);
        QCOMPARE(resolved.at(0).at(0).toLongLong(), first);
        QCOMPARE(resolved.at(1).at(0).toLongLong(), second);
        QCOMPARE(resolver.settledCount(), 2);
        QCOMPARE(m_journal->operation(first)->status, QStringLiteral("SUCCESS"));
        QCOMPARE(m_journal->operation(second)->status, QStringLiteral("FAIL"));
        QVERIFY(m_journal->unfinished().isEmpty());
    }

private:
    JournalOperation intent(const QString &kind, const QString &listener, const QList<Member> &members,
                            const QDateTime &createdAt = QDateTime::currentDateTimeUtc().addSecs(-600)) const
    {
        JournalOperation op = m_sandbox->context(listener);
        op.kind = kind;
        op.createdAt = createdAt;
        for (const Member &m : members) {
            JournalMember jm;
            jm.memberId = m.id;
            jm.serverId = m.serverId;
            jm.serverAddress = m.serverAddress;
            jm.serverName = m.serverName;
            op.members << jm;
        }
        return op;
    }

    // An unfinished row as a crash would leave it: the intent, and maybe the job id.
    qint64 craft(const QString &kind, const QString &listener, const QList<Member> &members,
                 const QString &jobId = QString(),
                 const QDateTime &createdAt = QDateTime::currentDateTimeUtc().addSecs(-600))
    {
        const qint64 id = m_journal->recordIntent(intent(kind, listener, members, createdAt));
        if (!jobId.isEmpty())
            m_journal->setJobId(id, jobId);
        return id;
    }

    QList<JournalResolver::Result> resolve()
    {
        JournalResolver resolver(m_journal.get(), m_sandbox->client.get());
        resolver.setTiming(JournalSandbox::fastTiming());
        resolver.setSettleDelays({0, 300, 600});
        QSignalSpy finished(&resolver, &JournalResolver::finished);
        resolver.resolveUnfinished();
        if (!finished.wait(30000))
            return {};
        return resolver.results();
    }

    int postCount() const
    {
        return m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/members/action")) +
               m_sandbox->requestCount(QStringLiteral("POST"), QStringLiteral("/members"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalSandbox> m_sandbox;
    QStringList m_listeners;
};

QTEST_GUILESS_MAIN(TestJournalResolver)
#include "tst_journalresolver.moc"
