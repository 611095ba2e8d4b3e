#include "api/envproxyfactory.h"

#include <QNetworkProxyQuery>
#include <QTest>
#include <QUrl>

using namespace ElbDesk;

// Which proxy each request gets from the *_proxy variables (no network involved).
class TestEnvProxyFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesProxy_data();
    void choosesProxy();
    void noProxy_data();
    void noProxy();
    void loopback_data();
    void loopback();
    void proxyUrl_data();
    void proxyUrl();
    void noVariableFallsBackToSystem();
};

static QProcessEnvironment envOf(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &a : assignments)
        env.insert(a.section(QLatin1Char('='), 0, 0), a.section(QLatin1Char('='), 1));
    return env;
}

void TestEnvProxyFactory::choosesProxy_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // "host:port" or "none"

    const QString elb = QStringLiteral("https://elb.eu-de.otc.t-systems.com/v1.0/p/elbaas/listeners");
    QTest::newRow("HTTPS_PROXY") << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy.corp:3128")} << elb
                                 << QStringLiteral("proxy.corp:3128");
    QTest::newRow("https_proxy wins over HTTPS_PROXY")
        << QStringList{QStringLiteral("HTTPS_PROXY=http://upper:1"),
                       QStringLiteral("https_proxy=http://lower:2")}
        << elb << QStringLiteral("lower:2");
    QTest::newRow("http_proxy not used for https")
        << QStringList{QStringLiteral("http_proxy=http://h:1"), QStringLiteral("NO_PROXY=nothing.test")}
        << elb << QStringLiteral("system");
    QTest::newRow("HTTP_PROXY for http")
        << QStringList{QStringLiteral("HTTP_PROXY=h:8080")} << QStringLiteral("http://elb.example.test/")
        << QStringLiteral("h:8080");
    QTest::newRow("ALL_PROXY fallback")
        << QStringList{QStringLiteral("ALL_PROXY=socks5://s:1081")} << elb << QStringLiteral("socks:s:1081");
    QTest::newRow("default port 1080")
        << QStringList{QStringLiteral("HTTPS_PROXY=http://p")} << elb << QStringLiteral("p:1080");
    QTest::newRow("NO_PROXY suffix") << QStringList{QStringLiteral("HTTPS_PROXY=http://p:1"),
                                                    QStringLiteral("NO_PROXY=.otc.t-systems.com")}
                                     << elb << QStringLiteral("none");
    QTest::newRow("no_proxy star") << QStringList{QStringLiteral("HTTPS_PROXY=http://p:1"),
                                                  QStringLiteral("no_proxy=*")}
                                   << elb << QStringLiteral("none");
    QTest::newRow("loopback never proxied")
        << QStringList{QStringLiteral("HTTP_PROXY=http://p:1"), QStringLiteral("HTTPS_PROXY=http://p:1")}
        << QStringLiteral("http://127.0.0.1:8080/v3") << QStringLiteral("none");
    QTest::newRow("localhost never proxied")
        << QStringList{QStringLiteral("HTTPS_PROXY=http://p:1")} << QStringLiteral("https://localhost/")
        << QStringLiteral("none");
    QTest::newRow("bad proxy URL: system")
        << QStringList{QStringLiteral("HTTPS_PROXY=ftp://p:1")} << elb << QStringLiteral("system");
}

void TestEnvProxyFactory::choosesProxy()
{
    QFETCH(QStringList, env);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    EnvProxyFactory factory(envOf(env));
    const QNetworkProxyQuery query{QUrl(url)};
    const QList<QNetworkProxy> proxies = factory.queryProxy(query);
    QVERIFY(!proxies.isEmpty());
    const QNetworkProxy &p = proxies.first();
    if (expected == QLatin1String("system")) {
        QCOMPARE(proxies, QNetworkProxyFactory::systemProxyForQuery(query));
    } else if (expected == QLatin1String("none")) {
        QCOMPARE(p.type(), QNetworkProxy::NoProxy);
    } else if (expected.startsWith(QLatin1String("socks:"))) {
        QCOMPARE(p.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(QStringLiteral("socks:%1:%2").arg(p.hostName()).arg(p.port()), expected);
    } else {
        QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(QStringLiteral("%1:%2").arg(p.hostName()).arg(p.port()), expected);
    }
}

void TestEnvProxyFactory::noProxy_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("matches");

    QTest::newRow("exact") << QStringLiteral("a.test") << QStringLiteral("a.test") << 443 << true;
    QTest::newRow("sub-domain of bare")
        << QStringLiteral("a.test") << QStringLiteral("x.a.test") << 443 << true;
    QTest::newRow("not a suffix of a label")
        << QStringLiteral("a.test") << QStringLiteral("ba.test") << 443 << false;
    QTest::newRow("leading dot") << QStringLiteral(".a.test") << QStringLiteral("x.a.test") << 443 << true;
    QTest::newRow("leading star-dot")
        << QStringLiteral("*.a.test") << QStringLiteral("x.a.test") << 443 << true;
    QTest::newRow("case and spaces") << QStringLiteral(" other.test , A.Test ") << QStringLiteral("X.a.TEST")
                                     << 443 << true;
    QTest::newRow("port matches") << QStringLiteral("a.test:8443") << QStringLiteral("a.test") << 8443
                                  << true;
    QTest::newRow("port differs") << QStringLiteral("a.test:8443") << QStringLiteral("a.test") << 443
                                  << false;
    QTest::newRow("ip") << QStringLiteral("10.1.2.3") << QStringLiteral("10.1.2.3") << 80 << true;
    QTest::newRow("ip differs") << QStringLiteral("10.1.2.3") << QStringLiteral("10.1.2.4") << 80 << false;
    QTest::newRow("cidr") << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.200.1.1") << 80 << true;
    QTest::newRow("cidr outside") << QStringLiteral("10.0.0.0/8") << QStringLiteral("11.0.0.1") << 80
                                  << false;
    QTest::newRow("ipv6 cidr") << QStringLiteral("fd00::/8") << QStringLiteral("[fd12::1]") << 80 << true;
    QTest::newRow("ipv6 bracket port")
        << QStringLiteral("[fd12::1]:80") << QStringLiteral("fd12::1") << 80 << true;
    QTest::newRow("cidr does not match names")
        << QStringLiteral("10.0.0.0/8") << QStringLiteral("ten.test") << 80 << false;
    QTest::newRow("empty entries") << QStringLiteral(",,") << QStringLiteral("a.test") << 80 << false;
    QTest::newRow("lone dot") << QStringLiteral(".") << QStringLiteral("a.test") << 80 << false;
}

void TestEnvProxyFactory::noProxy()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, matches);
    QCOMPARE(EnvProxyFactory::matchesNoProxy(noProxy, host, port), matches);
}

void TestEnvProxyFactory::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.9.9.9") << QStringLiteral("127.9.9.9") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost.") << QStringLiteral("LOCALHOST.") << true;
    QTest::newRow("app.localhost") << QStringLiteral("app.localhost") << true;
    QTest::newRow("localhost.example") << QStringLiteral("localhost.example") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
}

void TestEnvProxyFactory::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(EnvProxyFactory::isLoopback(host), loopback);
}

void TestEnvProxyFactory::proxyUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("credentials decoded") << QStringLiteral("http://us%40er:p%3Aw@p.test:3128") << true
                                         << QStringLiteral("us@er") << QStringLiteral("p:w");
    QTest::newRow("no scheme") << QStringLiteral("p.test:3128") << true << QString() << QString();
    QTest::newRow("empty") << QString() << false << QString() << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://p.test") << false << QString() << QString();
    QTest::newRow("no host") << QStringLiteral("http://") << false << QString() << QString();
}

void TestEnvProxyFactory::proxyUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(QString, user);
    QFETCH(QString, password);
    bool isValid = !valid;
    const QNetworkProxy proxy = EnvProxyFactory::proxyFromUrl(url, &isValid);
    QCOMPARE(isValid, valid);
    QCOMPARE(proxy.type() != QNetworkProxy::NoProxy, valid);
    QCOMPARE(proxy.user(), user);
    QCOMPARE(proxy.password(), password);
}

void TestEnvProxyFactory::noVariableFallsBackToSystem()
{
    EnvProxyFactory factory{QProcessEnvironment()};
    const QNetworkProxyQuery query{QUrl(QStringLiteral("https://elb.example.test/"))};
    QCOMPARE(factory.queryProxy(query), QNetworkProxyFactory::systemProxyForQuery(query));
}

QTEST_GUILESS_MAIN(TestEnvProxyFactory)
#include "tst_envproxyfactory.moc"
