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

    // For paging: a full page is first only sliced and its last member read, so the listing can ask
    // for the next page (marker = that id) before the whole page is parsed. isDeferred() then says
    // members() stays empty until completeParse(), which returns the error the page would have
    // finished with. Short, odd or invalid pages are parsed at once, exactly as without this.
    void setDeferParse(bool defer) { m_deferAllowed = defer; }
    [[nodiscard]] bool isDeferred() const { return m_deferred; }
    [[nodiscard]] const QString &lastId() const { return m_lastId; }
    [[nodiscard]] ApiError completeParse();

protected:
    HttpCall buildCall(QString *refusal) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QString m_listenerId;
    int m_limit;
    QString m_marker;
    QList<QPair<QString, QString>> m_filters;
    QList<Member> m_result;
    QByteArray m_deferredBody;
    QString m_lastId;
    bool m_deferAllowed = false;
    bool m_deferred = false;
};

} // namespace ElbDesk
