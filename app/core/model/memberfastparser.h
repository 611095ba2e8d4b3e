#pragma once

#include "member.h"

#include <QByteArray>
#include <QList>

namespace ElbDesk {

// The fast path of parseMemberList(): one pass over the raw bytes of a member page, no
// QJsonDocument. It accepts only what it fully validates as strict JSON *and* as a valid page
// (ASCII strings without escapes, known fields of the expected types, no duplicated field, nesting
// ≤ 32); anything else returns false untouched and the caller takes the QJsonDocument path, which
// produces the same members or the exact error. So on success the result equals the document
// path's result, field for field (rawJson included); tests/bench/bench_parse --check compares both.
// Repeated values (status, health, the listener list) share one string between members.
class MemberFastParser
{
public:
    static bool parse(const QByteArray &body, QList<Member> *members, RawJson raw = RawJson::Keep);

private:
    MemberFastParser(const char *begin, const char *end) : m_p(begin), m_end(end) {}
    bool parseArray(QList<Member> *members);
    bool parseMember(Member *m);
    bool parseListeners(Member *m);
    bool readString(const char **begin, qsizetype *size);
    bool skipValue(int depth);
    bool skipNumber();
    bool skipLiteral(const char *word, qsizetype size);
    bool readOptionalString(QString *out, QString *cache);
    void skipSpace();
    [[nodiscard]] bool at(char c) const { return m_p < m_end && *m_p == c; }

    const char *m_p;
    const char *m_end;
    bool m_keepRaw = true;
    QString m_status;          // the last status seen, shared when the next one is equal
    QString m_health;          // the same for health_status
    QByteArray m_listenersRaw; // the bytes of the last listeners array …
    QStringList m_listeners;   // … and its ids, shared when the next array is byte-identical
};

} // namespace ElbDesk
