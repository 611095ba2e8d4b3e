#include "emulatorjson.h"

#include "emulatorformat.h"

#include <QJsonArray>

namespace ElbDesk::Emulator {

QJsonValue EmulatorJson::nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject EmulatorJson::loadBalancer(const LoadBalancer &lb)
{
    return {
        {QStringLiteral("vip_address"), lb.vipAddress},
        {QStringLiteral("update_time"), EmulatorFormat::resourceTime(lb.updateTime)},
        {QStringLiteral("create_time"), EmulatorFormat::resourceTime(lb.createTime)},
        {QStringLiteral("id"), lb.id},
        {QStringLiteral("status"), lb.status},
        {QStringLiteral("bandwidth"), lb.bandwidth},
        {QStringLiteral("security_group_id"), nullable(lb.securityGroupId)},
        {QStringLiteral("vpc_id"), lb.vpcId},
        {QStringLiteral("admin_state_up"), lb.adminStateUp},
        // Documented as "unavailable now"; null in every example.
        {QStringLiteral("vip_subnet_id"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("type"), lb.type},
        {QStringLiteral("name"), lb.name},
        {QStringLiteral("description"), nullable(lb.description)},
    };
}

QJsonObject EmulatorJson::listener(const Listener &l)
{
    const bool tcp = l.protocol == QLatin1String("TCP");
    QJsonObject o{
        {QStringLiteral("update_time"), EmulatorFormat::resourceTime(l.updateTime)},
        {QStringLiteral("backend_port"), l.backendPort},
        {QStringLiteral("id"), l.id},
        {QStringLiteral("backend_protocol"), l.backendProtocol},
        {QStringLiteral("sticky_session_type"),
         !tcp && l.sessionSticky ? QJsonValue(QStringLiteral("insert")) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("certificate_id"), nullable(l.certificateId)},
        {QStringLiteral("description"), l.description},
        {QStringLiteral("loadbalancer_id"), l.loadbalancerId},
        {QStringLiteral("lb_algorithm"), l.lbAlgorithm},
        {QStringLiteral("create_time"), EmulatorFormat::resourceTime(l.createTime)},
        {QStringLiteral("admin_state_up"), l.adminStateUp},
        {QStringLiteral("status"), l.status},
        {QStringLiteral("protocol"), l.protocol},
        {QStringLiteral("cookie_timeout"), l.cookieTimeout},
        {QStringLiteral("port"), l.port},
        {QStringLiteral("member_number"), static_cast<int>(l.members.size())},
        {QStringLiteral("healthcheck_id"), l.hasHealthCheck ? QJsonValue(l.healthCheck.id) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("session_sticky"), l.sessionSticky},
        {QStringLiteral("name"), l.name},
    };
    // TCP-only fields appear on TCP listeners, as in the documented TCP example.
    if (tcp) {
        o.insert(QStringLiteral("tcp_draining"), l.tcpDraining);
        o.insert(QStringLiteral("tcp_timeout"), l.tcpTimeout);
        o.insert(QStringLiteral("tcp_draining_timeout"), l.tcpDrainingTimeout);
    }
    if (l.protocol == QLatin1String("HTTPS")) {
        o.insert(QStringLiteral("certificates"), QJsonArray());
        o.insert(QStringLiteral("ssl_protocols"), QStringLiteral("TLS 1.2"));
        o.insert(QStringLiteral("ssl_ciphers"), QStringLiteral("Default"));
    }
    return o;
}

QJsonObject EmulatorJson::healthCheck(const Listener &l)
{
    const HealthCheck &hc = l.healthCheck;
    return {
        {QStringLiteral("healthcheck_interval"), hc.interval},
        {QStringLiteral("listener_id"), l.id},
        {QStringLiteral("id"), hc.id},
        {QStringLiteral("healthcheck_protocol"), hc.protocol},
        {QStringLiteral("unhealthy_threshold"), hc.unhealthyThreshold},
        {QStringLiteral("update_time"), EmulatorFormat::resourceTime(hc.updateTime)},
        {QStringLiteral("create_time"), EmulatorFormat::resourceTime(hc.createTime)},
        {QStringLiteral("healthcheck_connect_port"), hc.connectPort},
        {QStringLiteral("healthcheck_timeout"), hc.timeout},
        {QStringLiteral("healthcheck_uri"), hc.uri},
        {QStringLiteral("healthy_threshold"), hc.healthyThreshold},
    };
}

QString EmulatorJson::healthName(const Member &member, qint64 nowMs)
{
    if (member.healthyAtMs > 0 && nowMs < member.healthyAtMs)
        return QStringLiteral("UNAVAILABLE");
    switch (member.health) {
    case Health::Normal:
        return QStringLiteral("NORMAL");
    case Health::Abnormal:
        return QStringLiteral("ABNORMAL");
    case Health::Unavailable:
        break;
    }
    return QStringLiteral("UNAVAILABLE");
}

void EmulatorJson::appendMember(QByteArray &out, const Member &m, const QString &listenerId, qint64 nowMs)
{
    // Key order of the documented example element.
    out.append("{\"server_address\":");
    EmulatorFormat::appendJsonString(out, m.serverAddress);
    out.append(",\"id\":");
    EmulatorFormat::appendJsonString(out, m.id);
    out.append(",\"status\":");
    EmulatorFormat::appendJsonString(out, m.status);
    out.append(",\"address\":");
    EmulatorFormat::appendJsonString(out, m.address);
    out.append(",\"listeners\":[{\"id\":");
    EmulatorFormat::appendJsonString(out, listenerId);
    out.append("}],\"update_time\":");
    EmulatorFormat::appendJsonString(out, EmulatorFormat::resourceTime(m.updateTime));
    out.append(",\"create_time\":");
    EmulatorFormat::appendJsonString(out, EmulatorFormat::resourceTime(m.createTime));
    out.append(",\"server_name\":");
    if (m.serverName.isNull())
        out.append("null");
    else
        EmulatorFormat::appendJsonString(out, m.serverName);
    out.append(",\"server_id\":");
    EmulatorFormat::appendJsonString(out, m.serverId);
    out.append(",\"health_status\":");
    EmulatorFormat::appendJsonString(out, healthName(m, nowMs));
    out.append('}');
}

} // namespace ElbDesk::Emulator
