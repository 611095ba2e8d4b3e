#include "membermodel.h"

#include <QStringView>

#include <utility>

namespace ElbDesk {

namespace {

// Name, private IP, server id and member id, lower-cased once per row. The newline keeps a search
// from matching across two fields.
QString searchTextOf(const Member &m)
{
    QString text;
    text.reserve(m.serverName.size() + m.serverAddress.size() + m.serverId.size() + m.id.size() + 3);
    text += m.serverName;
    text += QLatin1Char('\n');
    text += m.serverAddress;
    text += QLatin1Char('\n');
    text += m.serverId;
    text += QLatin1Char('\n');
    text += m.id;
    return text.toLower();
}

// Dotted-quad IPv4 to a number, without allocating (sorting calls this n·log n times).
bool parseIpv4(QStringView text, quint32 *out)
{
    quint32 value = 0;
    int parts = 0;
    int digits = 0;
    quint32 part = 0;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            part = part * 10 + quint32(c.unicode() - '0');
            if (++digits > 3 || part > 255)
                return false;
        } else if (c == QLatin1Char('.') && digits > 0 && parts < 3) {
            value = (value << 8) | part;
            ++parts;
            digits = 0;
            part = 0;
        } else {
            return false;
        }
    }
    if (parts != 3 || digits == 0)
        return false;
    *out = (value << 8) | part;
    return true;
}

// Empty addresses first, then IPv4 in numeric order, then anything else (IPv6) by text.
int ipRank(const QString &address, quint32 *v4)
{
    if (address.isEmpty())
        return 0;
    return parseIpv4(address, v4) ? 1 : 2;
}

QString ipSortKey(const QString &address)
{
    quint32 v4 = 0;
    switch (ipRank(address, &v4)) {
    case 0:
        return QString();
    case 1:
        return QStringLiteral("4%1").arg(v4, 8, 16, QLatin1Char('0'));
    default:
        return QLatin1Char('6') + address.toLower();
    }
}

} // namespace

MemberModel::MemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
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
    const Member &m = m_members.at(index.row());
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
        return m_searchText.at(index.row());
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
    const Member &l = m_members.at(leftRow);
    const Member &r = m_members.at(rightRow);
    switch (column) {
    case Name:
        return QString::compare(l.serverName, r.serverName, cs) < 0;
    case PrivateIp: {
        quint32 lv = 0;
        quint32 rv = 0;
        const int lr = ipRank(l.serverAddress, &lv);
        const int rr = ipRank(r.serverAddress, &rv);
        if (lr != rr)
            return lr < rr;
        if (lr == 1)
            return lv < rv;
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
    beginResetModel();
    m_members = std::move(members);
    rebuildDerived();
    endResetModel();
}

void MemberModel::appendMembers(const QList<Member> &page)
{
    if (page.isEmpty())
        return;
    const int first = int(m_members.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_members.append(page);
    m_searchText.reserve(m_members.size());
    for (qsizetype i = 0; i < page.size(); ++i) {
        const Member &m = page.at(i);
        m_searchText.append(searchTextOf(m));
        if (m.isHealthy())
            ++m_healthyCount;
        if (!m_indexDirty && !m_rowById.contains(m.id)) // the first row wins for a duplicated id
            m_rowById.insert(m.id, first + int(i));
    }
    endInsertRows();
}

void MemberModel::clear()
{
    beginResetModel();
    m_members.clear();
    rebuildDerived();
    endResetModel();
}

void MemberModel::removeMemberIds(const QSet<QString> &ids)
{
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
            if (m_members.at(row).isHealthy())
                --m_healthyCount;
        }
        m_members.remove(first, last - first + 1);
        m_searchText.remove(first, last - first + 1);
        m_indexDirty = true;
        endRemoveRows();
        end = begin;
    }
}

const Member &MemberModel::member(int row) const
{
    Q_ASSERT(row >= 0 && row < m_members.size());
    return m_members.at(row);
}

int MemberModel::rowForMemberId(const QString &id) const
{
    ensureIndex();
    return m_rowById.value(id, -1);
}

void MemberModel::rebuildDerived()
{
    m_searchText.clear();
    m_searchText.reserve(m_members.size());
    m_healthyCount = 0;
    for (const Member &m : std::as_const(m_members)) {
        m_searchText.append(searchTextOf(m));
        if (m.isHealthy())
            ++m_healthyCount;
    }
    m_rowById.clear();
    m_indexDirty = true;
}

void MemberModel::ensureIndex() const
{
    if (!m_indexDirty)
        return;
    m_rowById.clear();
    m_rowById.reserve(m_members.size());
    for (qsizetype row = 0; row < m_members.size(); ++row) {
        const QString &id = m_members.at(row).id;
        if (!m_rowById.contains(id)) // the first row wins for a duplicated id
            m_rowById.insert(id, int(row));
    }
    m_indexDirty = false;
}

} // namespace ElbDesk
