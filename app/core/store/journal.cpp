#include "journal.h"

#include "journalschema.h"
#include "logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace ElbDesk {

// The schema and its history: journalschema.h.

namespace {

QAtomicInteger<quint64> s_connectionCounter;

const QString kIsoMs = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");

const char *const kOperationColumns =
    "id, kind, group_id, undo_of, connection_id, connection_name, user_name, region, project_id, "
    "loadbalancer_id, listener_id, listener_name, job_id, status, error_code, fail_reason, summary, "
    "resolution, created_at, updated_at, finished_at";

// Text columns are NOT NULL: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString timestamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(kIsoMs) : QStringLiteral("");
}

QVariant timestampOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(kIsoMs)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime parseTimestamp(const QVariant &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool isBusy(const QSqlError &e)
{
    // SQLITE_BUSY (5) / SQLITE_LOCKED (6), also as extended codes.
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

// BEGIN IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read
// lock (which SQLite would report as "database is locked" without waiting for busy_timeout).
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_db(db)
    {
        for (int attempt = 0; attempt < 4 && !m_active; ++attempt) {
            QSqlQuery q(m_db);
            m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!m_active) {
                m_error = q.lastError().text();
                if (!isBusy(q.lastError()))
                    break;
            }
        }
    }
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

JournalOperation readOperation(const QSqlQuery &q)
{
    JournalOperation op;
    op.id = q.value(0).toLongLong();
    op.kind = q.value(1).toString();
    op.groupId = q.value(2).toString();
    op.undoOf = q.value(3).toLongLong();
    op.connectionId = q.value(4).toString();
    op.connectionName = q.value(5).toString();
    op.userName = q.value(6).toString();
    op.region = q.value(7).toString();
    op.projectId = q.value(8).toString();
    op.loadBalancerId = q.value(9).toString();
    op.listenerId = q.value(10).toString();
    op.listenerName = q.value(11).toString();
    op.jobId = q.value(12).toString();
    op.status = q.value(13).toString();
    op.errorCode = q.value(14).toString();
    op.failReason = q.value(15).toString();
    op.summary = q.value(16).toString();
    op.resolution = q.value(17).toString();
    op.createdAt = parseTimestamp(q.value(18));
    op.updatedAt = parseTimestamp(q.value(19));
    op.finishedAt = parseTimestamp(q.value(20));
    return op;
}

} // namespace

Journal::Journal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(QStringLiteral("elbdesk-journal-%1").arg(s_connectionCounter.fetchAndAddOrdered(1)))
{}

Journal::~Journal()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal.sqlite");
}

bool Journal::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool Journal::open(QString *error)
{
    if (isOpen())
        return true;
    auto fail = [&](const QString &message) {
        m_lastError = message;
        qCWarning(lcStore) << "journal" << m_path << message;
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(db.lastError().text());

    QString sqlError;
    // busy_timeout first: switching to WAL may have to wait for another instance.
    if (!execAll(db, {QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA foreign_keys=ON")},
                 &sqlError)) {
        db.close();
        return fail(sqlError);
    }
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next() ||
        mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const QString why = mode.lastError().text();
        mode.finish();
        db.close();
        return fail(tr("Cannot switch the journal to write-ahead logging: %1").arg(why));
    }
    mode.finish();
    // FULL: a committed intent survives a power loss.
    if (!execAll(db, {QStringLiteral("PRAGMA synchronous=FULL")}, &sqlError)) {
        db.close();
        return fail(sqlError);
    }
    if (!migrate(&sqlError)) {
        db.close();
        return fail(sqlError);
    }
    // Which process is still working on an operation (see unfinished()). Outside the versioned
    // schema: an older version ignores it, and a missing row only means "nobody".
    if (!execAll(
            db,
            {QStringLiteral("CREATE TABLE IF NOT EXISTS operation_owners ("
                            "operation_id INTEGER PRIMARY KEY REFERENCES operations(id) ON DELETE CASCADE, "
                            "owner TEXT NOT NULL)")},
            &sqlError)) {
        db.close();
        return fail(sqlError);
    }
    qCDebug(lcStore) << "journal open" << m_path << "schema" << schemaVersion();
    return true;
}

int Journal::schemaVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Journal::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    int version = schemaVersion();
    if (version == CurrentSchemaVersion)
        return true;
    if (version > CurrentSchemaVersion || version < 0) {
        if (error)
            *error = tr("The journal %1 has schema version %2, which this version of ELB Desk does not know.")
                         .arg(m_path)
                         .arg(version);
        return false;
    }
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    // Another instance may have migrated while we waited for the lock.
    version = schemaVersion();
    const QStringList statements = JournalSchema::upgradeStatements(version);
    if (!execAll(db, statements, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    if (version == 0)
        qCDebug(lcStore) << "journal" << m_path << "created with schema" << CurrentSchemaVersion;
    else if (version != CurrentSchemaVersion)
        qCInfo(lcStore) << "journal" << m_path << "migrated from schema" << version << "to"
                        << CurrentSchemaVersion;
    return true;
}

qint64 Journal::recordIntent(const JournalOperation &operation)
{
    if (!isOpen()) {
        m_lastError = tr("The journal is not open.");
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        m_lastError = tx.error();
        qCWarning(lcStore) << "journal: cannot record an intent:" << m_lastError;
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime created = operation.createdAt.isValid() ? operation.createdAt : now;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO operations (kind, group_id, undo_of, connection_id, connection_name, user_name, region, "
        "project_id, loadbalancer_id, listener_id, listener_name, job_id, status, error_code, fail_reason, "
        "summary, resolution, created_at, updated_at, finished_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(text(operation.kind)),
          QVariant(text(operation.groupId)),
          QVariant(operation.undoOf),
          QVariant(text(operation.connectionId)),
          QVariant(text(operation.connectionName)),
          QVariant(text(operation.userName)),
          QVariant(text(operation.region)),
          QVariant(text(operation.projectId)),
          QVariant(text(operation.loadBalancerId)),
          QVariant(text(operation.listenerId)),
          QVariant(text(operation.listenerName)),
          QVariant(text(operation.jobId)),
          QVariant(text(operation.status.isEmpty() ? QStringLiteral("INIT") : operation.status)),
          QVariant(text(operation.errorCode)),
          QVariant(text(operation.failReason)),
          QVariant(text(operation.summary)),
          QVariant(text(operation.resolution)),
          QVariant(timestamp(created)),
          QVariant(timestamp(operation.updatedAt.isValid() ? operation.updatedAt : now)),
          timestampOrNull(operation.finishedAt)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "journal: cannot record an intent:" << m_lastError;
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery owner(db);
    owner.prepare(
        QStringLiteral("INSERT OR REPLACE INTO operation_owners (operation_id, owner) VALUES (?, ?)"));
    owner.addBindValue(id);
    owner.addBindValue(processOwner());
    if (!owner.exec()) {
        m_lastError = owner.lastError().text();
        qCWarning(lcStore) << "journal: cannot record an intent:" << m_lastError;
        return 0;
    }
    int position = 0;
    for (const JournalMember &member : operation.members) {
        QSqlQuery m(db);
        m.prepare(
            QStringLiteral("INSERT INTO operation_members (operation_id, position, member_id, server_id, "
                           "server_address, server_name, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        m.addBindValue(id);
        m.addBindValue(position++);
        m.addBindValue(text(member.memberId));
        m.addBindValue(text(member.serverId));
        m.addBindValue(text(member.serverAddress));
        m.addBindValue(text(member.serverName));
        m.addBindValue(text(member.outcome.isEmpty() ? QStringLiteral("pending") : member.outcome));
        if (!m.exec()) {
            m_lastError = m.lastError().text();
            qCWarning(lcStore) << "journal: cannot record an intent:" << m_lastError;
            return 0;
        }
    }
    if (!tx.commit()) {
        m_lastError = tx.error();
        qCWarning(lcStore) << "journal: cannot record an intent:" << m_lastError;
        return 0;
    }
    qCDebug(lcStore) << "journal: intent" << id << operation.kind << operation.listenerId;
    Q_EMIT changed(id);
    return id;
}

bool Journal::update(qint64 id, const QString &assignments, const QVariantList &values,
                     const QList<JournalMember> *members, bool release)
{
    if (!isOpen()) {
        m_lastError = tr("The journal is not open.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        m_lastError = tx.error();
        qCWarning(lcStore) << "journal: cannot update" << id << m_lastError;
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE operations SET %1, updated_at = ? WHERE id = ?").arg(assignments));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "journal: cannot update" << id << m_lastError;
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_lastError = tr("The journal has no operation %1.").arg(id);
        return false;
    }
    if (members && !updateMembers(id, *members))
        return false;
    if (release) {
        QSqlQuery owner(db);
        owner.prepare(QStringLiteral("DELETE FROM operation_owners WHERE operation_id = ?"));
        owner.addBindValue(id);
        if (!owner.exec()) {
            m_lastError = owner.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        m_lastError = tx.error();
        qCWarning(lcStore) << "journal: cannot update" << id << m_lastError;
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

// Inside update()'s transaction. Matched by server id (member id when there is none); a member the
// intent did not list is added rather than dropped.
bool Journal::updateMembers(qint64 id, const QList<JournalMember> &members)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const JournalMember &member : members) {
        const bool byServer = !member.serverId.isEmpty();
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE operation_members SET outcome = ?, "
                           "member_id = CASE WHEN ? = '' THEN member_id ELSE ? END, "
                           "server_address = CASE WHEN server_address = '' THEN ? ELSE server_address END, "
                           "server_name = CASE WHEN server_name = '' THEN ? ELSE server_name END "
                           "WHERE operation_id = ? AND %1 = ?")
                .arg(byServer ? QLatin1String("server_id") : QLatin1String("member_id")));
        q.addBindValue(text(member.outcome));
        q.addBindValue(text(member.memberId));
        q.addBindValue(text(member.memberId));
        q.addBindValue(text(member.serverAddress));
        q.addBindValue(text(member.serverName));
        q.addBindValue(id);
        q.addBindValue(text(byServer ? member.serverId : member.memberId));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        if (q.numRowsAffected() > 0)
            continue;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO operation_members (operation_id, position, member_id, server_id, server_address, "
            "server_name, outcome) VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM operation_members "
            "WHERE operation_id = ?), ?, ?, ?, ?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(id);
        insert.addBindValue(text(member.memberId));
        insert.addBindValue(text(member.serverId));
        insert.addBindValue(text(member.serverAddress));
        insert.addBindValue(text(member.serverName));
        insert.addBindValue(text(member.outcome));
        if (!insert.exec()) {
            m_lastError = insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool Journal::setJobId(qint64 id, const QString &jobId)
{
    return update(id, QStringLiteral("job_id = ?"), {text(jobId)});
}

bool Journal::setStatus(qint64 id, const QString &status)
{
    return update(id, QStringLiteral("status = ?"), {text(status)});
}

bool Journal::finish(qint64 id, const QString &status, const QString &errorCode, const QString &failReason,
                     const QString &summary, const QList<JournalMember> &members)
{
    return update(id,
                  QStringLiteral("status = ?, error_code = ?, fail_reason = ?, summary = ?, finished_at = ?"),
                  {text(status), text(errorCode), text(failReason), text(summary),
                   timestamp(QDateTime::currentDateTimeUtc())},
                  &members, true);
}

bool Journal::finishResolved(qint64 id, const QString &status, const QString &errorCode,
                             const QString &failReason, const QString &summary,
                             const QList<JournalMember> &members, const QString &resolution)
{
    return update(id,
                  QStringLiteral("status = ?, error_code = ?, fail_reason = ?, summary = ?, resolution = ?, "
                                 "finished_at = ?"),
                  {text(status), text(errorCode), text(failReason), text(summary), text(resolution),
                   timestamp(QDateTime::currentDateTimeUtc())},
                  &members, true);
}

bool Journal::markUnknown(qint64 id, const QString &errorCode, const QString &failReason,
                          const QString &summary, const QList<JournalMember> &members)
{
    return update(id,
                  QStringLiteral("status = 'UNKNOWN', error_code = ?, fail_reason = ?, summary = ?, "
                                 "finished_at = NULL"),
                  {text(errorCode), text(failReason), text(summary)}, &members, true);
}

bool Journal::setResolution(qint64 id, const QString &resolution)
{
    return update(id, QStringLiteral("resolution = ?"), {text(resolution)});
}

std::optional<JournalOperation> Journal::operation(qint64 id) const
{
    const QList<JournalOperation> found = select(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<JournalOperation> Journal::operations(const JournalFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.from.isValid()) {
        where << QStringLiteral("created_at >= ?");
        values << timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("created_at < ?");
        values << timestamp(filter.to);
    }
    if (!filter.listenerId.isEmpty()) {
        where << QStringLiteral("listener_id = ?");
        values << filter.listenerId;
    }
    if (filter.unfinishedOnly)
        where << QStringLiteral("finished_at IS NULL");
    return select(where.isEmpty() ? QStringLiteral("1") : where.join(QLatin1String(" AND ")), values);
}

QList<JournalOperation> Journal::select(const QString &where, const QVariantList &values) const
{
    QList<JournalOperation> result;
    if (!isOpen())
        return result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // One read transaction: the operations and their members from the same snapshot.
    QSqlQuery begin(db);
    const bool inTransaction = begin.exec(QStringLiteral("BEGIN"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM operations WHERE %2 ORDER BY created_at, id")
                  .arg(QLatin1String(kOperationColumns), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec()) {
        QHash<qint64, int> index;
        while (q.next()) {
            result << readOperation(q);
            index.insert(result.last().id, int(result.size()) - 1);
        }
        QSqlQuery m(db);
        m.prepare(QStringLiteral(
                      "SELECT operation_id, member_id, server_id, server_address, server_name, outcome "
                      "FROM operation_members WHERE operation_id IN (SELECT id FROM operations WHERE %1) "
                      "ORDER BY operation_id, position, id")
                      .arg(where));
        for (const QVariant &v : values)
            m.addBindValue(v);
        if (m.exec()) {
            while (m.next()) {
                const auto it = index.constFind(m.value(0).toLongLong());
                if (it == index.constEnd())
                    continue;
                JournalMember member;
                member.memberId = m.value(1).toString();
                member.serverId = m.value(2).toString();
                member.serverAddress = m.value(3).toString();
                member.serverName = m.value(4).toString();
                member.outcome = m.value(5).toString();
                result[*it].members << member;
            }
        } else {
            qCWarning(lcStore) << "journal: cannot read members:" << m.lastError().text();
        }
        m.finish();
    } else {
        qCWarning(lcStore) << "journal: cannot read operations:" << q.lastError().text();
    }
    q.finish();
    if (inTransaction) {
        QSqlQuery end(db);
        end.exec(QStringLiteral("COMMIT"));
    }
    return result;
}

} // namespace ElbDesk
