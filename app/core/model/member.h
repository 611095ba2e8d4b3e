#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ElbDesk {

// One backend of a listener. `id` is the member id that removeMember takes; `serverAddress` is the
// ECS private IP (what an add sends as "address"); `address` is an internal 100.64/10 address that
// must never be used to re-add a server.
struct Member
{
    QString id;
    QString serverId;
    QString serverAddress;
    QString address;
    QString serverName;   // often null in the API: empty here
    QString status;       // ACTIVE, PENDING, ERROR
    QString healthStatus; // NORMAL, ABNORMAL, UNAVAILABLE (= no health check)
    QStringList listenerIds;
    QJsonObject raw;

    [[nodiscard]] bool isHealthy() const { return healthStatus == QLatin1String("NORMAL"); }
    static Parsed<Member> fromJson(const QJsonValue &value, const QString &context);
};

// The member list is a bare JSON array (one page of it).
Parsed<QList<Member>> parseMemberList(const QByteArray &body);

} // namespace ElbDesk
