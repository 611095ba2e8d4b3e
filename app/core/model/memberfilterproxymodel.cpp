#include "memberfilterproxymodel.h"

#include <QSet>

#include <utility>

namespace ElbDesk {

MemberFilterProxyModel::MemberFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MemberModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true); // pages appended while sorted land in order
}

void MemberFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    // Before the base class maps anything, so the fast paths see the new source.
    m_members = qobject_cast<MemberModel *>(sourceModel);
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    dropMatches();
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (!sourceModel)
        return;
    // Row numbers are about to change: the cached matches no longer apply. (Before the change, so
    // that no remapping can read them; rows appended at the end keep the others' numbers.)
    const auto drop = [this] { dropMatches(); };
    m_sourceConnections << connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this, drop)
                        << connect(sourceModel, &QAbstractItemModel::layoutAboutToBeChanged, this, drop)
                        << connect(sourceModel, &QAbstractItemModel::rowsAboutToBeRemoved, this, drop)
                        << connect(sourceModel, &QAbstractItemModel::rowsAboutToBeMoved, this, drop)
                        << connect(sourceModel, &QAbstractItemModel::dataChanged, this, drop)
                        << connect(sourceModel, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                   [this](const QModelIndex &, int first) {
                                       if (first < int(m_matches.size()))
                                           dropMatches();
                                   });
}

void MemberFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    // Trimmed because pasted IPs and ids often carry a stray space or newline.
    QString needle = text.trimmed().toLower();
    if (needle != m_needle) {
        const QString previous = std::exchange(m_needle, std::move(needle));
        computeMatches(previous);
        refilter();
    }
    emit filterTextChanged(m_filterText);
}

void MemberFilterProxyModel::setHealthFilter(HealthFilter filter)
{
    if (filter == m_healthFilter)
        return;
    m_healthFilter = filter;
    refilter();
    emit healthFilterChanged(m_healthFilter);
}

void MemberFilterProxyModel::refilter()
{
    // invalidateFilter() (Qt 6.4 has no beginFilterChange()) removes and inserts rows one proxy
    // interval at a time, each costing O(rows) plus a signal every view handles; on a large list a
    // filter change can make thousands of intervals (seconds for 100,000 members). One layout change
    // that refilters and resorts everything is O(n log n) instead. Persistent indexes (selection)
    // follow either way.
    if (sourceModel() && sourceModel()->rowCount() > IncrementalFilterLimit)
        invalidate();
    else
        invalidateFilter();
}

void MemberFilterProxyModel::computeMatches(const QString &previousNeedle)
{
    if (!m_members || m_needle.isEmpty()) {
        dropMatches();
        return;
    }
    const int rows = m_members->rowCount();
    const bool narrowing = m_matchesValid && !previousNeedle.isEmpty() && m_needle.contains(previousNeedle) &&
                           int(m_matches.size()) <= rows;
    if (!narrowing)
        m_matches.assign(size_t(rows), 1);
    else
        m_matches.resize(size_t(rows), 1); // rows appended since: still to be tested
    for (int row = 0; row < rows; ++row) {
        char &match = m_matches[size_t(row)];
        if (match)
            match = m_members->searchText(row).contains(m_needle) ? 1 : 0;
    }
    m_matchesValid = true;
}

bool MemberFilterProxyModel::textAccepted(int sourceRow) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_matchesValid && sourceRow < int(m_matches.size()))
        return m_matches[size_t(sourceRow)] != 0;
    return m_members->searchText(sourceRow).contains(m_needle);
}

bool MemberFilterProxyModel::healthAccepted(const QString &healthStatus) const
{
    switch (m_healthFilter) {
    case HealthFilter::All:
        return true;
    case HealthFilter::Healthy:
        return healthStatus == QLatin1String("NORMAL");
    case HealthFilter::Unhealthy:
        return healthStatus == QLatin1String("ABNORMAL");
    case HealthFilter::NoHealthCheck:
        return healthStatus == QLatin1String("UNAVAILABLE");
    }
    return true;
}

bool MemberFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_members) {
        // No QVariant and no allocation: this runs once per member on every filter change.
        if (!healthAccepted(m_members->member(sourceRow).healthStatus))
            return false;
        return textAccepted(sourceRow);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!healthAccepted(index.data(MemberModel::HealthRole).toString()))
        return false;
    return m_needle.isEmpty() ||
           index.data(MemberModel::SearchTextRole).toString().contains(m_needle, Qt::CaseInsensitive);
}

bool MemberFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_members && sortRole() == MemberModel::SortRole && left.model() == m_members.data())
        return m_members->lessThan(left.row(), right.row(), left.column(), sortCaseSensitivity());
    return QSortFilterProxyModel::lessThan(left, right);
}

QList<QString> MemberFilterProxyModel::memberIdsOfRows(const QModelIndexList &proxyRows) const
{
    QList<QString> ids;
    ids.reserve(proxyRows.size());
    QSet<int> seen; // selectedIndexes() gives one index per cell
    for (const QModelIndex &proxyIndex : proxyRows) {
        if (proxyIndex.model() != this)
            continue;
        const QModelIndex source = mapToSource(proxyIndex);
        if (!source.isValid() || seen.contains(source.row()))
            continue;
        seen.insert(source.row());
        ids.append(m_members ? m_members->member(source.row()).id
                             : source.siblingAtColumn(0).data(MemberModel::MemberIdRole).toString());
    }
    return ids;
}

} // namespace ElbDesk
