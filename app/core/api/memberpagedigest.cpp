#include "memberpagedigest.h"

namespace ElbDesk {

MemberPageDigest digestMemberPage(const QByteArray &body, MemberIdSet *seen, bool withKeys, RawJson raw)
{
    MemberPageDigest digest;
    auto parsed = parseMemberList(body, raw);
    if (!parsed.ok()) {
        digest.parseError = parsed.error;
        return digest;
    }
    QList<Member> &items = parsed.value;
    digest.received = items.size();
    digest.fresh.reserve(items.size());
    // One pass: each id is looked up once.
    for (Member &m : items) {
        if (seen->insert(m.id))
            digest.fresh.append(std::move(m));
    }
    digest.seen = seen->size();
    if (withKeys)
        digest.keys = MemberRowKeys::of(digest.fresh);
    return digest;
}

} // namespace ElbDesk
