#pragma once

#include "emulatormodel.h"
#include "emulatoroptions.h"

#include <vector>

namespace ElbDesk::Emulator {

class EmulatorStore;

// Fills a store with the deterministic sandbox data described by the options: one project per
// domain, the load balancers, listeners and members in the first domain's project. Same
// options, same ids, addresses and health on every run.
class EmulatorSeeder
{
public:
    EmulatorSeeder(const EmulatorOptions &options, EmulatorStore &store);
    void run();

private:
    void seedLoadBalancer(int lbIndex, const QString &projectId);
    std::vector<Server> serverPool(int lbIndex, const QString &role, int size);
    Listener makeListener(const QString &key, const LoadBalancer &lb, int port,
                          const QString &protocol, bool withHealthCheck);
    Member makeMember(const QString &key, const Server &server, const Listener &listener);

    const EmulatorOptions &m_options;
    EmulatorStore &m_store;
    quint32 m_serverCounter = 0;
};

} // namespace ElbDesk::Emulator
