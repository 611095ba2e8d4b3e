#include "member.h"

#include "api/ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ElbDesk {

Parsed<Member> Member::fromJson(const QJsonValue &value, const QString &context)
{
    Parsed<Member> result;
    if (!value.isObject()) {
        result.error = QCoreApplication::translate("ElbDesk::JsonReader", "%1: expected an object, got %2")
                           .arg(context, JsonReader::typeName(value));
        return result;
    }
    const QJsonObject o = value.toObject();
    JsonReader r(o, context);
    Member &m = result.value;
    m.id = r.hexId("id");
    m.serverId = r.requiredString("server_id");
    m.serverAddress = r.optionalString("server_address");
    m.address = r.optionalString("address");
    m.serverName = r.optionalString("server_name");
    m.status = r.optionalString("status");
    m.healthStatus = r.optionalString("health_status");
    const QJsonArray listeners = r.optionalArray("listeners");
    for (qsizetype i = 0; i < listeners.size() && r.ok(); ++i) {
        JsonReader lr(listeners.at(i).toObject(), QStringLiteral("%1.listeners[%2]").arg(context).arg(i));
        if (!listeners.at(i).isObject())
            lr.fail(QCoreApplication::translate("ElbDesk::JsonReader", "%1.listeners[%2]: expected an object")
                        .arg(context)
                        .arg(i));
        const QString id = lr.hexId("id");
        if (!lr.ok())
            r.fail(lr.error());
        else
            m.listenerIds.append(id);
    }
    if (r.ok() && !m.serverAddress.isEmpty() && !Ids::isIpAddress(m.serverAddress))
        r.fail(QCoreApplication::translate("ElbDesk::JsonReader", "%1.server_address: \"%2\" is not an IP address")
                   .arg(context, m.serverAddress.left(64)));
    m.raw = o;
    result.error = r.error();
    return result;
}

Parsed<QList<Member>> parseMemberList(const QByteArray &body)
{
    Parsed<QList<Member>> result;
    const QJsonDocument doc = parseJsonBody(body, &result.error);
    if (!result.ok())
        return result;
    if (!doc.isArray()) {
        result.error = QCoreApplication::translate("ElbDesk::JsonReader",
                                                   "expected a JSON array of members, got an object");
        return result;
    }
    const QJsonArray items = doc.array();
    result.value.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto m = Member::fromJson(items.at(i), QStringLiteral("members[%1]").arg(i));
        if (!m.ok()) {
            result.error = m.error;
            result.value.clear();
            return result;
        }
        result.value.append(std::move(m.value));
    }
    return result;
}

} // namespace ElbDesk
