#pragma once

#include "api/apirequest.h"
#include "model/member.h"

#include <utility>

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

    // For paging: the body is kept unparsed (a listing parses it on a worker thread); of a full page
    // only the last member is read, so the listing can ask for the next page (marker = that id) at
    // once. members() then stays empty; takeDeferredBody() hands the body over and deferredError()
    // makes the error the page would have finished with had its parse failed here. lastId() is
    // empty for a page that is not full or whose last member cannot be read alone.
    void setDeferParse(bool defer) { m_deferAllowed = defer; }
    [[nodiscard]] const QString &lastId() const { return m_lastId; }
    [[nodiscard]] QByteArray takeDeferredBody() { return std::exchange(m_deferredBody, {}); }
    [[nodiscard]] ApiError deferredError(const QString &why) const { return bodyError(why); }

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
};

} // namespace ElbDesk
