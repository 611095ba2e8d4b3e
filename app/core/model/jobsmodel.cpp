#include "jobsmodel.h"

#include "jobs/jobcenter.h"

#include <algorithm>

namespace ElbDesk {

namespace {

// Top-level rows carry no internal pointer; child rows carry their operation.
const MemberOperation *operationOfChild(const QModelIndex &index)
{
    return static_cast<const MemberOperation *>(index.internalPointer());
}

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

JobsModel::~JobsModel() = default;

void JobsModel::addOperation(MemberOperation *operation)
{
    if (!operation || m_operations.contains(operation))
        return;
    // Its targets are known from the start, so the child rows come in with the row.
    beginInsertRows(QModelIndex(), 0, 0);
    m_operations.prepend(operation);
    endInsertRows();
    // Only the pointer value is used once it is being destroyed.
    connect(operation, &QObject::destroyed, this, [this, operation] { removeOperation(operation); });
    updateTicker();
}

void JobsModel::removeOperation(MemberOperation *operation)
{
    const int row = int(m_operations.indexOf(operation));
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_operations.removeAt(row);
    endRemoveRows();
    updateTicker();
}

void JobsModel::onOperationChanged(MemberOperation *operation)
{
    const int row = rowOf(operation);
    if (row < 0)
        return;
    const QModelIndex first = index(row, 0);
    Q_EMIT dataChanged(first, index(row, ColumnCount - 1));
    const int children = rowCount(first);
    if (children > 0)
        Q_EMIT dataChanged(index(0, 0, first), index(children - 1, ColumnCount - 1, first));
    updateTicker();
}

void JobsModel::onCenterDestroyed()
{
    beginResetModel();
    m_operations.clear();
    endResetModel();
    updateTicker();
}

void JobsModel::tick()
{
    for (int row = 0; row < m_operations.size(); ++row) {
        if (isUnfinished(stateOf(m_operations.at(row)))) {
            const QModelIndex cell = index(row, Elapsed);
            Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole});
        }
    }
    updateTicker();
}

void JobsModel::updateTicker()
{
    const bool anyRunning = std::any_of(m_operations.cbegin(), m_operations.cend(),
                                        [](const MemberOperation *op) { return isUnfinished(stateOf(op)); });
    if (anyRunning && !m_ticker.isActive())
        m_ticker.start();
    else if (!anyRunning)
        m_ticker.stop();
}

int JobsModel::rowOf(const MemberOperation *operation) const
{
    for (int row = 0; row < m_operations.size(); ++row) {
        if (m_operations.at(row) == operation)
            return row;
    }
    return -1;
}

QModelIndex JobsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    return createIndex(row, column, m_operations.at(parent.row()));
}

QModelIndex JobsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOf(operationOfChild(child));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_operations.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0; // servers have no children; only column 0 carries the tree
    return int(m_operations.at(parent.row())->targets().size());
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
    if (index.internalPointer())
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
    if (index.internalPointer())
        return const_cast<MemberOperation *>(operationOfChild(index));
    return m_operations.value(index.row());
}

QModelIndex JobsModel::indexOf(const MemberOperation *operation, int column) const
{
    const int row = rowOf(operation);
    return row < 0 ? QModelIndex() : index(row, column);
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalPointer())
        return targetData(operationOfChild(index), index.row(), index.column(), role);
    return operationData(m_operations.at(index.row()), index.column(), role);
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
    if (index.internalPointer())
        return targetDetail(operationOfChild(index), index.row());
    return operationDetail(m_operations.at(index.row()));
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

} // namespace ElbDesk
