#include "membermodel.h"

#include <QStringView>

#include <numeric>
#include <utility>

namespace ElbDesk {

namespace {

// Writes `s` lower-cased at `out` if it is plain ASCII (the usual case: ids, addresses, most names);
// false otherwise.
bool writeAsciiLower(const QString &s, QChar **out)
{
    const char16_t *src = reinterpret_cast<const char16_t *>(s.constData());
    QChar *dst = *out;
    for (qsizetype i = 0, n = s.size(); i < n; ++i) {
        const char16_t c = src[i];
        if (c >= 0x80)
            return false;
        dst[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
    }
    *out = dst + s.size();
    return true;
}

// Name, private IP, server id and member id, lower-cased once per row. The newline keeps a search
// from matching across two fields. The name is lowered on its own because lowering can change a
// string's length, and the sort needs to know where the name ends.
QString searchTextOf(const Member &m, int *nameLength)
{
    // One allocation and no temporaries for ASCII rows: 100,000 of them are built while listing.
    QString text(m.serverName.size() + m.serverAddress.size() + m.serverId.size() + m.id.size() + 3,
                 Qt::Uninitialized);
    QChar *out = text.data();
    const auto field = [&out](const QString &s, bool last) {
        if (!writeAsciiLower(s, &out))
            return false;
        if (!last)
            *out++ = QLatin1Char('\n');
        return true;
    };
    if (field(m.serverName, false) && field(m.serverAddress, false) && field(m.serverId, false) &&
        field(m.id, true)) {
        *nameLength = int(m.serverName.size());
        return text;
    }
    text = m.serverName.toLower();
    *nameLength = int(text.size());
    text.reserve(text.size() + m.serverAddress.size() + m.serverId.size() + m.id.size() + 3);
    text += QLatin1Char('\n');
    text += m.serverAddress.toLower();
    text += QLatin1Char('\n');
    text += m.serverId.toLower();
    text += QLatin1Char('\n');
    text += m.id.toLower();
    return text;
}

// Dotted-quad IPv4 to a number, without allocating.
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

constexpr int OtherAddress = 2;

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

MemberModel::RowKeys MemberModel::keysOf(const Member &m)
{
    RowKeys keys;
    keys.searchText = searchTextOf(m, &keys.nameLength);
    quint32 v4 = 0;
    keys.ipKey = (quint64(ipRank(m.serverAddress, &v4)) << 32) | v4;
    return keys;
}

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
            const RowKeys &lk = m_rows.at(leftRow);
            const RowKeys &rk = m_rows.at(rightRow);
            return QStringView(lk.searchText).left(lk.nameLength) <
                   QStringView(rk.searchText).left(rk.nameLength);
        }
        return QString::compare(l.serverName, r.serverName, cs) < 0;
    case PrivateIp: {
        const quint64 lk = m_rows.at(leftRow).ipKey;
        const quint64 rk = m_rows.at(rightRow).ipKey;
        if (lk != rk || (lk >> 32) != OtherAddress)
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

void MemberModel::appendMembers(const QList<Member> &page)
{
    Q_ASSERT(!m_removing);
    if (page.isEmpty())
        return;
    const int first = int(m_members.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_members.append(page);
    for (qsizetype i = 0; i < page.size(); ++i) {
        const Member &m = page.at(i);
        m_rows.append(keysOf(m));
        if (m.isHealthy())
            ++m_healthyCount;
        if (!m_indexDirty && !m_rowById.contains(m.id)) // the first row wins for a duplicated id
            m_rowById.insert(m.id, first + int(i));
    }
    endInsertRows();
}

void MemberModel::clear()
{
    Q_ASSERT(!m_removing);
    beginResetModel();
    m_members.clear();
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
    QList<RowKeys> keys;
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
    m_rows.clear();
    m_rows.reserve(m_members.size());
    m_healthyCount = 0;
    for (const Member &m : std::as_const(m_members)) {
        m_rows.append(keysOf(m));
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
    m_rowById.reserve(count());
    for (int row = 0; row < count(); ++row) {
        const QString &id = member(row).id;
        if (!m_rowById.contains(id)) // the first row wins for a duplicated id
            m_rowById.insert(id, int(row));
    }
    m_indexDirty = false;
}

} // namespace ElbDesk
