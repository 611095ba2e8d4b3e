#pragma once

#include "model/member.h"
#include "model/memberidset.h"
#include "model/memberrowkeys.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ElbDesk {

// What a listing learns from one member page, worked out away from the GUI thread: the page parsed
// (or why it could not be) and those of its members not listed on an earlier page.
struct MemberPageDigest
{
    QString parseError;        // empty when the page parsed
    qsizetype received = 0;    // members on the page
    QList<Member> fresh;       // in page order, each id once
    QList<MemberRowKeys> keys; // MemberRowKeys::of(fresh), if asked for
    qsizetype seen = 0;        // distinct ids listed so far, this page included

    [[nodiscard]] bool ok() const { return parseError.isEmpty(); }
};

// Parses `body` (a member page) and moves its members whose id is not in `seen` into `fresh`,
// adding their ids (and works out their row keys if `withKeys`; Member::rawJson as `raw` says). Pure apart
// from `seen`: callable on any thread, one page at a time per set.
MemberPageDigest digestMemberPage(const QByteArray &body, MemberIdSet *seen, bool withKeys, RawJson raw);

} // namespace ElbDesk
