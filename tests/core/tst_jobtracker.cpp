// JobTracker over the fake network with short timings: INIT→RUNNING→SUCCESS, back-off between polls,
// FAIL with its code and reason, unknown statuses, the deadline (Unknown, never Failed) and
// checkAgain(), the /v1.0 → /v1 fallback, poll errors that do not end tracking, one poll in flight.
#include "api/apiclient.h"
#include "auth/tokenauthenticator.h"
#include "fakenetwork.h"
#include "jobs/jobtracker.h"

#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

const QString kJob = QStringLiteral("4010b39b4fd3d5ff014fd3f160fd006c");

// Answers job polls with the scripted statuses, one per poll; the last one repeats.
// "503" answers that status instead of a job; "FAIL" carries ELB.2012.
struct JobScript
{
    QStringList statuses;
    int polls = 0;
    int replyDelayMs = 0;
    QString servedPrefix; // empty: both /v1.0 and /v1; else only this one (the other answers 404)

    FakeReply *answer(const RecordedRequest &r)
    {
        const bool v1 = r.path().startsWith(QLatin1String("/v1/"));
        if (!servedPrefix.isEmpty() && v1 != (servedPrefix == QLatin1String("/v1"))) {
            return new FakeJsonReply(
                r, 404,
                R"({"error_msg":"The API does not exist or has not been published in the environment","error_code":"APIGW.0101","request_id":"r"})");
        }
        const QString status = statuses.value(polls, statuses.last());
        ++polls;
        FakeReply *reply = nullptr;
        if (status == QLatin1String("503"))
            reply = new FakeJsonReply(r, 503, "<html>busy</html>");
        else if (status == QLatin1String("FAIL"))
            reply = new FakeJsonReply(r, 200,
                                      jobJson(kJob, status, "{}", QStringLiteral("ELB.2012"),
                                              QStringLiteral("This member is not exist")));
        else
            reply = new FakeJsonReply(
                r, 200, jobJson(kJob, status, R"({"members":[{"id":"f7c1508231ed4a0bbe85cf7bf0b831a2"}]})"));
        return reply->withDelay(replyDelayMs);
    }
};

JobTracker::Timing fastTiming(int deadlineMs = 10000)
{
    JobTracker::Timing t;
    t.firstPollMs = 10;
    t.steadyPolls = 3;
    t.growth = 1.5;
    t.maxPollMs = 50;
    t.deadlineMs = deadlineMs;
    return t;
}

struct Fixture
{
    JobScript script;
    FakeNetworkAccessManager nam;
    ApiClient client{&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-jobs"))};
    QStringList seen; // statuses in the order updated() reported them

    explicit Fixture(const QStringList &statuses)
    {
        script.statuses = statuses;
        nam.setRouter([this](const RecordedRequest &r) { return script.answer(r); });
        client.setRetryPolicy(fastRetryPolicy());
    }
    void follow(JobTracker *tracker)
    {
        QObject::connect(tracker, &JobTracker::updated,
                         [this](const CloudJob &job) { seen.append(job.status); });
    }
};

} // namespace

class tst_JobTracker : public QObject
{
    Q_OBJECT

private slots:
    void followsInitRunningSuccess();
    void backoffBetweenPollsGrowsAndCaps();
    void failCarriesCodeAndReason();
    void unknownStatusIsPendingAndLogged();
    void deadlineGivesUnknownAndCheckAgainResumes();
    void fallsBackToV1AndRemembersIt();
    void jobUnknownUnderBothPathsIsUnknown();
    void pollErrorDoesNotEndTracking();
    void neverMoreThanOnePollInFlight();
    void stopAbortsThePollInFlight();
};

void tst_JobTracker::followsInitRunningSuccess()
{
    Fixture f({QStringLiteral("INIT"), QStringLiteral("RUNNING"), QStringLiteral("RUNNING"),
               QStringLiteral("SUCCESS")});
    JobTracker tracker(&f.client, kJob);
    tracker.setTiming(fastTiming());
    f.follow(&tracker);
    QSignalSpy finished(&tracker, &JobTracker::finished);
    tracker.start();
    QVERIFY(finished.wait());
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Succeeded);
    QCOMPARE(f.seen, (QStringList{QStringLiteral("INIT"), QStringLiteral("RUNNING"),
                                  QStringLiteral("RUNNING"), QStringLiteral("SUCCESS")}));
    QCOMPARE(tracker.polls(), 4);
    QCOMPARE(tracker.job().entityMemberIds(),
             QStringList{QStringLiteral("f7c1508231ed4a0bbe85cf7bf0b831a2")});
    QCOMPARE(f.nam.count(), 4);
    for (const RecordedRequest &r : f.nam.requests())
        QCOMPARE(r.path(), QStringLiteral("/v1.0/%1/jobs/%2").arg(fakeProjectId(), kJob));
    QCOMPARE(finished.size(), 1);
}

void tst_JobTracker::backoffBetweenPollsGrowsAndCaps()
{
    QStringList statuses(13, QStringLiteral("RUNNING"));
    statuses.append(QStringLiteral("SUCCESS"));
    Fixture f(statuses);
    JobTracker tracker(&f.client, kJob);
    tracker.setTiming(fastTiming());
    QSignalSpy finished(&tracker, &JobTracker::finished);
    const qint64 startedAt = f.nam.elapsedMs();
    tracker.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Succeeded);
    const QList<RecordedRequest> polls = f.nam.requests();
    QCOMPARE(polls.size(), 14);
    QVERIFY(polls.first().atMs - startedAt >= 8); // firstPollMs, less timer slack
    // Interval after poll k: 10 ms for the first 3 polls (steadyPolls), then min(10 · 1.5^(k-2), 50) ms.
    // Timers never fire much early; they may fire late.
    for (int k = 1; k < polls.size(); ++k) {
        const double expected = k < 3 ? 10.0 : std::min(10.0 * std::pow(1.5, k - 2), 50.0);
        const qint64 gap = polls.at(k).atMs - polls.at(k - 1).atMs;
        QVERIFY2(gap >= expected * 0.85 - 2,
                 qPrintable(QStringLiteral("gap %1: %2 ms, expected %3").arg(k).arg(gap).arg(expected)));
        if (k < 3) // not backing off yet
            QVERIFY2(gap < 40,
                     qPrintable(QStringLiteral("gap %1: %2 ms, expected steady 10 ms").arg(k).arg(gap)));
        // Uncapped, the late gaps would be 577 ms and more.
        if (k >= 10)
            QVERIFY2(gap < 300, qPrintable(QStringLiteral("gap %1: %2 ms is not capped").arg(k).arg(gap)));
    }
}

void tst_JobTracker::failCarriesCodeAndReason()
{
    Fixture f({QStringLiteral("INIT"), QStringLiteral("RUNNING"), QStringLiteral("FAIL")});
    JobTracker tracker(&f.client, kJob);
    tracker.setTiming(fastTiming());
    QSignalSpy finished(&tracker, &JobTracker::finished);
    tracker.start();
    QVERIFY(finished.wait());
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Failed);
    QCOMPARE(tracker.job().status, QStringLiteral("FAIL"));
    QCOMPARE(tracker.job().errorCode, QStringLiteral("ELB.2012"));
    QCOMPARE(tracker.job().failReason, QStringLiteral("This member is not exist"));
    QCOMPARE(tracker.polls(), 3);
}

void tst_JobTracker::unknownStatusIsPendingAndLogged()
{
    Fixture f({QStringLiteral("INIT"), QStringLiteral("RUNNIGN"), QStringLiteral("RUNNIGN"),
               QStringLiteral("QUEUED"), QStringLiteral("SUCCESS")});
    JobTracker tracker(&f.client, kJob);
    tracker.setTiming(fastTiming());
    f.follow(&tracker);
    QSignalSpy finished(&tracker, &JobTracker::finished);
    // Logged once per unknown status, as a warning.
    QTest::ignoreMessage(
        QtWarningMsg,
        qPrintable(QStringLiteral("job %1 reports the unknown status RUNNIGN - treated as still running")
                       .arg(kJob)));
    QTest::ignoreMessage(
        QtWarningMsg,
        qPrintable(
            QStringLiteral("job %1 reports the unknown status QUEUED - treated as still running").arg(kJob)));
    tracker.start();
    QVERIFY(finished.wait());
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Succeeded);
    QCOMPARE(f.seen.count(QStringLiteral("RUNNIGN")), 2);
    QCOMPARE(tracker.polls(), 5);
}

void tst_JobTracker::deadlineGivesUnknownAndCheckAgainResumes()
{
    Fixture f({QStringLiteral("RUNNING")});
    JobTracker tracker(&f.client, kJob);
    tracker.setTiming(fastTiming(150));
    QSignalSpy finished(&tracker, &JobTracker::finished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                           "still not finished after .* outcome unknown, job id kept")));
    tracker.start();
    QVERIFY(finished.wait());
    // A client-side timeout is never a failed job: the outcome is unknown and the id is kept.
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Unknown);
    QCOMPARE(tracker.jobId(), kJob);
    QCOMPARE(tracker.job().status, QStringLiteral("RUNNING"));
    QVERIFY(tracker.hasAnswer());
    QVERIFY(tracker.elapsedMs() >= 150);
    const int pollsBefore = tracker.polls();
    QVERIFY(pollsBefore >= 3);

    // Checked again: the first poll at once, then the usual schedule, not a burst of polls.
    f.script.statuses = {QStringLiteral("RUNNING"), QStringLiteral("RUNNING"), QStringLiteral("SUCCESS")};
    f.script.polls = 0;
    const qsizetype requestsBefore = f.nam.requests().size();
    const qint64 checkedAt = f.nam.elapsedMs();
    tracker.checkAgain();
    tracker.checkAgain(); // a second call while running changes nothing
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 2);
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Succeeded);
    QCOMPARE(tracker.polls(), pollsBefore + 3);
    const QList<RecordedRequest> polls = f.nam.requests().mid(requestsBefore);
    QCOMPARE(polls.size(), 3);
    QVERIFY2(polls.at(0).atMs - checkedAt < 8, "the first poll after checkAgain() waits");
    for (int k = 1; k < 3; ++k)
        QVERIFY2(polls.at(k).atMs - polls.at(k - 1).atMs >= 8, "polls after checkAgain() come in a burst");
}

void tst_JobTracker::fallsBackToV1AndRemembersIt()
{
    Fixture f({QStringLiteral("RUNNING"), QStringLiteral("SUCCESS")});
    f.script.servedPrefix = QStringLiteral("/v1");
    QCOMPARE(f.client.jobPathPrefix(), QStringLiteral("/v1.0"));
    {
        JobTracker tracker(&f.client, kJob);
        tracker.setTiming(fastTiming());
        QSignalSpy finished(&tracker, &JobTracker::finished);
        tracker.start();
        QVERIFY(finished.wait());
        QCOMPARE(tracker.outcome(), JobTracker::Outcome::Succeeded);
    }
    const QList<RecordedRequest> first = f.nam.requests();
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).path(), QStringLiteral("/v1.0/%1/jobs/%2").arg(fakeProjectId(), kJob));
    QCOMPARE(first.at(1).path(), QStringLiteral("/v1/%1/jobs/%2").arg(fakeProjectId(), kJob));
    QCOMPARE(first.at(2).path(), QStringLiteral("/v1/%1/jobs/%2").arg(fakeProjectId(), kJob));
    QCOMPARE(f.client.jobPathPrefix(), QStringLiteral("/v1"));

    // The next job on this endpoint goes to /v1 straight away.
    f.nam.clearRequests();
    f.script.polls = 1;
    JobTracker next(&f.client, kJob);
    next.setTiming(fastTiming());
    QSignalSpy finished(&next, &JobTracker::finished);
    next.start();
    QVERIFY(finished.wait());
    QCOMPARE(next.outcome(), JobTracker::Outcome::Succeeded);
    QCOMPARE(f.nam.count(), 1);
    QVERIFY(f.nam.requests().first().path().startsWith(QLatin1String("/v1/")));
}

void tst_JobTracker::jobUnknownUnderBothPathsIsUnknown()
{
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) {
        return new FakeJsonReply(r, 404, R"({"error":{"message":"job not found","code":"ELB.0404"}})");
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-jobs")));
    JobTracker tracker(&client, kJob);
    tracker.setTiming(fastTiming());
    QSignalSpy finished(&tracker, &JobTracker::finished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not known under either path")));
    tracker.start();
    QVERIFY(finished.wait());
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Unknown); // never Failed without the job saying so
    QCOMPARE(tracker.lastError().httpStatus, 404);
    QCOMPARE(nam.count(), 2);
}

void tst_JobTracker::pollErrorDoesNotEndTracking()
{
    // Poll 2 meets 503 on both of its attempts (maxAttempts 2): the poll fails, tracking goes on.
    Fixture f(
        {QStringLiteral("RUNNING"), QStringLiteral("503"), QStringLiteral("503"), QStringLiteral("SUCCESS")});
    RetryPolicy policy = fastRetryPolicy();
    policy.maxAttempts = 2;
    f.client.setRetryPolicy(policy);
    JobTracker tracker(&f.client, kJob);
    tracker.setTiming(fastTiming());
    f.follow(&tracker);
    QSignalSpy finished(&tracker, &JobTracker::finished);
    tracker.start();
    QVERIFY(finished.wait());
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Succeeded);
    QCOMPARE(f.nam.count(), 4);
    QCOMPARE(tracker.polls(), 3);
    QCOMPARE(f.seen, (QStringList{QStringLiteral("RUNNING"), QStringLiteral("SUCCESS")}));
    QVERIFY(!tracker.lastError().isError());
}

void tst_JobTracker::neverMoreThanOnePollInFlight()
{
    QStringList statuses(6, QStringLiteral("RUNNING"));
    statuses.append(QStringLiteral("SUCCESS"));
    Fixture f(statuses);
    f.script.replyDelayMs = 60; // slower than the poll interval
    JobTracker tracker(&f.client, kJob);
    tracker.setTiming(fastTiming());
    QSignalSpy finished(&tracker, &JobTracker::finished);
    tracker.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Succeeded);
    QCOMPARE(f.nam.count(), 7);
    QCOMPARE(f.nam.maxInFlight(), 1);
    const QList<RecordedRequest> polls = f.nam.requests();
    for (int k = 1; k < polls.size(); ++k)
        QVERIFY(polls.at(k).atMs - polls.at(k - 1).atMs >= 55); // the next poll waits for the answer
}

void tst_JobTracker::stopAbortsThePollInFlight()
{
    Fixture f({QStringLiteral("RUNNING")});
    f.script.replyDelayMs = 5000;
    JobTracker tracker(&f.client, kJob);
    tracker.setTiming(fastTiming());
    QSignalSpy finished(&tracker, &JobTracker::finished);
    tracker.start();
    QTRY_COMPARE(f.nam.inFlight(), 1);
    tracker.stop();
    QCOMPARE(f.nam.inFlight(), 0);
    QCOMPARE(finished.size(), 0); // stopping watching is not an outcome
    QCOMPARE(tracker.outcome(), JobTracker::Outcome::Pending);
    QCOMPARE(f.nam.count(), 1);
}

QTEST_GUILESS_MAIN(tst_JobTracker)
#include "tst_jobtracker.moc"
