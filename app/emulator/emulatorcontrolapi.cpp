#include "emulatorcontrolapi.h"

#include "emulatoriam.h"
#include "emulatorjobs.h"
#include "emulatorstore.h"
#include "faultinjector.h"
#include "logging.h"
#include "requestlog.h"

#include <QJsonParseError>
#include <QUrlQuery>

namespace ElbDesk::Emulator {

namespace {

EmulatorReply controlError(int status, const QString &message)
{
    return EmulatorReply::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

} // namespace

EmulatorControlApi::EmulatorControlApi(EmulatorStore &store, EmulatorJobs &jobs, EmulatorIam &iam,
                                       FaultInjector &faults, RequestLog &log)
    : m_store(store), m_jobs(jobs), m_iam(iam), m_faults(faults), m_log(log)
{}

EmulatorReply EmulatorControlApi::handle(const EmulatorRequest &request, qint64 nowMs)
{
    QString path = request.path;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QByteArray &method = request.method;

    if (path == QLatin1String("/_sandbox/requests") && method == "GET")
        return EmulatorReply::json(200, m_log.toJson());
    if (path == QLatin1String("/_sandbox/requests/clear") && method == "POST") {
        const int cleared = static_cast<int>(m_log.entries().size());
        m_log.clear();
        return EmulatorReply::json(200, QJsonObject{{QStringLiteral("cleared"), cleared}});
    }
    if (path == QLatin1String("/_sandbox/faults")) {
        if (method == "GET")
            return EmulatorReply::json(200, m_faults.rulesJson());
        if (method == "DELETE") {
            m_faults.clearRules();
            return EmulatorReply::json(200, QJsonObject{{QStringLiteral("rules"), 0}});
        }
        if (method == "POST") {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            QString error;
            if (parseError.error != QJsonParseError::NoError || !doc.isArray())
                return controlError(400, QStringLiteral("the body must be a JSON array of fault rules"));
            if (!m_faults.addRules(doc.array(), &error))
                return controlError(400, error);
            return EmulatorReply::json(200,
                                       QJsonObject{{QStringLiteral("rules"), m_faults.rulesJson().size()}});
        }
    }
    if (path == QLatin1String("/_sandbox/state") && method == "GET") {
        const bool withMembers =
            QUrlQuery(request.url).queryItemValue(QStringLiteral("members")) == QLatin1String("1");
        return EmulatorReply::json(200, state(nowMs, withMembers));
    }
    if (path == QLatin1String("/_sandbox/expire-tokens") && method == "POST") {
        m_iam.expireAll(nowMs);
        qCInfo(lcEmulator) << "expired every token";
        return EmulatorReply::json(200, QJsonObject{{QStringLiteral("expired"), m_iam.tokenCount()}});
    }
    return controlError(404,
                        QStringLiteral("unknown control path %1 %2").arg(QString::fromLatin1(method), path));
}

QJsonObject EmulatorControlApi::state(qint64 nowMs, bool withMembers) const
{
    QJsonArray projects;
    const QList<Project> all = m_store.projects();
    for (const Project &p : all) {
        projects.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("domain"), p.domainName}});
    }
    QJsonArray listeners;
    for (const Listener &l : m_store.listeners()) {
        QJsonObject listener{{QStringLiteral("id"), l.id},
                             {QStringLiteral("name"), l.name},
                             {QStringLiteral("loadbalancer_id"), l.loadbalancerId},
                             {QStringLiteral("protocol"), l.protocol},
                             {QStringLiteral("member_number"), static_cast<int>(l.members.size())}};
        if (withMembers) {
            // The ground truth a soak compares the client's reports against.
            QJsonArray ids;
            for (const Member &m : l.members)
                ids.append(m.id);
            listener.insert(QStringLiteral("member_ids"), ids);
        }
        listeners.append(listener);
    }
    return {
        {QStringLiteral("project"), projects.isEmpty() ? QJsonValue() : projects.at(0)},
        {QStringLiteral("projects"), projects},
        {QStringLiteral("loadbalancers"), static_cast<int>(m_store.loadBalancers().size())},
        {QStringLiteral("listeners"), listeners},
        {QStringLiteral("jobs"), m_jobs.summary(nowMs)},
        {QStringLiteral("tokens"), m_iam.tokenCount()},
        {QStringLiteral("fault_rules"), m_faults.rulesJson()},
    };
}

} // namespace ElbDesk::Emulator
