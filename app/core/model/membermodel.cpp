#include "membermodel.h"

#include <QStringView>

#include <algorithm>
#include <numeric>
#include <utility>

namespace ElbDesk {

namespace {

QString ipSortKey(const QString &address)
{
    quint32 v4 = 0;
    switch (MemberRowKeys::ipRank(address, &v4)) {
    case MemberRowKeys::NoAddress:
        return QString();
    case MemberRowKeys::Ipv4:
        return QStringLiteral("4%1").arg(v4, 8, 16, QLatin1Char('0'));
    default:
        return QLatin1Char('6') + address.toLower();
    }
}

} // namespace

MemberModel::MemberModel(QObject *parent) : QAbstractTableModel(parent) {}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int MemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberModel::healthText(const QString &healthStatus)
{
    if (healthStatus == QLatin1String("NORMAL"))
        return tr("Healthy", "member health");
    if (healthStatus == QLatin1String("ABNORMAL"))
        return tr("Unhealthy", "member health");
    if (healthStatus == QLatin1String("UNAVAILABLE"))
        return tr("No health check", "member health");
    return healthStatus;
}

QString MemberModel::healthToolTip(const QString &healthStatus)
{
    if (healthStatus == QLatin1String("NORMAL"))
        return tr("The server passes the listener's health check.");
    if (healthStatus == QLatin1String("ABNORMAL"))
        return tr("The server fails the listener's health check.");
    if (healthStatus == QLatin1String("UNAVAILABLE"))
        return tr("The listener has no health check configured, so this server's health is unknown. "
                  "This is not a failure.");
    if (healthStatus.isEmpty())
        return tr("The cloud reported no health status for this server.");
    return tr("Health status reported by the cloud: %1").arg(healthStatus);
}

QVariant MemberModel::displayText(const Member &m, int column) const
{
    switch (column) {
    case Name:
        return m.serverName.isEmpty() ? tr("(no name)", "server without a name") : m.serverName;
    case PrivateIp:
        return m.serverAddress;
    case ServerId:
        return m.serverId;
    case MemberId:
        return m.id;
    case Health:
        return healthText(m.healthStatus);
    case Status:
        return m.status;
    default:
        return {};
    }
}

QVariant MemberModel::sortValue(const Member &m, int column) const
{
    switch (column) {
    case Name:
        return m.serverName;
    case PrivateIp:
        return ipSortKey(m.serverAddress);
    case ServerId:
        return m.serverId;
    case MemberId:
        return m.id;
    case Health:
        return m.healthStatus;
    case Status:
        return m.status;
    default:
        return {};
    }
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(storageRow(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(m, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Health)
            return healthToolTip(m.healthStatus);
        if (index.column() == Name && m.serverName.isEmpty())
            return tr("The cloud reports no name for this server.");
        return {};
    case MemberIdRole:
        return m.id;
    case HealthRole:
        return m.healthStatus;
    case SortRole:
        return sortValue(m, index.column());
    case MemberRole:
        return QVariant::fromValue(m);
    case SearchTextRole:
        return m_rows.at(storageRow(index.row())).searchText;
    default:
        return {};
    }
}

QVariant MemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Server name", "column");
    case PrivateIp:
        return tr("Private IP", "column");
    case ServerId:
        return tr("Server ID", "column");
    case MemberId:
        return tr("Member ID", "column");
    case Health:
        return tr("Health", "column");
    case Status:
        return tr("Status", "column");
    default:
        return {};
    }
}

Qt::ItemFlags MemberModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

bool MemberModel::lessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const
{
    leftRow = storageRow(leftRow);
    rightRow = storageRow(rightRow);
    const Member &l = m_members.at(leftRow);
    const Member &r = m_members.at(rightRow);
    switch (column) {
    case Name:
        if (cs == Qt::CaseInsensitive) { // on the lower-cased copy: no case folding per comparison
            const MemberRowKeys &lk = m_rows.at(leftRow);
            const MemberRowKeys &rk = m_rows.at(rightRow);
            return QStringView(lk.searchText).left(lk.nameLength) <
                   QStringView(rk.searchText).left(rk.nameLength);
        }
        return QString::compare(l.serverName, r.serverName, cs) < 0;
    case PrivateIp: {
        const quint64 lk = m_rows.at(leftRow).ipKey;
        const quint64 rk = m_rows.at(rightRow).ipKey;
        if (lk != rk || (lk >> 32) != MemberRowKeys::OtherAddress)
            return lk < rk;
        return QString::compare(l.serverAddress, r.serverAddress, Qt::CaseInsensitive) < 0;
    }
    case ServerId:
        return QString::compare(l.serverId, r.serverId, cs) < 0;
    case MemberId:
        return QString::compare(l.id, r.id, cs) < 0;
    case Health:
        return QString::compare(l.healthStatus, r.healthStatus, cs) < 0;
    case Status:
        return QString::compare(l.status, r.status, cs) < 0;
    default:
        return false;
    }
}

void MemberModel::setMembers(QList<Member> members)
{
    Q_ASSERT(!m_removing);
    beginResetModel();
    m_members = std::move(members);
    rebuildDerived();
    endResetModel();
}

void MemberModel::reserveRows(int rows)
{
    if (!m_members.isEmpty() || m_removing)
        return; // reserve() on a filled list would copy every member
    rows = std::clamp(rows, 0, MaxReservedRows);
    m_members.reserve(rows);
    m_rows.reserve(rows);
}

void MemberModel::releaseSpareRows()
{
    // Only when a good part is spare: squeeze() copies the rows into a block of their size.
    if (m_removing || m_members.capacity() - m_members.size() <= m_members.size() / 8)
        return;
    m_members.squeeze();
    m_rows.squeeze();
}

void MemberModel::appendMembers(QList<Member> page)
{
    appendPages({std::move(page)});
}

void MemberModel::appendPages(QList<QList<Member>> pages, QList<QList<MemberRowKeys>> keys)
{
    Q_ASSERT(!m_removing);
    Q_ASSERT(keys.isEmpty() || keys.size() == pages.size());
    qsizetype added = 0;
    for (const QList<Member> &page : std::as_const(pages))
        added += page.size();
    if (added == 0)
        return;
    const int first = int(m_members.size());
    beginInsertRows(QModelIndex(), first, first + int(added) - 1);
    // No reserve(): QList::reserve() copies every element into the new block, while growing by
    // append() relocates them (Member and MemberRowKeys are relocatable).
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QList<Member> &page = pages[p];
        const bool haveKeys = !keys.isEmpty() && keys.at(p).size() == page.size();
        for (qsizetype i = 0; i < page.size(); ++i) {
            const Member &m = page.at(i);
            m_rows.append(haveKeys ? std::move(keys[p][i]) : MemberRowKeys::of(m));
            if (m.isHealthy())
                ++m_healthyCount;
        }
        // Moved, not copied: a listing passes 100,000 members through here. The id index is
        // extended when it is next asked for, not per row while a listing streams in.
        m_members.append(std::move(page));
    }
    endInsertRows();
}

void MemberModel::clear()
{
    Q_ASSERT(!m_removing);
    beginResetModel();
    m_members = {}; // not clear(), which keeps the capacity of the last listener's rows
    rebuildDerived();
    endResetModel();
}

void MemberModel::removeMemberIds(const QSet<QString> &ids)
{
    Q_ASSERT(!m_removing);
    if (ids.isEmpty() || m_members.isEmpty())
        return;
    // A full scan (not the index) so that duplicated ids are all removed.
    QList<int> rows;
    for (qsizetype row = 0; row < m_members.size(); ++row) {
        if (ids.contains(m_members.at(row).id))
            rows.append(int(row));
    }
    if (rows.isEmpty())
        return;

    m_liveRows.resize(m_members.size());
    std::iota(m_liveRows.begin(), m_liveRows.end(), 0);
    m_removing = true;
    // Back to front, so the rows of the runs not yet removed keep their numbers.
    qsizetype end = rows.size();
    while (end > 0) {
        qsizetype begin = end - 1;
        while (begin > 0 && rows.at(begin - 1) == rows.at(begin) - 1)
            --begin;
        const int first = rows.at(begin);
        const int last = rows.at(end - 1);
        beginRemoveRows(QModelIndex(), first, last);
        for (int row = first; row <= last; ++row) {
            if (m_members.at(m_liveRows.at(row)).isHealthy())
                --m_healthyCount;
        }
        m_liveRows.remove(first, last - first + 1);
        m_indexDirty = true; // also if a slot rebuilt it during the previous run
        endRemoveRows();
        end = begin;
    }

    // Compact once; the rows as observers see them do not change.
    QList<Member> members;
    QList<MemberRowKeys> keys;
    members.reserve(m_liveRows.size());
    keys.reserve(m_liveRows.size());
    for (const int row : std::as_const(m_liveRows)) {
        members.append(std::move(m_members[row]));
        keys.append(std::move(m_rows[row]));
    }
    m_members = std::move(members);
    m_rows = std::move(keys);
    m_liveRows.clear();
    m_removing = false;
}

const Member &MemberModel::member(int row) const
{
    Q_ASSERT(row >= 0 && row < count());
    return m_members.at(storageRow(row));
}

QList<Member> MemberModel::members() const
{
    if (!m_removing)
        return m_members;
    QList<Member> members;
    members.reserve(m_liveRows.size());
    for (const int row : m_liveRows)
        members.append(m_members.at(row));
    return members;
}

int MemberModel::rowForMemberId(const QString &id) const
{
    ensureIndex();
    return m_rowById.value(id, -1);
}

void MemberModel::rebuildDerived()
{
    m_rows = {};
    m_rows.reserve(m_members.size());
    m_healthyCount = 0;
    for (const Member &m : std::as_const(m_members)) {
        m_rows.append(MemberRowKeys::of(m));
        if (m.isHealthy())
            ++m_healthyCount;
    }
    m_rowById.clear();
    m_indexDirty = true;
}

void MemberModel::ensureIndex() const
{
    if (m_indexDirty) {
        m_rowById.clear();
        m_indexedRows = 0;
        m_indexDirty = false;
    }
    const int rows = count();
    if (m_indexedRows >= rows)
        return;
    if (m_indexedRows == 0)
        m_rowById.reserve(rows);
    for (int row = m_indexedRows; row < rows; ++row) {
        const QString &id = member(row).id;
        if (!m_rowById.contains(id)) // the first row wins for a duplicated id
            m_rowById.insert(id, row);
    }
    m_indexedRows = rows;
}

} // namespace ElbDesk
