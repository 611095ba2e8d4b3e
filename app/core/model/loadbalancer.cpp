#include "loadbalancer.h"

#include "notanobject.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ElbDesk {

Parsed<LoadBalancer> LoadBalancer::fromJson(const QJsonValue &value, const QString &context)
{
    Parsed<LoadBalancer> result;
    if (!value.isObject()) {
        result.error = notAnObject(context, value);
        return result;
    }
    const QJsonObject o = value.toObject();
    JsonReader r(o, context);
    LoadBalancer &lb = result.value;
    lb.id = r.hexId("id");
    lb.name = r.optionalString("name");
    lb.description = r.optionalString("description");
    lb.status = r.optionalString("status");
    lb.type = r.optionalString("type");
    lb.vipAddress = r.optionalString("vip_address");
    lb.vpcId = r.optionalString("vpc_id");
    lb.adminStateUp = o.value(QLatin1String("admin_state_up")).isBool()
                          ? (o.value(QLatin1String("admin_state_up")).toBool() ? 1 : 0)
                          : r.optionalInt("admin_state_up", 1);
    lb.bandwidth = r.optionalInt("bandwidth");
    lb.raw = o;
    result.error = r.error();
    return result;
}

Parsed<QList<LoadBalancer>> parseLoadBalancerList(const QByteArray &body)
{
    Parsed<QList<LoadBalancer>> result;
    const QJsonDocument doc = parseJsonBody(body, &result.error);
    if (!result.ok())
        return result;
    if (!doc.isObject()) {
        result.error = QCoreApplication::translate("ElbDesk::JsonReader",
                                                   "expected an object with \"loadbalancers\", got %1")
                           .arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar"));
        return result;
    }
    JsonReader r(doc.object(), QString());
    const QJsonArray items = r.optionalArray("loadbalancers");
    if (!doc.object().contains(QLatin1String("loadbalancers")))
        r.fail(QCoreApplication::translate("ElbDesk::JsonReader", "loadbalancers: missing"));
    const int count = r.optionalInt("instance_num", -1);
    if (!r.ok()) {
        result.error = r.error();
        return result;
    }
    if (count >= 0 && count != items.size())
        qCInfo(lcApi) << "instance_num" << count << "differs from" << items.size() << "listed load balancers";
    return parseEach<LoadBalancer>(items, "loadbalancers");
}

Parsed<LoadBalancer> parseLoadBalancer(const QByteArray &body)
{
    return parseSingle<LoadBalancer>(body, "loadbalancer");
}

} // namespace ElbDesk
