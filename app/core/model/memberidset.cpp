#include "memberidset.h"

namespace ElbDesk {

namespace {

// 0–15 for '0'–'9' and 'a'–'f'; -1 for anything else (upper case too: "A1" and "a1" are two ids).
int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1;
}

bool readHalf(const char16_t *text, quint64 *out)
{
    quint64 value = 0;
    for (int i = 0; i < 16; ++i) {
        const int digit = hexValue(text[i]);
        if (digit < 0)
            return false;
        value = (value << 4) | quint64(digit);
    }
    *out = value;
    return true;
}

} // namespace

bool MemberIdSet::hexKey(const QString &id, HexKey *key)
{
    if (id.size() != 32)
        return false;
    const auto *text = reinterpret_cast<const char16_t *>(id.constData());
    return readHalf(text, &key->high) && readHalf(text + 16, &key->low);
}

bool MemberIdSet::insert(const QString &id)
{
    const qsizetype before = size();
    HexKey key;
    if (hexKey(id, &key))
        m_hex.insert(key);
    else
        m_other.insert(id);
    return size() != before;
}

bool MemberIdSet::contains(const QString &id) const
{
    HexKey key;
    return hexKey(id, &key) ? m_hex.contains(key) : m_other.contains(id);
}

} // namespace ElbDesk
