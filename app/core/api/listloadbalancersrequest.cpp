#include "listloadbalancersrequest.h"

#include "api/apiclient.h"
#include "api/elbpaths.h"

namespace ElbDesk {

HttpCall ListLoadBalancersRequest::buildCall(QString *refusal)
{
    HttpCall call;
    call.path = ElbPaths::elbaas(projectId(), QStringLiteral("loadbalancers"), refusal);
    return call;
}

bool ListLoadBalancersRequest::parse(const QByteArray &body, QString *why)
{
    auto parsed = parseLoadBalancerList(body);
    *why = parsed.error;
    m_result = std::move(parsed.value);
    return parsed.ok();
}

} // namespace ElbDesk
