// elbdesk-cli through an HTTPS proxy (CONNECT), chosen by HTTPS_PROXY, bypassed by NO_PROXY.
// The proxy is a few lines of QTcpServer in this test; it tunnels every CONNECT to the emulator
// (served over TLS with a throwaway certificate for a name that does not resolve), so a request
// that reaches the emulator can only have come through the proxy.

#include "cliprocess.h"
#include "emulatorprocess.h"

#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk::Test;

namespace {

const QString kHost = QStringLiteral("elb.proxy-test.invalid");

// Accepts "CONNECT host:port", answers 200 and pipes bytes to 127.0.0.1:targetPort.
class ConnectProxy : public QObject
{
public:
    explicit ConnectProxy(quint16 targetPort) : m_targetPort(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QStringList connects;   // the request lines seen
    QByteArrayList headers; // everything before the tunnel, for the credentials check

private:
    void serve(QTcpSocket *client)
    {
        client->setParent(this);
        auto *buffer = new QByteArray;
        QObject::connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return;
            buffer->append(client->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            headers << buffer->left(end);
            const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
            connects << QString::fromLatin1(requestLine);
            if (!requestLine.startsWith("CONNECT ")) {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QByteArray rest = buffer->mid(end + 4);
            client->setProperty("tunnel", true);
            auto *upstream = new QTcpSocket(client);
            QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    upstream->write(rest);
                QObject::connect(client, &QTcpSocket::readyRead, upstream,
                                 [client, upstream] { upstream->write(client->readAll()); });
                if (client->bytesAvailable() > 0)
                    upstream->write(client->readAll());
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [client, upstream] { client->write(upstream->readAll()); });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        });
    }

    QTcpServer m_server;
    quint16 m_targetPort;
};

} // namespace

class TestCliProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void proxy_data();
    void proxy();

private:
    // Runs the CLI without blocking this thread: the proxy lives on its event loop.
    struct Run
    {
        int exitCode = -1;
        QByteArray err;
    };
    Run runCli(const QProcessEnvironment &env);

    QTemporaryDir m_dir;
    QString m_cert;
    std::unique_ptr<EmulatorProcess> m_emulator;
};

void TestCliProxy::initTestCase()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is needed to make the throwaway certificate");
    QVERIFY(m_dir.isValid());
    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess gen;
    gen.start(openssl,
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
               QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
               QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_cert, QStringLiteral("-days"),
               QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + kHost,
               QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:") + kHost});
    QVERIFY(gen.waitForFinished(30000));
    QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
    m_emulator = std::make_unique<EmulatorProcess>(
        QStringList{QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), key});
    QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->errorString()));
}

void TestCliProxy::cleanupTestCase()
{
    m_emulator.reset();
}

TestCliProxy::Run TestCliProxy::runCli(const QProcessEnvironment &env)
{
    const QString endpoint = QStringLiteral("https://%1:%2").arg(kHost).arg(m_emulator->baseUrl().port());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ELBDESK_CLI_BIN),
                  {QStringLiteral("--elb-endpoint"), endpoint, QStringLiteral("--iam-endpoint"), endpoint,
                   QStringLiteral("--ca-file"), m_cert, QStringLiteral("loadbalancers")});
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 90000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    return run;
}

void TestCliProxy::proxy_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<bool>("throughProxy");
    QTest::newRow("HTTPS_PROXY") << QStringLiteral("HTTPS_PROXY") << QString() << true;
    QTest::newRow("https_proxy with credentials") << QStringLiteral("https_proxy") << QString() << true;
    QTest::newRow("ALL_PROXY") << QStringLiteral("ALL_PROXY") << QString() << true;
    QTest::newRow("NO_PROXY suffix bypasses")
        << QStringLiteral("HTTPS_PROXY") << QStringLiteral(".proxy-test.invalid") << false;
    QTest::newRow("no_proxy host:port bypasses")
        << QStringLiteral("HTTPS_PROXY") << QStringLiteral("PORT") << false;
}

void TestCliProxy::proxy()
{
    QFETCH(QString, variable);
    QFETCH(QString, noProxy);
    QFETCH(bool, throughProxy);
    ConnectProxy proxy(quint16(m_emulator->baseUrl().port()));
    QVERIFY(proxy.port() > 0);
    QProcessEnvironment env = CliProcess::sandboxPasswordEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("elbdesk.*.debug=true"));
    const QByteArray proxyPassword = "proxy-pw-" + QByteArray::number(proxy.port());
    const QString userInfo = variable == QLatin1String("https_proxy")
                                 ? QStringLiteral("op:%1@").arg(QString::fromLatin1(proxyPassword))
                                 : QString();
    env.insert(variable,
               QStringLiteral("http://") + userInfo + QStringLiteral("127.0.0.1:%1").arg(proxy.port()));
    if (noProxy == QLatin1String("PORT"))
        env.insert(QStringLiteral("no_proxy"),
                   QStringLiteral("other.test,%1:%2").arg(kHost).arg(m_emulator->baseUrl().port()));
    else if (!noProxy.isEmpty())
        env.insert(QStringLiteral("NO_PROXY"), noProxy);

    const Run run = runCli(env);
    if (throughProxy) {
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!proxy.connects.isEmpty());
        for (const QString &line : proxy.connects)
            QCOMPARE(line,
                     QStringLiteral("CONNECT %1:%2 HTTP/1.1").arg(kHost).arg(m_emulator->baseUrl().port()));
        QVERIFY2(!run.err.contains(proxyPassword),
                 run.err.constData()); // debug logs on, password never in them
    } else {
        // Direct: the name does not resolve, so the CLI fails with a network error, and the proxy saw
        // nothing.
        QVERIFY2(run.exitCode == 5, run.err.constData());
        QVERIFY(proxy.connects.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCliProxy)
#include "tst_cli_proxy.moc"
