// Journal: which process is still working on an operation, so that the resolver of a second
// instance (another window, the CLI) never settles an operation that is merely in flight elsewhere —
// e.g. as "never applied" while its POST is still on its way. Liveness is judged by boot id, pid and
// the process's start time, so a pid reused after a crash does not keep a dead owner alive.
#include "journal.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <unistd.h>
#endif

namespace ElbDesk {

namespace {

// Fields 3 onwards of /proc/<pid>/stat (state, ppid, …); empty where there is no /proc.
QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).split(' ');
}

// Field 22: clock ticks after boot when the process started.
QByteArray processStartTime(qint64 pid)
{
    return statFields(pid).value(19);
}

bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid)
    return false;
#endif
}

} // namespace

QString Journal::processOwner()
{
    static const QString owner = [] {
        const qint64 pid = QCoreApplication::applicationPid();
        return QStringLiteral("%1/%2/%3")
            .arg(QString::fromLatin1(QSysInfo::bootUniqueId()), QString::number(pid),
                 QString::fromLatin1(processStartTime(pid)));
    }();
    return owner;
}

bool Journal::isOwnerAlive(const QString &owner)
{
    const QStringList parts = owner.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return false;
    // Another boot (or machine): whatever pid it names is not that process.
    if (parts.at(0).isEmpty() || parts.at(0) != QString::fromLatin1(QSysInfo::bootUniqueId()))
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || !processExists(pid))
        return false;
    const QList<QByteArray> fields = statFields(pid);
    // A zombie (killed, not yet reaped by its parent) is as dead as it gets.
    const QByteArray state = fields.value(0);
    if (state == "Z" || state == "X")
        return false;
    const QByteArray started = fields.value(19);
    return started.isEmpty() || parts.at(2).isEmpty() || QString::fromLatin1(started) == parts.at(2);
}

QHash<qint64, QString> Journal::owners() const
{
    QHash<qint64, QString> result;
    if (!isOpen())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT o.operation_id, o.owner FROM operation_owners o "
                               "JOIN operations p ON p.id = o.operation_id WHERE p.finished_at IS NULL"))) {
        qCWarning(lcStore) << "journal: cannot read the owners:" << q.lastError().text();
        return result;
    }
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toString());
    return result;
}

// The one rule: an operation is in flight elsewhere when another process that is still alive owns it.
static bool ownedByAnotherLiveProcess(const QString &owner)
{
    return !owner.isEmpty() && owner != Journal::processOwner() && Journal::isOwnerAlive(owner);
}

bool Journal::isInFlightElsewhere(qint64 id) const
{
    return ownedByAnotherLiveProcess(owners().value(id));
}

QList<JournalOperation> Journal::unfinished() const
{
    JournalFilter filter;
    filter.unfinishedOnly = true;
    QList<JournalOperation> all = operations(filter);
    const QHash<qint64, QString> owners = this->owners();
    if (owners.isEmpty())
        return all;
    // One look at /proc per owner, however many of its operations are unfinished.
    QHash<QString, bool> elsewhere;
    QList<JournalOperation> result;
    result.reserve(all.size());
    for (JournalOperation &op : all) {
        const QString owner = owners.value(op.id);
        auto known = elsewhere.constFind(owner);
        if (known == elsewhere.constEnd())
            known = elsewhere.insert(owner, ownedByAnotherLiveProcess(owner));
        if (*known) {
            qCDebug(lcStore) << "journal: operation" << op.id << "is still in flight in process" << owner;
            continue;
        }
        result.append(std::move(op));
    }
    return result;
}

} // namespace ElbDesk
