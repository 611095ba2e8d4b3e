// Found by the fault soak (tests/soak): a job poll answered 401 twice (the token expired, was
// renewed, and the renewed one expired too) ended the tracking at once with "had not finished
// after 1 s (last status none)", although the job ran on and succeeded. A 401 on a poll now only
// ends the tracking when IAM refuses the credentials or after several polls in a row.
#include "journalsandbox.h"

#include <QElapsedTimer>

using namespace ElbDesk;
using namespace ElbDesk::Test;

class tst_SoakJobTracker : public QObject
{
    Q_OBJECT

private slots:
    void pollAnswered401AfterRenewalPollsOn();
    void pollsAnswered401InARowEndUnknownBeforeTheDeadline();
};

namespace {

QJsonArray expireOnJobPolls(int count)
{
    return QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                  {QStringLiteral("path"), QStringLiteral("/jobs/")},
                                  {QStringLiteral("kind"), QStringLiteral("expire-token")},
                                  {QStringLiteral("count"), count}}};
}

} // namespace

void tst_SoakJobTracker::pollAnswered401AfterRenewalPollsOn()
{
    JournalSandbox box;
    QVERIFY2(box.emulator.isRunning(), qPrintable(box.emulator.errorString()));
    const QString listener = box.listenersWithMembers(3).value(0);
    const QList<Member> members = box.members(listener);
    QVERIFY(!members.isEmpty());
    // The first poll: 401, renew, 401 again with the renewed token.
    QVERIFY(box.emulator.addFaultRules(expireOnJobPolls(2)));

    MemberRemoval removal(box.client.get(), listener, {members.first()});
    removal.setOptions(JournalSandbox::fastOptions());
    QSignalSpy finished(&removal, &MemberOperation::finished);
    removal.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(removal.outcome(), MemberOperation::Outcome::Succeeded);
    QVERIFY(!removal.jobId().isEmpty());
    QVERIFY2(removal.jobPolls() >= 2, "the 401 poll was followed by another");
    QCOMPARE(box.requestCount(QStringLiteral("POST"), QStringLiteral("/members/action")), 1);
}

void tst_SoakJobTracker::pollsAnswered401InARowEndUnknownBeforeTheDeadline()
{
    JournalSandbox box;
    QVERIFY2(box.emulator.isRunning(), qPrintable(box.emulator.errorString()));
    const QString listener = box.listenersWithMembers(3).value(0);
    const QList<Member> members = box.members(listener);
    QVERIFY(!members.isEmpty());
    QVERIFY(box.emulator.addFaultRules(expireOnJobPolls(0))); // every poll, for ever

    MemberOperation::Options options = JournalSandbox::fastOptions();
    options.timing.deadlineMs = 25000;
    MemberRemoval removal(box.client.get(), listener, {members.first()});
    removal.setOptions(options);
    QSignalSpy finished(&removal, &MemberOperation::finished);
    QElapsedTimer clock;
    clock.start();
    removal.start();
    QVERIFY(finished.wait(30000));
    // Told: unknown, with the job id, and not only once the deadline passed.
    QCOMPARE(removal.outcome(), MemberOperation::Outcome::Unknown);
    QVERIFY(!removal.jobId().isEmpty());
    QVERIFY(removal.summary().contains(removal.jobId()));
    QCOMPARE(removal.jobPolls(), 3);
    QVERIFY(clock.elapsed() < options.timing.deadlineMs);
    QCOMPARE(box.requestCount(QStringLiteral("POST"), QStringLiteral("/members/action")), 1);
}

QTEST_GUILESS_MAIN(tst_SoakJobTracker)
#include "tst_soakjobtracker.moc"
