#pragma once

#include "member.h"
#include "memberrowkeys.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace ElbDesk {

// The members of one listener, as a flat table. Members are plain values in a QList (no per-row
// QObject) so that paged loading of 100,000 members stays fast and lean; a parallel list holds each
// row's lower-cased search text so MemberFilterProxyModel can filter without allocating.
class MemberModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, PrivateIp, ServerId, MemberId, Health, Status, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        HealthRole,     // the raw health_status (NORMAL, ABNORMAL, UNAVAILABLE, …)
        SortRole,       // the raw value a column sorts by (the private IP as a numeric key)
        MemberRole,     // the whole Member (QVariant::fromValue)
        SearchTextRole, // the lower-cased text the filter searches (name, IP, server id, member id)
    };
    Q_ENUM(Role)

    explicit MemberModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setMembers(QList<Member> members);
    // Room for `rows` members before a listing of that many arrives (the listener's member_number):
    // one block of the right size instead of doubling ones, which at 5,000 members waste 1 MB. Only
    // on an empty model, and at most MaxReservedRows (member_number is the server's word).
    void reserveRows(int rows);
    // After a listing: gives back what reserveRows() set aside beyond the rows that came.
    void releaseSpareRows();
    static constexpr int MaxReservedRows = 200000;
    void appendMembers(QList<Member> page); // one rowsInserted per call
    // Pages in one rowsInserted. `keys`, one list per page, are MemberRowKeys::of() the members when
    // already worked out elsewhere (a listing's worker thread); pages without them are keyed here.
    void appendPages(QList<QList<Member>> pages, QList<QList<MemberRowKeys>> keys = {});
    void clear();
    // Removes every row whose member id is in `ids`, one beginRemoveRows per contiguous run.
    void removeMemberIds(const QSet<QString> &ids);

    [[nodiscard]] const Member &member(int row) const;
    [[nodiscard]] int rowForMemberId(const QString &id) const; // -1 when absent
    [[nodiscard]] int healthyCount() const { return m_healthyCount; }
    [[nodiscard]] QList<Member> members() const;

    // For the proxy's hot paths: no QVariant, no allocation.
    [[nodiscard]] const QString &searchText(int row) const { return m_rows.at(storageRow(row)).searchText; }
    // Orders two rows by `column` the way SortRole values compare.
    [[nodiscard]] bool lessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const;

    // The words shown for a health_status (never colour alone).
    [[nodiscard]] static QString healthText(const QString &healthStatus);
    [[nodiscard]] static QString healthToolTip(const QString &healthStatus);

private:
    [[nodiscard]] QVariant displayText(const Member &m, int column) const;
    [[nodiscard]] QVariant sortValue(const Member &m, int column) const;
    void rebuildDerived();
    void ensureIndex() const;
    [[nodiscard]] int count() const { return int(m_removing ? m_liveRows.size() : m_members.size()); }
    [[nodiscard]] int storageRow(int row) const { return m_removing ? m_liveRows.at(row) : row; }

    QList<Member> m_members;
    QList<MemberRowKeys> m_rows; // parallel to m_members: derived once per row, so that filtering
                                 // and sorting 100,000 rows allocate nothing
    // While removeMemberIds() signals one run after another, rows are looked up through this list
    // (row → storage index), so each run costs a move of ints rather than of members; the members
    // are compacted once at the end.
    QList<int> m_liveRows;
    bool m_removing = false;
    int m_healthyCount = 0;
    // Member id → row, built when first asked for: extended over rows appended since (rows
    // [0, m_indexedRows) are in it), rebuilt after removals (a scattered removal would otherwise
    // cost a full rebuild per removed range).
    mutable QHash<QString, int> m_rowById;
    mutable int m_indexedRows = 0;
    mutable bool m_indexDirty = false;
};

} // namespace ElbDesk

// Q_DECLARE_METATYPE(ElbDesk::Member), which MemberRole relies on, lives in member.h next to the type.
