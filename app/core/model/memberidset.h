#pragma once

#include <QHashFunctions>
#include <QSet>
#include <QString>

namespace ElbDesk {

// A set of member ids, built to tell 100,000 ids apart cheaply. The API's ids are 32 lower-case
// hex characters: those are kept as their 128-bit value (a 16-byte key, compared and hashed in a
// few instructions, no string data to chase); any other id is kept as text. A text id is never
// 32 lower-case hex characters, so the two parts cannot hold the same id.
class MemberIdSet
{
public:
    // True if `id` was not in the set before.
    bool insert(const QString &id);
    [[nodiscard]] bool contains(const QString &id) const;
    [[nodiscard]] qsizetype size() const { return m_hex.size() + m_other.size(); }
    void reserve(qsizetype size) { m_hex.reserve(size); }

    struct HexKey
    {
        quint64 high = 0;
        quint64 low = 0;
        friend bool operator==(const HexKey &a, const HexKey &b)
        {
            return a.high == b.high && a.low == b.low;
        }
        friend size_t qHash(const HexKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.high, key.low);
        }
    };
    // The value of a 32 lower-case hex id; false for any other text.
    static bool hexKey(const QString &id, HexKey *key);

private:
    QSet<HexKey> m_hex;
    QSet<QString> m_other;
};

} // namespace ElbDesk
