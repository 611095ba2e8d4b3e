// TLS and plain HTTP with real sockets: a self-signed certificate is refused with a clear message
// (and no HTTP request, so no token, crosses the untrusted channel) unless the connection's CA file
// holds that certificate; plain http to a host that is not loopback is refused before any
// connection is attempted, proven by a server on this machine's own non-loopback address that
// never sees one.
#include "api/listloadbalancersrequest.h"
#include "documentedexamples.h"
#include "hostilefixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QSslSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(ELBDESK_TEST_DATA "/") + QLatin1String(name);
}

bool loadPair(QSslCertificate *cert, QSslKey *key)
{
    QFile c(dataFile("selfsigned.pem"));
    QFile k(dataFile("selfsigned.key"));
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return false;
    *cert = QSslCertificate(c.readAll(), QSsl::Pem);
    *key = QSslKey(k.readAll(), QSsl::Rsa, QSsl::Pem);
    return !cert->isNull() && !key->isNull();
}

QHostAddress ownNonLoopbackAddress()
{
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : all) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isNull())
            return a;
    }
    return QHostAddress();
}

#define VERIFY_WORDS(text)                                                                                   \
    do {                                                                                                     \
        QString why_;                                                                                        \
        QVERIFY2(isClearWords((text), &why_), qPrintable(why_));                                             \
    } while (false)

} // namespace

class tst_HostileTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selfSignedCertificate_data();
    void selfSignedCertificate();
    void unusableCaFileIsSaidSo_data();
    void unusableCaFileIsSaidSo();
    void plainHttpToOwnNonLoopbackAddressNeverConnects();
    void plainHttpRefusedAtOnce_data();
    void plainHttpRefusedAtOnce();

private:
    QSslCertificate m_cert;
    QSslKey m_key;
};

void tst_HostileTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QVERIFY(loadPair(&m_cert, &m_key));
}

void tst_HostileTls::selfSignedCertificate_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("default trust store: refused") << QString() << false;
    QTest::newRow("an unrelated CA file: refused") << dataFile("other-ca.pem") << false;
    QTest::newRow("the operator added this CA: accepted") << dataFile("selfsigned.pem") << true;
}

void tst_HostileTls::selfSignedCertificate()
{
    QFETCH(QString, caFile);
    QFETCH(bool, trusted);
    HostileServer server;
    QVERIFY(server.listenTls(m_cert, m_key));
    server.setHandler([](HostileConnection *c) { c->respond(200, Examples::kLbList); });
    Connection connection = hostileConnection(server.baseUrl());
    connection.caFile = caFile;
    RealClient real(connection, fastRetryPolicy());
    QCOMPARE(real.client.loadCaFile(), QString());
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    QVERIFY(server.connectionCount() >= 1); // it did reach the server: the refusal is the certificate's
    if (trusted) {
        QVERIFY2(!run.error.isError(), qPrintable(run.error.describe()));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().first().header("X-Auth-Token"), hostileToken().toLatin1());
        return;
    }
    QCOMPARE(run.error.kind, ApiError::Kind::Network);
    QCOMPARE(run.error.code, QStringLiteral("tls"));
    const QString text = run.error.describe();
    QVERIFY2(text.contains(QLatin1String("not trusted")) &&
                 text.contains(QLatin1String("add its CA certificate")) &&
                 text.contains(QLatin1String("127.0.0.1")),
             qPrintable(text));
    VERIFY_WORDS(text);
    // A certificate problem does not heal by retrying, and no HTTP request (no token) crossed.
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(server.connectionCount(), 1);
}

void tst_HostileTls::unusableCaFileIsSaidSo_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("words");
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/ca.pem")
                                  << QStringLiteral("cannot read the CA file");
    QTest::newRow("a private key, not a certificate")
        << dataFile("selfsigned.key") << QStringLiteral("holds no PEM certificate");
}

void tst_HostileTls::unusableCaFileIsSaidSo()
{
    QFETCH(QString, caFile);
    QFETCH(QString, words);
    Connection connection = hostileConnection(QUrl(QStringLiteral("https://127.0.0.1:1")));
    connection.caFile = caFile;
    RealClient real(connection);
    const QString error = real.client.loadCaFile();
    QVERIFY2(error.contains(words), qPrintable(error));
    VERIFY_WORDS(error);
}

void tst_HostileTls::plainHttpToOwnNonLoopbackAddressNeverConnects()
{
    const QHostAddress own = ownNonLoopbackAddress();
    if (own.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    HostileServer server;
    QVERIFY(server.listen(own));
    server.setHandler([](HostileConnection *c) { c->respond(200, Examples::kLbList); });

    // Control: the address is reachable — https to it does connect (and fails the handshake).
    QUrl https = server.baseUrl();
    https.setScheme(QStringLiteral("https"));
    {
        RealClient control(hostileConnection(https));
        RequestRun run;
        QVERIFY(runToEnd(new ListLoadBalancersRequest(&control.client), &run));
        QVERIFY(run.error.isError());
        QTRY_VERIFY(server.connectionCount() >= 1);
    }
    server.clear();

    RealClient real(hostileConnection(server.baseUrl()));
    QElapsedTimer clock;
    clock.start();
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Refused);
    QVERIFY2(run.error.message.contains(QLatin1String("plain http")) &&
                 run.error.message.contains(QLatin1String("https")),
             qPrintable(run.error.message));
    QVERIFY2(run.error.message.contains(own.toString()), qPrintable(run.error.message));
    VERIFY_WORDS(run.error.describe());
    QTest::qWait(200);
    QCOMPARE(server.connectionCount(), 0);
    QCOMPARE(server.requestCount(), 0);
}

void tst_HostileTls::plainHttpRefusedAtOnce_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("TEST-NET address") << QStringLiteral("http://192.0.2.1:8080");
    QTest::newRow("private address") << QStringLiteral("http://10.255.255.1");
    QTest::newRow("IPv6 documentation address") << QStringLiteral("http://[2001:db8::1]:80");
    QTest::newRow("a name (no DNS lookup either)") << QStringLiteral("http://elb.invalid");
    QTest::newRow("a name that looks like loopback") << QStringLiteral("http://127.0.0.1.invalid");
    QTest::newRow("IPv4-mapped IPv6 of a public address") << QStringLiteral("http://[::ffff:192.0.2.1]");
}

void tst_HostileTls::plainHttpRefusedAtOnce()
{
    QFETCH(QString, endpoint);
    RealClient real(hostileConnection(QUrl(endpoint), 30000), fastRetryPolicy());
    QElapsedTimer clock;
    clock.start();
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&real.client), &run));
    // A connection attempt would have waited for the 30 s transfer timeout (or a DNS failure, then
    // retries); a refusal before connecting is immediate, not retried, and says why.
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(run.error.kind, ApiError::Kind::Refused);
    QVERIFY2(run.error.message.contains(QLatin1String("plain http")), qPrintable(run.error.message));
    VERIFY_WORDS(run.error.describe());
}

QTEST_GUILESS_MAIN(tst_HostileTls)
#include "tst_hostiletls.moc"
