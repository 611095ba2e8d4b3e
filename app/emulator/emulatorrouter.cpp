#include "emulatorrouter.h"

#include "emulatorerrors.h"
#include "emulatoriam.h"

namespace ElbDesk::Emulator {

EmulatorRouter::EmulatorRouter(EmulatorStore &store, EmulatorJobs &jobs, EmulatorIam &iam, bool retired, bool tls)
    : m_iam(iam)
    , m_auth(iam, store)
    , m_elb(store, jobs)
    , m_members(store, jobs)
    , m_retired(retired)
    , m_tls(tls)
{
}

EmulatorReply EmulatorRouter::handle(const EmulatorRequest &request, const EmulatorRoute &route, JobFault fault,
                                     qint64 nowMs)
{
    using Op = EmulatorRoute::Op;
    switch (route.op) {
    case Op::Version:
        return versions(request);
    case Op::IssueToken:
        return m_iam.issueToken(request, nowMs);
    case Op::ValidateToken:
        return m_iam.validateToken(request, nowMs);
    case Op::ListProjects: {
        const EmulatorGatewayAuth::Result auth = m_auth.authenticate(request, nowMs);
        if (!auth.ok) {
            return auth.kind == AuthKind::AkSk
                ? auth.failure
                : EmulatorErrors::keystone(401, QStringLiteral("The request you have made requires authentication."));
        }
        return m_iam.listProjects(auth.domainName, request);
    }
    case Op::IamUnknown:
        return EmulatorErrors::keystone(404, QStringLiteral("The resource could not be found."));
    case Op::Control:
    case Op::Unknown:
        break;
    default:
        return handleElb(request, route, fault, nowMs);
    }
    return EmulatorErrors::apiNotFound();
}

EmulatorReply EmulatorRouter::handleElb(const EmulatorRequest &request, const EmulatorRoute &route, JobFault fault,
                                        qint64 nowMs)
{
    // A region without classic ELB has no such APIs at all (§1).
    if (m_retired)
        return EmulatorErrors::apiNotFound();

    const EmulatorGatewayAuth::Result auth = m_auth.authenticate(request, nowMs);
    if (!auth.ok)
        return auth.failure;
    EmulatorReply failure;
    if (!m_auth.projectAllowed(auth, request, route.projectId, &failure))
        return failure;

    using Op = EmulatorRoute::Op;
    const QString &p = route.projectId;
    const QString &id = route.resourceId;
    switch (route.op) {
    case Op::ListLoadBalancers:
        return m_elb.listLoadBalancers(p, request);
    case Op::GetLoadBalancer:
        return m_elb.getLoadBalancer(p, id);
    case Op::ListListeners:
        return m_elb.listListeners(p, request);
    case Op::GetListener:
        return m_elb.getListener(p, id);
    case Op::GetHealthCheck:
        return m_elb.getHealthCheck(p, id);
    case Op::ListMembers:
        return m_members.list(p, id, request, nowMs);
    case Op::AddMembers:
        return m_members.add(p, id, request, fault, nowMs);
    case Op::RemoveMembers:
        return m_members.remove(p, id, request, fault, nowMs);
    case Op::GetJob:
        return m_elb.getJob(p, id, nowMs);
    default:
        break;
    }
    return EmulatorErrors::apiNotFound();
}

EmulatorReply EmulatorRouter::versions(const EmulatorRequest &request) const
{
    // §2: the version document, with this endpoint's own address in the link.
    QUrl self;
    self.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    const QString host = QString::fromLatin1(request.header("Host"));
    self.setAuthority(host.isEmpty() ? request.url.authority() : host);
    self.setPath(QStringLiteral("/v1.0/"));
    const QJsonObject version{
        {QStringLiteral("id"), QStringLiteral("v1.0")},
        {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), self.toString()},
                                                         {QStringLiteral("rel"), QStringLiteral("self")}}}},
        {QStringLiteral("min_version"), QString(QLatin1String(""))},
        {QStringLiteral("status"), QStringLiteral("CURRENT")},
        {QStringLiteral("updated"), QStringLiteral("2018-09-30T00:00:00Z")},
        {QStringLiteral("version"), QString(QLatin1String(""))},
    };
    return EmulatorReply::json(200, QJsonObject{{QStringLiteral("versions"), QJsonArray{version}}});
}

} // namespace ElbDesk::Emulator
