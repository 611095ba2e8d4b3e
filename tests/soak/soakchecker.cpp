#include "soakchecker.h"

#include "jobs/journalrecorder.h"
#include "store/journal.h"

#include <QJsonDocument>

namespace ElbDesk::Soak {

namespace {

QString keyOf(const QString &listenerId, QStringList ids)
{
    ids.sort();
    return listenerId + QLatin1Char(':') + ids.join(QLatin1Char(','));
}

QString outcomeName(MemberOperation::Outcome outcome)
{
    switch (outcome) {
    case MemberOperation::Outcome::Pending:
        return QStringLiteral("pending");
    case MemberOperation::Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case MemberOperation::Outcome::Failed:
        return QStringLiteral("failed");
    case MemberOperation::Outcome::Rejected:
        return QStringLiteral("rejected");
    case MemberOperation::Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

SoakChecker::SoakChecker(const SoakConfig &config, const QList<SoakIntent> &intents)
    : m_config(config), m_intents(intents)
{
    m_report.listeners = config.listeners;
    m_report.removalsRequested = config.removals();
    m_report.intents = int(intents.size());
    m_report.faultRate = config.faultRate;
    m_report.seed = config.seed;
}

QHash<QString, QSet<QString>> SoakChecker::membersOf(const QJsonObject &state)
{
    QHash<QString, QSet<QString>> out;
    const QJsonArray listeners = state.value(QLatin1String("listeners")).toArray();
    for (const QJsonValue &v : listeners) {
        QSet<QString> ids;
        const QJsonArray members = v.toObject().value(QLatin1String("member_ids")).toArray();
        for (const QJsonValue &m : members)
            ids.insert(m.toString());
        out.insert(v.toObject().value(QLatin1String("id")).toString(), ids);
    }
    return out;
}

void SoakChecker::checkListing(const QHash<QString, QStringList> &listed,
                               const QHash<QString, QSet<QString>> &before)
{
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const QSet<QString> seen(it.value().cbegin(), it.value().cend());
        if (seen != before.value(it.key()) || seen.size() != it.value().size()) {
            ++m_report.listingMismatches;
            m_report.addViolation(QStringLiteral("listing of listener %1 gave %2 members, the sandbox has %3")
                                      .arg(it.key())
                                      .arg(it.value().size())
                                      .arg(before.value(it.key()).size()));
        }
    }
}

void SoakChecker::checkSandbox(const QJsonArray &requests, const QJsonObject &finalState)
{
    QSet<QString> intentKeys;
    for (const SoakIntent &i : m_intents)
        intentKeys.insert(i.key());

    QHash<QString, int> appliedInLog;
    m_report.cloudRequests = int(requests.size());
    for (const QJsonValue &v : requests) {
        const QJsonObject e = v.toObject();
        const QString fault = e.value(QLatin1String("fault")).toString();
        if (!fault.isEmpty()) {
            ++m_report.faultsByKind[fault];
            ++m_report.faultsTotal;
        }
        const QString method = e.value(QLatin1String("method")).toString();
        const QString path = e.value(QLatin1String("path")).toString();
        if (method == QLatin1String("POST") && path == QLatin1String("/v3/auth/tokens") &&
            e.value(QLatin1String("status")).toInt() == 201) {
            ++m_report.tokensIssued;
        }
        if (method != QLatin1String("POST") || !path.endsWith(QLatin1String("/members/action")))
            continue;
        ++m_report.postsSent;
        if (e.value(QLatin1String("job_id")).toString().isEmpty())
            continue; // refused before it was applied: not a duplicate whatever happens next
        ++m_report.postsApplied;
        // …/listeners/{listener}/members/action
        const QStringList parts = path.split(QLatin1Char('/'));
        const QString listenerId = parts.value(parts.size() - 3);
        QStringList ids;
        const QJsonArray removed = QJsonDocument::fromJson(e.value(QLatin1String("body")).toString().toUtf8())
                                       .object()
                                       .value(QLatin1String("removeMember"))
                                       .toArray();
        for (const QJsonValue &m : removed)
            ids.append(m.toObject().value(QLatin1String("id")).toString());
        ++appliedInLog[keyOf(listenerId, ids)];
    }

    QHash<QString, int> jobsByKey;
    const QJsonArray jobs = finalState.value(QLatin1String("jobs")).toArray();
    for (const QJsonValue &v : jobs) {
        const QJsonObject j = v.toObject();
        if (j.value(QLatin1String("job_type")).toString() != QLatin1String("removeMember"))
            continue;
        QStringList ids;
        const QJsonArray memberIds = j.value(QLatin1String("member_ids")).toArray();
        for (const QJsonValue &m : memberIds)
            ids.append(m.toString());
        const JobRecord record{keyOf(j.value(QLatin1String("listener_id")).toString(), ids),
                               j.value(QLatin1String("status")).toString(),
                               j.value(QLatin1String("error_code")).toString()};
        m_jobs.insert(j.value(QLatin1String("job_id")).toString(), record);
        ++jobsByKey[record.key];
        if (record.status == QLatin1String("FAIL"))
            ++m_report.jobsFailedByCloud;
        else if (record.status == QLatin1String("RUNNING") || record.status == QLatin1String("INIT"))
            ++m_report.jobsStuck;
    }

    QSet<QString> keys(intentKeys);
    for (auto it = appliedInLog.cbegin(); it != appliedInLog.cend(); ++it)
        keys.insert(it.key());
    for (auto it = jobsByKey.cbegin(); it != jobsByKey.cend(); ++it)
        keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        const int inLog = appliedInLog.value(key);
        const int asJobs = jobsByKey.value(key);
        if (inLog != asJobs) {
            ++m_report.contradictions;
            m_report.addViolation(QStringLiteral("sandbox bookkeeping: %1 applied POSTs but %2 jobs for %3")
                                      .arg(inLog)
                                      .arg(asJobs)
                                      .arg(key));
        }
        const int applied = std::max(inLog, asJobs);
        m_appliedByKey.insert(key, applied);
        if (!intentKeys.contains(key) && applied > 0) {
            m_report.unrequestedPosts += applied;
            m_report.addViolation(QStringLiteral("applied POST that no intent asked for: %1").arg(key));
        } else if (applied > 1) {
            ++m_report.duplicatePosts;
            m_report.addViolation(
                QStringLiteral("%1 applied POSTs for one intent: %2").arg(applied).arg(key));
        }
    }
}

void SoakChecker::checkOperations(const QHash<QString, QSet<QString>> &before,
                                  const QHash<QString, QSet<QString>> &after)
{
    QSet<QString> requested;
    for (const SoakIntent &i : m_intents) {
        for (const QString &id : i.memberIds)
            requested.insert(i.listenerId + QLatin1Char('/') + id);
    }
    // Every listener of the sandbox, targeted or not: nothing unrequested may go, nothing may appear.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QSet<QString> now = after.value(it.key());
        for (const QString &id : it.value()) {
            if (now.contains(id))
                continue;
            ++m_report.membersRemoved;
            if (!requested.contains(it.key() + QLatin1Char('/') + id)) {
                ++m_report.unrequestedRemovals;
                m_report.addViolation(
                    QStringLiteral("member %1 of listener %2 was removed but never requested")
                        .arg(id, it.key()));
            }
        }
        for (const QString &id : now) {
            if (!it.value().contains(id)) {
                ++m_report.membersAppeared;
                m_report.addViolation(QStringLiteral("member %1 appeared on listener %2").arg(id, it.key()));
            }
        }
    }

    for (const SoakIntent &i : m_intents) {
        const QString name = QStringLiteral("intent %1 (%2)").arg(i.index).arg(i.key());
        if (!i.started) {
            ++m_report.notSent;
            m_report.addViolation(QStringLiteral("%1 was never sent: %2").arg(name, i.notStarted));
            continue;
        }
        ++m_report.started;
        if (!i.finished || i.outcome == MemberOperation::Outcome::Pending) {
            ++m_report.lost;
            m_report.addViolation(QStringLiteral("%1 never reached a told state").arg(name));
            continue;
        }
        if (i.finishCount > 1) {
            ++m_report.contradictions;
            m_report.addViolation(QStringLiteral("%1 finished %2 times").arg(name).arg(i.finishCount));
        }
        int present = 0;
        for (const QString &id : i.memberIds)
            present += after.value(i.listenerId).contains(id) ? 1 : 0;
        const int gone = int(i.memberIds.size()) - present;
        const int applied = m_appliedByKey.value(i.key());
        const bool hasReason = !i.summary.isEmpty();
        auto contradict = [this, &name, &i](const QString &what) {
            ++m_report.contradictions;
            m_report.addViolation(
                QStringLiteral("%1 told %2 but %3").arg(name, outcomeName(i.outcome), what));
        };
        auto untold = [this, &name](const QString &what) {
            ++m_report.untold;
            m_report.addViolation(QStringLiteral("%1: %2").arg(name, what));
        };
        if (!i.jobId.isEmpty()) {
            const JobRecord job = m_jobs.value(i.jobId);
            if (job.key != i.key())
                contradict(
                    QStringLiteral("its job %1 is not a job of this intent on the sandbox").arg(i.jobId));
        }
        switch (i.outcome) {
        case MemberOperation::Outcome::Succeeded:
            ++m_report.succeeded;
            if (!hasReason)
                untold(QStringLiteral("succeeded without a summary"));
            if (present > 0)
                contradict(QStringLiteral("%1 member(s) are still on the listener").arg(present));
            if (applied == 0)
                contradict(QStringLiteral("the sandbox never applied its POST"));
            break;
        case MemberOperation::Outcome::Failed:
            ++m_report.failed;
            if (!hasReason || (i.jobErrorCode.isEmpty() && i.jobFailReason.isEmpty() && !i.error.isError()))
                untold(QStringLiteral("failed without a reason"));
            if (gone > 0)
                contradict(QStringLiteral("%1 member(s) are gone").arg(gone));
            if (m_jobs.value(i.jobId).status != QLatin1String("FAIL"))
                contradict(QStringLiteral("the sandbox's job %1 did not fail").arg(i.jobId));
            break;
        case MemberOperation::Outcome::Rejected:
            ++m_report.rejected;
            if (!hasReason || !i.error.isError())
                untold(QStringLiteral("rejected without a reason"));
            if (gone > 0 || applied > 0)
                contradict(
                    QStringLiteral("the sandbox applied it (%1 gone, %2 applied)").arg(gone).arg(applied));
            break;
        case MemberOperation::Outcome::Unknown:
            if (i.jobId.isEmpty())
                ++m_report.unknownWithoutJob;
            else
                ++m_report.unknownWithJob;
            if (!hasReason)
                untold(QStringLiteral("unknown without a summary"));
            // Without a job id the only excuse is an answer that never arrived.
            if (i.jobId.isEmpty() && !i.error.isAmbiguous())
                untold(QStringLiteral("unknown without a job id although the answer was not lost (%1)")
                           .arg(i.error.describe()));
            if (gone > 0)
                ++m_report.unknownActuallyRemoved;
            break;
        case MemberOperation::Outcome::Pending:
            break;
        }
    }
}

void SoakChecker::checkJournal(const QString &journalPath)
{
    // A second connection to the file: what is on disk, not what the recorder holds.
    Journal journal(journalPath);
    QString error;
    if (!journal.open(&error)) {
        m_report.journalMissing = m_report.started;
        m_report.addViolation(QStringLiteral("cannot open the journal %1: %2").arg(journalPath, error));
        return;
    }
    const QList<JournalOperation> all = journal.operations();
    QHash<qint64, JournalOperation> byId;
    for (const JournalOperation &op : all)
        byId.insert(op.id, op);
    int expected = 0;
    for (const SoakIntent &i : m_intents) {
        if (!i.started)
            continue;
        ++expected;
        const QString name = QStringLiteral("journal record of intent %1").arg(i.index);
        const auto it = byId.constFind(i.journalId);
        if (i.journalId == 0 || it == byId.cend()) {
            ++m_report.journalMissing;
            m_report.addViolation(QStringLiteral("%1 is missing").arg(name));
            continue;
        }
        const JournalOperation &op = *it;
        QStringList problems;
        QStringList ids;
        for (const JournalMember &m : op.members)
            ids.append(m.memberId);
        ids.sort();
        if (op.kind != QLatin1String("remove") || op.listenerId != i.listenerId || ids != i.memberIds)
            problems.append(QStringLiteral("names other members"));
        if (i.finished && i.outcome != MemberOperation::Outcome::Pending) {
            const QString status = JournalRecorder::statusFor(i.outcome);
            if (op.status != status)
                problems.append(QStringLiteral("status %1, expected %2").arg(op.status, status));
            if (op.jobId != i.jobId)
                problems.append(QStringLiteral("job id \"%1\", told \"%2\"").arg(op.jobId, i.jobId));
            if (op.isFinished() == (i.outcome == MemberOperation::Outcome::Unknown))
                problems.append(op.isFinished() ? QStringLiteral("finished although unknown")
                                                : QStringLiteral("unfinished although settled"));
            if (op.summary != i.summary)
                problems.append(QStringLiteral("another summary"));
            if (i.operation) {
                QHash<QString, QString> told;
                for (const JournalMember &m : JournalRecorder::membersOf(i.operation))
                    told.insert(m.memberId, m.outcome);
                for (const JournalMember &m : op.members) {
                    if (told.value(m.memberId) != m.outcome)
                        problems.append(QStringLiteral("member %1 is \"%2\", told \"%3\"")
                                            .arg(m.memberId, m.outcome, told.value(m.memberId)));
                }
            }
        }
        if (!problems.isEmpty()) {
            ++m_report.journalMismatches;
            m_report.addViolation(QStringLiteral("%1: %2").arg(name, problems.join(QStringLiteral("; "))));
        }
    }
    if (all.size() != expected) {
        ++m_report.journalMismatches;
        m_report.addViolation(
            QStringLiteral("the journal holds %1 operations, %2 were sent").arg(all.size()).arg(expected));
    }
}

} // namespace ElbDesk::Soak
