#include "journalrecorder.h"

#include "jobs/jobcenter.h"
#include "logging.h"

namespace ElbDesk {

JournalRecorder::JournalRecorder(Journal *journal, QObject *parent) : QObject(parent), m_journal(journal) {}

bool JournalRecorder::record(MemberOperation *op, const JournalOperation &context)
{
    if (!op) {
        m_lastError = tr("There is no operation to record.");
        return false;
    }
    if (!m_journal || !m_journal->isOpen()) {
        m_lastError = tr("The journal is not open, so nothing is sent.");
        return false;
    }
    if (op->phase() != MemberOperation::Phase::Idle || m_ids.contains(op)) {
        // The intent must be on disk before the request leaves; too late for this one.
        m_lastError = tr("The operation was started before it was recorded.");
        return false;
    }
    JournalOperation intent = context;
    intent.id = 0;
    intent.kind = op->kind();
    if (!context.kind.isEmpty() && context.kind != intent.kind)
        qCWarning(lcJobs).noquote() << "journal: context says" << context.kind << "for a" << intent.kind;
    if (!context.listenerId.isEmpty() && context.listenerId != op->listenerId())
        qCWarning(lcJobs).noquote() << "journal: context names listener" << context.listenerId << "for"
                                    << op->listenerId();
    intent.listenerId = op->listenerId(); // the listener the request goes to, whatever the context says
    if (intent.listenerName.isEmpty())
        intent.listenerName = op->listenerName();
    intent.jobId.clear();
    intent.status = QStringLiteral("INIT");
    intent.errorCode.clear();
    intent.failReason.clear();
    intent.resolution.clear();
    intent.createdAt = QDateTime::currentDateTimeUtc();
    intent.updatedAt = intent.createdAt;
    intent.finishedAt = QDateTime();
    intent.members.clear();
    for (const MemberOperation::Target &t : op->targets()) {
        JournalMember member;
        member.memberId = t.memberId;
        member.serverId = t.serverId;
        member.serverAddress = t.serverAddress;
        member.serverName = t.serverName;
        intent.members.append(member);
    }
    const qint64 id = m_journal->recordIntent(intent);
    if (id == 0) {
        m_lastError = tr("The journal could not record the request, so nothing is sent: %1")
                          .arg(m_journal->lastError());
        qCWarning(lcJobs).noquote() << m_lastError;
        return false;
    }
    m_ids.insert(op, id);
    connect(op, &MemberOperation::jobIdKnown, this, [this, op](const QString &jobId) { onJobId(op, jobId); });
    connect(op, &MemberOperation::changed, this, [this, op] { onChanged(op); });
    connect(op, &MemberOperation::finished, this, &JournalRecorder::onFinished);
    connect(op, &QObject::destroyed, this, [this, op] {
        m_ids.remove(op);
        m_lastStatus.remove(op);
    });
    Q_EMIT recorded(op, id);
    return true;
}

bool JournalRecorder::startRecorded(JobCenter *center, JournalRecorder *recorder, MemberOperation *op,
                                    const JournalOperation &context)
{
    if (!center || !recorder || !recorder->record(op, context)) {
        delete op; // never started: nothing was sent
        return false;
    }
    center->start(op);
    return true;
}

qint64 JournalRecorder::journalId(const MemberOperation *op) const
{
    return m_ids.value(op, 0);
}

void JournalRecorder::reportFailure(qint64 id, const char *what)
{
    m_lastError = tr("The journal could not record %1 of operation %2: %3")
                      .arg(QString::fromLatin1(what))
                      .arg(id)
                      .arg(m_journal ? m_journal->lastError() : tr("it is closed"));
    qCWarning(lcJobs).noquote() << m_lastError;
    Q_EMIT journalError(m_lastError);
}

void JournalRecorder::onJobId(MemberOperation *op, const QString &jobId)
{
    const qint64 id = journalId(op);
    if (id == 0 || !m_journal)
        return;
    if (!m_journal->setJobId(id, jobId))
        reportFailure(id, "the job id");
}

void JournalRecorder::onChanged(MemberOperation *op)
{
    const qint64 id = journalId(op);
    if (id == 0 || !m_journal || op->phase() == MemberOperation::Phase::Done)
        return;
    const QString jobStatus = op->jobStatus();
    if (jobStatus.isEmpty())
        return;
    // Until the result is verified the journal says the job is still going, even after the cloud's SUCCESS.
    const QString status = jobStatus == QLatin1String("INIT") ? jobStatus : QStringLiteral("RUNNING");
    if (m_lastStatus.value(op) == status)
        return;
    m_lastStatus.insert(op, status);
    if (!m_journal->setStatus(id, status))
        reportFailure(id, "the job status");
}

QString JournalRecorder::statusFor(MemberOperation::Outcome outcome)
{
    switch (outcome) {
    case MemberOperation::Outcome::Succeeded:
        return QStringLiteral("SUCCESS");
    case MemberOperation::Outcome::Failed:
    case MemberOperation::Outcome::Rejected:
        return QStringLiteral("FAIL");
    case MemberOperation::Outcome::Pending:
        return QStringLiteral("RUNNING");
    case MemberOperation::Outcome::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QList<JournalMember> JournalRecorder::membersOf(const MemberOperation *op)
{
    const bool removal = op->kind() == QLatin1String("remove");
    // Rejected: the API refused the request, so nothing was applied to any member.
    const bool rejected = op->outcome() == MemberOperation::Outcome::Rejected;
    QList<JournalMember> members;
    for (const MemberOperation::Target &t : op->targets()) {
        JournalMember m;
        m.memberId = t.memberId;
        m.serverId = t.serverId;
        m.serverAddress = t.serverAddress;
        m.serverName = t.serverName;
        MemberOperation::TargetState state = t.state;
        if (rejected && state == MemberOperation::TargetState::Pending)
            state = MemberOperation::TargetState::NotDone;
        switch (state) {
        case MemberOperation::TargetState::Done:
            m.outcome = removal ? QStringLiteral("removed") : QStringLiteral("added");
            break;
        case MemberOperation::TargetState::NotDone:
            m.outcome = removal ? QStringLiteral("still-present") : QStringLiteral("not-present");
            break;
        case MemberOperation::TargetState::Pending:
        case MemberOperation::TargetState::Unknown:
            m.outcome = QStringLiteral("unknown");
            break;
        }
        members.append(m);
    }
    return members;
}

void JournalRecorder::onFinished(MemberOperation *op)
{
    const qint64 id = journalId(op);
    if (id == 0 || !m_journal)
        return;
    m_lastStatus.remove(op);
    const MemberOperation::Outcome outcome = op->outcome();
    const QString status = statusFor(outcome);
    QString errorCode;
    QString failReason;
    if (outcome == MemberOperation::Outcome::Rejected) {
        errorCode = op->error().code;
        failReason = op->error().message;
    } else if (outcome == MemberOperation::Outcome::Failed) {
        errorCode = op->job().errorCode.isEmpty() ? op->error().code : op->job().errorCode;
        failReason = op->job().failReason.isEmpty() ? op->error().message : op->job().failReason;
    } else {
        errorCode = op->job().errorCode;
        failReason = op->job().failReason;
    }
    const QList<JournalMember> members = membersOf(op);
    bool ok = false;
    if (outcome == MemberOperation::Outcome::Unknown) {
        // Not finished: the resolver follows the job (or re-lists the listener) at the next start.
        ok = m_journal->markUnknown(id, errorCode, failReason, op->summary(), members);
    } else {
        ok = m_journal->finish(id, status, errorCode, failReason, op->summary(), members);
    }
    if (!ok)
        reportFailure(id, "the result");
}

} // namespace ElbDesk
