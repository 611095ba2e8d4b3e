#include "emulatorformat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace ElbDesk::Emulator {

namespace {

QByteArray digest(quint32 seed, const char *kind, const QString &key)
{
    const QByteArray input = QByteArray::number(seed) + '/' + kind + '/' + key.toUtf8();
    return QCryptographicHash::hash(input, QCryptographicHash::Md5);
}

} // namespace

QString EmulatorFormat::hexId(quint32 seed, const char *kind, const QString &key)
{
    return QString::fromLatin1(digest(seed, kind, key).toHex());
}

QString EmulatorFormat::uuid(quint32 seed, const char *kind, const QString &key)
{
    QByteArray hex = digest(seed, kind, key).toHex();
    hex[12] = '4';                                   // version 4 layout
    hex[16] = "89ab"[hex.at(16) % 4];                // RFC 4122 variant
    const QString h = QString::fromLatin1(hex);
    return h.mid(0, 8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-')
        + h.mid(16, 4) + QLatin1Char('-') + h.mid(20, 12);
}

quint64 EmulatorFormat::hash64(quint32 seed, const char *kind, const QString &key)
{
    const QByteArray d = digest(seed, kind, key);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<quint8>(d.at(i));
    return value;
}

QString EmulatorFormat::ipv4(quint32 address)
{
    // Hand-formatted: seeding a 100,000-member listener formats this once per member.
    char buffer[16];
    int at = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const quint32 octet = (address >> shift) & 0xff;
        if (octet >= 100)
            buffer[at++] = static_cast<char>('0' + octet / 100);
        if (octet >= 10)
            buffer[at++] = static_cast<char>('0' + octet / 10 % 10);
        buffer[at++] = static_cast<char>('0' + octet % 10);
        if (shift > 0)
            buffer[at++] = '.';
    }
    return QString::fromLatin1(buffer, at);
}

quint32 EmulatorFormat::carrierAddress(quint32 n)
{
    // 254 usable hosts per /24 and 2^14 /24 blocks in 100.64.0.0/10. The block number is
    // scrambled with an odd multiplier (a bijection modulo 2^14) so addresses look spread out
    // like the documented examples while two members never share one.
    const quint32 block = ((n / 254) * 40503u) & 0x3fff;
    // 97 and 254 are coprime: within a block the hosts are a permutation of 1..254.
    const quint32 host = ((n % 254) * 97u + block * 13u) % 254 + 1;
    return (100u << 24) | (64u << 16) | (block << 8) | host;
}

quint32 EmulatorFormat::privateAddress(quint32 n)
{
    const quint32 host = n % 254 + 1;
    const quint32 rest = n / 254;
    return (10u << 24) | ((rest / 256) % 256 << 16) | ((rest % 256) << 8) | host;
}

QString EmulatorFormat::isoMillis(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString EmulatorFormat::isoMicros(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}

QString EmulatorFormat::resourceTime(qint64 secsSinceEpoch)
{
    // Hand-rolled (Howard Hinnant's civil_from_days): called twice per member when a
    // 100,000-member listener is listed, where QDateTime::toString would dominate.
    const qint64 days = secsSinceEpoch >= 0 ? secsSinceEpoch / 86400 : (secsSinceEpoch - 86399) / 86400;
    const qint64 secs = secsSinceEpoch - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);

    char buffer[20];
    auto put = [&buffer](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buffer[at + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buffer[4] = '-';
    put(5, month, 2);
    buffer[7] = '-';
    put(8, day, 2);
    buffer[10] = ' ';
    put(11, secs / 3600, 2);
    buffer[13] = ':';
    put(14, secs / 60 % 60, 2);
    buffer[16] = ':';
    put(17, secs % 60, 2);
    return QString::fromLatin1(buffer, 19);
}

void EmulatorFormat::appendJsonString(QByteArray &out, const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    auto appendByte = [&out](unsigned char b) {
        if (b == '"' || b == '\\') {
            out.append('\\');
            out.append(static_cast<char>(b));
        } else if (b < 0x20) {
            out.append("\\u00");
            out.append(hex[b >> 4]);
            out.append(hex[b & 0xf]);
        } else {
            out.append(static_cast<char>(b));
        }
    };
    out.append('"');
    const bool ascii = std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        // The common case (ids, addresses, times): no UTF-8 conversion per field.
        for (const QChar c : value)
            appendByte(static_cast<unsigned char>(c.unicode()));
    } else {
        const QByteArray utf8 = value.toUtf8();
        for (const char c : utf8)
            appendByte(static_cast<unsigned char>(c));
    }
    out.append('"');
}

QString EmulatorFormat::requestId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace ElbDesk::Emulator
