#pragma once

#include "api/apirequest.h"
#include "model/loadbalancer.h"

namespace ElbDesk {

// GET /v1.0/{p}/elbaas/loadbalancers
class ListLoadBalancersRequest final : public ApiRequest
{
    Q_OBJECT
public:
    using ApiRequest::ApiRequest;
    [[nodiscard]] const QList<LoadBalancer> &loadBalancers() const { return m_result; }

protected:
    HttpCall buildCall(QString *refusal) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QList<LoadBalancer> m_result;
};

} // namespace ElbDesk
