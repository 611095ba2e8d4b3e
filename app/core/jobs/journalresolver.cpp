#include "journalresolver.h"

#include "api/listmembersrequest.h"
#include "auth/authenticator.h"
#include "logging.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace ElbDesk {

namespace {

QString labelOf(const JournalMember &m)
{
    if (!m.serverName.isEmpty())
        return m.serverName;
    return m.serverAddress.isEmpty() ? m.serverId : m.serverAddress;
}

bool isDone(const JournalMember &m)
{
    return m.outcome == QLatin1String("removed") || m.outcome == QLatin1String("added");
}

bool isNotDone(const JournalMember &m)
{
    return m.outcome == QLatin1String("still-present") || m.outcome == QLatin1String("not-present");
}

} // namespace

JournalResolver::JournalResolver(Journal *journal, ApiClient *client, QObject *parent)
    : QObject(parent), m_journal(journal), m_client(client)
{
    m_timing.firstPollMs = 500;
    m_timing.growth = 1.5;
    m_timing.maxPollMs = 2000;
    m_timing.deadlineMs = 30000;
}

JournalResolver::~JournalResolver() = default;

int JournalResolver::settledCount() const
{
    return int(
        std::count_if(m_results.cbegin(), m_results.cend(), [](const Result &r) { return r.settled; }));
}

void JournalResolver::resolveUnfinished()
{
    if (m_running)
        return;
    m_running = true;
    m_results.clear();
    m_queue.clear();
    // Always asynchronous, so that callers may connect after calling.
    QTimer::singleShot(0, this, [this] {
        if (!m_client || !m_client->authenticator() || !m_client->projectId().isEmpty()) {
            collect();
            return;
        }
        // The project id is learnt from the token: log in first (nothing else is sent).
        QPointer<JournalResolver> self(this);
        m_client->authenticator()->ensureReady(m_client, [self](const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                qCWarning(lcJobs).noquote()
                    << "journal: cannot settle unfinished operations:" << error.describe();
            QTimer::singleShot(0, self, [self] { self->collect(); });
        });
    });
}

void JournalResolver::collect()
{
    const QString projectId = m_client ? m_client->projectId() : QString();
    const QString connectionId = m_client ? m_client->connection().id : QString();
    if (m_journal && m_journal->isOpen() && !projectId.isEmpty()) {
        const QList<JournalOperation> unfinished = m_journal->unfinished();
        for (const JournalOperation &op : unfinished) {
            const bool project =
                op.projectId == projectId ||
                (op.projectId.isEmpty() && !connectionId.isEmpty() && op.connectionId == connectionId);
            const bool connection =
                connectionId.isEmpty() || op.connectionId.isEmpty() || op.connectionId == connectionId;
            if (project && connection)
                m_queue.append(op);
        }
    }
    qCInfo(lcJobs) << "journal:" << m_queue.size() << "unfinished operation(s) to settle";
    Q_EMIT started(int(m_queue.size()));
    next();
}

void JournalResolver::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    m_current = m_queue.takeFirst();
    m_jobOutcome = JobTracker::Outcome::Pending;
    m_jobFollowed = false;
    m_jobAnswered = false;
    m_job = CloudJob();
    m_jobError.clear();
    if (!stillUnfinished()) {
        settledElsewhere();
        return;
    }
    if (!m_current.jobId.isEmpty()) {
        followJob();
        return;
    }
    if (m_current.members.isEmpty()) {
        conclude(QStringLiteral("UNKNOWN"), {}, {},
                 tr("The journal lists no member for this request and it has no job id: there is nothing to "
                    "verify."),
                 {});
        return;
    }
    relist(0);
}

// Settled meanwhile by another instance (the app and the CLI share the journal): report what it wrote.
void JournalResolver::settledElsewhere()
{
    const auto op = m_journal ? m_journal->operation(m_current.id) : std::nullopt;
    if (op) {
        m_results.append(Result{op->id, op->kind, op->listenerId, op->jobId, op->status, op->resolution, true,
                                op->members});
    }
    next();
}

bool JournalResolver::stillUnfinished() const
{
    if (!m_journal)
        return false;
    const auto op = m_journal->operation(m_current.id);
    return op && !op->isFinished();
}

void JournalResolver::followJob()
{
    qCInfo(lcJobs).noquote() << "journal: following job" << m_current.jobId << "of operation" << m_current.id;
    m_tracker = new JobTracker(m_client, m_current.jobId, this);
    m_tracker->setTiming(m_timing);
    connect(m_tracker, &JobTracker::finished, this, &JournalResolver::onJobFinished);
    m_tracker->start();
}

void JournalResolver::onJobFinished()
{
    m_jobFollowed = true;
    m_jobOutcome = m_tracker->outcome();
    m_jobAnswered = m_tracker->hasAnswer();
    m_job = m_tracker->job();
    m_jobError = m_tracker->lastError().isError() ? m_tracker->lastError().describe() : QString();
    const qint64 elapsedS = m_tracker->elapsedMs() / 1000;
    m_tracker->deleteLater();
    const bool terminal =
        m_jobOutcome == JobTracker::Outcome::Succeeded || m_jobOutcome == JobTracker::Outcome::Failed;
    if (!terminal && m_jobAnswered) {
        const QString status =
            m_job.status == QLatin1String("INIT") ? m_job.status : QStringLiteral("RUNNING");
        leaveUnfinished(tr("Job %1 was still %2 after %3 s; it is followed again next time.")
                            .arg(m_current.jobId, m_job.status)
                            .arg(elapsedS),
                        status);
        return;
    }
    relist(0);
}

void JournalResolver::relist(int attempt)
{
    auto *listing = new ListMembersRequest(m_client, m_current.listenerId, this);
    m_listing = listing;
    connect(listing, &ListMembersRequest::finished, this,
            [this, attempt](ListMembersRequest *request) { onListing(request, attempt); });
    listing->start();
}

void JournalResolver::onListing(ListMembersRequest *request, int attempt)
{
    const ApiError error = request->error();
    if (!error.isError()) {
        settle(request->members(), attempt);
        return;
    }
    QList<JournalMember> unknown = m_current.members;
    for (JournalMember &m : unknown)
        m.outcome = QStringLiteral("unknown");
    const bool terminalJob = m_jobFollowed && (m_jobOutcome == JobTracker::Outcome::Succeeded ||
                                               m_jobOutcome == JobTracker::Outcome::Failed);
    if (terminalJob) {
        // The job's own word settles it; only the per-member check is missing.
        const bool ok = m_jobOutcome == JobTracker::Outcome::Succeeded;
        conclude(
            ok ? QStringLiteral("SUCCESS") : QStringLiteral("FAIL"), m_job.errorCode, m_job.failReason,
            tr("settled by following job %1: it had %2; the listener could not be re-listed to check each "
               "member (%3)")
                .arg(m_current.jobId, ok ? tr("succeeded") : tr("failed"), error.describe()),
            unknown);
        return;
    }
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 404 && !error.isApiNotAvailable()) {
        // Deleted since: there is nothing left to look at, now or later.
        conclude(
            QStringLiteral("UNKNOWN"), {}, {},
            tr("settled: the listener %1 no longer exists (%2), so the outcome cannot be known; nothing was "
               "sent again")
                .arg(m_current.listenerId, error.describe()),
            unknown);
        return;
    }
    leaveUnfinished(tr("The listener could not be re-listed (%1); this is tried again next time. Nothing was "
                       "sent again.")
                        .arg(error.describe()));
}

void JournalResolver::settle(const QList<Member> &listing, int attempt)
{
    const bool removal = m_current.kind != QLatin1String("add");
    QSet<QString> memberIds;
    QHash<QString, const Member *> byServer;
    for (const Member &m : listing) {
        memberIds.insert(m.id);
        byServer.insert(m.serverId, &m);
    }
    QList<JournalMember> members = m_current.members;
    QStringList doneNames;
    QStringList notDoneNames;
    for (JournalMember &m : members) {
        if (removal) {
            if (m.memberId.isEmpty()) {
                m.outcome = QStringLiteral("unknown");
                continue;
            }
            const bool present = memberIds.contains(m.memberId);
            m.outcome = present ? QStringLiteral("still-present") : QStringLiteral("removed");
        } else {
            const Member *on = byServer.value(m.serverId);
            const bool present = on && (m.serverAddress.isEmpty() || on->serverAddress == m.serverAddress);
            m.outcome = present ? QStringLiteral("added") : QStringLiteral("not-present");
            if (present)
                m.memberId = on->id;
        }
        (isDone(m) ? doneNames : notDoneNames) << labelOf(m);
    }
    const int n = int(members.size());
    const int done = int(doneNames.size());
    const int notDone = int(std::count_if(members.cbegin(), members.cend(), isNotDone));
    const bool allDone = n > 0 && done == n;
    const QString jobId = m_current.jobId;

    if (m_jobFollowed && m_jobOutcome == JobTracker::Outcome::Succeeded) {
        if (!allDone && attempt + 1 < m_settleDelaysMs.size()) {
            QTimer::singleShot(m_settleDelaysMs.at(attempt + 1), this,
                               [this, attempt] { relist(attempt + 1); });
            return;
        }
        if (allDone)
            conclude(QStringLiteral("SUCCESS"), m_job.errorCode, m_job.failReason,
                     tr("settled by following job %1: it had succeeded; re-listing confirms all %2")
                         .arg(jobId)
                         .arg(n),
                     members);
        else
            conclude(
                QStringLiteral("SUCCESS"), m_job.errorCode, m_job.failReason,
                tr("settled by following job %1: it had succeeded, but re-listing shows %2 of %3 unchanged "
                   "(%4); they may have been changed again since")
                    .arg(jobId)
                    .arg(n - done)
                    .arg(n)
                    .arg(notDoneNames.join(QLatin1String(", "))),
                members);
        return;
    }
    if (m_jobFollowed && m_jobOutcome == JobTracker::Outcome::Failed) {
        conclude(
            QStringLiteral("FAIL"), m_job.errorCode, m_job.failReason,
            tr("settled by following job %1: it had failed with %2: %3; re-listing shows %4 of %5 unchanged")
                .arg(jobId, m_job.errorCode.isEmpty() ? tr("no error code") : m_job.errorCode,
                     m_job.failReason.isEmpty() ? tr("no reason given") : m_job.failReason)
                .arg(notDone)
                .arg(n),
            members);
        return;
    }
    if (m_jobFollowed) {
        // The job could not be read (gone, or the cloud did not answer): only a visible change settles it.
        const QString why = m_jobError.isEmpty() ? tr("no answer") : m_jobError;
        if (allDone)
            conclude(
                QStringLiteral("SUCCESS"), {}, {},
                tr("settled by re-listing: job %1 could not be read (%2), but the change had taken effect")
                    .arg(jobId, why),
                members);
        else
            leaveUnfinished(
                tr("Job %1 could not be read (%2) and %3 of %4 are unchanged on the listener; this is "
                   "checked again next time. Nothing was sent again.")
                    .arg(jobId, why)
                    .arg(n - done)
                    .arg(n),
                QStringLiteral("UNKNOWN"));
        return;
    }

    // No job id: the crash came before the answer to the POST was stored, or the POST never left.
    if (allDone) {
        conclude(QStringLiteral("SUCCESS"), {}, {},
                 removal
                     ? tr("settled by re-listing: the removal had taken effect")
                     : tr("settled by re-listing: the servers are on the listener, the add had taken effect"),
                 members);
        return;
    }
    const qint64 ageMs = m_current.createdAt.isValid()
                             ? m_current.createdAt.msecsTo(QDateTime::currentDateTimeUtc())
                             : qint64(m_quietPeriodMs);
    if (ageMs < m_quietPeriodMs) {
        // A job the crash did not let us hear about may still be running: look again shortly.
        const int wait = int(qMin<qint64>(m_relistIntervalMs, qMax<qint64>(m_quietPeriodMs - ageMs, 0)));
        QTimer::singleShot(wait, this, [this, attempt] { relist(attempt + 1); });
        return;
    }
    if (done == 0 && notDone == n) {
        conclude(QStringLiteral("FAIL"), QString::fromLatin1(NotSentErrorCode),
                 tr("The request was never applied: no job id was recorded and re-listing shows no change."),
                 removal
                     ? tr("settled by re-listing: the members are still on the listener, the request was "
                          "never applied; nothing was sent again")
                     : tr("settled by re-listing: the servers are not on the listener, the request was never "
                          "applied; nothing was sent again"),
                 members);
        return;
    }
    conclude(QStringLiteral("UNKNOWN"), {}, {},
             tr("settled by re-listing: only partly applied — %1: %2; %3: %4; nothing was sent again")
                 .arg(removal ? tr("removed") : tr("added"),
                      doneNames.isEmpty() ? tr("none") : doneNames.join(QLatin1String(", ")),
                      removal ? tr("still present") : tr("not present"),
                      notDoneNames.isEmpty() ? tr("none") : notDoneNames.join(QLatin1String(", "))),
             members);
}

void JournalResolver::conclude(const QString &status, const QString &errorCode, const QString &failReason,
                               const QString &resolution, const QList<JournalMember> &members)
{
    if (!stillUnfinished()) {
        settledElsewhere();
        return;
    }
    const bool removal = m_current.kind != QLatin1String("add");
    const int n = int(members.size());
    const int done = int(std::count_if(members.cbegin(), members.cend(), isDone));
    const int notDone = int(std::count_if(members.cbegin(), members.cend(), isNotDone));
    QString summary = removal
                          ? tr("%1 of %2 removed, %3 still on the listener.").arg(done).arg(n).arg(notDone)
                          : tr("%1 of %2 added, %3 not on the listener.").arg(done).arg(n).arg(notDone);
    if (done + notDone < n)
        summary += QLatin1Char(' ') + tr("%1 unknown.").arg(n - done - notDone);
    if (!m_journal->finishResolved(m_current.id, status, errorCode, failReason, summary, members,
                                   resolution)) {
        leaveUnfinished(tr("The journal could not be updated: %1").arg(m_journal->lastError()));
        return;
    }
    qCInfo(lcJobs).noquote() << "journal: operation" << m_current.id << status << "-" << resolution;
    m_results.append(Result{m_current.id, m_current.kind, m_current.listenerId, m_current.jobId, status,
                            resolution, true, members});
    Q_EMIT resolved(m_current.id, resolution);
    next();
}

void JournalResolver::leaveUnfinished(const QString &reason, const QString &status)
{
    QString statusAfter = m_current.status;
    if (m_journal && stillUnfinished()) {
        if (!status.isEmpty() && status != m_current.status && m_journal->setStatus(m_current.id, status))
            statusAfter = status;
        m_journal->setResolution(m_current.id, reason);
    }
    qCInfo(lcJobs).noquote() << "journal: operation" << m_current.id << "left unfinished -" << reason;
    m_results.append(Result{m_current.id, m_current.kind, m_current.listenerId, m_current.jobId, statusAfter,
                            reason, false, m_current.members});
    Q_EMIT unresolved(m_current.id, reason);
    next();
}

} // namespace ElbDesk
