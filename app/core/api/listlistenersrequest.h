#pragma once

#include "api/apirequest.h"
#include "model/listener.h"

namespace ElbDesk {

// GET /v1.0/{p}/elbaas/listeners[?loadbalancer_id=…]
class ListListenersRequest final : public ApiRequest
{
    Q_OBJECT
public:
    // An empty load balancer id lists every listener of the project.
    ListListenersRequest(ApiClient *client, const QString &loadBalancerId, QObject *parent = nullptr);
    [[nodiscard]] const QList<Listener> &listeners() const { return m_result; }

protected:
    HttpCall buildCall(QString *refusal) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QString m_loadBalancerId;
    QList<Listener> m_result;
};

} // namespace ElbDesk
