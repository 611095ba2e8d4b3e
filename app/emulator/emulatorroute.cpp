#include "emulatorroute.h"

#include <QStringList>

namespace ElbDesk::Emulator {

EmulatorRoute EmulatorRoute::match(const EmulatorRequest &request)
{
    EmulatorRoute route;
    QString path = request.path;
    // Trailing slashes are tolerated, as the OTC gateway does.
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QByteArray &m = request.method;
    const bool get = m == "GET";
    const bool post = m == "POST";

    if (path == QLatin1String("/") || path.isEmpty()) {
        route.op = get ? Op::Version : Op::Unknown;
        return route;
    }
    if (path.startsWith(QLatin1String("/_sandbox/")) || path == QLatin1String("/_sandbox")) {
        route.op = Op::Control;
        return route;
    }
    if (path.startsWith(QLatin1String("/v3/")) || path == QLatin1String("/v3")) {
        if (path == QLatin1String("/v3/auth/tokens") && (post || get))
            route.op = post ? Op::IssueToken : Op::ValidateToken;
        else if (path == QLatin1String("/v3/projects") && get)
            route.op = Op::ListProjects;
        else
            route.op = Op::IamUnknown;
        return route;
    }

    const QStringList s = path.mid(1).split(QLatin1Char('/'));
    if (s.isEmpty() || (s.at(0) != QLatin1String("v1.0") && s.at(0) != QLatin1String("v1")))
        return route;
    route.elbTree = true;
    if (s.size() < 3)
        return route;
    route.projectId = s.at(1);
    const bool v10 = s.at(0) == QLatin1String("v1.0");

    // Jobs live outside elbaas, on both /v1.0 and /v1 (§8.1).
    if (s.at(2) == QLatin1String("jobs")) {
        if (s.size() == 4 && get) {
            route.op = Op::GetJob;
            route.resourceId = s.at(3);
        }
        return route;
    }
    if (!v10 || s.at(2) != QLatin1String("elbaas") || s.size() < 4)
        return route;

    const QString &collection = s.at(3);
    const qsizetype n = s.size();
    if (collection == QLatin1String("loadbalancers") && get) {
        if (n == 4) {
            route.op = Op::ListLoadBalancers;
        } else if (n == 5) {
            route.op = Op::GetLoadBalancer;
            route.resourceId = s.at(4);
        }
    } else if (collection == QLatin1String("healthcheck") && get && n == 5) {
        route.op = Op::GetHealthCheck;
        route.resourceId = s.at(4);
    } else if (collection == QLatin1String("listeners")) {
        if (n == 4 && get) {
            route.op = Op::ListListeners;
        } else if (n == 5 && get) {
            route.op = Op::GetListener;
            route.resourceId = s.at(4);
        } else if (n == 6 && s.at(5) == QLatin1String("members") && (get || post)) {
            route.op = get ? Op::ListMembers : Op::AddMembers;
            route.resourceId = s.at(4);
        } else if (n == 7 && s.at(5) == QLatin1String("members") && s.at(6) == QLatin1String("action") && post) {
            route.op = Op::RemoveMembers;
            route.resourceId = s.at(4);
        }
    }
    return route;
}

} // namespace ElbDesk::Emulator
