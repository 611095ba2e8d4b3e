#include "memberaddition.h"

#include <QHash>
#include <QJsonArray>

namespace ElbDesk {

MemberAddition::MemberAddition(ApiClient *client, const QString &listenerId, const QList<Target> &servers,
                               QObject *parent)
    : MemberOperation(client, listenerId, servers, parent)
{
    for (Target &t : mutableTargets())
        t.memberId.clear(); // a re-added server gets a new member id
}

ApiRequest *MemberAddition::createRequest()
{
    QList<ServerRef> servers;
    for (const Target &t : targets())
        servers.append(ServerRef{t.serverId, t.serverAddress});
    return new AddMembersRequest(client(), listenerId(), servers, this);
}

QString MemberAddition::jobIdOf(ApiRequest *request) const
{
    return static_cast<AddMembersRequest *>(request)->job().jobId;
}

void MemberAddition::applyJob(const CloudJob &job)
{
    const QJsonArray members = job.entities.value(QLatin1String("members")).toArray();
    for (const QJsonValue &v : members) {
        const QJsonObject o = v.toObject();
        const QString serverId = o.value(QLatin1String("server_id")).toString();
        for (Target &t : mutableTargets()) {
            if (t.serverId == serverId && t.memberId.isEmpty())
                t.memberId = o.value(QLatin1String("id")).toString();
        }
    }
}

void MemberAddition::applyListing(const QList<Member> &listing)
{
    QHash<QString, const Member *> byServer;
    for (const Member &m : listing)
        byServer.insert(m.serverId, &m);
    for (Target &t : mutableTargets()) {
        const Member *m = byServer.value(t.serverId);
        if (m && m->serverAddress == t.serverAddress) {
            t.state = TargetState::Done;
            t.memberId = m->id;
        } else {
            t.state = TargetState::NotDone;
        }
    }
}

} // namespace ElbDesk
