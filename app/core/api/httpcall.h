#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ElbDesk {

enum class Service { Elb, Iam };

// One HTTP exchange as a request class describes it; ApiClient turns it into a QNetworkRequest.
struct HttpCall
{
    Service service = Service::Elb;
    QByteArray method = "GET";
    QString path;                              // built only from validated ids
    QList<QPair<QString, QString>> query;
    QByteArray body;                           // exact bytes sent (and signed)
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    bool authenticated = true;
    bool prepareAuth = true;                   // false for the IAM calls an authenticator itself makes
    bool idempotent = true;                    // safe to repeat after an ambiguous failure
};

} // namespace ElbDesk
