#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ElbDesk {

struct Listener
{
    QString id;
    QString name;
    QString description;
    QString loadBalancerId;
    QString protocol;         // HTTP, TCP, HTTPS, SSL, UDP
    int port = 0;
    QString backendProtocol;
    int backendPort = 0;
    QString lbAlgorithm;
    QString status;
    bool adminStateUp = true; // a boolean on listeners (an integer on load balancers)
    int memberNumber = 0;
    QString healthcheckId;    // empty when the listener has no health check
    bool tcpDraining = false;
    int tcpDrainingTimeout = 0;
    QJsonObject raw;

    static Parsed<Listener> fromJson(const QJsonValue &value, const QString &context);
};

// The listener list is a bare JSON array.
Parsed<QList<Listener>> parseListenerList(const QByteArray &body);
Parsed<Listener> parseListener(const QByteArray &body);

} // namespace ElbDesk
