#include "listener.h"

#include "notanobject.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ElbDesk {

Parsed<Listener> Listener::fromJson(const QJsonValue &value, const QString &context)
{
    Parsed<Listener> result;
    if (!value.isObject()) {
        result.error = notAnObject(context, value);
        return result;
    }
    const QJsonObject o = value.toObject();
    JsonReader r(o, context);
    Listener &l = result.value;
    l.id = r.hexId("id");
    l.name = r.optionalString("name");
    l.description = r.optionalString("description");
    l.loadBalancerId = r.optionalString("loadbalancer_id");
    l.protocol = r.optionalString("protocol");
    l.port = r.optionalInt("port");
    l.backendProtocol = r.optionalString("backend_protocol");
    l.backendPort = r.optionalInt("backend_port");
    l.lbAlgorithm = r.optionalString("lb_algorithm");
    l.status = r.optionalString("status");
    l.adminStateUp = r.optionalBool("admin_state_up", true);
    l.memberNumber = r.optionalInt("member_number");
    l.healthcheckId = r.optionalString("healthcheck_id");
    l.tcpDraining = r.optionalBool("tcp_draining");
    l.tcpDrainingTimeout = r.optionalInt("tcp_draining_timeout");
    l.raw = o;
    result.error = r.error();
    return result;
}

Parsed<QList<Listener>> parseListenerList(const QByteArray &body)
{
    Parsed<QList<Listener>> result;
    const QJsonDocument doc = parseJsonBody(body, &result.error);
    if (!result.ok())
        return result;
    if (!doc.isArray()) {
        result.error = QCoreApplication::translate("ElbDesk::JsonReader",
                                                   "expected a JSON array of listeners, got an object");
        return result;
    }
    const QJsonArray items = doc.array();
    return parseEach<Listener>(items, "listeners");
}

Parsed<Listener> parseListener(const QByteArray &body)
{
    return parseSingle<Listener>(body, "listener");
}

} // namespace ElbDesk
