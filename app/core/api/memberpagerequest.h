#pragma once

#include "api/apirequest.h"
#include "model/member.h"

namespace ElbDesk {

// One GET /v1.0/{p}/elbaas/listeners/{l}/members?limit=&marker= (plus optional field filters).
class MemberPageRequest final : public ApiRequest
{
    Q_OBJECT
public:
    MemberPageRequest(ApiClient *client, const QString &listenerId, int limit, const QString &marker,
                      QObject *parent = nullptr);
    // Documented server-side filters: id, server_id, server_address, address, status, health_status.
    void addFilter(const QString &field, const QString &value);
    [[nodiscard]] QList<Member> &members() { return m_result; }

protected:
    HttpCall buildCall(QString *refusal) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QString m_listenerId;
    int m_limit;
    QString m_marker;
    QList<QPair<QString, QString>> m_filters;
    QList<Member> m_result;
};

} // namespace ElbDesk
