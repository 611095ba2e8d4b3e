// libFuzzer: the load balancer list ({"loadbalancers":[…],"instance_num":"n"}) and details bodies.
#include "fuzzsupport.h"

#include "api/ids.h"
#include "model/loadbalancer.h"

using namespace ElbDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const Parsed<QList<LoadBalancer>> list = parseLoadBalancerList(body);
    if (list.ok()) {
        for (const LoadBalancer &lb : list.value)
            Fuzz::check(Ids::isHexId(lb.id), "listed load balancer without a hex id", lb.id);
    } else {
        Fuzz::checkError(list.error, "parseLoadBalancerList");
        Fuzz::check(list.value.isEmpty(), "a failed list still holds load balancers");
    }
    const Parsed<LoadBalancer> single = parseLoadBalancer(body);
    if (single.ok())
        Fuzz::check(Ids::isHexId(single.value.id), "load balancer without a hex id", single.value.id);
    else
        Fuzz::checkError(single.error, "parseLoadBalancer");
    return 0;
}
