#include "jobsmodel.h"

#include <QScopeGuard>

#include "jobs/jobcenter.h"

#include <algorithm>

namespace ElbDesk {

namespace {

bool isAddition(const MemberOperation *operation)
{
    return operation->kind() == QLatin1String("add");
}

QString placeholder()
{
    return QStringLiteral("\u2014"); // an em dash: "not known yet"
}

} // namespace

JobsModel::JobsModel(JobCenter *center, QObject *parent) : QAbstractItemModel(parent), m_center(center)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &JobsModel::tick);
    if (!center)
        return;
    const QList<MemberOperation *> existing = center->operations();
    for (MemberOperation *operation : existing)
        addOperation(operation);
    connect(center, &JobCenter::operationAdded, this, &JobsModel::addOperation);
    connect(center, &JobCenter::operationChanged, this, &JobsModel::onOperationChanged);
    connect(center, &JobCenter::operationFinished, this, &JobsModel::onOperationChanged);
    connect(center, &QObject::destroyed, this, &JobsModel::onCenterDestroyed);
}

JobsModel::~JobsModel()
{
    qDeleteAll(m_entries);
}

void JobsModel::addOperation(MemberOperation *operation)
{
    if (!operation || rowOf(operation) >= 0)
        return;
    const QString &groupId = operation->groupId();
    Entry *group = nullptr;
    if (!groupId.isEmpty()) {
        const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                     [&groupId](const Entry *e) { return e->groupId == groupId; });
        if (it != m_entries.cend())
            group = *it;
    }
    if (group) {
        // A later operation of a group already shown: it joins under the group's row.
        const int position = int(group->operations.size());
        beginInsertRows(createIndex(int(m_entries.indexOf(group)), 0, nullptr), position, position);
        group->operations.append(operation);
        endInsertRows();
        const int row = int(m_entries.indexOf(group));
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        // Its targets are known from the start, so the child rows come in with the row.
        beginInsertRows(QModelIndex(), 0, 0);
        m_entries.prepend(new Entry{groupId, {operation}});
        endInsertRows();
    }
    // Only the pointer value is used once it is being destroyed.
    connect(operation, &QObject::destroyed, this, [this, operation] { removeOperation(operation); });
    updateTicker();
}

void JobsModel::removeOperation(MemberOperation *operation)
{
    int position = -1;
    const int row = rowOf(operation, &position);
    if (row < 0)
        return;
    Entry *entry = m_entries.at(row);
    // Views ask for counts and data while the rows go; the object is past its destructor by now.
    m_dying = operation;
    const auto done = qScopeGuard([this] { m_dying = nullptr; });
    if (entry->operations.size() == 1) {
        beginRemoveRows(QModelIndex(), row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        delete entry;
    } else {
        beginRemoveRows(index(row, 0), position, position);
        entry->operations.removeAt(position);
        endRemoveRows();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    updateTicker();
}

void JobsModel::onOperationChanged(MemberOperation *operation)
{
    const QModelIndex first = indexOf(operation);
    if (!first.isValid())
        return;
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    const int children = rowCount(first);
    if (children > 0)
        Q_EMIT dataChanged(index(0, 0, first), index(children - 1, ColumnCount - 1, first));
    const QModelIndex group = first.parent();
    if (group.isValid())
        Q_EMIT dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
    updateTicker();
}

void JobsModel::onCenterDestroyed()
{
    beginResetModel();
    qDeleteAll(m_entries);
    m_entries.clear();
    endResetModel();
    updateTicker();
}

void JobsModel::tick()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry *entry = m_entries.at(row);
        if (!isUnfinished(aggregateState(entry->operations)))
            continue;
        const QModelIndex cell = index(row, Elapsed);
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole});
        if (entry->groupId.isEmpty())
            continue;
        for (int position = 0; position < entry->operations.size(); ++position) {
            if (isUnfinished(stateOf(entry->operations.at(position)))) {
                const QModelIndex child = index(position, Elapsed, index(row, 0));
                Q_EMIT dataChanged(child, child, {Qt::DisplayRole});
            }
        }
    }
    updateTicker();
}

void JobsModel::updateTicker()
{
    const bool anyRunning = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry *entry) {
        return isUnfinished(aggregateState(entry->operations));
    });
    if (anyRunning && !m_ticker.isActive())
        m_ticker.start();
    else if (!anyRunning)
        m_ticker.stop();
}

int JobsModel::rowOf(const MemberOperation *operation, int *position) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const int at = int(m_entries.at(row)->operations.indexOf(operation));
        if (at >= 0) {
            if (position)
                *position = at;
            return row;
        }
    }
    return -1;
}

int JobsModel::entryRow(const void *pointer) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row) == pointer)
            return row;
    }
    return -1;
}

MemberOperation *JobsModel::operationOfRow(const QModelIndex &index) const
{
    // The operation an operation row shows; nullptr for group rows and server rows.
    void *pointer = index.internalPointer();
    if (!pointer) {
        const Entry *entry = m_entries.at(index.row());
        return entry->groupId.isEmpty() ? entry->operations.first() : nullptr;
    }
    const int row = entryRow(pointer);
    return row < 0 ? nullptr : m_entries.at(row)->operations.at(index.row());
}

QModelIndex JobsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    if (!parent.internalPointer()) {
        Entry *entry = m_entries.at(parent.row());
        if (!entry->groupId.isEmpty())
            return createIndex(row, column, entry);
        return createIndex(row, column, entry->operations.first());
    }
    return createIndex(row, column, operationOfRow(parent));
}

QModelIndex JobsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int groupRow = entryRow(child.internalPointer());
    if (groupRow >= 0)
        return createIndex(groupRow, 0, nullptr);
    return indexOf(static_cast<const MemberOperation *>(child.internalPointer()));
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.column() != 0)
        return 0; // only column 0 carries the tree
    if (!parent.internalPointer()) {
        const Entry *entry = m_entries.at(parent.row());
        if (!entry->groupId.isEmpty())
            return int(entry->operations.size());
        return entry->operations.first() == m_dying ? 0 : int(entry->operations.first()->targets().size());
    }
    const MemberOperation *operation = operationOfRow(parent);
    return operation && operation != m_dying ? int(operation->targets().size()) : 0; // servers have no children
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags JobsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalPointer() && entryRow(index.internalPointer()) < 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Listener:
        return tr("Listener", "jobs table column; child rows show the server name here");
    case Servers:
        return tr("Servers", "jobs table column; child rows show the private IP here");
    case JobId:
        return tr("Job id", "jobs table column; child rows show the server id here");
    case State:
        return tr("State", "jobs table column; child rows show the per-server result here");
    case Elapsed:
        return tr("Elapsed", "jobs table column: time since the job was started");
    default:
        return {};
    }
}

MemberOperation *JobsModel::operation(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    void *pointer = index.internalPointer();
    if (pointer && entryRow(pointer) < 0)
        return static_cast<MemberOperation *>(pointer); // a server row
    return operationOfRow(index);
}

QList<MemberOperation *> JobsModel::operations(const QModelIndex &index) const
{
    if (isGroup(index))
        return m_entries.at(index.row())->operations;
    MemberOperation *single = operation(index);
    return single ? QList<MemberOperation *>{single} : QList<MemberOperation *>{};
}

bool JobsModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.internalPointer() &&
           !m_entries.at(index.row())->groupId.isEmpty();
}

QModelIndex JobsModel::indexOf(const MemberOperation *operation, int column) const
{
    int position = -1;
    const int row = rowOf(operation, &position);
    if (row < 0)
        return {};
    Entry *entry = m_entries.at(row);
    if (entry->groupId.isEmpty())
        return createIndex(row, column, nullptr);
    return createIndex(position, column, entry);
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    void *pointer = index.internalPointer();
    if (pointer && entryRow(pointer) < 0) {
        const auto *operation = static_cast<const MemberOperation *>(pointer);
        if (operation == m_dying)
            return {};
        return targetData(operation, index.row(), index.column(), role);
    }
    if (isGroup(index)) {
        const Entry *entry = m_entries.at(index.row());
        if (m_dying && entry->operations.contains(m_dying))
            return {}; // the aggregate would read the dying operation
        return groupData(entry, index.column(), role);
    }
    const MemberOperation *operation = operationOfRow(index);
    if (operation == m_dying)
        return {};
    if (role == GroupIdRole)
        return operation->groupId().isEmpty() ? QVariant() : QVariant(operation->groupId());
    return operationData(operation, index.column(), role);
}

QVariant JobsModel::operationData(const MemberOperation *operation, int column, int role) const
{
    const JobState state = stateOf(operation);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Listener:
            return listenerLabel(operation);
        case Servers:
            return actionText(operation);
        case JobId:
            return operation->jobId().isEmpty() ? placeholder() : operation->jobId();
        case State:
            return stateText(state);
        case Elapsed:
            return operation->startedAt().isValid() ? formatElapsed(elapsedSeconds(operation))
                                                    : placeholder();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Listener && !operation->listenerName().isEmpty())
            return tr("Listener %1 (id %2)").arg(operation->listenerName(), operation->listenerId());
        return operationDetail(operation);
    case Qt::TextAlignmentRole:
        if (column == Elapsed)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OperationRole:
        return QVariant::fromValue(const_cast<MemberOperation *>(operation));
    case ProgressRole:
        return progressOf(state);
    case StateRole:
        return QVariant::fromValue(state);
    default:
        return {};
    }
}

QVariant JobsModel::targetData(const MemberOperation *operation, int row, int column, int role) const
{
    const MemberOperation::Target &target = operation->targets().at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Listener:
            return target.serverName.isEmpty() ? tr("(no name)", "a server without a name")
                                               : target.serverName;
        case Servers:
            return target.serverAddress;
        case JobId:
            return target.serverId;
        case State:
            return resultText(operation, target);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return targetDetail(operation, row);
    case OperationRole:
        return QVariant::fromValue(const_cast<MemberOperation *>(operation));
    default:
        return {};
    }
}

QString JobsModel::detailText(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    void *pointer = index.internalPointer();
    if (pointer && entryRow(pointer) < 0)
        return targetDetail(static_cast<const MemberOperation *>(pointer), index.row());
    if (isGroup(index))
        return groupDetail(m_entries.at(index.row()));
    return operationDetail(operationOfRow(index));
}

QString JobsModel::operationDetail(const MemberOperation *operation) const
{
    const QString what = isAddition(operation) ? tr("%1 to listener %2.", "1: e.g. Re-add 2 servers")
                                                     .arg(actionText(operation), listenerLabel(operation))
                                               : tr("%1 from listener %2.", "1: e.g. Remove 3 servers")
                                                     .arg(actionText(operation), listenerLabel(operation));
    QStringList lines{what};
    const QString &jobId = operation->jobId();
    switch (stateOf(operation)) {
    case JobState::Waiting:
        lines << tr("Sending the request; no answer yet.");
        break;
    case JobState::Running:
        if (operation->jobStatus().isEmpty())
            lines << tr("The cloud accepted the request as job %1; waiting for its first status report.")
                         .arg(jobId);
        else
            lines << tr("The cloud reports job %1 as %2.").arg(jobId, operation->jobStatus());
        break;
    case JobState::Verifying:
        if (operation->error().isAmbiguous())
            lines << tr("The answer was lost (%1). Re-listing the listener to learn whether the request took "
                        "effect; "
                        "nothing is sent again.")
                         .arg(operation->error().describe());
        else
            lines << tr("Job %1 has finished. Re-listing the listener to confirm the result.").arg(jobId);
        break;
    case JobState::Succeeded:
    case JobState::Unknown:
        lines << operation->summary();
        break;
    case JobState::Failed: {
        // error_code and fail_reason in words; the per-server count comes from the re-listing.
        const CloudJob &job = operation->job();
        lines << tr("Job %1 failed. The cloud reported %2: %3.")
                     .arg(jobId,
                          job.errorCode.isEmpty() ? tr("a failure without an error code") : job.errorCode,
                          job.failReason.isEmpty() ? tr("no reason given") : job.failReason);
        const QList<MemberOperation::Target> &targets = operation->targets();
        const auto unchanged =
            std::count_if(targets.cbegin(), targets.cend(), [](const MemberOperation::Target &t) {
                return t.state == MemberOperation::TargetState::NotDone;
            });
        const bool verified =
            std::none_of(targets.cbegin(), targets.cend(), [](const MemberOperation::Target &t) {
                return t.state == MemberOperation::TargetState::Unknown ||
                       t.state == MemberOperation::TargetState::Pending;
            });
        if (verified)
            lines << tr("%1 of %2 servers are unchanged on the listener.").arg(unchanged).arg(targets.size());
        else
            lines << operation->summary(); // says why the listener could not be re-listed
        break;
    }
    case JobState::Rejected:
        // describe() already says "The API refused the request: …".
        lines << tr("%1 Nothing was changed.").arg(operation->error().describe());
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString JobsModel::targetDetail(const MemberOperation *operation, int row) const
{
    const MemberOperation::Target &target = operation->targets().at(row);
    const QString name =
        target.serverName.isEmpty() ? tr("(no name)", "a server without a name") : target.serverName;
    QStringList lines{tr("Server %1, private IP %2, server id %3: %4.")
                          .arg(name, target.serverAddress, target.serverId, resultText(operation, target))};
    if (!target.memberId.isEmpty())
        lines << tr("Member id %1.").arg(target.memberId);
    if (!target.healthStatus.isEmpty())
        lines << tr("Health when selected: %1.").arg(target.healthStatus);
    return lines.join(QLatin1Char('\n'));
}

JobsModel::JobState JobsModel::stateOf(const MemberOperation *operation)
{
    switch (operation->outcome()) {
    case MemberOperation::Outcome::Succeeded:
        return JobState::Succeeded;
    case MemberOperation::Outcome::Failed:
        return JobState::Failed;
    case MemberOperation::Outcome::Rejected:
        return JobState::Rejected;
    case MemberOperation::Outcome::Unknown:
        return JobState::Unknown;
    case MemberOperation::Outcome::Pending:
        break;
    }
    switch (operation->phase()) {
    case MemberOperation::Phase::Idle:
    case MemberOperation::Phase::Posting:
        return JobState::Waiting;
    case MemberOperation::Phase::Tracking:
        return JobState::Running;
    case MemberOperation::Phase::Verifying:
    case MemberOperation::Phase::Settling:
        return JobState::Verifying;
    case MemberOperation::Phase::Done:
        break;
    }
    return JobState::Unknown; // done without an outcome: should not happen
}

QString JobsModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Waiting:
        return tr("waiting", "job state: request sent, no answer yet");
    case JobState::Running:
        return tr("running", "job state: the cloud job is being followed");
    case JobState::Verifying:
        return tr("verifying", "job state: re-listing the listener to confirm the result");
    case JobState::Succeeded:
        return tr("succeeded", "job state");
    case JobState::Failed:
        return tr("failed", "job state: the cloud job ended FAIL");
    case JobState::Rejected:
        return tr("rejected", "job state: the API refused the request");
    case JobState::Unknown:
        return tr("outcome unknown", "job state");
    }
    return {};
}

int JobsModel::progressOf(JobState state)
{
    // The cloud reports no percentage: these are milestones, and a running job is indeterminate.
    if (state == JobState::Running)
        return -1;
    if (state == JobState::Waiting)
        return 0;
    return state == JobState::Verifying ? 90 : 100;
}

bool JobsModel::isUnfinished(JobState state)
{
    return state == JobState::Waiting || state == JobState::Running || state == JobState::Verifying;
}

QString JobsModel::formatElapsed(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s", "elapsed time, seconds").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s", "elapsed time").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min", "elapsed time")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

qint64 JobsModel::elapsedSeconds(const MemberOperation *operation)
{
    const QDateTime end =
        operation->finishedAt().isValid() ? operation->finishedAt() : QDateTime::currentDateTimeUtc();
    return operation->startedAt().secsTo(end);
}

QString JobsModel::actionText(const MemberOperation *operation)
{
    // Two explicit forms rather than "%n server(s)": the app ships no English numerus translation.
    const int n = int(operation->targets().size());
    if (isAddition(operation))
        return n == 1 ? tr("Re-add 1 server") : tr("Re-add %1 servers").arg(n);
    return n == 1 ? tr("Remove 1 server") : tr("Remove %1 servers").arg(n);
}

QString JobsModel::resultText(const MemberOperation *operation, const MemberOperation::Target &target)
{
    const bool add = isAddition(operation);
    MemberOperation::TargetState state = target.state;
    if (state == MemberOperation::TargetState::Pending) {
        // A refused request changed nothing; any other finished operation left this one unverified.
        if (operation->outcome() == MemberOperation::Outcome::Rejected)
            state = MemberOperation::TargetState::NotDone;
        else if (operation->outcome() != MemberOperation::Outcome::Pending)
            state = MemberOperation::TargetState::Unknown;
    }
    switch (state) {
    case MemberOperation::TargetState::Done:
        return add ? tr("added", "server result") : tr("removed", "server result");
    case MemberOperation::TargetState::NotDone:
        return add ? tr("not present", "server result: not a member after a re-add")
                   : tr("still present", "server result: still a member after a removal");
    case MemberOperation::TargetState::Unknown:
        return tr("unknown", "server result");
    case MemberOperation::TargetState::Pending:
        return tr("pending", "server result");
    }
    return {};
}

QString JobsModel::listenerLabel(const MemberOperation *operation)
{
    return operation->listenerName().isEmpty() ? operation->listenerId() : operation->listenerName();
}

// --- Groups: operations started together, shown as one row ---

JobsModel::JobState JobsModel::aggregateState(const QList<MemberOperation *> &operations)
{
    if (operations.isEmpty())
        return JobState::Unknown;
    QList<JobState> states;
    for (const MemberOperation *operation : operations)
        states << stateOf(operation);
    const auto any = [&states](JobState s) { return states.contains(s); };
    if (std::all_of(states.cbegin(), states.cend(), [](JobState s) { return s == JobState::Waiting; }))
        return JobState::Waiting;
    if (std::any_of(states.cbegin(), states.cend(), [](JobState s) { return isUnfinished(s); }))
        return JobState::Running;
    if (any(JobState::Failed))
        return JobState::Failed;
    if (any(JobState::Unknown))
        return JobState::Unknown;
    if (any(JobState::Rejected))
        // All refused: nothing changed anywhere. Some refused: the group did not do what was asked.
        return std::all_of(states.cbegin(), states.cend(), [](JobState s) { return s == JobState::Rejected; })
                   ? JobState::Rejected
                   : JobState::Failed;
    return JobState::Succeeded;
}

QString JobsModel::groupAction(const Entry *entry)
{
    int n = 0;
    for (const MemberOperation *operation : entry->operations)
        n += int(operation->targets().size());
    if (isAddition(entry->operations.first()))
        return n == 1 ? tr("Re-add 1 server") : tr("Re-add %1 servers").arg(n);
    return n == 1 ? tr("Remove 1 server") : tr("Remove %1 servers").arg(n);
}

QVariant JobsModel::groupData(const Entry *entry, int column, int role) const
{
    const QList<MemberOperation *> &operations = entry->operations;
    const int n = int(operations.size());
    const JobState state = aggregateState(operations);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Listener:
            return n == 1 ? tr("1 listener", "a group of jobs") : tr("%1 listeners", "a group of jobs").arg(n);
        case Servers:
            return groupAction(entry);
        case JobId:
            return n == 1 ? tr("1 job", "a group of jobs") : tr("%1 jobs", "a group of jobs").arg(n);
        case State:
            return stateText(state);
        case Elapsed: {
            // From the first start to the last finish (or now while any runs).
            QDateTime start;
            QDateTime end;
            for (const MemberOperation *operation : operations) {
                if (operation->startedAt().isValid() && (!start.isValid() || operation->startedAt() < start))
                    start = operation->startedAt();
                if (operation->finishedAt().isValid() && (!end.isValid() || operation->finishedAt() > end))
                    end = operation->finishedAt();
            }
            if (!start.isValid())
                return placeholder();
            if (isUnfinished(state) || !end.isValid())
                end = QDateTime::currentDateTimeUtc();
            return formatElapsed(start.secsTo(end));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const MemberOperation *operation : operations) {
            if (column == Listener)
                lines << listenerLabel(operation);
            else if (column == JobId)
                lines << tr("%1: %2", "listener: job id")
                             .arg(listenerLabel(operation),
                                  operation->jobId().isEmpty() ? placeholder() : operation->jobId());
        }
        return lines.isEmpty() ? groupDetail(entry) : lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (column == Elapsed)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProgressRole:
        return progressOf(state);
    case StateRole:
        return QVariant::fromValue(state);
    case GroupIdRole:
        return entry->groupId;
    default:
        return {}; // no OperationRole: a group row is several operations (see operations())
    }
}

QString JobsModel::groupDetail(const Entry *entry) const
{
    const QList<MemberOperation *> &operations = entry->operations;
    const int n = int(operations.size());
    const QString action = groupAction(entry);
    QStringList lines;
    if (isAddition(operations.first()))
        lines << tr("%1 to %2 listeners, one job each: %3.", "1: e.g. Re-add 3 servers")
                     .arg(action)
                     .arg(n)
                     .arg(stateText(aggregateState(operations)));
    else
        lines << tr("%1 from %2 listeners, one job each: %3.", "1: e.g. Remove 3 servers")
                     .arg(action)
                     .arg(n)
                     .arg(stateText(aggregateState(operations)));
    for (const MemberOperation *operation : operations) {
        lines << tr("%1: %2, job %3.", "listener: state, job id")
                     .arg(listenerLabel(operation), stateText(stateOf(operation)),
                          operation->jobId().isEmpty() ? placeholder() : operation->jobId());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ElbDesk
