#include "emulatorstore.h"

#include "emulatorformat.h"

#include <algorithm>

namespace ElbDesk::Emulator {

namespace {

bool memberIdLess(const Member &member, const QString &id)
{
    return member.id < id;
}

} // namespace

EmulatorStore::EmulatorStore(quint32 seed)
    : m_seed(seed)
{
}

void EmulatorStore::addProject(const Project &project)
{
    m_projects.append(project);
}

const Project *EmulatorStore::project(const QString &id) const
{
    for (const Project &p : m_projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Project *EmulatorStore::projectByName(const QString &domainName, const QString &name) const
{
    for (const Project &p : m_projects) {
        if (p.domainName == domainName && p.name == name)
            return &p;
    }
    return nullptr;
}

void EmulatorStore::addLoadBalancer(const LoadBalancer &lb)
{
    m_lbIndex.insert(lb.id, m_loadBalancers.size());
    m_loadBalancers.push_back(lb);
}

const LoadBalancer *EmulatorStore::loadBalancer(const QString &id) const
{
    const auto it = m_lbIndex.constFind(id);
    return it == m_lbIndex.cend() ? nullptr : &m_loadBalancers.at(*it);
}

Listener &EmulatorStore::addListener(Listener listener)
{
    std::sort(listener.members.begin(), listener.members.end(),
              [](const Member &a, const Member &b) { return a.id < b.id; });
    m_listenerIndex.insert(listener.id, m_listeners.size());
    if (listener.hasHealthCheck)
        m_healthCheckIndex.insert(listener.healthCheck.id, m_listeners.size());
    m_listeners.push_back(std::move(listener));
    return m_listeners.back();
}

Listener *EmulatorStore::listener(const QString &id)
{
    const auto it = m_listenerIndex.constFind(id);
    return it == m_listenerIndex.cend() ? nullptr : &m_listeners.at(*it);
}

const Listener *EmulatorStore::listenerByHealthCheck(const QString &healthCheckId) const
{
    const auto it = m_healthCheckIndex.constFind(healthCheckId);
    return it == m_healthCheckIndex.cend() ? nullptr : &m_listeners.at(*it);
}

void EmulatorStore::registerServer(const Server &server)
{
    m_servers.insert(server.serverId, server);
}

const Server *EmulatorStore::server(const QString &serverId) const
{
    const auto it = m_servers.constFind(serverId);
    return it == m_servers.cend() ? nullptr : &*it;
}

const Member *EmulatorStore::findMember(const Listener &listener, const QString &memberId)
{
    const auto it = std::lower_bound(listener.members.cbegin(), listener.members.cend(), memberId, memberIdLess);
    return it != listener.members.cend() && it->id == memberId ? &*it : nullptr;
}

bool EmulatorStore::hasServer(const Listener &listener, const QString &serverId)
{
    return std::any_of(listener.members.cbegin(), listener.members.cend(),
                       [&serverId](const Member &m) { return m.serverId == serverId; });
}

size_t EmulatorStore::indexAfter(const Listener &listener, const QString &marker)
{
    if (marker.isEmpty())
        return 0;
    const auto it = std::upper_bound(listener.members.cbegin(), listener.members.cend(), marker,
                                     [](const QString &id, const Member &m) { return id < m.id; });
    return static_cast<size_t>(it - listener.members.cbegin());
}

bool EmulatorStore::removeMember(Listener &listener, const QString &memberId)
{
    const auto it = std::lower_bound(listener.members.begin(), listener.members.end(), memberId, memberIdLess);
    if (it == listener.members.end() || it->id != memberId)
        return false;
    listener.members.erase(it);
    return true;
}

void EmulatorStore::insertMember(Listener &listener, Member member)
{
    const auto it = std::lower_bound(listener.members.begin(), listener.members.end(), member.id, memberIdLess);
    listener.members.insert(it, std::move(member));
}

QString EmulatorStore::newMemberId()
{
    return EmulatorFormat::hexId(m_seed, "member-added", QString::number(m_addedMembers++));
}

QString EmulatorStore::newCarrierAddress()
{
    return EmulatorFormat::ipv4(EmulatorFormat::carrierAddress(m_carrierAddresses++));
}

} // namespace ElbDesk::Emulator
