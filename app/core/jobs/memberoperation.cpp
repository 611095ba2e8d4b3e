#include "memberoperation.h"

#include "api/apiclient.h"
#include "api/apirequest.h"
#include "api/listmembersrequest.h"
#include "logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace ElbDesk {

MemberOperation::MemberOperation(ApiClient *client, const QString &listenerId, const QList<Target> &targets,
                                 QObject *parent)
    : QObject(parent), m_client(client), m_listenerId(listenerId), m_targets(targets)
{}

MemberOperation::~MemberOperation() = default;

int MemberOperation::count(TargetState state) const
{
    return int(std::count_if(m_targets.cbegin(), m_targets.cend(),
                             [state](const Target &t) { return t.state == state; }));
}

void MemberOperation::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    setPhase(Phase::Posting);
    ApiRequest *request = createRequest();
    ++m_postsSent;
    connect(request, &ApiRequest::finished, this, &MemberOperation::onPosted);
    connect(request, &ApiRequest::retrying, this, [this](const ApiError &error, int delayMs) {
        Q_EMIT progress(
            tr("%1 Trying again in %2 s.").arg(error.describe()).arg(delayMs / 1000.0, 0, 'f', 1));
    });
    request->start();
}

void MemberOperation::onPosted(ApiRequest *request)
{
    const ApiError &error = request->error();
    if (!error.isError()) {
        m_jobId = jobIdOf(request);
        qCInfo(lcJobs).noquote() << kind() << "request accepted for listener" << m_listenerId << "- job"
                                 << m_jobId;
        Q_EMIT jobIdKnown(m_jobId);
        track();
        return;
    }
    m_error = error;
    if (error.isAmbiguous()) {
        m_ambiguous = true;
        qCWarning(lcJobs).noquote() << kind() << "request for listener" << m_listenerId
                                    << "has an unknown outcome; re-listing before anything else:"
                                    << error.describe();
        Q_EMIT progress(tr("The answer was lost (%1). Re-listing the listener to learn whether the request "
                           "took effect.")
                            .arg(error.describe()));
        m_settleClock.start();
        verify(m_options.settleAfterAmbiguousMs, 0);
        return;
    }
    conclude(Outcome::Rejected, error.describe());
}

void MemberOperation::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT changed();
}

void MemberOperation::track()
{
    setPhase(Phase::Tracking);
    if (m_tracker)
        m_tracker->deleteLater();
    m_tracker = new JobTracker(m_client, m_jobId, this);
    m_tracker->setTiming(m_options.timing);
    connect(m_tracker, &JobTracker::finished, this, &MemberOperation::onJobFinished);
    connect(m_tracker, &JobTracker::updated, this, [this](const CloudJob &job) {
        m_job = job;
        Q_EMIT changed();
        Q_EMIT progress(tr("Job %1: %2").arg(job.jobId, job.status));
    });
    m_tracker->start();
}

void MemberOperation::checkAgain()
{
    if (m_outcome != Outcome::Unknown || m_jobId.isEmpty() || !m_tracker)
        return;
    m_outcome = Outcome::Pending;
    m_finishedAt = QDateTime();
    setPhase(Phase::Tracking);
    m_tracker->checkAgain();
}

void MemberOperation::onJobFinished()
{
    m_polls = m_tracker->polls();
    m_job = m_tracker->job();
    if (m_tracker->hasAnswer())
        applyJob(m_job);
    switch (m_tracker->outcome()) {
    case JobTracker::Outcome::Succeeded:
        if (!m_options.verify) {
            for (Target &t : m_targets)
                t.state = TargetState::Done;
            conclude(Outcome::Succeeded, tr("Job %1 succeeded.").arg(m_jobId));
            return;
        }
        m_settleClock.start();
        verify(m_options.settleAfterSuccessMs, 0);
        return;
    case JobTracker::Outcome::Failed:
        m_error = ApiError::http(0, m_job.errorCode, m_job.failReason);
        verify({0}, 0);
        return;
    case JobTracker::Outcome::Unknown:
    case JobTracker::Outcome::Pending:
        break;
    }
    const QString last = m_tracker->lastError().isError() ? m_tracker->lastError().describe() : QString();
    conclude(Outcome::Unknown,
             tr("Job %1 had not finished after %2 s (last status %3): the outcome is unknown. The job id is "
                "kept; check again later.%4")
                 .arg(m_jobId, QString::number(m_tracker->elapsedMs() / 1000),
                      m_job.status.isEmpty() ? tr("none") : m_job.status,
                      last.isEmpty() ? QString() : QLatin1Char(' ') + last));
}

void MemberOperation::verify(const QList<int> &delaysMs, int index)
{
    setPhase(index == 0 ? Phase::Verifying : Phase::Settling);
    const int delay = delaysMs.value(index, 0);
    QTimer::singleShot(delay, this, [this, delaysMs, index] {
        auto *listing = new ListMembersRequest(m_client, m_listenerId, this);
        connect(
            listing, &ListMembersRequest::finished, this,
            [this, delaysMs, index](ListMembersRequest *request) { onListing(request, delaysMs, index); });
        listing->start();
    });
}

void MemberOperation::onListing(ListMembersRequest *request, const QList<int> &delaysMs, int index)
{
    const bool more = index + 1 < delaysMs.size();
    const bool failedJob = m_tracker && m_tracker->outcome() == JobTracker::Outcome::Failed;
    if (request->error().isError()) {
        qCWarning(lcJobs).noquote() << "re-listing listener" << m_listenerId
                                    << "failed:" << request->error().describe();
        if (more && !failedJob) {
            verify(delaysMs, index + 1);
            return;
        }
        for (Target &t : m_targets) {
            if (t.state == TargetState::Pending)
                t.state = TargetState::Unknown;
        }
        const QString why = request->error().describe();
        if (m_ambiguous)
            conclude(Outcome::Unknown,
                     tr("The answer was lost and the listener could not be re-listed (%1): the "
                        "outcome is unknown. Nothing was sent again.")
                         .arg(why));
        else if (failedJob)
            conclude(Outcome::Failed, tr("Job %1 failed: %2 %3 (re-listing failed: %4)")
                                          .arg(m_jobId, m_job.errorCode, m_job.failReason, why));
        else
            conclude(Outcome::Succeeded,
                     tr("Job %1 succeeded, but the result could not be verified: %2").arg(m_jobId, why));
        return;
    }
    applyListing(request->members());
    const int n = int(m_targets.size());
    const int done = count(TargetState::Done);
    if (failedJob) {
        conclude(Outcome::Failed,
                 tr("Job %1 failed with %2: %3. %4 of %5 are unchanged on the listener.")
                     .arg(m_jobId, m_job.errorCode.isEmpty() ? tr("no error code") : m_job.errorCode,
                          m_job.failReason.isEmpty() ? tr("no reason given") : m_job.failReason,
                          QString::number(n - done), QString::number(n)));
        return;
    }
    if (done < n && more) {
        verify(delaysMs, index + 1);
        return;
    }
    const qint64 waited = m_settleClock.isValid() ? m_settleClock.elapsed() / 1000 : 0;
    if (m_ambiguous) {
        if (done == n)
            conclude(Outcome::Succeeded, tr("The answer was lost (%1), but re-listing shows the request took "
                                            "effect for all %2.")
                                             .arg(m_error.describe(), QString::number(n)));
        else
            conclude(Outcome::Unknown,
                     tr("The answer was lost (%1). After %2 s, %3 of %4 are unchanged on the "
                        "listener: the request was probably not applied. Nothing was sent "
                        "again; check the listener and repeat if needed.")
                         .arg(m_error.describe(), QString::number(waited), QString::number(n - done),
                              QString::number(n)));
        return;
    }
    if (done == n)
        conclude(Outcome::Succeeded,
                 tr("Job %1 succeeded; re-listing confirms all %2.").arg(m_jobId, QString::number(n)));
    else
        conclude(Outcome::Unknown,
                 tr("Job %1 reported success, but %2 of %3 are unchanged on the listener after "
                    "%4 s.")
                     .arg(m_jobId, QString::number(n - done), QString::number(n), QString::number(waited)));
}

void MemberOperation::conclude(Outcome outcome, const QString &summary)
{
    m_outcome = outcome;
    m_summary = summary;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    setPhase(Phase::Done);
    qCInfo(lcJobs).noquote() << kind() << "on listener" << m_listenerId << "ended:" << summary;
    Q_EMIT finished(this);
}

} // namespace ElbDesk
