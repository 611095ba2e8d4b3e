// The emulator as a separate process (tests/support EmulatorProcess) and its command line.

#include "api/ids.h"
#include "emulatorprocess.h"
#include "emulatortesthttp.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

class TestEmulatorProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndReportsAddressAndProject();
    void controlApiThroughTheProcess();
    void serveHttps();
    void helpAndBadArguments();
    void parsesOptions();
};

void TestEmulatorProcess::startsAndReportsAddressAndProject()
{
    EmulatorProcess emulator({QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QCOMPARE(emulator.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(emulator.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(emulator.baseUrl().port() > 0);
    QVERIFY(Ids::isHexId(emulator.projectId()));
    QCOMPARE(emulator.state().value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString(),
             emulator.projectId());
    // Same seed, same project id in-process and out of process.
    Emulator::EmulatorOptions options;
    options.seed = 3;
    Emulator::EmulatorServer inProcess(options);
    QCOMPARE(inProcess.projectId(), emulator.projectId());
}

void TestEmulatorProcess::controlApiThroughTheProcess()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.2")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QCOMPARE(emulator.requests().size(), 0);

    TestHttp http(emulator.baseUrl());
    http.setToken(http.issueToken());
    const QString listeners = QStringLiteral("/v1.0/%1/elbaas/listeners").arg(emulator.projectId());
    QCOMPARE(http.get(listeners).status, 200);
    QJsonArray log = emulator.requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("path")).toString(), listeners);

    QVERIFY(emulator.addFaultRules(QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/listeners")},
                                                          {QStringLiteral("kind"), QStringLiteral("503")}}}));
    QCOMPARE(http.get(listeners).status, 503);
    QCOMPARE(http.get(listeners).status, 200);
    QVERIFY(!emulator.addFaultRules(QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("nonsense")}}}));

    QVERIFY(emulator.expireTokens());
    QCOMPARE(http.get(listeners).status, 401);
    QVERIFY(emulator.clearRequests());
    QCOMPARE(emulator.requests().size(), 0);
    QVERIFY(emulator.state().value(QStringLiteral("listeners")).toArray().size() == 14);
}

void TestEmulatorProcess::serveHttps()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is needed to make a test certificate");
    QTemporaryDir dir;
    QProcess make;
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                         QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);

    EmulatorProcess emulator({QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                              dir.filePath(QStringLiteral("key.pem"))});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QCOMPARE(emulator.baseUrl().scheme(), QStringLiteral("https"));
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(emulator.baseUrl())));
    connect(reply.get(), &QNetworkReply::sslErrors, reply.get(), [&reply]() { reply->ignoreSslErrors(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("\"v1.0\""));
    QCOMPARE(emulator.requests().size(), 1);
}

void TestEmulatorProcess::helpAndBadArguments()
{
    QProcess help;
    help.start(QStringLiteral(ELBDESK_EMULATOR_BIN), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *needle : {"--fault-script", "--large-listener", "--job-seconds", "--retired", "sandbox-password",
                               "SANDBOXACCESSKEY0001", "/_sandbox/requests", "/_sandbox/faults", "expire-token", "ELB.2012",
                               "\"retry_after\"", "(default 3)"}) {
        QVERIFY2(text.contains(needle), needle);
    }

    for (const QStringList &args : {QStringList{QStringLiteral("--faults"), QStringLiteral("explode")},
                                    QStringList{QStringLiteral("--lbs"), QStringLiteral("zero")},
                                    QStringList{QStringLiteral("--fault-rate"), QStringLiteral("0.5")},
                                    QStringList{QStringLiteral("--user"), QStringLiteral("nopassword")}}) {
        QProcess bad;
        bad.start(QStringLiteral(ELBDESK_EMULATOR_BIN), args);
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardOutput().isEmpty());
    }
    EmulatorProcess missingScript({QStringLiteral("--fault-script"), QStringLiteral("/nonexistent/faults.json")});
    QVERIFY(!missingScript.isRunning());
}

void TestEmulatorProcess::parsesOptions()
{
    Emulator::EmulatorOptions o;
    QString error;
    const QStringList args{QStringLiteral("emu"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
                           QStringLiteral("8443"), QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--lbs"),
                           QStringLiteral("2"), QStringLiteral("--listeners"), QStringLiteral("1"), QStringLiteral("--members"),
                           QStringLiteral("5"), QStringLiteral("--large-listener"), QStringLiteral("1000"),
                           QStringLiteral("--job-seconds"), QStringLiteral("0.25"), QStringLiteral("--token-lifetime"),
                           QStringLiteral("60"), QStringLiteral("--user"), QStringLiteral("a:b:c"), QStringLiteral("--aksk"),
                           QStringLiteral("K:S"), QStringLiteral("--fault-rate"), QStringLiteral("0.3"), QStringLiteral("--faults"),
                           QStringLiteral("429,drop,expire-token"), QStringLiteral("--fault-seed"), QStringLiteral("5"),
                           QStringLiteral("--faults-iam"), QStringLiteral("--retry-after"), QStringLiteral("4"),
                           QStringLiteral("--stall-ms"), QStringLiteral("100"), QStringLiteral("--retired")};
    QVERIFY2(Emulator::EmulatorOptions::fromCommandLine(args, &o, &error), qPrintable(error));
    QCOMPARE(o.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(o.port, quint16(8443));
    QCOMPARE(o.seed, 9u);
    QCOMPARE(o.loadBalancers, 2);
    QCOMPARE(o.listenersPerLb, 1);
    QCOMPARE(o.membersPerListener, 5);
    QCOMPARE(o.largeListenerMembers, 1000);
    QCOMPARE(o.jobSeconds, 0.25);
    QCOMPARE(o.tokenLifetimeSeconds, 60.0);
    QCOMPARE(o.effectiveUsers().size(), 1);
    QCOMPARE(o.effectiveUsers().at(0).domain, QStringLiteral("c"));
    QCOMPARE(o.effectiveAccessKeys().at(0).domain, QStringLiteral("sandbox-domain"));
    QCOMPARE(o.faultKinds, QStringList({QStringLiteral("429"), QStringLiteral("drop"), QStringLiteral("expire-token")}));
    QCOMPARE(o.faultSeed, 5u);
    QVERIFY(o.faultsIam && o.retired);
    QCOMPARE(o.retryAfterSeconds, 4);
    QCOMPARE(o.stallMs, 100);

    const Emulator::EmulatorOptions defaults = Emulator::EmulatorOptions::fromCommandLine(QStringList{QStringLiteral("emu")});
    QCOMPARE(defaults.loadBalancers, 3);
    QCOMPARE(defaults.listenersPerLb, 4);
    QCOMPARE(defaults.membersPerListener, 20);
    QCOMPARE(defaults.jobSeconds, 3.0);
    QCOMPARE(defaults.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!Emulator::EmulatorOptions::fromCommandLine({QStringLiteral("emu"), QStringLiteral("--tls-cert"), QStringLiteral("x")},
                                                        &o, &error));
}

QTEST_GUILESS_MAIN(TestEmulatorProcess)
#include "tst_emulatorprocess.moc"
