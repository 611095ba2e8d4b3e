// Read side of the sandbox, checked against the documented field tables and examples
// (elb-classic-api.md §2–§5): shapes, types, nulls, filters and the gateway's 404/401/403.

#include "emulatortesthttp.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

const QRegularExpression kHex32(QStringLiteral("^[0-9a-f]{32}$"));
const QRegularExpression kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
const QRegularExpression kResourceTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

bool inCarrierRange(const QString &address)
{
    return QHostAddress(address).isInSubnet(QHostAddress(QStringLiteral("100.64.0.0")), 10);
}

} // namespace

class TestEmulatorLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionDocument();
    void loadBalancerList();
    void loadBalancerPagingAndFilters();
    void loadBalancerDetails();
    void listenerList();
    void listenerFiltersAndDetails();
    void members();
    void serversOverlapAcrossListeners();
    void edgeCaseListeners();
    void gatewayErrors();
    void retiredRegion();
    void deterministicSeed();
};

void TestEmulatorLists::versionDocument()
{
    Sandbox s;
    const HttpResult r = s.http->get(QStringLiteral("/"));
    QCOMPARE(r.status, 200);
    const QJsonObject v = r.object().value(QStringLiteral("versions")).toArray().at(0).toObject();
    QCOMPARE(v.value(QStringLiteral("id")).toString(), QStringLiteral("v1.0"));
    QCOMPARE(v.value(QStringLiteral("status")).toString(), QStringLiteral("CURRENT"));
    QCOMPARE(v.value(QStringLiteral("updated")).toString(), QStringLiteral("2018-09-30T00:00:00Z"));
    const QJsonObject link = v.value(QStringLiteral("links")).toArray().at(0).toObject();
    QCOMPARE(link.value(QStringLiteral("rel")).toString(), QStringLiteral("self"));
    QVERIFY(link.value(QStringLiteral("href")).toString().endsWith(QStringLiteral("/v1.0/")));
}

void TestEmulatorLists::loadBalancerList()
{
    Sandbox s({QStringLiteral("--lbs"), QStringLiteral("4")});
    const HttpResult r = s.http->get(s.elb(QStringLiteral("loadbalancers")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = r.object();
    QVERIFY(body.value(QStringLiteral("instance_num")).isString()); // a String, §3.1
    QCOMPARE(body.value(QStringLiteral("instance_num")).toString(), QStringLiteral("4"));
    const QJsonArray lbs = body.value(QStringLiteral("loadbalancers")).toArray();
    QCOMPARE(lbs.size(), 4);
    const QStringList documented{QStringLiteral("admin_state_up"), QStringLiteral("bandwidth"), QStringLiteral("create_time"),
                                 QStringLiteral("description"), QStringLiteral("id"), QStringLiteral("name"),
                                 QStringLiteral("security_group_id"), QStringLiteral("status"), QStringLiteral("type"),
                                 QStringLiteral("update_time"), QStringLiteral("vip_address"), QStringLiteral("vip_subnet_id"),
                                 QStringLiteral("vpc_id")};
    bool sawExternal = false;
    bool sawInternal = false;
    for (const QJsonValue &value : lbs) {
        const QJsonObject lb = value.toObject();
        QCOMPARE(sortedKeys(lb), documented);
        QVERIFY(kHex32.match(lb.value(QStringLiteral("id")).toString()).hasMatch());
        QVERIFY(kUuid.match(lb.value(QStringLiteral("vpc_id")).toString()).hasMatch());
        QVERIFY(kResourceTime.match(lb.value(QStringLiteral("create_time")).toString()).hasMatch());
        QVERIFY(kResourceTime.match(lb.value(QStringLiteral("update_time")).toString()).hasMatch());
        QVERIFY(lb.value(QStringLiteral("admin_state_up")).isDouble()); // Integer on LBs
        QVERIFY(QList<int>({0, 1, 2}).contains(lb.value(QStringLiteral("admin_state_up")).toInt()));
        QVERIFY(lb.value(QStringLiteral("bandwidth")).isDouble());
        QVERIFY(lb.value(QStringLiteral("vip_subnet_id")).isNull());
        QVERIFY(!QHostAddress(lb.value(QStringLiteral("vip_address")).toString()).isNull());
        QVERIFY(QStringList({QStringLiteral("ACTIVE"), QStringLiteral("PENDING_CREATE"), QStringLiteral("ERROR")})
                    .contains(lb.value(QStringLiteral("status")).toString()));
        if (lb.value(QStringLiteral("type")).toString() == QLatin1String("External")) {
            sawExternal = true;
            QVERIFY(lb.value(QStringLiteral("security_group_id")).isNull());
            QVERIFY(lb.value(QStringLiteral("description")).isNull());
        } else {
            sawInternal = true;
            QCOMPARE(lb.value(QStringLiteral("type")).toString(), QStringLiteral("Internal"));
            QVERIFY(kUuid.match(lb.value(QStringLiteral("security_group_id")).toString()).hasMatch());
        }
    }
    QVERIFY(sawExternal && sawInternal);
}

void TestEmulatorLists::loadBalancerPagingAndFilters()
{
    Sandbox s({QStringLiteral("--lbs"), QStringLiteral("5")});
    const QString path = s.elb(QStringLiteral("loadbalancers"));
    // otc-tools style paging: limit + marker = last id, stop on a short page.
    QStringList ids;
    QString marker;
    for (int guard = 0; guard < 10; ++guard) {
        const QJsonArray page = s.http->get(path, QStringLiteral("limit=2&marker=%1").arg(marker)).object()
                                    .value(QStringLiteral("loadbalancers")).toArray();
        for (const QJsonValue &lb : page)
            ids << lb.toObject().value(QStringLiteral("id")).toString();
        if (page.size() < 2)
            break;
        marker = ids.constLast();
    }
    QCOMPARE(ids.size(), 5);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 5);

    QJsonObject body = s.http->get(path, QStringLiteral("type=Internal&vpc_id=&unknown_filter=x")).object();
    for (const QJsonValue &lb : body.value(QStringLiteral("loadbalancers")).toArray())
        QCOMPARE(lb.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Internal"));
    QCOMPARE(body.value(QStringLiteral("instance_num")).toString(), QStringLiteral("2"));
    body = s.http->get(path, QStringLiteral("name=elb-web-01")).object();
    QCOMPARE(body.value(QStringLiteral("loadbalancers")).toArray().size(), 1);

    const HttpResult bad = s.http->get(path, QStringLiteral("limit=abc"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("ELB.1004"));
    QVERIFY(bad.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).isString());
}

void TestEmulatorLists::loadBalancerDetails()
{
    Sandbox s;
    const QJsonObject first = s.http->get(s.elb(QStringLiteral("loadbalancers"))).object()
                                  .value(QStringLiteral("loadbalancers")).toArray().at(0).toObject();
    const HttpResult r = s.http->get(s.elb(QStringLiteral("loadbalancers/") + first.value(QStringLiteral("id")).toString()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), first); // unwrapped, same object as in the list
    for (const QString &id : {QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("not-an-id")}) {
        const HttpResult missing = s.http->get(s.elb(QStringLiteral("loadbalancers/") + id));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("ELB.1003"));
    }
}

void TestEmulatorLists::listenerList()
{
    Sandbox s;
    const HttpResult r = s.http->get(s.elb(QStringLiteral("listeners")));
    QCOMPARE(r.status, 200);
    QVERIFY(QJsonDocument::fromJson(r.body).isArray()); // bare array, §4
    const QJsonArray listeners = r.array();
    QCOMPARE(listeners.size(), 3 * 4 + 2);
    QSet<QString> protocols;
    int withoutHealthCheck = 0;
    for (const QJsonValue &value : listeners) {
        const QJsonObject l = value.toObject();
        const QString protocol = l.value(QStringLiteral("protocol")).toString();
        protocols.insert(protocol);
        QVERIFY(kHex32.match(l.value(QStringLiteral("id")).toString()).hasMatch());
        QVERIFY(l.value(QStringLiteral("admin_state_up")).isBool()); // Boolean on listeners
        QVERIFY(l.value(QStringLiteral("session_sticky")).isBool());
        QVERIFY(l.value(QStringLiteral("port")).isDouble());
        QVERIFY(l.value(QStringLiteral("backend_port")).isDouble());
        QVERIFY(l.value(QStringLiteral("cookie_timeout")).isDouble());
        QVERIFY(l.value(QStringLiteral("member_number")).isDouble());
        QVERIFY(QStringList({QStringLiteral("roundrobin"), QStringLiteral("leastconn"), QStringLiteral("source")})
                    .contains(l.value(QStringLiteral("lb_algorithm")).toString()));
        QVERIFY(kResourceTime.match(l.value(QStringLiteral("create_time")).toString()).hasMatch());
        for (const char *key : {"name", "description", "loadbalancer_id", "backend_protocol", "status", "update_time"})
            QVERIFY2(l.value(QLatin1String(key)).isString(), key);
        QVERIFY(l.contains(QStringLiteral("sticky_session_type")) && l.contains(QStringLiteral("certificate_id")));
        QCOMPARE(l.contains(QStringLiteral("tcp_draining")), protocol == QLatin1String("TCP"));
        if (protocol == QLatin1String("TCP")) {
            QVERIFY(l.value(QStringLiteral("tcp_draining")).isBool());
            QVERIFY(l.value(QStringLiteral("tcp_timeout")).isDouble());
            QVERIFY(l.value(QStringLiteral("tcp_draining_timeout")).isDouble());
            QVERIFY(l.value(QStringLiteral("sticky_session_type")).isNull());
        }
        QCOMPARE(l.value(QStringLiteral("certificate_id")).isNull(), protocol != QLatin1String("HTTPS"));
        if (l.value(QStringLiteral("healthcheck_id")).isNull())
            ++withoutHealthCheck;
        // member_number is always the current member count.
        QCOMPARE(l.value(QStringLiteral("member_number")).toInt(),
                 s.members(l.value(QStringLiteral("id")).toString()).size());
    }
    QCOMPARE(protocols, QSet<QString>({QStringLiteral("HTTP"), QStringLiteral("TCP"), QStringLiteral("HTTPS")}));
    QVERIFY(withoutHealthCheck > 0);
}

void TestEmulatorLists::listenerFiltersAndDetails()
{
    Sandbox s;
    const QJsonArray all = s.listeners();
    const QString lbId = all.at(0).toObject().value(QStringLiteral("loadbalancer_id")).toString();
    const QJsonArray ofLb = s.http->get(s.elb(QStringLiteral("listeners")), QStringLiteral("loadbalancer_id=") + lbId).array();
    QCOMPARE(ofLb.size(), 4);
    for (const QJsonValue &l : ofLb)
        QCOMPARE(l.toObject().value(QStringLiteral("loadbalancer_id")).toString(), lbId);
    const QJsonArray tcp = s.http->get(s.elb(QStringLiteral("listeners")), QStringLiteral("protocol=TCP&port=9001")).array();
    QCOMPARE(tcp.size(), 3);
    QCOMPARE(s.http->get(s.elb(QStringLiteral("listeners")), QStringLiteral("loadbalancer_id=nope")).array().size(), 0);

    const QJsonObject first = all.at(0).toObject();
    const HttpResult one = s.http->get(s.elb(QStringLiteral("listeners/") + first.value(QStringLiteral("id")).toString()));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object(), first);
    HttpResult missing = s.http->get(s.elb(QStringLiteral("listeners/0123456789abcdef0123456789abcdef")));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("ELB.6010"));
    missing = s.http->get(s.elb(QStringLiteral("listeners/x%20y")));
    QCOMPARE(missing.status, 400);

    const HttpResult hc = s.http->get(s.elb(QStringLiteral("healthcheck/") + first.value(QStringLiteral("healthcheck_id")).toString()));
    QCOMPARE(hc.status, 200);
    QCOMPARE(hc.object().value(QStringLiteral("listener_id")).toString(), first.value(QStringLiteral("id")).toString());
    QVERIFY(hc.object().value(QStringLiteral("healthcheck_interval")).isDouble());
}

void TestEmulatorLists::members()
{
    Sandbox s;
    const QString listenerId = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const HttpResult r = s.http->get(s.elb(QStringLiteral("listeners/%1/members").arg(listenerId)));
    QCOMPARE(r.status, 200);
    QVERIFY(QJsonDocument::fromJson(r.body).isArray()); // bare array, §5
    const QJsonArray members = r.array();
    QCOMPARE(members.size(), 20);
    const QStringList documented{QStringLiteral("address"), QStringLiteral("create_time"), QStringLiteral("health_status"),
                                 QStringLiteral("id"), QStringLiteral("listeners"), QStringLiteral("server_address"),
                                 QStringLiteral("server_id"), QStringLiteral("server_name"), QStringLiteral("status"),
                                 QStringLiteral("update_time")};
    QString previous;
    for (const QJsonValue &value : members) {
        const QJsonObject m = value.toObject();
        QCOMPARE(sortedKeys(m), documented);
        const QString id = m.value(QStringLiteral("id")).toString();
        QVERIFY(kHex32.match(id).hasMatch());
        QVERIFY(id > previous); // ordered by member id
        previous = id;
        QVERIFY(kUuid.match(m.value(QStringLiteral("server_id")).toString()).hasMatch());
        QVERIFY(inCarrierRange(m.value(QStringLiteral("address")).toString()));
        QVERIFY(QHostAddress(m.value(QStringLiteral("server_address")).toString()).isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8));
        const QJsonArray expectedListeners{QJsonObject{{QStringLiteral("id"), listenerId}}};
        QCOMPARE(m.value(QStringLiteral("listeners")).toArray(), expectedListeners);
        QVERIFY(m.value(QStringLiteral("server_name")).isString() || m.value(QStringLiteral("server_name")).isNull());
        QVERIFY(QStringList({QStringLiteral("ACTIVE"), QStringLiteral("PENDING"), QStringLiteral("ERROR")})
                    .contains(m.value(QStringLiteral("status")).toString()));
        QVERIFY(QStringList({QStringLiteral("NORMAL"), QStringLiteral("ABNORMAL"), QStringLiteral("UNAVAILABLE")})
                    .contains(m.value(QStringLiteral("health_status")).toString()));
    }
    // A few members without a server name, as in the documented examples.
    QVERIFY(std::any_of(members.begin(), members.end(),
                        [](const QJsonValue &m) { return m.toObject().value(QStringLiteral("server_name")).isNull(); }));
}

void TestEmulatorLists::serversOverlapAcrossListeners()
{
    Sandbox s;
    const QJsonArray listeners = s.listeners();
    const QJsonArray a = s.members(listeners.at(0).toObject().value(QStringLiteral("id")).toString());
    const QJsonArray b = s.members(listeners.at(1).toObject().value(QStringLiteral("id")).toString());
    QHash<QString, QJsonObject> byServer;
    for (const QJsonValue &m : a)
        byServer.insert(m.toObject().value(QStringLiteral("server_id")).toString(), m.toObject());
    int shared = 0;
    for (const QJsonValue &value : b) {
        const QJsonObject m = value.toObject();
        const auto it = byServer.constFind(m.value(QStringLiteral("server_id")).toString());
        if (it == byServer.cend())
            continue;
        ++shared;
        QCOMPARE(m.value(QStringLiteral("server_address")), it->value(QStringLiteral("server_address")));
        QVERIFY(m.value(QStringLiteral("id")) != it->value(QStringLiteral("id")));           // different member ids
        QVERIFY(m.value(QStringLiteral("address")) != it->value(QStringLiteral("address")));
    }
    QCOMPARE(shared, 10);
}

void TestEmulatorLists::edgeCaseListeners()
{
    Sandbox s;
    int lastHealthy = 0;
    int empty = 0;
    for (const QJsonValue &value : s.listeners()) {
        const QJsonObject l = value.toObject();
        const QJsonArray members = s.members(l.value(QStringLiteral("id")).toString());
        if (members.isEmpty()) {
            ++empty;
            QCOMPARE(l.value(QStringLiteral("member_number")).toInt(), 0);
        } else if (members.size() == 2) {
            const int normal = int(std::count_if(members.begin(), members.end(), [](const QJsonValue &m) {
                return m.toObject().value(QStringLiteral("health_status")).toString() == QLatin1String("NORMAL");
            }));
            lastHealthy += normal == 1 ? 1 : 0;
        }
    }
    QCOMPARE(empty, 1);
    QCOMPARE(lastHealthy, 1);
}

void TestEmulatorLists::gatewayErrors()
{
    Sandbox s;
    for (const QString &path : {s.elb(QStringLiteral("nothing")), QStringLiteral("/v1.0/%1/elbaas").arg(s.project),
                                QStringLiteral("/v2/%1/elb/loadbalancers").arg(s.project), QStringLiteral("/v1/%1/foo").arg(s.project)}) {
        const HttpResult r = s.http->get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0101"));
        QCOMPARE(r.object().value(QStringLiteral("error_msg")).toString(),
                 QStringLiteral("The API does not exist or has not been published in the environment"));
        QVERIFY(r.object().contains(QStringLiteral("request_id")));
    }
    TestHttp anonymous(s.server.baseUrl());
    HttpResult r = anonymous.get(s.elb(QStringLiteral("loadbalancers")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0301"));
    QVERIFY(r.object().value(QStringLiteral("error_msg")).toString().startsWith(QStringLiteral("Incorrect IAM authentication information: ")));

    for (const QString &project : {QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("EU-DE")}) {
        r = s.http->get(QStringLiteral("/v1.0/%1/elbaas/loadbalancers").arg(project));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0306"));
        QCOMPARE(r.object().value(QStringLiteral("error_msg")).toString(),
                 QStringLiteral("The token's project does not match the requested project"));
    }
}

void TestEmulatorLists::retiredRegion()
{
    Sandbox s({QStringLiteral("--retired")});
    QVERIFY(!s.http->token().isEmpty()); // IAM still answers
    for (const QString &path : {s.elb(QStringLiteral("loadbalancers")), s.elb(QStringLiteral("listeners")),
                                s.job(QStringLiteral("0123456789abcdef0123456789abcdef"), true)}) {
        const HttpResult r = s.http->get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0101"));
    }
}

void TestEmulatorLists::deterministicSeed()
{
    Sandbox a({QStringLiteral("--seed"), QStringLiteral("7")});
    Sandbox b({QStringLiteral("--seed"), QStringLiteral("7")});
    Sandbox c({QStringLiteral("--seed"), QStringLiteral("8")});
    QCOMPARE(a.project, b.project);
    QVERIFY(a.project != c.project);
    QCOMPARE(a.http->get(a.elb(QStringLiteral("listeners"))).body, b.http->get(b.elb(QStringLiteral("listeners"))).body);
    const QString l = a.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(a.members(l), b.members(l));
}

QTEST_GUILESS_MAIN(TestEmulatorLists)
#include "tst_emulatorlists.moc"
