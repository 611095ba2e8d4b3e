#include "jobtracker.h"

#include "api/apiclient.h"
#include "api/getjobrequest.h"
#include "logging.h"

#include <algorithm>

namespace ElbDesk {

JobTracker::JobTracker(ApiClient *client, const QString &jobId, QObject *parent)
    : QObject(parent), m_client(client), m_jobId(jobId)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % early: a poll just before the job ends costs a whole interval.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &JobTracker::poll);
}

JobTracker::~JobTracker()
{
    if (m_inFlight)
        m_inFlight->abort();
}

void JobTracker::start()
{
    if (m_running)
        return;
    m_running = true;
    m_outcome = Outcome::Pending;
    if (!m_elapsed.isValid())
        m_elapsed.start();
    m_sinceCheck.start();
    m_authFailures = 0;
    m_intervalMs = m_timing.firstPollMs;
    m_steadyDone = 0;
    if (m_prefix.isEmpty() && m_client)
        m_prefix = m_client->jobPathPrefix();
    m_timer.start(m_pollNow ? 0 : int(m_intervalMs));
    m_pollNow = false;
}

void JobTracker::checkAgain()
{
    if (m_running)
        return;
    qCInfo(lcJobs) << "checking job" << m_jobId << "again";
    m_pollNow = true;
    start();
}

void JobTracker::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->abort();
}

void JobTracker::poll()
{
    if (!m_running || m_inFlight || !m_client)
        return;
    ++m_polls;
    auto *request = new GetJobRequest(m_client, m_jobId, m_prefix, this);
    m_inFlight = request;
    connect(request, &ApiRequest::finished, this, [this, request] { onPoll(request); });
    request->start();
}

void JobTracker::onPoll(GetJobRequest *request)
{
    m_inFlight = nullptr;
    if (!m_running)
        return;
    const ApiError &error = request->error();
    if (error.isError()) {
        m_lastError = error;
        if (error.kind == ApiError::Kind::Aborted)
            return;
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 404 && !m_triedFallback) {
            // The documented /v1.0 form is missing here: try the /v1 form the POST's uri names.
            m_triedFallback = true;
            const QString other =
                request->prefix() == QLatin1String("/v1.0") ? QStringLiteral("/v1") : QStringLiteral("/v1.0");
            qCInfo(lcJobs).noquote() << "job path" << request->prefix() << "answered 404; trying" << other;
            m_prefix = other;
            m_timer.start(0);
            return;
        }
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
            qCWarning(lcJobs).noquote()
                << "job" << m_jobId << "is not known under either path:" << error.describe();
            conclude(Outcome::Unknown);
            return;
        }
        // A 401 on a poll whose token had been renewed (a token revoked or expired again meanwhile,
        // found by the fault soak) says nothing about the job: the next poll authenticates anew. Only
        // credentials IAM refuses, or 401s on several polls in a row, end the tracking.
        m_authFailures = error.isAuthFailure() ? m_authFailures + 1 : 0;
        const bool credentialsRefused = error.isAuthFailure() && error.duringAuthentication;
        if (error.kind == ApiError::Kind::Refused || credentialsRefused ||
            m_authFailures >= kMaxAuthFailures) {
            conclude(Outcome::Unknown);
            return;
        }
        qCInfo(lcJobs).noquote() << "poll of job" << m_jobId << "failed, polling on:" << error.describe();
    } else {
        m_authFailures = 0;
        m_lastError = ApiError();
        m_job = request->job();
        // Remembered for later jobs only once this form has really answered.
        if (m_client->jobPathPrefix() != m_prefix)
            m_client->setJobPathPrefix(m_prefix);
        if (!m_job.isKnownStatus() && !m_unknownStatuses.contains(m_job.status)) {
            m_unknownStatuses.insert(m_job.status);
            qCWarning(lcJobs).noquote() << "job" << m_jobId << "reports the unknown status" << m_job.status
                                        << "- treated as still running";
        }
        Q_EMIT updated(m_job);
        if (m_job.state == CloudJob::State::Succeeded) {
            conclude(Outcome::Succeeded);
            return;
        }
        if (m_job.state == CloudJob::State::Failed) {
            conclude(Outcome::Failed);
            return;
        }
    }
    if (m_sinceCheck.elapsed() >= m_timing.deadlineMs) {
        qCWarning(lcJobs) << "job" << m_jobId << "still not finished after" << m_sinceCheck.elapsed() / 1000
                          << "s: outcome unknown, job id kept";
        conclude(Outcome::Unknown);
        return;
    }
    if (++m_steadyDone >= m_timing.steadyPolls)
        m_intervalMs =
            std::min<double>(std::max<double>(m_intervalMs, 1.0) * m_timing.growth, m_timing.maxPollMs);
    const qint64 untilDeadline = m_timing.deadlineMs - m_sinceCheck.elapsed();
    m_timer.start(int(std::max<qint64>(0, std::min<qint64>(qint64(m_intervalMs), untilDeadline))));
}

void JobTracker::conclude(Outcome outcome)
{
    m_running = false;
    m_timer.stop();
    m_outcome = outcome;
    qCDebug(lcJobs) << "job" << m_jobId << "concluded" << outcome << "after" << m_polls << "polls";
    Q_EMIT finished(this);
}

} // namespace ElbDesk
