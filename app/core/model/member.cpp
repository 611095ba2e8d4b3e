#include "member.h"

#include "memberfastparser.h"
#include "notanobject.h"

#include "api/ids.h"
#include "model/jsonarrayslicer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ElbDesk {

static void readMember(JsonReader &r, Parsed<Member> &result);

Parsed<Member> Member::fromJson(const QJsonValue &value, qsizetype index)
{
    Parsed<Member> result;
    if (!value.isObject())
        return fromJson(value, QStringLiteral("members[%1]").arg(index));
    const QJsonObject o = value.toObject();
    JsonReader r(o, "members", index);
    readMember(r, result);
    return result;
}

Parsed<Member> Member::fromJson(const QJsonValue &value, const QString &context)
{
    Parsed<Member> result;
    if (!value.isObject()) {
        result.error = notAnObject(context, value);
        return result;
    }
    const QJsonObject o = value.toObject();
    JsonReader r(o, context);
    readMember(r, result);
    return result;
}

static void readMember(JsonReader &r, Parsed<Member> &result)
{
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
        const QJsonValue entry = listeners.at(i);
        const QString id = entry.toObject().value(QLatin1String("id")).toString();
        if (!entry.isObject() || !Ids::isHexId(id))
            r.fail(QCoreApplication::translate("ElbDesk::JsonReader",
                                               "%1: listeners[%2] is not an object with a 32-hex id")
                       .arg(r.fieldName("listeners"))
                       .arg(i));
        else
            m.listenerIds.append(id);
    }
    if (r.ok() && !m.serverAddress.isEmpty() && !Ids::isIpAddress(m.serverAddress))
        r.fail(QCoreApplication::translate("ElbDesk::JsonReader", "%1: \"%2\" is not an IP address")
                   .arg(r.fieldName("server_address"), m.serverAddress.left(64)));
    result.error = r.error();
}

Parsed<QList<Member>> parseMemberList(const QByteArray &body, RawJson raw)
{
    // 100,000 members arrive as 200 pages: the byte-level parser takes the usual page; whatever it
    // is not sure about (escapes, odd fields, errors) goes through the document, which has the say.
    Parsed<QList<Member>> result;
    if (MemberFastParser::parse(body, &result.value, raw))
        return result;
    return parseMemberListWithDocument(body, raw);
}

Parsed<QList<Member>> parseMemberListWithDocument(const QByteArray &body, RawJson raw)
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
    QList<QByteArrayView> slices;
    // The document parsed, so the slicer can only disagree on a bug; then the raw text is left out.
    const bool sliced =
        raw == RawJson::Keep && sliceJsonArray(body, &slices) && slices.size() == items.size();
    result.value.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto m = Member::fromJson(items.at(i), i);
        if (!m.ok()) {
            result.error = m.error;
            result.value.clear();
            return result;
        }
        if (sliced)
            m.value.rawJson = slices.at(i).toByteArray();
        result.value.append(std::move(m.value));
    }
    return result;
}

} // namespace ElbDesk
