#include "listlistenersrequest.h"

#include "api/apiclient.h"
#include "api/elbpaths.h"

namespace ElbDesk {

ListListenersRequest::ListListenersRequest(ApiClient *client, const QString &loadBalancerId, QObject *parent)
    : ApiRequest(client, parent)
    , m_loadBalancerId(loadBalancerId)
{}

HttpCall ListListenersRequest::buildCall(QString *refusal)
{
    HttpCall call;
    if (!m_loadBalancerId.isEmpty()) {
        if (!ElbPaths::checkIds({m_loadBalancerId}, "load balancer id", refusal))
            return call;
        call.query.append({QStringLiteral("loadbalancer_id"), m_loadBalancerId});
    }
    call.path = ElbPaths::elbaas(projectId(), QStringLiteral("listeners"), refusal);
    return call;
}

bool ListListenersRequest::parse(const QByteArray &body, QString *why)
{
    auto parsed = parseListenerList(body);
    *why = parsed.error;
    m_result = std::move(parsed.value);
    return parsed.ok();
}

} // namespace ElbDesk
