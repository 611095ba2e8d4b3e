#include "ids.h"

#include <QHostAddress>

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
    QHostAddress parsed;
    return !address.isEmpty() && address.size() <= 45 && parsed.setAddress(address)
        && (parsed.protocol() == QAbstractSocket::IPv4Protocol
            || parsed.protocol() == QAbstractSocket::IPv6Protocol);
}

} // namespace ElbDesk::Ids
