#pragma once

#include "api/apiclient.h"
#include "jobs/jobtracker.h"
#include "model/member.h"
#include "store/journal.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ElbDesk {

class ListMembersRequest;

// Settles the operations a crash (kill -9, power loss, closed laptop) left unfinished in the
// journal, for this client's project (and connection, when it has an id):
//  * with a job id: follows the job again, then re-lists the listener to verify the result;
//  * without one: re-lists the listener. A removal whose members are all gone had taken effect
//    (SUCCESS); one whose members are all still there was never applied (FAIL, error code
//    ELBDESK.NOT_SENT); anything in between is UNKNOWN, naming which members are where. An add is
//    read the same way from whether its servers are on the listener.
// It NEVER sends a state-changing request again. Operations it cannot settle now (the listener could
// not be listed, the job is still running) stay unfinished with a resolution saying why, and are
// tried again next time. One operation at a time, so it stays well inside the rate limit.
class JournalResolver : public QObject
{
    Q_OBJECT
public:
    // What became of one operation.
    struct Result
    {
        qint64 id = 0;
        QString kind;
        QString listenerId;
        QString jobId;
        QString status;       // the journal's status afterwards: SUCCESS, FAIL, UNKNOWN, INIT, RUNNING
        QString resolution;   // how it was settled, or why it could not be yet
        bool settled = false; // false: still unfinished in the journal
        QList<JournalMember> members;
    };

    JournalResolver(Journal *journal, ApiClient *client, QObject *parent = nullptr);
    ~JournalResolver() override;

    // Polling of jobs found in the journal (default: 0.5 s, growing to 2 s, given up after 30 s).
    void setTiming(const JobTracker::Timing &timing) { m_timing = timing; }
    // Re-listings after a job's SUCCESS until every member shows the change (default 0, 1 s, 3 s).
    void setSettleDelays(const QList<int> &delaysMs) { m_settleDelaysMs = delaysMs; }
    // An intent without a job id that was written less than this long ago may still have a job
    // running in the cloud (the crash came after the POST, before its answer was stored): until
    // then, members still on the listener mean "not yet", and the listener is re-listed every
    // relistIntervalMs. Only afterwards do they mean "never applied". Default 60 s / 2 s.
    void setQuietPeriod(int quietPeriodMs, int relistIntervalMs = 2000)
    {
        m_quietPeriodMs = quietPeriodMs;
        m_relistIntervalMs = relistIntervalMs;
    }

    // Starts settling every unfinished operation of this project; finished() follows (also when there
    // is none). Does nothing while already running.
    void resolveUnfinished();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The operations found unfinished, in journal order, once finished() was emitted.
    [[nodiscard]] const QList<Result> &results() const { return m_results; }
    [[nodiscard]] int settledCount() const;

    // Codes and words the resolver writes.
    static constexpr const char *NotSentErrorCode = "ELBDESK.NOT_SENT";

Q_SIGNALS:
    // How many unfinished operations of this project are being settled.
    void started(int count);
    void resolved(qint64 id, const QString &resolution);
    // Left unfinished for now (the reason is the resolution text).
    void unresolved(qint64 id, const QString &reason);
    void finished();

private:
    void collect();
    void next();
    void followJob();
    void onJobFinished();
    void relist(int attempt);
    void onListing(ListMembersRequest *request, int attempt);
    void settle(const QList<Member> &listing, int attempt);
    void conclude(const QString &status, const QString &errorCode, const QString &failReason,
                  const QString &resolution, const QList<JournalMember> &members);
    void leaveUnfinished(const QString &reason, const QString &status = QString());
    void settledElsewhere();
    [[nodiscard]] bool stillUnfinished() const;

    QPointer<Journal> m_journal;
    QPointer<ApiClient> m_client;
    JobTracker::Timing m_timing;
    QList<int> m_settleDelaysMs{0, 1000, 3000};
    QList<JournalOperation> m_queue;
    JournalOperation m_current;
    QPointer<JobTracker> m_tracker;
    QPointer<ListMembersRequest> m_listing;
    JobTracker::Outcome m_jobOutcome = JobTracker::Outcome::Pending;
    bool m_jobFollowed = false;
    bool m_jobAnswered = false;
    CloudJob m_job;
    QString m_jobError;
    int m_quietPeriodMs = 60000;
    int m_relistIntervalMs = 2000;
    QList<Result> m_results;
    bool m_running = false;
};

} // namespace ElbDesk
