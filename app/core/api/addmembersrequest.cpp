#include "addmembersrequest.h"

#include "api/apiclient.h"
#include "api/elbpaths.h"
#include "api/ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ElbDesk {

AddMembersRequest::AddMembersRequest(ApiClient *client, const QString &listenerId,
                                     const QList<ServerRef> &servers, QObject *parent)
    : ApiRequest(client, parent), m_listenerId(listenerId), m_servers(servers)
{}

QByteArray AddMembersRequest::bodyFor(const QList<ServerRef> &servers)
{
    QJsonArray array;
    for (const ServerRef &s : servers) {
        array.append(QJsonObject{{QStringLiteral("server_id"), s.serverId},
                                 {QStringLiteral("address"), s.privateAddress}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

HttpCall AddMembersRequest::buildCall(QString *refusal)
{
    HttpCall call;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ElbDesk::AddMembersRequest", text);
    };
    if (m_servers.isEmpty()) {
        *refusal = tr("no server to add");
        return call;
    }
    for (const ServerRef &s : std::as_const(m_servers)) {
        if (!Ids::isServerId(s.serverId)) {
            *refusal = tr("invalid server id \"%1\": expected a UUID").arg(ElbPaths::quotable(s.serverId));
            return call;
        }
        if (!Ids::isIpAddress(s.privateAddress)) {
            *refusal = tr("invalid private IP \"%1\" for server %2")
                           .arg(ElbPaths::quotable(s.privateAddress), ElbPaths::quotable(s.serverId));
            return call;
        }
    }
    call.method = "POST";
    call.idempotent = false;
    call.path = ElbPaths::listener(projectId(), m_listenerId, QStringLiteral("/members"), refusal);
    call.body = bodyFor(m_servers);
    return call;
}

bool AddMembersRequest::parse(const QByteArray &body, QString *why)
{
    auto parsed = JobReference::fromBody(body);
    *why = parsed.error;
    m_job = parsed.value;
    return parsed.ok();
}

} // namespace ElbDesk
