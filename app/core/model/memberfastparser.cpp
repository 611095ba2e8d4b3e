#include "memberfastparser.h"

#include "api/ids.h"

#include <QLatin1String>
#include <QVarLengthArray>

#include <cstring>

namespace ElbDesk {

namespace {

constexpr int MaxDepth = 32; // far below QJsonDocument's limit, so both accept what this accepts

enum Field : unsigned {
    FieldId = 1u << 0,
    FieldServerId = 1u << 1,
    FieldServerAddress = 1u << 2,
    FieldAddress = 1u << 3,
    FieldServerName = 1u << 4,
    FieldStatus = 1u << 5,
    FieldHealth = 1u << 6,
    FieldListeners = 1u << 7,
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool equals(const char *begin, qsizetype size, const char *word)
{
    const size_t n = std::strlen(word);
    return size_t(size) == n && std::memcmp(begin, word, n) == 0;
}

bool isHexIdBytes(const char *begin, qsizetype size)
{
    if (size != 32)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = begin[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

// Ids::isIpAddress for text made of digits and dots only (the usual IPv4): four parts of one to
// three digits, each at most 255. Anything else goes through Ids::isIpAddress itself.
bool isIpAddressBytes(const char *begin, qsizetype size)
{
    bool digitsAndDots = true;
    for (qsizetype i = 0; i < size && digitsAndDots; ++i)
        digitsAndDots = (begin[i] >= '0' && begin[i] <= '9') || begin[i] == '.';
    if (!digitsAndDots)
        return Ids::isIpAddress(QString::fromLatin1(begin, size));
    int parts = 0;
    int digits = 0;
    int value = 0;
    for (qsizetype i = 0; i <= size; ++i) {
        if (i == size || begin[i] == '.') {
            if (digits == 0)
                return false;
            ++parts;
            digits = 0;
            value = 0;
            continue;
        }
        // No leading zeros ("010"), exactly as Ids::isIpAddress.
        if (digits == 1 && value == 0)
            return false;
        value = value * 10 + (begin[i] - '0');
        if (++digits > 3 || value > 255)
            return false;
    }
    return parts == 4;
}

} // namespace

bool MemberFastParser::parse(const QByteArray &body, QList<Member> *members, RawJson raw)
{
    MemberFastParser parser(body.constData(), body.constData() + body.size());
    parser.m_keepRaw = raw == RawJson::Keep;
    QList<Member> result;
    if (!parser.parseArray(&result))
        return false;
    *members = std::move(result);
    return true;
}

void MemberFastParser::skipSpace()
{
    while (m_p < m_end && isSpace(*m_p))
        ++m_p;
}

bool MemberFastParser::parseArray(QList<Member> *members)
{
    skipSpace();
    if (!at('['))
        return false;
    ++m_p;
    skipSpace();
    if (at(']')) {
        ++m_p;
    } else {
        // A page of the documented size is ~330 bytes per member: reserve once.
        members->reserve((m_end - m_p) / 300 + 1);
        for (;;) {
            Member m;
            if (!parseMember(&m))
                return false;
            members->append(std::move(m));
            skipSpace();
            if (at(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            if (!at(']'))
                return false;
            ++m_p;
            break;
        }
    }
    skipSpace();
    return m_p == m_end;
}

bool MemberFastParser::readString(const char **begin, qsizetype *size)
{
    if (!at('"'))
        return false;
    const char *start = ++m_p;
    while (m_p < m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            *begin = start;
            *size = m_p - start;
            ++m_p;
            return true;
        }
        // Escapes, control characters and non-ASCII: left to the document path.
        if (c == '\\' || c < 0x20 || c >= 0x7f)
            return false;
        ++m_p;
    }
    return false;
}

bool MemberFastParser::skipLiteral(const char *word, qsizetype size)
{
    if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
        return false;
    m_p += size;
    return true;
}

bool MemberFastParser::skipNumber()
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)? — no exponent and at most 15 digits, so no range question arises.
    const char *start = m_p;
    if (at('-'))
        ++m_p;
    if (at('0')) {
        ++m_p;
    } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    } else {
        return false;
    }
    if (at('.')) {
        ++m_p;
        const char *fraction = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == fraction)
            return false;
    }
    if (m_p - start > 16 || at('e') || at('E'))
        return false;
    return true;
}

bool MemberFastParser::skipValue(int depth)
{
    if (depth > MaxDepth || m_p >= m_end)
        return false;
    const char *begin = nullptr;
    qsizetype size = 0;
    switch (*m_p) {
    case '"':
        return readString(&begin, &size);
    case 'n':
        return skipLiteral("null", 4);
    case 't':
        return skipLiteral("true", 4);
    case 'f':
        return skipLiteral("false", 5);
    case '[':
        ++m_p;
        skipSpace();
        if (at(']')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!skipValue(depth + 1))
                return false;
            skipSpace();
            if (at(']')) {
                ++m_p;
                return true;
            }
            if (!at(','))
                return false;
            ++m_p;
            skipSpace();
        }
    case '{':
        ++m_p;
        skipSpace();
        if (at('}')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!readString(&begin, &size))
                return false;
            skipSpace();
            if (!at(':'))
                return false;
            ++m_p;
            skipSpace();
            if (!skipValue(depth + 1))
                return false;
            skipSpace();
            if (at('}')) {
                ++m_p;
                return true;
            }
            if (!at(','))
                return false;
            ++m_p;
            skipSpace();
        }
    default:
        return skipNumber();
    }
}

bool MemberFastParser::readOptionalString(QString *out, QString *cache)
{
    if (at('n'))
        return skipLiteral("null", 4); // *out stays empty, as for an absent field
    const char *begin = nullptr;
    qsizetype size = 0;
    if (!readString(&begin, &size))
        return false;
    if (cache && *cache == QLatin1String(begin, size)) {
        *out = *cache; // shared: 100,000 members say ACTIVE / NORMAL
        return true;
    }
    *out = QString::fromLatin1(begin, size);
    if (cache)
        *cache = *out;
    return true;
}

bool MemberFastParser::parseListeners(Member *m)
{
    if (at('n'))
        return skipLiteral("null", 4);
    if (!at('['))
        return false;
    const char *arrayBegin = m_p;
    QVarLengthArray<const char *, 4> ids;
    ++m_p;
    skipSpace();
    if (at(']')) {
        ++m_p;
    } else {
        for (;;) {
            // An object whose "id" (exactly one) is a 32-hex id; other fields are only validated.
            if (!at('{'))
                return false;
            ++m_p;
            skipSpace();
            const char *id = nullptr;
            const char *key = nullptr;
            qsizetype keySize = 0;
            if (!at('}')) {
                for (;;) {
                    if (!readString(&key, &keySize))
                        return false;
                    skipSpace();
                    if (!at(':'))
                        return false;
                    ++m_p;
                    skipSpace();
                    if (equals(key, keySize, "id")) {
                        const char *value = nullptr;
                        qsizetype valueSize = 0;
                        if (id || !readString(&value, &valueSize) || !isHexIdBytes(value, valueSize))
                            return false;
                        id = value;
                    } else if (!skipValue(4)) {
                        return false;
                    }
                    skipSpace();
                    if (!at(','))
                        break;
                    ++m_p;
                    skipSpace();
                }
            }
            if (!at('}') || !id)
                return false;
            ++m_p;
            ids.append(id);
            skipSpace();
            if (at(']')) {
                ++m_p;
                break;
            }
            if (!at(','))
                return false;
            ++m_p;
            skipSpace();
        }
    }
    const qsizetype rawSize = m_p - arrayBegin;
    if (m_listenersRaw.size() != rawSize ||
        std::memcmp(m_listenersRaw.constData(), arrayBegin, size_t(rawSize)) != 0) {
        m_listenersRaw = QByteArray(arrayBegin, rawSize);
        m_listeners.clear();
        m_listeners.reserve(ids.size());
        for (const char *id : std::as_const(ids))
            m_listeners.append(QString::fromLatin1(id, 32));
    }
    m->listenerIds = m_listeners;
    return true;
}

bool MemberFastParser::parseMember(Member *m)
{
    if (!at('{'))
        return false;
    const char *objectBegin = m_p;
    ++m_p;
    skipSpace();
    unsigned seen = 0;
    const auto once = [&seen](Field field) {
        if (seen & field)
            return false; // a repeated field: which one wins is the document path's business
        seen |= field;
        return true;
    };
    if (!at('}')) {
        for (;;) {
            const char *key = nullptr;
            qsizetype keySize = 0;
            if (!readString(&key, &keySize))
                return false;
            skipSpace();
            if (!at(':'))
                return false;
            ++m_p;
            skipSpace();
            bool ok = true;
            if (equals(key, keySize, "id")) {
                const char *value = nullptr;
                qsizetype size = 0;
                ok = once(FieldId) && readString(&value, &size) && isHexIdBytes(value, size);
                if (ok)
                    m->id = QString::fromLatin1(value, size);
            } else if (equals(key, keySize, "server_id")) {
                const char *value = nullptr;
                qsizetype size = 0;
                ok = once(FieldServerId) && readString(&value, &size); // required: null is not a string
                if (ok)
                    m->serverId = QString::fromLatin1(value, size);
            } else if (equals(key, keySize, "server_address")) {
                const char *value = nullptr;
                qsizetype size = 0;
                if (at('n')) {
                    ok = once(FieldServerAddress) && skipLiteral("null", 4);
                } else {
                    ok = once(FieldServerAddress) && readString(&value, &size) &&
                         (size == 0 || isIpAddressBytes(value, size));
                    if (ok)
                        m->serverAddress = QString::fromLatin1(value, size);
                }
            } else if (equals(key, keySize, "address")) {
                ok = once(FieldAddress) && readOptionalString(&m->address, nullptr);
            } else if (equals(key, keySize, "server_name")) {
                ok = once(FieldServerName) && readOptionalString(&m->serverName, nullptr);
            } else if (equals(key, keySize, "status")) {
                ok = once(FieldStatus) && readOptionalString(&m->status, &m_status);
            } else if (equals(key, keySize, "health_status")) {
                ok = once(FieldHealth) && readOptionalString(&m->healthStatus, &m_health);
            } else if (equals(key, keySize, "listeners")) {
                ok = once(FieldListeners) && parseListeners(m);
            } else {
                ok = skipValue(3);
            }
            if (!ok)
                return false;
            skipSpace();
            if (!at(','))
                break;
            ++m_p;
            skipSpace();
        }
    }
    if (!at('}'))
        return false;
    ++m_p;
    if (!(seen & FieldId) || !(seen & FieldServerId))
        return false;
    if (m_keepRaw)
        m->rawJson = QByteArray(objectBegin, m_p - objectBegin);
    return true;
}

} // namespace ElbDesk
