#include "config/cloudsyamllocator.h"
#include "config/cloudsyamlreader.h"
#include "config/yamlsubsetparser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk;

// clouds.yaml as operators write it (otcextensions' documentation, openstacksdk's, Huawei's),
// and the ways it goes wrong. Every value is checked, so a misread secret or endpoint shows.
class TestCloudsYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void inference_data();
    void inference();
    void cloudProblems_data();
    void cloudProblems();
    void badYaml_data();
    void badYaml();
    void scalars_data();
    void scalars();
    void secureYamlIsMergedOverClouds();
    void structuresOpenstacksdkAccepts();
    void locatorSearchOrder();
    void locatorFindsFirstExisting();
    void errorsNeverQuoteSecrets();
    void mutationsGiveAResultOrALine();
};

void TestCloudsYaml::reads_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QStringList>(
        "expected"); // authUrl, username, password, domain, projectName, projectId, ak, sk, region

    QTest::newRow("otcextensions-doc")
        << QByteArray("clouds:\n"
                      "  otc:\n"
                      "    profile: otc\n"
                      "    auth:\n"
                      "      username: 'alice'\n"
                      "      password: 'p@ss: w#rd'\n"
                      "      project_name: 'eu-de_prod'\n"
                      "      user_domain_name: 'OTC00000000001000000123'\n"
                      "      auth_url: 'https://iam.eu-de.otc.t-systems.com:443/v3'\n"
                      "    interface: 'public'\n"
                      "    identity_api_version: 3\n"
                      "    ak: 'AKEXAMPLE01'\n"
                      "    sk: 'SKexample/with+chars='\n")
        << QStringLiteral("otc")
        << QStringList{QStringLiteral("https://iam.eu-de.otc.t-systems.com:443/v3"),
                       QStringLiteral("alice"),
                       QStringLiteral("p@ss: w#rd"),
                       QStringLiteral("OTC00000000001000000123"),
                       QStringLiteral("eu-de_prod"),
                       QString(),
                       QStringLiteral("AKEXAMPLE01"),
                       QStringLiteral("SKexample/with+chars="),
                       QString()};
    QTest::newRow("openstacksdk-plain-domain_name")
        << QByteArray("---\n"
                      "# my clouds\n"
                      "clouds:\n"
                      "  prod:   # production\n"
                      "    region_name: eu-nl\n"
                      "    auth:\n"
                      "      auth_url: https://iam.eu-nl.otc.t-systems.com/v3\n"
                      "      username: bob # the operator\n"
                      "      password: plain#notacomment\n"
                      "      domain_name: OTC-EU-NL-0001\n"
                      "      project_id: 0123456789abcdef0123456789abcdef\n")
        << QStringLiteral("prod")
        << QStringList{QStringLiteral("https://iam.eu-nl.otc.t-systems.com/v3"),
                       QStringLiteral("bob"),
                       QStringLiteral("plain#notacomment"),
                       QStringLiteral("OTC-EU-NL-0001"),
                       QString(),
                       QStringLiteral("0123456789abcdef0123456789abcdef"),
                       QString(),
                       QString(),
                       QStringLiteral("eu-nl")};
    QTest::newRow("huawei-double-quotes-and-escapes")
        << QByteArray("clouds:\r\n"
                      "  \"hw cloud\":\r\n"
                      "    region_name: \"ap-southeast-1\"\r\n"
                      "    auth:\r\n"
                      "      auth_url: \"https://iam.ap-southeast-1.myhuaweicloud.com/v3\"\r\n"
                      "      username: \"carol\"\r\n"
                      "      password: \"q\\\"uote\\\\back\\u00e9\"\r\n"
                      "      user_domain_name: \"hwdomain\"\r\n"
                      "      project_name: \"ap-southeast-1\"\r\n")
        << QStringLiteral("hw cloud")
        << QStringList{QStringLiteral("https://iam.ap-southeast-1.myhuaweicloud.com/v3"),
                       QStringLiteral("carol"),
                       QStringLiteral("q\"uote\\back\u00e9"),
                       QStringLiteral("hwdomain"),
                       QStringLiteral("ap-southeast-1"),
                       QString(),
                       QString(),
                       QString(),
                       QStringLiteral("ap-southeast-1")};
    QTest::newRow("single-quote-doubling-and-aksk-in-auth")
        << QByteArray("clouds:\n"
                      "    keys:\n"
                      "        auth_type: aksk\n"
                      "        auth:\n"
                      "            auth_url: https://iam.eu-de.otc.t-systems.com/v3\n"
                      "            project_name: eu-de\n"
                      "            ak: AKINSIDE\n"
                      "            sk: 'it''s secret'\n")
        << QStringLiteral("keys")
        << QStringList{QStringLiteral("https://iam.eu-de.otc.t-systems.com/v3"),
                       QString(),
                       QString(),
                       QString(),
                       QStringLiteral("eu-de"),
                       QString(),
                       QStringLiteral("AKINSIDE"),
                       QStringLiteral("it's secret"),
                       QString()};
    QTest::newRow("second-cloud-of-several")
        << QByteArray(
               "clouds:\n  a:\n    auth: {auth_url: 'https://iam.eu-de.otc.t-systems.com/v3', username: u}\n"
               "  b:\n    auth:\n      username: ''\n      password: \"\"\n")
        << QStringLiteral("b") << QStringList{QString(), QString(), QString(), QString(), QString(),
                                              QString(), QString(), QString(), QString()};
}

void TestCloudsYaml::reads()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, cloud);
    QFETCH(QStringList, expected);
    const CloudsYamlReader::Result result = CloudsYamlReader::parse(yaml);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CloudEntry *e = result.find(cloud);
    QVERIFY(e);
    const QStringList actual{e->authUrl,   e->username, e->password, e->userDomainName, e->projectName,
                             e->projectId, e->ak,       e->sk,       e->regionName};
    QCOMPARE(actual, expected);
}

void TestCloudsYaml::inference_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("iam");
    QTest::addColumn<QString>("elb");
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("projectName");

    const QByteArray user = "      username: u\n      user_domain_name: d\n";
    QTest::newRow("region from the IAM host")
        << QByteArray("clouds:\n  c:\n    auth:\n      auth_url: https://iam.eu-de.otc.t-systems.com/v3/\n") +
               user + "      project_name: eu-de_sub\n"
        << QStringLiteral("otc") << QStringLiteral("eu-de")
        << QStringLiteral("https://iam.eu-de.otc.t-systems.com")
        << QStringLiteral("https://elb.eu-de.otc.t-systems.com") << int(AuthMethod::Password)
        << QStringLiteral("eu-de_sub");
    QTest::newRow("region from the project name, IAM from the file")
        << QByteArray("clouds:\n  c:\n    auth:\n      auth_url: https://iam.example.test:8443/v3\n") + user +
               "      project_name: eu-west-0_app\n"
        << QStringLiteral("flexibleengine") << QStringLiteral("eu-west-0")
        << QStringLiteral("https://iam.example.test:8443")
        << QStringLiteral("https://elb.eu-west-0.prod-cloud-ocb.orange-business.com")
        << int(AuthMethod::Password) << QStringLiteral("eu-west-0_app");
    QTest::newRow("no auth_url: the region's IAM, project = region")
        << QByteArray("clouds:\n  c:\n    region_name: eu-de\n    auth:\n") + user << QStringLiteral("otc")
        << QStringLiteral("eu-de") << QStringLiteral("https://iam.eu-de.otc.t-systems.com")
        << QStringLiteral("https://elb.eu-de.otc.t-systems.com") << int(AuthMethod::Password)
        << QStringLiteral("eu-de");
    QTest::newRow("unknown cloud: ELB left empty")
        << QByteArray("clouds:\n  c:\n    region_name: RegionOne\n    auth:\n      auth_url: "
                      "http://keystone.lan:5000/v3\n      project_name: demo\n") +
               user
        << QStringLiteral("custom") << QStringLiteral("RegionOne")
        << QStringLiteral("http://keystone.lan:5000") << QString() << int(AuthMethod::Password)
        << QStringLiteral("demo");
    QTest::newRow("elb_endpoint_override")
        << QByteArray(
               "clouds:\n  c:\n    elb_endpoint_override: http://127.0.0.1:9999/\n    auth:\n      auth_url: "
               "http://127.0.0.1:9999/v3\n      project_name: eu-de\n") +
               user
        << QStringLiteral("otc") << QStringLiteral("eu-de") << QStringLiteral("http://127.0.0.1:9999")
        << QStringLiteral("http://127.0.0.1:9999") << int(AuthMethod::Password) << QStringLiteral("eu-de");
    QTest::newRow("ak/sk only: AK/SK")
        << QByteArray("clouds:\n  c:\n    region_name: eu-de\n    ak: A\n    sk: S\n")
        << QStringLiteral("otc") << QStringLiteral("eu-de")
        << QStringLiteral("https://iam.eu-de.otc.t-systems.com")
        << QStringLiteral("https://elb.eu-de.otc.t-systems.com") << int(AuthMethod::AkSk)
        << QStringLiteral("eu-de");
    QTest::newRow("password and ak/sk: password")
        << QByteArray("clouds:\n  c:\n    region_name: eu-de\n    ak: A\n    sk: S\n    auth:\n") + user
        << QStringLiteral("otc") << QStringLiteral("eu-de")
        << QStringLiteral("https://iam.eu-de.otc.t-systems.com")
        << QStringLiteral("https://elb.eu-de.otc.t-systems.com") << int(AuthMethod::Password)
        << QStringLiteral("eu-de");
    QTest::newRow("auth_type aksk wins") << QByteArray("clouds:\n  c:\n    auth_type: aksk\n    region_name: "
                                                       "eu-de\n    ak: A\n    sk: S\n    auth:\n") +
                                                user
                                         << QStringLiteral("otc") << QStringLiteral("eu-de")
                                         << QStringLiteral("https://iam.eu-de.otc.t-systems.com")
                                         << QStringLiteral("https://elb.eu-de.otc.t-systems.com")
                                         << int(AuthMethod::AkSk) << QStringLiteral("eu-de");
    QTest::newRow("regions list")
        << QByteArray("clouds:\n  c:\n    regions:\n    - name: eu-nl\n    - eu-de\n    auth:\n") + user
        << QStringLiteral("otc") << QStringLiteral("eu-nl")
        << QStringLiteral("https://iam.eu-nl.otc.t-systems.com")
        << QStringLiteral("https://elb.eu-nl.otc.t-systems.com") << int(AuthMethod::Password)
        << QStringLiteral("eu-nl");
}

void TestCloudsYaml::inference()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, cloud);
    QFETCH(QString, region);
    QFETCH(QString, iam);
    QFETCH(QString, elb);
    QFETCH(int, auth);
    QFETCH(QString, projectName);
    const CloudsYamlReader::Result result = CloudsYamlReader::parse(yaml);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.clouds.size(), 1);
    const CloudEntry &e = result.clouds.first();
    QVERIFY2(e.usable(), qPrintable(e.errors.join(QLatin1Char('|'))));
    const Connection c = e.toConnection();
    QCOMPARE(c.name, QStringLiteral("c"));
    QCOMPARE(c.cloud, cloud);
    QCOMPARE(c.region, region);
    QCOMPARE(c.iamEndpoint.toString(), iam);
    QCOMPARE(c.elbEndpoint.toString(), elb);
    QCOMPARE(int(c.auth), auth);
    QCOMPARE(c.projectName, projectName);
    QCOMPARE(e.elbEndpoint.isEmpty(),
             e.warnings.join(QLatin1Char('|')).contains(QLatin1String("No ELB endpoint is known")));
    const Credentials cred = e.credentials();
    QCOMPARE(cred.password.isEmpty() && cred.secretKey.isEmpty(),
             auth == int(AuthMethod::Password) ? e.password.isEmpty() : e.sk.isEmpty());
}

void TestCloudsYaml::cloudProblems_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");   // a fragment of the cloud's first error; empty: usable
    QTest::addColumn<QString>("warning"); // a fragment of some warning; empty: none checked

    QTest::newRow("missing auth_url, unknown region")
        << QByteArray("clouds:\n  c:\n    auth:\n      username: u\n      user_domain_name: d\n      "
                      "project_name: p\n")
        << QStringLiteral("auth.auth_url is missing") << QString();
    QTest::newRow("missing user")
        << QByteArray(
               "clouds:\n  c:\n    region_name: eu-de\n    auth:\n      password: pw\n      domain_name: d\n")
        << QStringLiteral("auth.username is missing") << QString();
    QTest::newRow("missing domain")
        << QByteArray("clouds:\n  c:\n    region_name: eu-de\n    auth:\n      username: u\n")
        << QStringLiteral("user_domain_name (or auth.domain_name) is missing") << QString();
    QTest::newRow("missing project")
        << QByteArray(
               "clouds:\n  c:\n    auth:\n      auth_url: https://keystone.example.test/v3\n      username: "
               "u\n      domain_name: d\n")
        << QStringLiteral("project_name (or auth.project_id) is missing") << QString();
    QTest::newRow("token auth")
        << QByteArray(
               "clouds:\n  c:\n    auth_type: token\n    region_name: eu-de\n    auth:\n      token: t\n")
        << QStringLiteral("auth_type token is not imported") << QString();
    QTest::newRow("application credential")
        << QByteArray("clouds:\n  c:\n    auth_type: v3applicationcredential\n    region_name: eu-de\n")
        << QStringLiteral("not supported") << QString();
    QTest::newRow("user_domain_id only") << QByteArray("clouds:\n  c:\n    region_name: eu-de\n    auth:\n   "
                                                       "   username: u\n      user_domain_id: x\n")
                                         << QStringLiteral("user_domain_id is not supported") << QString();
    QTest::newRow("bad auth_url") << QByteArray(
                                         "clouds:\n  c:\n    region_name: eu-de\n    auth:\n      auth_url: "
                                         "ftp://iam\n      username: u\n      domain_name: d\n")
                                  << QStringLiteral("auth_url is not an http(s) URL") << QString();
    QTest::newRow("auth not a mapping") << QByteArray("clouds:\n  c:\n    auth: yes\n")
                                        << QStringLiteral("line 3: auth must be a mapping") << QString();
    QTest::newRow("list where a value belongs")
        << QByteArray("clouds:\n  c:\n    region_name: eu-de\n    auth:\n      username: [a, b]\n      "
                      "domain_name: d\n")
        << QStringLiteral("line 5: auth.username must be a single value") << QString();
    QTest::newRow("cloud not a mapping")
        << QByteArray("clouds:\n  c: just text\n") << QStringLiteral("line 2: the cloud must be a mapping")
        << QString();
    QTest::newRow("no password: usable, warned")
        << QByteArray(
               "clouds:\n  c:\n    region_name: eu-de\n    auth:\n      username: u\n      domain_name: d\n")
        << QString() << QStringLiteral("no password in the file");
    QTest::newRow("no sk: usable, warned") << QByteArray("clouds:\n  c:\n    region_name: eu-de\n    ak: A\n")
                                           << QString() << QStringLiteral("no sk in the file");
    QTest::newRow("retired classic ELB region warned")
        << QByteArray("clouds:\n  c:\n    region_name: cn-north-4\n    ak: A\n    sk: S\n") << QString()
        << QStringLiteral("retired");
    QTest::newRow("verify false warned")
        << QByteArray("clouds:\n  c:\n    verify: false\n    region_name: eu-de\n    ak: A\n    sk: S\n")
        << QString() << QStringLiteral("verify: false");
}

void TestCloudsYaml::cloudProblems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    const CloudsYamlReader::Result result = CloudsYamlReader::parse(yaml);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.clouds.size(), 1);
    const CloudEntry &e = result.clouds.first();
    if (error.isEmpty()) {
        QVERIFY2(e.usable(), qPrintable(e.errors.join(QLatin1Char('|'))));
    } else {
        QVERIFY(!e.usable());
        QVERIFY2(e.errors.join(QLatin1Char('|')).contains(error),
                 qPrintable(e.errors.join(QLatin1Char('|'))));
    }
    if (!warning.isEmpty())
        QVERIFY2(e.warnings.join(QLatin1Char('|')).contains(warning),
                 qPrintable(e.warnings.join(QLatin1Char('|'))));
}

void TestCloudsYaml::badYaml_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("tab indentation") << QByteArray("clouds:\n\totc:\n") << 2 << QStringLiteral("tab");
    QTest::newRow("unclosed single quote") << QByteArray("clouds:\n  c:\n    auth:\n      password: 'abc\n")
                                           << 4 << QStringLiteral("closing quote");
    QTest::newRow("unclosed double quote")
        << QByteArray("clouds:\n  c:\n    x: \"abc\n") << 3 << QStringLiteral("closing quote");
    QTest::newRow("text after quote")
        << QByteArray("clouds:\n  c:\n    x: 'a' b\n") << 3 << QStringLiteral("after the closing quote");
    QTest::newRow("anchor") << QByteArray("clouds:\n  c: &base\n    x: 1\n") << 2
                            << QStringLiteral("anchors");
    QTest::newRow("alias") << QByteArray("clouds:\n  c:\n    x: *base\n") << 3 << QStringLiteral("aliases");
    QTest::newRow("merge key") << QByteArray("clouds:\n  c:\n    <<: x\n") << 3
                               << QStringLiteral("merge keys");
    QTest::newRow("block scalar") << QByteArray("clouds:\n  c:\n    password: |\n      secret\n") << 3
                                  << QStringLiteral("block scalars");
    QTest::newRow("tag") << QByteArray("clouds:\n  c:\n    x: !!str 1\n") << 3 << QStringLiteral("tags");
    QTest::newRow("duplicate key") << QByteArray("clouds:\n  c:\n    x: 1\n    x: 2\n") << 4
                                   << QStringLiteral("appears twice");
    QTest::newRow("duplicate cloud") << QByteArray("clouds:\n  c:\n    x: 1\n  c:\n    x: 2\n") << 4
                                     << QStringLiteral("appears twice");
    QTest::newRow("bad indentation") << QByteArray("clouds:\n  c:\n    x: 1\n      y: 2\n") << 4
                                     << QStringLiteral("unexpected indentation");
    QTest::newRow("multi-line plain scalar") << QByteArray("clouds:\n  c:\n    x: one\n     two\n") << 4
                                             << QStringLiteral("unexpected indentation");
    QTest::newRow("two documents") << QByteArray("---\nclouds: {}\n---\nother: 1\n") << 3
                                   << QStringLiteral("several documents");
    QTest::newRow("colon space in value")
        << QByteArray("clouds:\n  c:\n    password: a: b\n") << 3 << QStringLiteral("quote the value");
    QTest::newRow("no colon") << QByteArray("clouds:\n  c:\n    just words\n") << 3
                              << QStringLiteral("expected \"key: value\"");
    QTest::newRow("list item in a mapping")
        << QByteArray("clouds:\n  c:\n    x: 1\n    - y\n") << 4 << QStringLiteral("list item");
    QTest::newRow("bad escape") << QByteArray("clouds:\n  c:\n    x: \"\\q\"\n") << 3
                                << QStringLiteral("escape");
    QTest::newRow("signed hex escape")
        << QByteArray("clouds:\n  c:\n    x: \"\\x+1\"\n") << 3 << QStringLiteral("escape");
    QTest::newRow("bad unicode escape")
        << QByteArray("clouds:\n  c:\n    x: \"\\uD800\"\n") << 3 << QStringLiteral("escape");
    QTest::newRow("not utf-8") << QByteArray("clouds:\n  c:\n    x: \xff\xfe\n") << 3
                               << QStringLiteral("UTF-8");
    QTest::newRow("nested flow") << QByteArray("clouds: {c: {x: 1}}\n") << 1 << QStringLiteral("nested flow");
    QTest::newRow("unclosed flow") << QByteArray("clouds:\n  c: [a, b\n") << 2 << QStringLiteral("closing");
    QTest::newRow("directive") << QByteArray("%YAML 1.2\n---\nclouds: {}\n") << 1
                               << QStringLiteral("directives");
    QTest::newRow("indented start") << QByteArray("  clouds:\n") << 1 << QStringLiteral("column 1");
    QTest::newRow("complex key") << QByteArray("? clouds\n: x\n") << 1 << QStringLiteral("not supported");
    QTest::newRow("no clouds section")
        << QByteArray("client:\n  force_ipv4: true\n") << 1 << QStringLiteral("no \"clouds:\"");
    QTest::newRow("clouds is a list")
        << QByteArray("clouds:\n- a\n") << 1 << QStringLiteral("one entry per cloud");
    QTest::newRow("empty") << QByteArray("# nothing\n\n") << 1 << QStringLiteral("no clouds");
    QTest::newRow("top-level scalar")
        << QByteArray("hello\n") << 1 << QStringLiteral("expected \"key: value\"");
    QTest::newRow("control character") << QByteArray("clouds:\n  c:\n    x: a\x01"
                                                     "b\n")
                                       << 3 << QStringLiteral("control character");
    QString deep = QStringLiteral("clouds:\n");
    for (int i = 0; i < 200; ++i)
        deep += QString(i * 2 + 2, QLatin1Char(' ')) + QStringLiteral("k%1:\n").arg(i);
    QTest::newRow("nested too deeply") << deep.toUtf8() << 66 << QStringLiteral("too deeply");
}

void TestCloudsYaml::badYaml()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const CloudsYamlReader::Result result = CloudsYamlReader::parse(yaml);
    QVERIFY(!result.ok());
    QVERIFY(result.clouds.isEmpty());
    QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
    QCOMPARE(result.errorLine, line);
    if (result.error.startsWith(QLatin1String("line")))
        QVERIFY2(result.error.startsWith(QStringLiteral("line %1:").arg(line)), qPrintable(result.error));
}

void TestCloudsYaml::scalars_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("isNull");

    QTest::newRow("plain") << QByteArray("abc") << QStringLiteral("abc") << false;
    QTest::newRow("plain with inner spaces") << QByteArray("a b  c   ") << QStringLiteral("a b  c") << false;
    QTest::newRow("plain with comment") << QByteArray("abc   # note") << QStringLiteral("abc") << false;
    QTest::newRow("hash inside plain") << QByteArray("a#b") << QStringLiteral("a#b") << false;
    QTest::newRow("url") << QByteArray("https://h:1/v3?a=b") << QStringLiteral("https://h:1/v3?a=b") << false;
    QTest::newRow("single quoted hash") << QByteArray("'a # b'") << QStringLiteral("a # b") << false;
    QTest::newRow("double quoted colon") << QByteArray("\"a: b\"  # c") << QStringLiteral("a: b") << false;
    QTest::newRow("empty single") << QByteArray("''") << QString() << false;
    QTest::newRow("tilde is null") << QByteArray("~") << QString() << true;
    QTest::newRow("null") << QByteArray("null") << QString() << true;
    QTest::newRow("yes stays text") << QByteArray("yes") << QStringLiteral("yes") << false;
    QTest::newRow("number stays text") << QByteArray("0012") << QStringLiteral("0012") << false;
    QTest::newRow("escapes") << QByteArray("\"\\t\\n\\x41\\/\\U0001F600\"")
                             << (QStringLiteral("\t\nA/") + QString::fromUcs4(U"\U0001F600", 1)) << false;
    QTest::newRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f") << QStringLiteral("gr\u00fc\u00df") << false;
}

void TestCloudsYaml::scalars()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QFETCH(bool, isNull);
    const YamlSubsetParser::Result result =
        YamlSubsetParser::parse(QByteArray("\xef\xbb\xbfkey: ") + value + '\n');
    QVERIFY2(result.ok(), qPrintable(result.error));
    const YamlNode *node = result.root.value(QStringLiteral("key"));
    QVERIFY(node);
    QCOMPARE(node->kind == YamlNode::Kind::Null, isNull);
    QCOMPARE(node->scalar, expected);
}

void TestCloudsYaml::secureYamlIsMergedOverClouds()
{
    const QByteArray clouds =
        "clouds:\n  otc:\n    region_name: eu-de\n    auth:\n      username: u\n"
        "      password: from-clouds\n      user_domain_name: d\n  other:\n    region_name: eu-de\n";
    const QByteArray secure = "clouds:\n  otc:\n    auth:\n      password: from-secure\n    sk: SECURESK\n";
    const CloudsYamlReader::Result result = CloudsYamlReader::parse(clouds, secure);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.clouds.size(), 2);
    const CloudEntry *otc = result.find(QStringLiteral("otc"));
    QVERIFY(otc);
    QCOMPARE(otc->password, QStringLiteral("from-secure"));
    QCOMPARE(otc->username, QStringLiteral("u"));
    QCOMPARE(otc->sk, QStringLiteral("SECURESK"));
    const CloudsYamlReader::Result broken = CloudsYamlReader::parse(clouds, "clouds:\n\tx: 1\n");
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error.startsWith(QLatin1String("secure.yaml: line 2:")), qPrintable(broken.error));
}

void TestCloudsYaml::structuresOpenstacksdkAccepts()
{
    // Compact sequences, sequences of mappings, flow collections, "..." end, comments everywhere.
    const QByteArray yaml = "clouds:   # all\n"
                            "  a:\n"
                            "    regions:\n"
                            "      - name: eu-de\n"
                            "        values: {a: 1, b: 'x, y'}\n"
                            "      -\n"
                            "        name: eu-nl\n"
                            "    tags: [one, 'two', \"three\", ~]\n"
                            "    empty_map: {}\n"
                            "    empty_list: []\n"
                            "    nothing:\n"
                            "  'b':\n"
                            "    list:\n"
                            "    - - nested\n"
                            "      - seq\n"
                            "...\n"
                            "# trailing comment\n";
    const YamlSubsetParser::Result result = YamlSubsetParser::parse(yaml);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const YamlNode *clouds = result.root.value(QStringLiteral("clouds"));
    QVERIFY(clouds && clouds->isMap());
    QCOMPARE(clouds->map.size(), 2);
    const YamlNode *a = clouds->value(QStringLiteral("a"));
    QVERIFY(a);
    const YamlNode *regions = a->value(QStringLiteral("regions"));
    QVERIFY(regions);
    QCOMPARE(regions->seq.size(), 2);
    QCOMPARE(regions->seq.at(0).text(QStringLiteral("name")), QStringLiteral("eu-de"));
    QCOMPARE(regions->seq.at(0).value(QStringLiteral("values"))->text(QStringLiteral("b")),
             QStringLiteral("x, y"));
    QCOMPARE(regions->seq.at(1).text(QStringLiteral("name")), QStringLiteral("eu-nl"));
    QCOMPARE(regions->seq.at(1).line, 6);
    const YamlNode *tags = a->value(QStringLiteral("tags"));
    QCOMPARE(tags->seq.size(), 4);
    QCOMPARE(tags->seq.at(2).scalar, QStringLiteral("three"));
    QCOMPARE(tags->seq.at(3).kind, YamlNode::Kind::Null);
    QCOMPARE(a->value(QStringLiteral("empty_map"))->kind, YamlNode::Kind::Map);
    QCOMPARE(a->value(QStringLiteral("empty_list"))->kind, YamlNode::Kind::Seq);
    QCOMPARE(a->value(QStringLiteral("nothing"))->kind, YamlNode::Kind::Null);
    const YamlNode *list = clouds->value(QStringLiteral("b"))->value(QStringLiteral("list"));
    QVERIFY(list);
    QCOMPARE(list->seq.size(), 1);
    QCOMPARE(list->seq.at(0).seq.size(), 2);
    QCOMPARE(list->seq.at(0).seq.at(1).scalar, QStringLiteral("seq"));
}

void TestCloudsYaml::locatorSearchOrder()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), QStringLiteral("/x/my.yaml"));
    const QStringList clouds =
        CloudsYamlLocator::cloudsCandidates(env, QStringLiteral("/work"), QStringLiteral("/home/u"));
    const QStringList expected{QStringLiteral("/x/my.yaml"),
                               QStringLiteral("/work/clouds.yaml"),
                               QStringLiteral("/work/clouds.yml"),
                               QStringLiteral("/home/u/.config/openstack/clouds.yaml"),
                               QStringLiteral("/home/u/.config/openstack/clouds.yml"),
                               QStringLiteral("/etc/openstack/clouds.yaml"),
                               QStringLiteral("/etc/openstack/clouds.yml")};
    QCOMPARE(clouds, expected);
    QProcessEnvironment xdg;
    xdg.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/cfg"));
    const QStringList secure =
        CloudsYamlLocator::secureCandidates(xdg, QStringLiteral("/work"), QStringLiteral("/home/u"));
    QCOMPARE(secure.at(2), QStringLiteral("/cfg/openstack/secure.yaml"));
    QCOMPARE(secure.at(4), QStringLiteral("/home/u/.config/openstack/secure.yaml"));
    QCOMPARE(secure.last(), QStringLiteral("/etc/openstack/secure.yml"));
}

void TestCloudsYaml::locatorFindsFirstExisting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.config/openstack")));
    QVERIFY(QDir().mkpath(cwd));
    const auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(home + QStringLiteral("/.config/openstack/clouds.yaml"), "clouds: {}\n"));
    QVERIFY(write(home + QStringLiteral("/.config/openstack/secure.yaml"), "clouds: {}\n"));
    CloudsYamlLocator::Found found = CloudsYamlLocator::locate(QProcessEnvironment(), cwd, home);
    QCOMPARE(found.cloudsFile, home + QStringLiteral("/.config/openstack/clouds.yaml"));
    QCOMPARE(found.secureFile, home + QStringLiteral("/.config/openstack/secure.yaml"));
    QVERIFY(write(cwd + QStringLiteral("/clouds.yml"), "clouds: {}\n"));
    found = CloudsYamlLocator::locate(QProcessEnvironment(), cwd, home);
    QCOMPARE(found.cloudsFile, cwd + QStringLiteral("/clouds.yml"));
    QByteArray content;
    QString error;
    QVERIFY(CloudsYamlLocator::readFile(found.cloudsFile, &content, &error));
    QCOMPARE(content, QByteArray("clouds: {}\n"));
    QVERIFY(!CloudsYamlLocator::readFile(found.cloudsFile, &content, &error, 4));
    QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    QVERIFY(!CloudsYamlLocator::readFile(cwd + QStringLiteral("/missing.yaml"), &content, &error));
    QVERIFY2(error.contains(QLatin1String("missing.yaml")), qPrintable(error));
}

void TestCloudsYaml::errorsNeverQuoteSecrets()
{
    const QByteArray yaml =
        "clouds:\n  c:\n    auth_type: mystery\n    auth:\n      password: [s3cr3t-value]\n"
        "    sk: {k: s3cr3t-value}\n";
    const CloudsYamlReader::Result result = CloudsYamlReader::parse(yaml);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CloudEntry &e = result.clouds.first();
    QVERIFY(!e.errors.isEmpty());
    QVERIFY(!(e.errors + e.warnings).join(QLatin1Char('|')).contains(QLatin1String("s3cr3t")));
    const CloudsYamlReader::Result bad =
        CloudsYamlReader::parse("clouds:\n  c:\n    password: 's3cr3t-value\n");
    QVERIFY(!bad.ok());
    QVERIFY(!bad.error.contains(QLatin1String("s3cr3t")));
}

void TestCloudsYaml::mutationsGiveAResultOrALine()
{
    // Not the fuzzer (that is the libFuzzer targets): a fixed-seed smoke run so a crash or a hang shows here
    // first. Every outcome is either clouds or an error naming a line of the input.
    const QByteArray seed =
        "---\nclouds:\n  a:\n    region_name: eu-de\n    auth: {auth_url: 'https://x/v3', u: \"v\"}\n"
        "    regions:\n    - name: x\n    - [a, 'b']\n    sk: 'it''s'\n  b:\n    ak: A # c\n...\n";
    const QByteArray alphabet = " \t\n:-#'\"[]{},&*!|>%?\\ab0~";
    QRandomGenerator random(20261128);
    int errors = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray input = seed;
        const int edits = 1 + int(random.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(input.size() + 1));
            const char c = alphabet.at(int(random.bounded(alphabet.size())));
            switch (random.bounded(3)) {
            case 0:
                input.insert(at, c);
                break;
            case 1:
                if (at < input.size())
                    input[at] = c;
                break;
            default:
                input.remove(at, 1 + int(random.bounded(3)));
            }
        }
        const CloudsYamlReader::Result result = CloudsYamlReader::parse(input);
        if (!result.ok()) {
            ++errors;
            QVERIFY2(result.clouds.isEmpty(), input.constData());
            QVERIFY2(result.errorLine >= 1 && result.errorLine <= input.count('\n') + 1,
                     qPrintable(QString::fromUtf8(input) + result.error));
        }
    }
    QVERIFY(errors > 0); // the mutations do reach the error paths
}

QTEST_GUILESS_MAIN(TestCloudsYaml)
#include "tst_cloudsyaml.moc"
