#pragma once

#include "emulatorreply.h"
#include "emulatorrequest.h"

namespace ElbDesk::Emulator {

class EmulatorJobs;
class EmulatorStore;

// The read side of classic ELB: load balancers (§3), listeners (§4), health checks and jobs
// (§8). Callers have already authenticated the request for `projectId`.
class EmulatorElbApi
{
public:
    EmulatorElbApi(EmulatorStore &store, const EmulatorJobs &jobs);

    EmulatorReply listLoadBalancers(const QString &projectId, const EmulatorRequest &request) const;
    EmulatorReply getLoadBalancer(const QString &projectId, const QString &id) const;
    EmulatorReply listListeners(const QString &projectId, const EmulatorRequest &request) const;
    EmulatorReply getListener(const QString &projectId, const QString &id) const;
    EmulatorReply getHealthCheck(const QString &projectId, const QString &id) const;
    EmulatorReply getJob(const QString &projectId, const QString &id, qint64 nowMs) const;

    // Exact match of a query value against a JSON scalar ("true", "80", "null", "ACTIVE").
    static bool matches(const QJsonValue &value, const QString &wanted);
    // Parses ?limit=: -1 when absent or empty, -2 when invalid, else the positive number.
    static int parseLimit(const EmulatorRequest &request);

private:
    EmulatorStore &m_store;
    const EmulatorJobs &m_jobs;
};

} // namespace ElbDesk::Emulator
