// The id and address checks every URL path and every re-add body goes through.
#include "api/ids.h"

#include <QTest>

using namespace ElbDesk;

class tst_Ids : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("private") << QStringLiteral("10.0.0.1") << true;
        QTest::newRow("three digits") << QStringLiteral("192.168.1.215") << true;
        QTest::newRow("zeros") << QStringLiteral("0.0.0.0") << true;
        QTest::newRow("all 255") << QStringLiteral("255.255.255.255") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("::1") << true;
        QTest::newRow("ipv6") << QStringLiteral("fd00:10::2") << true;
        // Found by fuzz_members: octal to some parsers, decimal to others.
        QTest::newRow("leading zero 010") << QStringLiteral("010.0.0.1") << false;
        QTest::newRow("leading zero 092") << QStringLiteral("092.168.1.215") << false;
        QTest::newRow("leading zero last") << QStringLiteral("10.0.0.01") << false;
        QTest::newRow("shorthand") << QStringLiteral("10.1") << false;
        QTest::newRow("one number") << QStringLiteral("97444148") << false;
        QTest::newRow("256") << QStringLiteral("256.0.0.1") << false;
        QTest::newRow("five parts") << QStringLiteral("1.2.3.4.5") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading space") << QStringLiteral(" 10.0.0.1") << false;
        QTest::newRow("trailing space") << QStringLiteral("10.0.0.1 ") << false;
        QTest::newRow("ipv6 with space") << QStringLiteral(" ::1") << false;
        QTest::newRow("ipv6 zone") << QStringLiteral("fe80::1%eth0") << false;
        QTest::newRow("sign") << QStringLiteral("+10.0.0.1") << false;
        QTest::newRow("letters") << QStringLiteral("a.b.c.d") << false;
        QTest::newRow("host name") << QStringLiteral("ecs-web-01") << false;
    }

    void ipAddress()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(Ids::isIpAddress(address), valid);
    }

    void hexId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("32 hex") << QStringLiteral("0123456789abcdef0123456789abcdef") << true;
        QTest::newRow("upper case") << QStringLiteral("0123456789ABCDEF0123456789ABCDEF") << false;
        QTest::newRow("31") << QStringLiteral("0123456789abcdef0123456789abcde") << false;
        QTest::newRow("33") << QStringLiteral("0123456789abcdef0123456789abcdef0") << false;
        QTest::newRow("path") << QStringLiteral("../../x") << false;
        QTest::newRow("query") << QStringLiteral("0123456789abcdef0123456789abcd?x") << false;
    }

    void hexId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(Ids::isHexId(id), valid);
    }
};

QTEST_GUILESS_MAIN(tst_Ids)
#include "tst_ids.moc"
