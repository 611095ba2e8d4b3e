#include "memberrowkeys.h"

#include <QStringView>

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

} // namespace

MemberRowKeys::AddressRank MemberRowKeys::ipRank(const QString &address, quint32 *v4)
{
    if (address.isEmpty())
        return NoAddress;
    return parseIpv4(address, v4) ? Ipv4 : OtherAddress;
}

MemberRowKeys MemberRowKeys::of(const Member &m)
{
    MemberRowKeys keys;
    keys.searchText = searchTextOf(m, &keys.nameLength);
    quint32 v4 = 0;
    keys.ipKey = (quint64(ipRank(m.serverAddress, &v4)) << 32) | v4;
    return keys;
}

QList<MemberRowKeys> MemberRowKeys::of(const QList<Member> &members)
{
    QList<MemberRowKeys> keys;
    keys.reserve(members.size());
    for (const Member &m : members)
        keys.append(of(m));
    return keys;
}

} // namespace ElbDesk
