#include "emulatormemberapi.h"

#include "api/ids.h"
#include "emulatorelbapi.h"
#include "emulatorerrors.h"
#include "emulatorjson.h"
#include "emulatorstore.h"

#include <QJsonParseError>
#include <QSet>
#include <QUrlQuery>

namespace ElbDesk::Emulator {

namespace {

const char kRemoveError[] = "Delete member input param error";

} // namespace

EmulatorMemberApi::EmulatorMemberApi(EmulatorStore &store, EmulatorJobs &jobs)
    : m_store(store)
    , m_jobs(jobs)
{
}

Listener *EmulatorMemberApi::findListener(const QString &projectId, const QString &listenerId,
                                          EmulatorReply *failure) const
{
    if (!Ids::isHexId(listenerId)) {
        *failure = EmulatorErrors::elb(400, "ELB.2020", QStringLiteral("The listener id is invalid"));
        return nullptr;
    }
    Listener *listener = m_store.listener(listenerId);
    if (!listener || listener->projectId != projectId) {
        *failure = EmulatorErrors::elb(404, "ELB.2011", QStringLiteral("The listener %1 does not exist").arg(listenerId));
        return nullptr;
    }
    return listener;
}

EmulatorReply EmulatorMemberApi::jobReply(const QString &projectId, const QString &jobId)
{
    // The documented answer: the uri says /v1/, not /v1.0/ (§8.1).
    return EmulatorReply::json(200, QJsonObject{{QStringLiteral("uri"), QStringLiteral("/v1/%1/jobs/%2").arg(projectId, jobId)},
                                                {QStringLiteral("job_id"), jobId}});
}

EmulatorReply EmulatorMemberApi::list(const QString &projectId, const QString &listenerId,
                                      const EmulatorRequest &request, qint64 nowMs) const
{
    EmulatorReply failure;
    const Listener *listener = findListener(projectId, listenerId, &failure);
    if (!listener)
        return failure;
    const int limit = EmulatorElbApi::parseLimit(request);
    if (limit == -2)
        return EmulatorErrors::elb(400, "ELB.1004", QStringLiteral("Invalid query condition: limit must be a positive integer"));

    const QUrlQuery query(request.url);
    auto filter = [&query](const char *key) {
        const QString name = QString::fromLatin1(key);
        return query.hasQueryItem(name) ? query.queryItemValue(name, QUrl::FullyDecoded) : QString();
    };
    // The documented filters (§5); anything else is ignored.
    const QString id = filter("id");
    const QString serverId = filter("server_id");
    const QString serverAddress = filter("server_address");
    const QString address = filter("address");
    const QString status = filter("status");
    const QString health = filter("health_status");
    const QString marker = filter("marker");

    QByteArray out;
    out.reserve(static_cast<qsizetype>(qMin<size_t>(listener->members.size(), limit < 0 ? SIZE_MAX : size_t(limit))) * 330 + 2);
    out.append('[');
    int written = 0;
    const auto &members = listener->members;
    size_t begin = EmulatorStore::indexAfter(*listener, marker);
    size_t end = members.size();
    if (!id.isEmpty()) {
        // "?id=" is how SDKs get one member: a binary search, not a scan.
        const Member *one = EmulatorStore::findMember(*listener, id);
        begin = one ? static_cast<size_t>(one - members.data()) : end;
        end = one && id > marker ? begin + 1 : begin;
    }
    for (size_t i = begin; i < end && (limit < 0 || written < limit); ++i) {
        const Member &m = members[i];
        if ((!serverId.isEmpty() && m.serverId != serverId) || (!serverAddress.isEmpty() && m.serverAddress != serverAddress)
            || (!address.isEmpty() && m.address != address) || (!status.isEmpty() && m.status != status)
            || (!health.isEmpty() && EmulatorJson::healthName(m, nowMs) != health)) {
            continue;
        }
        if (written++ > 0)
            out.append(',');
        EmulatorJson::appendMember(out, m, listener->id, nowMs);
    }
    out.append(']');
    return EmulatorReply::raw(200, "application/json", out); // a bare array (§5)
}

EmulatorReply EmulatorMemberApi::add(const QString &projectId, const QString &listenerId, const EmulatorRequest &request,
                                     JobFault fault, qint64 nowMs)
{
    EmulatorReply failure;
    const Listener *listener = findListener(projectId, listenerId, &failure);
    if (!listener)
        return failure;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    // The body is a JSON array (§6), not an object.
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty())
        return EmulatorErrors::elb(400, "ELB.1001", QStringLiteral("request parameter is not valid: the body must be a non-empty JSON array"));

    QList<PlannedMember> planned;
    QSet<QString> seen;
    const QJsonArray items = doc.array();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString serverId = item.value(QStringLiteral("server_id")).toString();
        const QString address = item.value(QStringLiteral("address")).toString();
        if (!value.isObject() || serverId.isEmpty())
            return EmulatorErrors::elb(400, "ELB.1001", QStringLiteral("request parameter is not valid: server_id is required"));
        if (address.isEmpty())
            return EmulatorErrors::elb(400, "ELB.2021", QStringLiteral("The member address is null"));
        if (!Ids::isServerId(serverId) || !Ids::isIpAddress(address))
            return EmulatorErrors::elb(400, "ELB.1001", QStringLiteral("request parameter is not valid: server_id must be a UUID and address an IP address"));
        if (seen.contains(serverId))
            return EmulatorErrors::elb(400, "ELB.1001", QStringLiteral("request parameter is not valid: server %1 is listed twice").arg(serverId));
        seen.insert(serverId);
        if (EmulatorStore::hasServer(*listener, serverId))
            return EmulatorErrors::elb(400, "ELB.1001", QStringLiteral("The server is already a member of this listener"));
        planned.append({QString(), serverId, address, QString()});
    }
    // Ids and addresses are handed out only once the whole request is valid: a rejected
    // request must not burn ids (determinism across runs with the same requests).
    for (PlannedMember &p : planned) {
        p.id = m_store.newMemberId();
        p.address = m_store.newCarrierAddress();
    }
    return jobReply(projectId, m_jobs.createAddition(projectId, listenerId, planned, fault, nowMs));
}

EmulatorReply EmulatorMemberApi::remove(const QString &projectId, const QString &listenerId,
                                        const EmulatorRequest &request, JobFault fault, qint64 nowMs)
{
    EmulatorReply failure;
    const Listener *listener = findListener(projectId, listenerId, &failure);
    if (!listener)
        return failure;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonValue removeValue = doc.object().value(QStringLiteral("removeMember"));
    const QJsonArray items = removeValue.toArray();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !removeValue.isArray() || items.isEmpty())
        return EmulatorErrors::elb(400, "ELB.2002", QString::fromLatin1(kRemoveError));

    QStringList ids;
    QSet<QString> seen;
    for (const QJsonValue &value : items) {
        // An extra "address" key (otc-tools) is accepted and ignored; "id" is required (§7).
        const QJsonValue idValue = value.toObject().value(QStringLiteral("id"));
        if (!value.isObject() || !idValue.isString() || idValue.toString().isEmpty() || seen.contains(idValue.toString()))
            return EmulatorErrors::elb(400, "ELB.2002", QString::fromLatin1(kRemoveError));
        ids.append(idValue.toString());
        seen.insert(idValue.toString());
    }
    // Documentation is silent on sync vs job failure; the sandbox rejects unknown ids at once.
    for (const QString &id : std::as_const(ids)) {
        if (!EmulatorStore::findMember(*listener, id))
            return EmulatorErrors::elb(400, "ELB.2012", QStringLiteral("This member is not exist"));
    }
    return jobReply(projectId, m_jobs.createRemoval(projectId, listenerId, ids, fault, nowMs));
}

} // namespace ElbDesk::Emulator
