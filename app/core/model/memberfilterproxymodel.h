#pragma once

#include "membermodel.h"

#include <QList>
#include <QModelIndexList>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>

#include <vector>

namespace ElbDesk {

// Filters a MemberModel by a case-insensitive substring (server name, private IP, server id, member
// id) and by health, and sorts by MemberModel::SortRole. With a MemberModel source the hot paths
// (filterAcceptsRow, lessThan) read the source directly and allocate nothing; any other source
// model works too, through its roles.
class MemberFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(HealthFilter healthFilter READ healthFilter WRITE setHealthFilter NOTIFY healthFilterChanged)

public:
    enum class HealthFilter { All, Healthy, Unhealthy, NoHealthCheck };
    Q_ENUM(HealthFilter)

    // Above this many source rows a filter change is one layout change instead of row removals and
    // insertions (see refilter()).
    static constexpr int IncrementalFilterLimit = 5000;

    explicit MemberFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    [[nodiscard]] HealthFilter healthFilter() const { return m_healthFilter; }
    void setHealthFilter(HealthFilter filter);

    // The member ids of the given proxy indexes (e.g. selectedRows() or selectedIndexes()), in the
    // given order, one per row.
    [[nodiscard]] QList<QString> memberIdsOfRows(const QModelIndexList &proxyRows) const;

Q_SIGNALS:
    void filterTextChanged(const QString &text);
    void healthFilterChanged(ElbDesk::MemberFilterProxyModel::HealthFilter filter);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    // Which source rows contain m_needle, computed once per filter change. When the new needle
    // contains the previous one, only the previous matches can match: typing narrows in O(matches).
    void computeMatches(const QString &previousNeedle);
    void dropMatches()
    {
        m_matches.clear();
        m_matchesValid = false;
    }
    [[nodiscard]] bool textAccepted(int sourceRow) const;
    [[nodiscard]] bool healthAccepted(const QString &healthStatus) const;

    QPointer<MemberModel> m_members; // the source, when it is a MemberModel
    QString m_filterText;
    QString m_needle; // trimmed and lower-cased m_filterText
    HealthFilter m_healthFilter = HealthFilter::All;
    std::vector<char> m_matches; // per source row (rows appended later are tested directly)
    bool m_matchesValid = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace ElbDesk
