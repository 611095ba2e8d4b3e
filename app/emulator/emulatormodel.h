#pragma once

#include <QString>

#include <vector>

// Plain data of the sandbox cloud. Field names follow the documented JSON field tables
// (elb-classic-api.md §3–§5) so the serialisers read like the documentation.
namespace ElbDesk::Emulator {

struct Project
{
    QString id;
    QString name;
    QString domainId;
    QString domainName;
};

// An ECS that can sit behind listeners: the pool members are drawn from.
struct Server
{
    QString serverId;       // dashed UUID
    QString serverAddress;  // private IP
    QString serverName;     // null QString = JSON null
};

enum class Health { Normal, Abnormal, Unavailable };

struct Member
{
    QString id;             // 32 hex, never reused
    QString serverId;
    QString serverAddress;
    QString serverName;     // null = JSON null
    QString address;        // 100.64.0.0/10
    QString status;         // ACTIVE, PENDING, ERROR
    Health health = Health::Normal;
    qint64 healthyAtMs = 0; // added members: UNAVAILABLE until then, `health` afterwards
    qint64 createTime = 0;  // seconds since epoch
    qint64 updateTime = 0;
};

struct HealthCheck
{
    QString id;
    QString protocol;
    int connectPort = 0;
    int interval = 5;
    int timeout = 10;
    int healthyThreshold = 3;
    int unhealthyThreshold = 2;
    QString uri;
    qint64 createTime = 0;
    qint64 updateTime = 0;
};

struct Listener
{
    QString id;
    QString projectId;
    QString name;
    QString description;
    QString loadbalancerId;
    QString protocol;           // HTTP, TCP, HTTPS
    int port = 0;
    QString backendProtocol;
    int backendPort = 0;
    QString lbAlgorithm;
    QString status;
    bool adminStateUp = true;
    bool sessionSticky = false;
    int cookieTimeout = 60;
    int tcpTimeout = 5;
    bool tcpDraining = false;
    int tcpDrainingTimeout = 0;
    QString certificateId;      // HTTPS only
    bool hasHealthCheck = false;
    HealthCheck healthCheck;
    qint64 createTime = 0;
    qint64 updateTime = 0;
    std::vector<Member> members; // sorted by id, so paging by marker is a binary search
};

struct LoadBalancer
{
    QString id;
    QString projectId;
    QString name;
    QString description;       // null = JSON null
    QString vipAddress;
    QString status;
    int bandwidth = 1;
    QString vpcId;
    int adminStateUp = 1;      // Integer on LBs: 0 disabled, 1 running, 2 frozen
    QString type;              // External / Internal
    QString securityGroupId;   // null for External
    qint64 createTime = 0;
    qint64 updateTime = 0;
};

} // namespace ElbDesk::Emulator
