#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "model/cloudjob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace ElbDesk {

class GetJobRequest;

// Follows one cloud job: polls GET /v1.0/{p}/jobs/{id} (falling back to the /v1 form of the
// returned uri on 404), about 1 s at first and backing off to 5 s, one poll in flight. A job that
// outlives the deadline is never declared failed: its outcome is Unknown, the id is kept and
// checkAgain() resumes.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Succeeded, Failed, Unknown };
    Q_ENUM(Outcome)

    struct Timing
    {
        int firstPollMs = 1000;
        // Polls at firstPollMs before backing off: member jobs mostly end within a few seconds,
        // and peers poll every second (reference §13); longer jobs then cost few polls.
        int steadyPolls = 4;
        double growth = 1.5;
        int maxPollMs = 5000;
        int deadlineMs = 10 * 60 * 1000;
    };

    JobTracker(ApiClient *client, const QString &jobId, QObject *parent = nullptr);
    ~JobTracker() override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    void start();
    void checkAgain();
    void stop();

    [[nodiscard]] const QString &jobId() const { return m_jobId; }
    [[nodiscard]] const CloudJob &job() const { return m_job; }
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }
    [[nodiscard]] int polls() const { return m_polls; }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    [[nodiscard]] bool hasAnswer() const { return !m_job.jobId.isEmpty(); }

Q_SIGNALS:
    void updated(const ElbDesk::CloudJob &job);
    void finished(ElbDesk::JobTracker *tracker);

private:
    static constexpr int kMaxAuthFailures = 3;

    void poll();
    void onPoll(GetJobRequest *request);
    void conclude(Outcome outcome);

    QPointer<ApiClient> m_client;
    QString m_jobId;
    Timing m_timing;
    CloudJob m_job;
    ApiError m_lastError;
    Outcome m_outcome = Outcome::Pending;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_sinceCheck;
    QPointer<GetJobRequest> m_inFlight;
    QSet<QString> m_unknownStatuses;
    QString m_prefix; // the job path form this tracker polls; the client learns it once it answered
    double m_intervalMs = 0;
    int m_steadyDone = 0;   // polls made so far at firstPollMs
    bool m_pollNow = false; // checkAgain(): the first poll at once, then the usual schedule
    int m_polls = 0;
    int m_authFailures = 0; // polls in a row that ended in 401 although the request re-authenticated
    bool m_triedFallback = false;
    bool m_running = false;
};

} // namespace ElbDesk
