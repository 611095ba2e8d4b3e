#include "journalmodel.h"

#include "jobs/journalresolver.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace ElbDesk {

namespace {

bool isDone(const QString &outcome)
{
    return outcome == QLatin1String("removed") || outcome == QLatin1String("added");
}

bool isNotDone(const QString &outcome)
{
    return outcome == QLatin1String("still-present") || outcome == QLatin1String("not-present");
}

QString serverLabel(const JournalMember &m)
{
    const QString name = m.serverName.isEmpty() ? m.serverId : m.serverName;
    return m.serverAddress.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, m.serverAddress);
}

} // namespace

JournalModel::JournalModel(Journal *journal, QObject *parent) : QAbstractTableModel(parent)
{
    setJournal(journal);
}

JournalModel::~JournalModel() = default;

void JournalModel::setJournal(Journal *journal)
{
    if (m_journal)
        m_journal->disconnect(this);
    m_journal = journal;
    if (m_journal) {
        // Several changes in a row (intent, job id, finish) become one reload.
        connect(m_journal, &Journal::changed, this, [this] {
            if (m_reloadQueued)
                return;
            m_reloadQueued = true;
            QTimer::singleShot(0, this, &JournalModel::reload);
        });
    }
    reload();
}

void JournalModel::setFilter(const JournalFilter &filter)
{
    m_filter = filter;
    reload();
}

void JournalModel::setListenerText(const QString &text)
{
    m_listenerText = text.trimmed();
    reload();
}

void JournalModel::reload()
{
    m_reloadQueued = false;
    QList<JournalOperation> rows;
    if (m_journal && m_journal->isOpen()) {
        rows = m_journal->operations(m_filter);
        if (!m_listenerText.isEmpty()) {
            rows.erase(std::remove_if(rows.begin(), rows.end(),
                                      [this](const JournalOperation &op) {
                                          return !op.listenerName.contains(m_listenerText,
                                                                           Qt::CaseInsensitive) &&
                                                 !op.listenerId.contains(m_listenerText, Qt::CaseInsensitive);
                                      }),
                       rows.end());
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 JournalModel::operationId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int JournalModel::rowOf(qint64 operationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == operationId)
            return row;
    }
    return -1;
}

const JournalOperation *JournalModel::operationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool JournalModel::canReadd(const JournalOperation &operation)
{
    if (operation.kind != QLatin1String("remove"))
        return false;
    return std::any_of(operation.members.cbegin(), operation.members.cend(),
                       [](const JournalMember &m) { return m.outcome == QLatin1String("removed"); });
}

QString JournalModel::memberOutcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("removed"))
        return tr("removed");
    if (outcome == QLatin1String("added"))
        return tr("added");
    if (outcome == QLatin1String("still-present"))
        return tr("still present");
    if (outcome == QLatin1String("not-present"))
        return tr("not present");
    if (outcome == QLatin1String("pending"))
        return tr("pending");
    return tr("unknown", "outcome of one server");
}

QString JournalModel::outcomeText(const JournalOperation &op)
{
    const int n = int(op.members.size());
    const int done = int(std::count_if(op.members.cbegin(), op.members.cend(),
                                       [](const JournalMember &m) { return isDone(m.outcome); }));
    const int notDone = int(std::count_if(op.members.cbegin(), op.members.cend(),
                                          [](const JournalMember &m) { return isNotDone(m.outcome); }));
    const bool add = op.kind == QLatin1String("add");
    const QString counted =
        add ? tr("%1 of %2 added").arg(done).arg(n) : tr("%1 of %2 removed").arg(done).arg(n);
    if (!op.isFinished()) {
        return op.jobId.isEmpty() ? tr("Not finished: no job id recorded")
                                  : tr("Not finished: job %1").arg(op.status);
    }
    // Settled after a crash: the request had never reached the cloud.
    if (op.errorCode == QLatin1String(JournalResolver::NotSentErrorCode) ||
        (n > 0 && notDone == n && op.jobId.isEmpty()))
        return tr("Never applied: nothing changed");
    if (op.status == QLatin1String("SUCCESS"))
        return tr("Succeeded: %1").arg(counted);
    if (op.status == QLatin1String("FAIL")) {
        const QString why = QStringList{op.errorCode, op.failReason}.join(QLatin1Char(' ')).trimmed();
        return why.isEmpty() ? tr("Failed: %1").arg(counted) : tr("Failed (%1): %2").arg(why, counted);
    }
    if (n > 0 && done == n)
        return tr("Took effect: %1").arg(counted);
    if (n > 0 && notDone == n)
        return tr("Not applied: nothing changed");
    return tr("Outcome unknown: %1").arg(counted);
}

QString JournalModel::serversTooltip(const JournalOperation &op)
{
    QStringList lines;
    for (const JournalMember &m : op.members)
        lines << tr("%1 — %2").arg(serverLabel(m), memberOutcomeText(m.outcome));
    return lines.join(QLatin1Char('\n'));
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JournalOperation &op = m_rows.at(index.row());
    if (role == OperationIdRole)
        return op.id;
    if (role == KindRole)
        return op.kind;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(op.createdAt.toLocalTime(), QLocale::ShortFormat);
        case User:
            return op.userName;
        case Where:
            return op.region.isEmpty() ? op.connectionName : tr("%1 / %2").arg(op.connectionName, op.region);
        case Listener: {
            const QString name = op.listenerName.isEmpty() ? op.listenerId : op.listenerName;
            return op.kind == QLatin1String("add") ? tr("%1 (re-add)").arg(name) : name;
        }
        case Servers:
            return QString::number(op.members.size());
        case JobId:
            return op.jobId;
        case Outcome:
            return outcomeText(op);
        case Resolution:
            return op.resolution;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return op.createdAt.toUTC().toString(Qt::ISODateWithMs);
        case Listener:
            return op.listenerId;
        case Servers:
            return serversTooltip(op);
        case Outcome:
            return op.summary.isEmpty() ? outcomeText(op) : op.summary;
        case Resolution:
            return op.resolution;
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == Servers)
        return serversTooltip(op);
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Where:
        return tr("Connection / region");
    case Listener:
        return tr("Listener");
    case Servers:
        return tr("Servers");
    case JobId:
        return tr("Job id");
    case Outcome:
        return tr("Outcome");
    case Resolution:
        return tr("Resolution", "how an unfinished operation was settled");
    default:
        return {};
    }
}

} // namespace ElbDesk
