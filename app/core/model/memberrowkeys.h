#pragma once

#include "member.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace ElbDesk {

// What MemberModel derives from each row so that filtering and sorting 100,000 rows allocate
// nothing. Plain values computed from the member alone: a listing works them out on its worker
// thread along with the parse.
struct MemberRowKeys
{
    QString searchText; // lower-cased name, private IP, server id, member id, newline-separated
    quint64 ipKey = 0;  // (ipRank << 32) | IPv4: empty, then IPv4 by number, then anything else
    int nameLength = 0; // searchText starts with the lower-cased name: the case-insensitive sort key

    enum AddressRank { NoAddress = 0, Ipv4 = 1, OtherAddress = 2 };

    static MemberRowKeys of(const Member &m);
    static QList<MemberRowKeys> of(const QList<Member> &members);
    // The rank of a server_address (an IPv4's value in *v4).
    static AddressRank ipRank(const QString &address, quint32 *v4);
};

} // namespace ElbDesk

Q_DECLARE_TYPEINFO(ElbDesk::MemberRowKeys, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(ElbDesk::MemberRowKeys)
