#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

namespace ElbDesk {

// One server of a journaled operation, as the operator saw it when sending.
struct JournalMember
{
    QString memberId; // removal: the member id sent; add: the NEW member id once known
    QString serverId;
    QString serverAddress; // the private IP (never the internal 100.x address)
    QString serverName;
    // pending | removed | still-present | added | not-present | unknown
    QString outcome = QStringLiteral("pending");
};

// One state-changing request and everything learnt about it. Written BEFORE the request is sent
// (the intent), updated with the job id as soon as the server answers, and with the final state.
struct JournalOperation
{
    qint64 id = 0;
    QString kind;      // "remove" | "add"
    QString groupId;   // operations sent together (one review across several listeners)
    qint64 undoOf = 0; // for an add: the removal it puts back
    QString connectionId;
    QString connectionName;
    QString userName; // IAM user or access key (never a secret)
    QString region;
    QString projectId;
    QString loadBalancerId;
    QString listenerId;
    QString listenerName;
    QString jobId;                           // empty until the server answered
    QString status = QStringLiteral("INIT"); // INIT, RUNNING, SUCCESS, FAIL (the API's job words) or UNKNOWN
    QString errorCode;
    QString failReason;
    QString summary;     // what happened, in words
    QString resolution;  // how an operation left unfinished by a crash was settled, in words
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QDateTime finishedAt; // invalid while unfinished
    QList<JournalMember> members;

    [[nodiscard]] bool isFinished() const { return finishedAt.isValid(); }
};

struct JournalFilter
{
    QDateTime from;     // inclusive, UTC; invalid = no bound
    QDateTime to;       // exclusive
    QString listenerId; // empty = all
    bool unfinishedOnly = false;
};

// The local record of every removal and re-add: SQLite through Qt Sql in the application data
// location, schema-versioned with migrations, write-ahead logging, one transaction per change,
// safe when two app instances (or the app and the CLI) open it at once. Holds no secret.
class Journal : public QObject
{
    Q_OBJECT
public:
    static constexpr int CurrentSchemaVersion = 2;

    explicit Journal(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~Journal() override;
    // QStandardPaths::AppDataLocation + "/journal.sqlite"
    [[nodiscard]] static QString defaultPath();

    bool open(QString *error = nullptr);
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // The intent, before anything is sent: returns the new operation id, 0 on failure.
    qint64 recordIntent(const JournalOperation &operation);
    bool setJobId(qint64 id, const QString &jobId);
    bool setStatus(qint64 id, const QString &status);
    // The final state with each member's outcome (members matched by serverId).
    bool finish(qint64 id, const QString &status, const QString &errorCode, const QString &failReason,
                const QString &summary, const QList<JournalMember> &members);
    bool setResolution(qint64 id, const QString &resolution);
    // Status UNKNOWN with what is known so far, and NOT finished: the outcome is still to be settled
    // (a job that outlived the tracker's deadline, a lost answer that re-listing could not settle).
    bool markUnknown(qint64 id, const QString &errorCode, const QString &failReason, const QString &summary,
                     const QList<JournalMember> &members);
    // finish() and setResolution() in one transaction: how JournalResolver settles an operation.
    bool finishResolved(qint64 id, const QString &status, const QString &errorCode, const QString &failReason,
                        const QString &summary, const QList<JournalMember> &members,
                        const QString &resolution);

    [[nodiscard]] std::optional<JournalOperation> operation(qint64 id) const;
    // Oldest first.
    [[nodiscard]] QList<JournalOperation> operations(const JournalFilter &filter = JournalFilter()) const;
    // Unfinished operations that no OTHER running process is still working on: what a resolver may
    // settle. An operation is "in flight" from recordIntent() until finish(), finishResolved() or
    // markUnknown(); while its recording process lives (same boot, same pid, same start time) another
    // instance on the same file must leave it alone. This process's own operations are always listed.
    [[nodiscard]] QList<JournalOperation> unfinished() const;
    // Whether another live process recorded `id` and has not finished it yet.
    [[nodiscard]] bool isInFlightElsewhere(qint64 id) const;
    // Who records here: "<boot id>/<pid>/<process start time>".
    [[nodiscard]] static QString processOwner();
    // Whether the process an owner string names is still running (false for another boot or host).
    [[nodiscard]] static bool isOwnerAlive(const QString &owner);

    // The API's words for `journal --json`: id, kind, listener_id, job_id (null until known), status,
    // error_code, fail_reason, members [{id, server_id, server_address, server_name, outcome}], timestamps …
    static QByteArray toJson(const QList<JournalOperation> &operations);
    static QByteArray toCsv(const QList<JournalOperation> &operations);

Q_SIGNALS:
    void changed(qint64 id);

private:
    bool migrate(QString *error);
    // One transaction: `assignments` ("a = ?, b = ?") with `values`, updated_at, and the members' outcomes.
    // `release`: the operation is no longer in flight in this process (its final or unknown state).
    bool update(qint64 id, const QString &assignments, const QVariantList &values,
                const QList<JournalMember> *members = nullptr, bool release = false);
    [[nodiscard]] QHash<qint64, QString> owners() const;
    bool updateMembers(qint64 id, const QList<JournalMember> &members);
    [[nodiscard]] QList<JournalOperation> select(const QString &where, const QVariantList &values) const;
    QString m_path;
    QString m_connectionName;
    QString m_lastError;
};

} // namespace ElbDesk
