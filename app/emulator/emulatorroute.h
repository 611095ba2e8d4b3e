#pragma once

#include "emulatorrequest.h"

#include <QString>

namespace ElbDesk::Emulator {

// Which documented operation a request addresses, decided from method and path alone (the
// gateway's routing table), before authentication, faults or any state is looked at.
struct EmulatorRoute
{
    enum class Op {
        Unknown,          // 404 APIGW.0101
        Version,          // GET /
        IssueToken,       // POST /v3/auth/tokens
        ValidateToken,    // GET /v3/auth/tokens
        ListProjects,     // GET /v3/projects
        IamUnknown,       // other /v3/ paths
        Control,          // /_sandbox/*
        ListLoadBalancers,
        GetLoadBalancer,
        ListListeners,
        GetListener,
        GetHealthCheck,
        ListMembers,
        AddMembers,
        RemoveMembers,
        GetJob,
    };

    Op op = Op::Unknown;
    QString projectId;
    QString resourceId;   // LB, listener, health check or job id from the path

    [[nodiscard]] bool isIam() const
    {
        return op == Op::IssueToken || op == Op::ValidateToken || op == Op::ListProjects || op == Op::IamUnknown;
    }
    [[nodiscard]] bool isElb() const { return op >= Op::ListLoadBalancers; }
    [[nodiscard]] bool createsJob() const { return op == Op::AddMembers || op == Op::RemoveMembers; }
    // True for any /v1.0/ or /v1/ path, published or not (what --retired hides).
    bool elbTree = false;

    static EmulatorRoute match(const EmulatorRequest &request);
};

} // namespace ElbDesk::Emulator
