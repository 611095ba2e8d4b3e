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
// Operations sharing a non-empty groupId() (one review over several listeners) form one group
// row instead: it appears with the group's first operation and takes in later ones; its children
// are the operations, each with its servers below it. Group columns: "N listeners", "Remove K
// servers", "N jobs", the aggregate state, time since the first operation started.
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
        StateRole,    // JobState; operation and group rows
        GroupIdRole,  // QString: the group id of group rows and of operation rows inside a group
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

    // The operation of an operation row or server row; nullptr for a group row (use operations())
    // and for an invalid index.
    [[nodiscard]] MemberOperation *operation(const QModelIndex &index) const;
    // Every operation of a group row, in the order they were started; for any other row its
    // single operation; empty for an invalid index.
    [[nodiscard]] QList<MemberOperation *> operations(const QModelIndex &index) const;
    [[nodiscard]] bool isGroup(const QModelIndex &index) const;
    // The row of an operation: top-level, or a child of its group row; invalid when not in the model.
    [[nodiscard]] QModelIndex indexOf(const MemberOperation *operation, int column = 0) const;
    // A few sentences on the row in words: what is happening or what happened, and why.
    [[nodiscard]] QString detailText(const QModelIndex &index) const;
    // True while the elapsed timer runs (some operation is unfinished).
    [[nodiscard]] bool isTicking() const { return m_ticker.isActive(); }

    [[nodiscard]] static JobState stateOf(const MemberOperation *operation);
    // A group's state: waiting while all wait, running while any is unfinished, then failed if
    // any failed (or some but not all were rejected), outcome unknown if any is unknown,
    // rejected if all were rejected, succeeded only if all succeeded.
    [[nodiscard]] static JobState aggregateState(const QList<MemberOperation *> &operations);
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
    // A top-level row: one operation (empty groupId) or a group of them.
    struct Entry
    {
        QString groupId;
        QList<MemberOperation *> operations;
    };

    void addOperation(MemberOperation *operation);
    void removeOperation(MemberOperation *operation);
    void onOperationChanged(MemberOperation *operation);
    void onCenterDestroyed();
    void tick();
    void updateTicker();
    // The top-level row holding an operation and its position in that entry; -1 when absent.
    [[nodiscard]] int rowOf(const MemberOperation *operation, int *position = nullptr) const;
    [[nodiscard]] int entryRow(const void *pointer) const;
    [[nodiscard]] MemberOperation *operationOfRow(const QModelIndex &index) const;
    [[nodiscard]] QVariant groupData(const Entry *entry, int column, int role) const;
    [[nodiscard]] QString groupDetail(const Entry *entry) const;
    [[nodiscard]] static QString groupAction(const Entry *entry);
    [[nodiscard]] QVariant operationData(const MemberOperation *operation, int column, int role) const;
    [[nodiscard]] QVariant targetData(const MemberOperation *operation, int row, int column, int role) const;
    [[nodiscard]] QString operationDetail(const MemberOperation *operation) const;
    [[nodiscard]] QString targetDetail(const MemberOperation *operation, int row) const;
    [[nodiscard]] static qint64 elapsedSeconds(const MemberOperation *operation);
    [[nodiscard]] static int progressOf(JobState state);
    [[nodiscard]] static bool isUnfinished(JobState state);

    QPointer<JobCenter> m_center;
    // Owned entries, newest first. Operation pointers are raw: identity only once an operation is
    // being destroyed. Index internal pointers: nullptr = top-level row, an Entry = operation row
    // inside that group, an operation = server row of that operation.
    QList<Entry *> m_entries;
    // The operation whose rows are being removed because it is being destroyed: never called into.
    const MemberOperation *m_dying = nullptr;
    QTimer m_ticker;
};

} // namespace ElbDesk
