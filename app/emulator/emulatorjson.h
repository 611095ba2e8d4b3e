#pragma once

#include "emulatormodel.h"

#include <QByteArray>
#include <QJsonObject>

namespace ElbDesk::Emulator {

// Resource -> JSON exactly as the documented field tables have it (types included:
// admin_state_up Integer on LBs, Boolean on listeners; null where the examples show null).
class EmulatorJson
{
public:
    static QJsonObject loadBalancer(const LoadBalancer &lb);
    static QJsonObject listener(const Listener &listener);
    static QJsonObject healthCheck(const Listener &listener);
    // Members are written by hand: a 100,000-member page must not build 100,000 QJsonObjects.
    static void appendMember(QByteArray &out, const Member &member, const QString &listenerId, qint64 nowMs);
    static QString healthName(const Member &member, qint64 nowMs);
    // A JSON value for nullable strings: null when the QString is null.
    static QJsonValue nullable(const QString &value);
};

} // namespace ElbDesk::Emulator
