#include "emulatorseeder.h"

#include "emulatorformat.h"
#include "emulatorstore.h"

#include <QStringList>

#include <algorithm>

namespace ElbDesk::Emulator {

namespace {

// 2019-01-01 00:00:00 UTC: seeded resources look a few years old, like real classic LBs.
constexpr qint64 kEpoch = 1546300800;
constexpr qint64 kThreeYears = 3 * 365 * 86400;

const char *const kRoles[] = {"web", "app", "api", "shop", "mail", "db"};

QString two(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

EmulatorSeeder::EmulatorSeeder(const EmulatorOptions &options, EmulatorStore &store)
    : m_options(options)
    , m_store(store)
{
}

void EmulatorSeeder::run()
{
    const quint32 seed = m_options.seed;
    QStringList domains;
    const QList<UserAccount> users = m_options.effectiveUsers();
    for (const UserAccount &u : users) {
        if (!domains.contains(u.domain))
            domains.append(u.domain);
    }
    const QList<AccessKey> keys = m_options.effectiveAccessKeys();
    for (const AccessKey &k : keys) {
        if (!domains.contains(k.domain))
            domains.append(k.domain);
    }
    for (const QString &domain : std::as_const(domains)) {
        m_store.addProject({EmulatorFormat::hexId(seed, "project", domain),
                            QString::fromLatin1(EmulatorOptions::kProjectName),
                            EmulatorFormat::hexId(seed, "domain", domain), domain});
    }

    const QString projectId = m_store.projects().constFirst().id;
    for (int i = 0; i < m_options.loadBalancers; ++i)
        seedLoadBalancer(i, projectId);
}

void EmulatorSeeder::seedLoadBalancer(int lbIndex, const QString &projectId)
{
    const quint32 seed = m_options.seed;
    const QString key = QString::number(lbIndex);
    const quint64 h = EmulatorFormat::hash64(seed, "lb", key);
    const QString role = QString::fromLatin1(kRoles[lbIndex % 6]);

    LoadBalancer lb;
    lb.id = EmulatorFormat::hexId(seed, "lb", key);
    lb.projectId = projectId;
    lb.name = QStringLiteral("elb-%1-%2").arg(role, two(lbIndex + 1));
    lb.type = lbIndex % 2 == 0 ? QStringLiteral("External") : QStringLiteral("Internal");
    // As in the documented example: description and security group are null on External LBs.
    if (lb.type == QLatin1String("External")) {
        lb.vipAddress = EmulatorFormat::ipv4((80u << 24) | (158u << 16) | (((lbIndex / 250) % 256) << 8) | (lbIndex % 250 + 2));
    } else {
        lb.vipAddress = EmulatorFormat::ipv4((192u << 24) | (168u << 16) | ((lbIndex % 250) << 8) | 10u);
        lb.description = QStringLiteral("Internal load balancer for the %1 tier").arg(role);
        lb.securityGroupId = EmulatorFormat::uuid(seed, "security-group", key);
    }
    lb.status = QStringLiteral("ACTIVE");
    static const int bandwidths[] = {5, 10, 20, 50, 100};
    lb.bandwidth = bandwidths[h % 5];
    lb.vpcId = EmulatorFormat::uuid(seed, "vpc", QStringLiteral("0"));
    lb.adminStateUp = 1;
    lb.createTime = kEpoch + static_cast<qint64>(h % kThreeYears);
    lb.updateTime = lb.createTime + static_cast<qint64>((h >> 32) % 86400);
    m_store.addLoadBalancer(lb);

    // Listener j takes servers [j*n/2, j*n/2 + n) of the LB's pool, so neighbours overlap and
    // one server (same server_id and address) sits behind several listeners.
    const int n = m_options.membersPerListener;
    const int large = lbIndex == 0 ? m_options.largeListenerMembers : 0;
    const bool last = lbIndex == m_options.loadBalancers - 1;
    int poolSize = last ? 2 : 0;
    for (int j = 0; j < m_options.listenersPerLb; ++j) {
        const int count = (j == 0 && large > 0) ? large : n;
        const int start = (j == 0 && large > 0) ? 0 : j * n / 2;
        poolSize = std::max(poolSize, start + count);
    }
    const std::vector<Server> pool = serverPool(lbIndex, role, poolSize);

    static const char *const protocols[] = {"HTTP", "TCP", "HTTPS"};
    for (int j = 0; j < m_options.listenersPerLb; ++j) {
        const QString protocol = QString::fromLatin1(protocols[j % 3]);
        int port = 0;
        if (protocol == QLatin1String("HTTP"))
            port = j == 0 ? 80 : 8000 + j;
        else if (protocol == QLatin1String("TCP"))
            port = 9000 + j;
        else
            port = j == 2 ? 443 : 8443 + j;
        const QString listenerKey = QStringLiteral("%1/%2").arg(lbIndex).arg(j);
        Listener listener = makeListener(listenerKey, lb, port, protocol, j % 4 != 3);
        listener.adminStateUp = j % 4 != 3;
        const int count = (j == 0 && large > 0) ? large : n;
        const int start = (j == 0 && large > 0) ? 0 : j * n / 2;
        listener.members.reserve(static_cast<size_t>(count));
        for (int k = 0; k < count; ++k) {
            listener.members.push_back(makeMember(listenerKey + QLatin1Char('/') + QString::number(k),
                                                  pool.at(static_cast<size_t>(start + k)), listener));
        }
        m_store.addListener(std::move(listener));
    }

    if (!last)
        return;
    // The edge cases every client must handle: removing the last healthy member, and a
    // listener without members.
    Listener lastHealthy = makeListener(key + QStringLiteral("/last-healthy"), lb, 9100,
                                        QStringLiteral("TCP"), true);
    lastHealthy.name = lb.name + QStringLiteral("-last-healthy");
    for (int k = 0; k < 2; ++k) {
        Member m = makeMember(lastHealthy.id + QLatin1Char('/') + QString::number(k), pool.at(static_cast<size_t>(k)),
                              lastHealthy);
        m.status = QStringLiteral("ACTIVE");
        m.health = k == 0 ? Health::Normal : Health::Abnormal;
        lastHealthy.members.push_back(m);
    }
    m_store.addListener(std::move(lastHealthy));

    Listener empty = makeListener(key + QStringLiteral("/empty"), lb, 8090, QStringLiteral("HTTP"), false);
    empty.name = lb.name + QStringLiteral("-empty");
    m_store.addListener(std::move(empty));
}

std::vector<Server> EmulatorSeeder::serverPool(int lbIndex, const QString &role, int size)
{
    std::vector<Server> pool;
    pool.reserve(static_cast<size_t>(size));
    for (int k = 0; k < size; ++k) {
        const QString key = QStringLiteral("%1/%2").arg(lbIndex).arg(k);
        const quint32 number = m_serverCounter++;
        Server s;
        s.serverId = EmulatorFormat::uuid(m_options.seed, "server", key);
        s.serverAddress = EmulatorFormat::ipv4(EmulatorFormat::privateAddress(number));
        // A few servers without a name, as in the documented member examples.
        const bool unnamed = (lbIndex == 0 && k == 2) || EmulatorFormat::hash64(m_options.seed, "server-name", key) % 40 == 0;
        if (!unnamed)
            s.serverName = QStringLiteral("ecs-%1-%2").arg(role).arg(number + 1, 4, 10, QLatin1Char('0'));
        m_store.registerServer(s);
        pool.push_back(s);
    }
    return pool;
}

Listener EmulatorSeeder::makeListener(const QString &key, const LoadBalancer &lb, int port,
                                      const QString &protocol, bool withHealthCheck)
{
    const quint32 seed = m_options.seed;
    const quint64 h = EmulatorFormat::hash64(seed, "listener", key);
    static const char *const algorithms[] = {"roundrobin", "leastconn", "source"};

    Listener l;
    l.id = EmulatorFormat::hexId(seed, "listener", key);
    l.projectId = lb.projectId;
    l.loadbalancerId = lb.id;
    l.protocol = protocol;
    l.port = port;
    l.name = QStringLiteral("%1-%2-%3").arg(lb.name, protocol.toLower()).arg(port);
    l.description = QString(QLatin1String(""));
    l.status = QStringLiteral("ACTIVE");
    l.lbAlgorithm = QString::fromLatin1(algorithms[h % 3]);
    l.adminStateUp = true;
    if (protocol == QLatin1String("TCP")) {
        l.backendProtocol = QStringLiteral("TCP");
        l.backendPort = 9090;
        l.tcpTimeout = 5;
        l.tcpDraining = (h >> 8) % 2 == 0;
        l.tcpDrainingTimeout = l.tcpDraining ? 5 : 0;
        l.sessionSticky = false;
    } else {
        l.backendProtocol = QStringLiteral("HTTP");
        l.backendPort = 8080;
        l.sessionSticky = (h >> 8) % 2 == 0;
        l.cookieTimeout = 60;
        if (protocol == QLatin1String("HTTPS"))
            l.certificateId = EmulatorFormat::hexId(seed, "certificate", key);
    }
    l.createTime = lb.createTime + 600 + static_cast<qint64>((h >> 16) % 86400);
    l.updateTime = l.createTime + static_cast<qint64>((h >> 40) % 3600);
    l.hasHealthCheck = withHealthCheck;
    if (withHealthCheck) {
        HealthCheck &hc = l.healthCheck;
        hc.id = EmulatorFormat::hexId(seed, "healthcheck", key);
        hc.protocol = protocol == QLatin1String("TCP") ? QStringLiteral("TCP") : QStringLiteral("HTTP");
        hc.connectPort = l.backendPort;
        hc.uri = hc.protocol == QLatin1String("HTTP") ? QStringLiteral("/") : QString(QLatin1String(""));
        hc.createTime = l.createTime;
        hc.updateTime = l.updateTime;
    }
    return l;
}

Member EmulatorSeeder::makeMember(const QString &key, const Server &server, const Listener &listener)
{
    const quint64 h = EmulatorFormat::hash64(m_options.seed, "member-state", key);
    Member m;
    m.id = EmulatorFormat::hexId(m_options.seed, "member", key);
    m.serverId = server.serverId;
    m.serverAddress = server.serverAddress;
    m.serverName = server.serverName;
    m.address = m_store.newCarrierAddress();
    m.status = h % 100 < 3 ? QStringLiteral("PENDING") : QStringLiteral("ACTIVE");
    const quint64 roll = (h >> 16) % 100;  // ~85 % NORMAL, ~10 % ABNORMAL, ~5 % UNAVAILABLE
    m.health = roll < 85 ? Health::Normal : (roll < 95 ? Health::Abnormal : Health::Unavailable);
    m.createTime = listener.createTime + 60 + static_cast<qint64>((h >> 32) % 86400);
    m.updateTime = m.createTime + 1;
    return m;
}

} // namespace ElbDesk::Emulator
