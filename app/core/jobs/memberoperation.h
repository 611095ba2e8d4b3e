#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "jobs/jobtracker.h"
#include "model/member.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ElbDesk {

class ApiRequest;
class ListMembersRequest;

// One state-changing request on one listener and everything after it: the POST (sent once),
// following the job, and verifying the result by re-listing the listener. After an ambiguous
// failure (timeout, dropped connection, 5xx, unreadable 2xx) it re-lists to learn whether the
// request took effect and never sends it again by itself.
class MemberOperation : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Succeeded, Failed, Rejected, Unknown };
    Q_ENUM(Outcome)
    enum class TargetState { Pending, Done, NotDone, Unknown };

    // One member to remove or one server to add, with what the operator saw of it.
    struct Target
    {
        QString memberId;      // removal: the member id; add: the new id once known
        QString serverId;
        QString serverAddress; // the private IP
        QString serverName;
        QString healthStatus;
        TargetState state = TargetState::Pending;
    };

    struct Options
    {
        JobTracker::Timing timing;
        QList<int> settleAfterAmbiguousMs{0, 2000, 4000, 8000, 15000};
        QList<int> settleAfterSuccessMs{0, 1000, 3000};
        bool verify = true;
    };

    MemberOperation(ApiClient *client, const QString &listenerId, const QList<Target> &targets,
                    QObject *parent = nullptr);
    ~MemberOperation() override;

    void setOptions(const Options &options) { m_options = options; }
    void start();
    // After an Unknown outcome with a job id: follow the job again.
    void checkAgain();

    // What the operation is doing now, for the jobs panel.
    enum class Phase { Idle, Posting, Tracking, Verifying, Settling, Done };
    Q_ENUM(Phase)

    [[nodiscard]] const QString &listenerId() const { return m_listenerId; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] QDateTime startedAt() const { return m_startedAt; }
    [[nodiscard]] QDateTime finishedAt() const { return m_finishedAt; }
    // The job's last reported status string (INIT, RUNNING, …), empty before the first poll.
    [[nodiscard]] QString jobStatus() const { return m_job.status; }
    // Operator-facing label for the listener (its name), set by whoever starts the operation.
    [[nodiscard]] const QString &listenerName() const { return m_listenerName; }
    void setListenerName(const QString &name) { m_listenerName = name; }
    // Operations started together (one review over several listeners) share a non-empty group id;
    // set before start(). The jobs panel shows such operations as one grouped entry.
    void setGroupId(const QString &groupId) { m_groupId = groupId; }
    [[nodiscard]] const QString &groupId() const { return m_groupId; }
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] const QString &jobId() const { return m_jobId; }
    [[nodiscard]] const CloudJob &job() const { return m_job; }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] const QList<Target> &targets() const { return m_targets; }
    [[nodiscard]] int postsSent() const { return m_postsSent; }
    [[nodiscard]] int jobPolls() const { return m_polls; }
    // What happened, in one or two sentences for the operator.
    [[nodiscard]] const QString &summary() const { return m_summary; }
    [[nodiscard]] virtual QString kind() const = 0; // "remove" or "add"

Q_SIGNALS:
    void jobIdKnown(const QString &jobId);
    void progress(const QString &what);
    // Any change worth redrawing: phase, job status, target states, outcome.
    void changed();
    void finished(ElbDesk::MemberOperation *operation);

protected:
    // The single POST; the base class connects and starts it.
    virtual ApiRequest *createRequest() = 0;
    virtual QString jobIdOf(ApiRequest *request) const = 0;
    // Marks each target Done / NotDone from a fresh listing of the listener.
    virtual void applyListing(const QList<Member> &listing) = 0;
    // Uses what the finished job says (an add learns its new member ids here).
    virtual void applyJob(const CloudJob &job) { Q_UNUSED(job) }
    QList<Target> &mutableTargets() { return m_targets; }
    [[nodiscard]] ApiClient *client() const { return m_client; }

private:
    void setPhase(Phase phase);
    void onPosted(ApiRequest *request);
    void track();
    void onJobFinished();
    void verify(const QList<int> &delaysMs, int index);
    void onListing(ListMembersRequest *request, const QList<int> &delaysMs, int index);
    void conclude(Outcome outcome, const QString &summary);
    [[nodiscard]] int count(TargetState state) const;

    QPointer<ApiClient> m_client;
    QString m_listenerId;
    QList<Target> m_targets;
    Options m_options;
    Phase m_phase = Phase::Idle;
    Outcome m_outcome = Outcome::Pending;
    QString m_jobId;
    CloudJob m_job;
    ApiError m_error;
    QString m_summary;
    QString m_listenerName;
    QString m_groupId;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    QPointer<JobTracker> m_tracker;
    QElapsedTimer m_settleClock;
    int m_postsSent = 0;
    int m_polls = 0;
    bool m_ambiguous = false;
};

} // namespace ElbDesk
