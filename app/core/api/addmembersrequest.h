#pragma once

#include "api/apirequest.h"
#include "model/cloudjob.h"

namespace ElbDesk {

// What an add needs per server: the ECS id and its PRIVATE IP (`server_address`), never the
// internal 100.x `address` of a member.
struct ServerRef
{
    QString serverId;
    QString privateAddress;
};

// POST /v1.0/{p}/elbaas/listeners/{l}/members with the JSON array [{"server_id","address"}].
class AddMembersRequest final : public ApiRequest
{
    Q_OBJECT
public:
    AddMembersRequest(ApiClient *client, const QString &listenerId, const QList<ServerRef> &servers,
                      QObject *parent = nullptr);
    [[nodiscard]] const JobReference &job() const { return m_job; }
    static QByteArray bodyFor(const QList<ServerRef> &servers);

protected:
    HttpCall buildCall(QString *refusal) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QString m_listenerId;
    QList<ServerRef> m_servers;
    JobReference m_job;
};

} // namespace ElbDesk
