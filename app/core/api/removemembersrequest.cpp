#include "removemembersrequest.h"

#include "api/apiclient.h"
#include "api/elbpaths.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ElbDesk {

RemoveMembersRequest::RemoveMembersRequest(ApiClient *client, const QString &listenerId,
                                           const QStringList &memberIds, QObject *parent)
    : ApiRequest(client, parent)
    , m_listenerId(listenerId)
    , m_memberIds(memberIds)
{}

QByteArray RemoveMembersRequest::bodyFor(const QStringList &memberIds)
{
    QJsonArray members;
    for (const QString &id : memberIds)
        members.append(QJsonObject{{QStringLiteral("id"), id}});
    return QJsonDocument(QJsonObject{{QStringLiteral("removeMember"), members}}).toJson(QJsonDocument::Compact);
}

HttpCall RemoveMembersRequest::buildCall(QString *refusal)
{
    HttpCall call;
    if (m_memberIds.isEmpty()) {
        *refusal = QCoreApplication::translate("ElbDesk::RemoveMembersRequest", "no member to remove");
        return call;
    }
    if (!ElbPaths::checkIds(m_memberIds, "member id", refusal))
        return call;
    call.method = "POST";
    call.idempotent = false;
    call.path = ElbPaths::listener(projectId(), m_listenerId, QStringLiteral("/members/action"), refusal);
    call.body = bodyFor(m_memberIds);
    return call;
}

bool RemoveMembersRequest::parse(const QByteArray &body, QString *why)
{
    auto parsed = JobReference::fromBody(body);
    *why = parsed.error;
    m_job = parsed.value;
    return parsed.ok();
}

} // namespace ElbDesk
