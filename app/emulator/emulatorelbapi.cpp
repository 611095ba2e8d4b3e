#include "emulatorelbapi.h"

#include "api/ids.h"
#include "emulatorerrors.h"
#include "emulatorjobs.h"
#include "emulatorjson.h"
#include "emulatorstore.h"

#include <QUrlQuery>

#include <algorithm>

namespace ElbDesk::Emulator {

namespace {

// Paging and sorting parameters, never treated as field filters.
bool isPagingKey(const QString &key)
{
    return key == QLatin1String("limit") || key == QLatin1String("marker") || key == QLatin1String("sort_key")
        || key == QLatin1String("sort_dir");
}

} // namespace

EmulatorElbApi::EmulatorElbApi(EmulatorStore &store, const EmulatorJobs &jobs)
    : m_store(store)
    , m_jobs(jobs)
{
}

bool EmulatorElbApi::matches(const QJsonValue &value, const QString &wanted)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return wanted == QLatin1String("null");
    case QJsonValue::Bool:
        return wanted == (value.toBool() ? QLatin1String("true") : QLatin1String("false"));
    case QJsonValue::Double:
        return wanted == QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString() == wanted;
    default:
        return false;
    }
}

int EmulatorElbApi::parseLimit(const EmulatorRequest &request)
{
    const QUrlQuery query(request.url);
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return -1;
    const QString text = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded).trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const int limit = text.toInt(&ok);
    return ok && limit > 0 ? limit : -2;
}

EmulatorReply EmulatorElbApi::listLoadBalancers(const QString &projectId, const EmulatorRequest &request) const
{
    const int limit = parseLimit(request);
    if (limit == -2)
        return EmulatorErrors::elb(400, "ELB.1004", QStringLiteral("Invalid query condition: limit must be a positive integer"));
    const QList<QPair<QString, QString>> items = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
    const QString marker = request.queryValue(QStringLiteral("marker"));

    std::vector<const LoadBalancer *> sorted;
    for (const LoadBalancer &lb : m_store.loadBalancers()) {
        if (lb.projectId == projectId)
            sorted.push_back(&lb);
    }
    // Ordered by id so limit/marker paging (otc-tools) is stable.
    std::sort(sorted.begin(), sorted.end(), [](const LoadBalancer *a, const LoadBalancer *b) { return a->id < b->id; });

    QJsonArray page;
    int total = 0;
    for (const LoadBalancer *lb : sorted) {
        const QJsonObject object = EmulatorJson::loadBalancer(*lb);
        bool keep = true;
        for (const auto &item : items) {
            // Unknown filters are tolerated (the SDKs send guesses); an empty value filters nothing.
            if (isPagingKey(item.first) || !object.contains(item.first) || item.second.isEmpty())
                continue;
            QString wanted = item.second;
            if (item.first == QLatin1String("admin_state_up") && (wanted == QLatin1String("true") || wanted == QLatin1String("false")))
                wanted = wanted == QLatin1String("true") ? QStringLiteral("1") : QStringLiteral("0");
            keep = keep && matches(object.value(item.first), wanted);
        }
        if (!keep)
            continue;
        ++total;
        if ((marker.isEmpty() || lb->id > marker) && (limit < 0 || page.size() < limit))
            page.append(object);
    }
    // instance_num is a String (§3.1): the number of load balancers matching the query.
    return EmulatorReply::json(200, QJsonObject{{QStringLiteral("loadbalancers"), page},
                                                {QStringLiteral("instance_num"), QString::number(total)}});
}

EmulatorReply EmulatorElbApi::getLoadBalancer(const QString &projectId, const QString &id) const
{
    const LoadBalancer *lb = Ids::isHexId(id) ? m_store.loadBalancer(id) : nullptr;
    if (!lb || lb->projectId != projectId)
        return EmulatorErrors::elb(404, "ELB.1003", QStringLiteral("The load balancer %1 does not exist").arg(id.left(64)));
    return EmulatorReply::json(200, EmulatorJson::loadBalancer(*lb));
}

EmulatorReply EmulatorElbApi::listListeners(const QString &projectId, const EmulatorRequest &request) const
{
    static const QStringList notFilters{QStringLiteral("update_time"), QStringLiteral("create_time"),
                                        QStringLiteral("admin_state_up"), QStringLiteral("session_sticky"),
                                        QStringLiteral("member_number")};
    const QList<QPair<QString, QString>> items = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
    QJsonArray out;
    for (const Listener &l : m_store.listeners()) {
        if (l.projectId != projectId)
            continue;
        const QJsonObject object = EmulatorJson::listener(l);
        bool keep = true;
        for (const auto &item : items) {
            if (isPagingKey(item.first) || notFilters.contains(item.first) || !object.contains(item.first)
                || item.second.isEmpty()) {
                continue;
            }
            keep = keep && matches(object.value(item.first), item.second);
        }
        if (keep)
            out.append(object);
    }
    return EmulatorReply::json(200, out); // a bare array (§4)
}

EmulatorReply EmulatorElbApi::getListener(const QString &projectId, const QString &id) const
{
    if (!Ids::isHexId(id))
        return EmulatorErrors::elb(400, "ELB.6010", QStringLiteral("The listener id is invalid"));
    const Listener *l = m_store.listener(id);
    if (!l || l->projectId != projectId)
        return EmulatorErrors::elb(404, "ELB.6010", QStringLiteral("The listener %1 does not exist").arg(id));
    return EmulatorReply::json(200, EmulatorJson::listener(*l));
}

EmulatorReply EmulatorElbApi::getHealthCheck(const QString &projectId, const QString &id) const
{
    const Listener *l = Ids::isHexId(id) ? m_store.listenerByHealthCheck(id) : nullptr;
    if (!l || l->projectId != projectId)
        return EmulatorErrors::elb(404, "ELB.1001", QStringLiteral("The health check does not exist"));
    return EmulatorReply::json(200, EmulatorJson::healthCheck(*l));
}

EmulatorReply EmulatorElbApi::getJob(const QString &projectId, const QString &id, qint64 nowMs) const
{
    const QJsonObject job = Ids::isHexId(id) ? m_jobs.jobJson(projectId, id, nowMs) : QJsonObject();
    if (job.isEmpty())
        return EmulatorErrors::elb(404, "ELB.1001", QStringLiteral("The job %1 does not exist").arg(id.left(64)));
    return EmulatorReply::json(200, job);
}

} // namespace ElbDesk::Emulator
