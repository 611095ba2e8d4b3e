#pragma once

#include "jobs/memberoperation.h"
#include "store/journal.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ElbDesk {

class JobCenter;

// Writes every removal and re-add to the journal: the intent BEFORE the request is sent, the job id
// as soon as the cloud answers, the job's status while it runs, and the final state with each
// member's outcome. An operation whose outcome stays unknown (a job that outlived the tracker's
// deadline) keeps status UNKNOWN and no finished_at, so that JournalResolver picks it up again at
// the next start.
class JournalRecorder : public QObject
{
    Q_OBJECT
public:
    explicit JournalRecorder(Journal *journal, QObject *parent = nullptr);

    // Writes the intent for `op` (not started yet) from its targets and `context` (kind, groupId,
    // undoOf, connection, user, region, project, load balancer, listener; kind, listener id and
    // listener name default to the operation's own) and follows the operation from then on.
    // Returns false when the intent could not be written (or `op` was already started): the
    // caller must then NOT start the operation, so that nothing is ever sent unrecorded.
    bool record(MemberOperation *op, const JournalOperation &context);
    // record() then center->start(op). When recording fails, deletes `op` without sending and
    // returns false (the reason is in lastError()).
    static bool startRecorded(JobCenter *center, JournalRecorder *recorder, MemberOperation *op,
                              const JournalOperation &context);

    // The journal id of an operation recorded here (0 if none).
    [[nodiscard]] qint64 journalId(const MemberOperation *op) const;
    [[nodiscard]] Journal *journal() const { return m_journal; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // The words the journal uses for an operation's result and its members' outcomes.
    [[nodiscard]] static QString statusFor(MemberOperation::Outcome outcome);
    [[nodiscard]] static QList<JournalMember> membersOf(const MemberOperation *op);

Q_SIGNALS:
    void recorded(ElbDesk::MemberOperation *op, qint64 journalId);
    // A write after the intent failed (the operation goes on; the journal may lag behind it).
    void journalError(const QString &message);

private:
    void onJobId(MemberOperation *op, const QString &jobId);
    void onChanged(MemberOperation *op);
    void onFinished(MemberOperation *op);
    void reportFailure(qint64 id, const char *what);

    QPointer<Journal> m_journal;
    QHash<const MemberOperation *, qint64> m_ids;
    QHash<const MemberOperation *, QString> m_lastStatus;
    QString m_lastError;
};

} // namespace ElbDesk
