#pragma once

#include "emulatormodel.h"

#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <vector>

namespace ElbDesk::Emulator {

// The resources of the sandbox cloud: projects, load balancers, listeners and their members,
// plus the known ECS servers (so a re-added server gets its name back). Lookups by id are
// hashed; members stay sorted by id inside their listener.
class EmulatorStore
{
public:
    explicit EmulatorStore(quint32 seed = 1);

    void addProject(const Project &project);
    [[nodiscard]] const Project *project(const QString &id) const;
    [[nodiscard]] const Project *projectByName(const QString &domainName, const QString &name) const;
    [[nodiscard]] QList<Project> projects() const { return m_projects; }

    void addLoadBalancer(const LoadBalancer &lb);
    [[nodiscard]] const LoadBalancer *loadBalancer(const QString &id) const;
    [[nodiscard]] const std::deque<LoadBalancer> &loadBalancers() const { return m_loadBalancers; }

    // Takes the listener with its members (sorted here).
    Listener &addListener(Listener listener);
    [[nodiscard]] Listener *listener(const QString &id);
    [[nodiscard]] const std::deque<Listener> &listeners() const { return m_listeners; }
    [[nodiscard]] const Listener *listenerByHealthCheck(const QString &healthCheckId) const;

    void registerServer(const Server &server);
    [[nodiscard]] const Server *server(const QString &serverId) const;

    // Members of one listener (sorted by id).
    [[nodiscard]] static const Member *findMember(const Listener &listener, const QString &memberId);
    [[nodiscard]] static bool hasServer(const Listener &listener, const QString &serverId);
    // Index of the first member whose id sorts strictly after `marker` (0 for an empty marker).
    [[nodiscard]] static size_t indexAfter(const Listener &listener, const QString &marker);
    static bool removeMember(Listener &listener, const QString &memberId);
    static void insertMember(Listener &listener, Member member);

    // Fresh values for added members; never handed out twice, never equal to a seeded one.
    QString newMemberId();
    QString newCarrierAddress();
    [[nodiscard]] quint32 seed() const { return m_seed; }

private:
    quint32 m_seed;
    QList<Project> m_projects;
    std::deque<LoadBalancer> m_loadBalancers;   // deque: references stay valid while growing
    std::deque<Listener> m_listeners;
    QHash<QString, size_t> m_lbIndex;
    QHash<QString, size_t> m_listenerIndex;
    QHash<QString, size_t> m_healthCheckIndex;
    QHash<QString, Server> m_servers;
    quint32 m_addedMembers = 0;
    quint32 m_carrierAddresses = 0;
};

} // namespace ElbDesk::Emulator
