#include "memberremoval.h"

#include "api/removemembersrequest.h"

#include <QSet>

namespace ElbDesk {

MemberRemoval::MemberRemoval(ApiClient *client, const QString &listenerId, const QList<Member> &members,
                             QObject *parent)
    : MemberOperation(client, listenerId, targetsFor(members), parent)
{}

QList<MemberOperation::Target> MemberRemoval::targetsFor(const QList<Member> &members)
{
    QList<Target> targets;
    targets.reserve(members.size());
    for (const Member &m : members)
        targets.append(Target{m.id, m.serverId, m.serverAddress, m.serverName, m.healthStatus, TargetState::Pending});
    return targets;
}

ApiRequest *MemberRemoval::createRequest()
{
    QStringList ids;
    for (const Target &t : targets())
        ids.append(t.memberId);
    return new RemoveMembersRequest(client(), listenerId(), ids, this);
}

QString MemberRemoval::jobIdOf(ApiRequest *request) const
{
    return static_cast<RemoveMembersRequest *>(request)->job().jobId;
}

void MemberRemoval::applyListing(const QList<Member> &listing)
{
    QSet<QString> present;
    present.reserve(listing.size());
    for (const Member &m : listing)
        present.insert(m.id);
    for (Target &t : mutableTargets())
        t.state = present.contains(t.memberId) ? TargetState::NotDone : TargetState::Done;
}

} // namespace ElbDesk
