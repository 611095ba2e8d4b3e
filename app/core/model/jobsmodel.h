#pragma once

#include "jobs/memberoperation.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace ElbDesk {

class JobCenter;

// The operations of a JobCenter as a tree for the jobs panel: one top-level row per operation,
// newest first (the job the operator just started is the one they look for), and one child row
// per target server. Top-level columns: listener, what is done to how many servers, job id,
// state, elapsed time. Child columns: server name, private IP, server id, per-server result.
// While any operation is unfinished a 1 s timer refreshes the Elapsed column of those rows only.
class JobsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsModel)
public:
    enum Column { Listener, Servers, JobId, State, Elapsed, ColumnCount };
    Q_ENUM(Column)

    // What the State column says, as a value (StateRole).
    enum class JobState { Waiting, Running, Verifying, Succeeded, Failed, Rejected, Unknown };
    Q_ENUM(JobState)

    enum Role {
        // MemberOperation * (child rows: their operation). A QObject pointer needs no
        // Q_DECLARE_METATYPE: QVariant::fromValue / value<MemberOperation *>() work as they are.
        OperationRole = Qt::UserRole + 1,
        ProgressRole, // int 0–100, -1 = indeterminate; top-level rows only
        StateRole,    // JobState; top-level rows only
    };
    Q_ENUM(Role)

    explicit JobsModel(JobCenter *center, QObject *parent = nullptr);
    ~JobsModel() override;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The operation of a row (top-level or child); nullptr for an invalid index.
    [[nodiscard]] MemberOperation *operation(const QModelIndex &index) const;
    // The top-level index of an operation, or an invalid index when it is not in the model.
    [[nodiscard]] QModelIndex indexOf(const MemberOperation *operation, int column = 0) const;
    // A few sentences on the row in words: what is happening or what happened, and why.
    [[nodiscard]] QString detailText(const QModelIndex &index) const;
    // True while the elapsed timer runs (some operation is unfinished).
    [[nodiscard]] bool isTicking() const { return m_ticker.isActive(); }

    [[nodiscard]] static JobState stateOf(const MemberOperation *operation);
    [[nodiscard]] static QString stateText(JobState state);
    // "12 s", "3 min 05 s", "1 h 02 min".
    [[nodiscard]] static QString formatElapsed(qint64 seconds);
    // "Remove 3 servers" / "Re-add 1 server".
    [[nodiscard]] static QString actionText(const MemberOperation *operation);
    // "removed", "still present", "added", "not present", "unknown", "pending".
    [[nodiscard]] static QString resultText(const MemberOperation *operation,
                                            const MemberOperation::Target &target);
    // The listener's name, or its id when no name was given.
    [[nodiscard]] static QString listenerLabel(const MemberOperation *operation);

private:
    void addOperation(MemberOperation *operation);
    void removeOperation(MemberOperation *operation);
    void onOperationChanged(MemberOperation *operation);
    void onCenterDestroyed();
    void tick();
    void updateTicker();
    [[nodiscard]] int rowOf(const MemberOperation *operation) const;
    [[nodiscard]] QVariant operationData(const MemberOperation *operation, int column, int role) const;
    [[nodiscard]] QVariant targetData(const MemberOperation *operation, int row, int column, int role) const;
    [[nodiscard]] QString operationDetail(const MemberOperation *operation) const;
    [[nodiscard]] QString targetDetail(const MemberOperation *operation, int row) const;
    [[nodiscard]] static qint64 elapsedSeconds(const MemberOperation *operation);
    [[nodiscard]] static int progressOf(JobState state);
    [[nodiscard]] static bool isUnfinished(JobState state);

    QPointer<JobCenter> m_center;
    // Raw pointers, newest first: identity only once an operation is being destroyed.
    QList<MemberOperation *> m_operations;
    QTimer m_ticker;
};

} // namespace ElbDesk
