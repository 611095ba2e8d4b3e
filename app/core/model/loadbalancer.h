#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ElbDesk {

struct LoadBalancer
{
    QString id;
    QString name;        // may be null in the API: empty here
    QString description;
    QString status;      // ACTIVE, PENDING_CREATE, ERROR
    QString type;        // External, Internal
    QString vipAddress;
    QString vpcId;
    int adminStateUp = 1; // an integer on load balancers: 0 disabled, 1 running, 2 frozen
    int bandwidth = 0;
    QJsonObject raw;     // the object as the API sent it, for --json and the journal

    static Parsed<LoadBalancer> fromJson(const QJsonValue &value, const QString &context);
};

// {"loadbalancers":[…],"instance_num":"<string>"}; the count may disagree with the array (logged).
Parsed<QList<LoadBalancer>> parseLoadBalancerList(const QByteArray &body);
Parsed<LoadBalancer> parseLoadBalancer(const QByteArray &body);

} // namespace ElbDesk
