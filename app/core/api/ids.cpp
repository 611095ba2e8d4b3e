#include "ids.h"

#include <algorithm>

#include <QHostAddress>
#include <QStringList>

namespace ElbDesk::Ids {

static bool isHex(QChar c, bool allowUpper)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (allowUpper && u >= 'A' && u <= 'F');
}

bool isHexId(const QString &id)
{
    if (id.size() != 32)
        return false;
    for (const QChar c : id) {
        if (!isHex(c, false))
            return false;
    }
    return true;
}

bool isServerId(const QString &id)
{
    if (id.size() != 36)
        return false;
    for (int i = 0; i < id.size(); ++i) {
        const bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
        if (dash ? id.at(i) != u'-' : !isHex(id.at(i), true))
            return false;
    }
    return true;
}

bool isIpAddress(const QString &address)
{
    // Written out in full: Qt also accepts shorthand such as "10.1" or "97444148" as IPv4.
    // Only what an address is written with; QHostAddress itself forgives spaces around it.
    const bool plain = std::all_of(address.cbegin(), address.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') ||
               c == u'.' || c == u':';
    });
    if (!plain)
        return false;
    if (!address.contains(u':')) {
        const QStringList parts = address.split(u'.');
        if (parts.size() != 4)
            return false;
        for (const QString &part : parts) {
            // Digits only: toInt() would also take " 1" or "+1".
            const bool digits =
                std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            bool ok = false;
            const int value = part.toInt(&ok);
            if (!digits || !ok || part.isEmpty() || part.size() > 3 || value < 0 || value > 255)
                return false;
            // "010" is 8 to some parsers and 10 to others: an address we would re-send must mean one thing.
            if (part.size() > 1 && part.at(0) == u'0')
                return false;
        }
    }
    QHostAddress parsed;
    return !address.isEmpty() && address.size() <= 45 && parsed.setAddress(address) &&
           (parsed.protocol() == QAbstractSocket::IPv4Protocol ||
            parsed.protocol() == QAbstractSocket::IPv6Protocol);
}

} // namespace ElbDesk::Ids
