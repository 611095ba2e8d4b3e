// MemberIdSet: ids as the API writes them (32 lower-case hex) are kept as 128-bit keys, anything
// else as text; either way the set must tell exactly the same ids apart as a QSet<QString> would.
#include "model/memberidset.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace ElbDesk;

class tst_MemberIdSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hexKey_data();
    void hexKey();
    void agreesWithAStringSet_data();
    void agreesWithAStringSet();
};

void tst_MemberIdSet::hexKey_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("isKey");
    QTest::addColumn<quint64>("high");
    QTest::addColumn<quint64>("low");
    QTest::newRow("api id") << QStringLiteral("a824584fb3ba4d39ba0cf372c7cbbb67") << true
                            << Q_UINT64_C(0xa824584fb3ba4d39) << Q_UINT64_C(0xba0cf372c7cbbb67);
    QTest::newRow("zeros") << QString(32, QLatin1Char('0')) << true << quint64(0) << quint64(0);
    QTest::newRow("upper case is text")
        << QStringLiteral("A824584FB3BA4D39BA0CF372C7CBBB67") << false << quint64(0) << quint64(0);
    QTest::newRow("31 characters") << QStringLiteral("a824584fb3ba4d39ba0cf372c7cbbb6") << false << quint64(0)
                                   << quint64(0);
    QTest::newRow("33 characters") << QStringLiteral("a824584fb3ba4d39ba0cf372c7cbbb670") << false
                                   << quint64(0) << quint64(0);
    QTest::newRow("dashed uuid") << QStringLiteral("a824584f-b3ba-4d39-ba0c-f372c7cbbb67") << false
                                 << quint64(0) << quint64(0);
    QTest::newRow("g in it") << QStringLiteral("g824584fb3ba4d39ba0cf372c7cbbb67") << false << quint64(0)
                             << quint64(0);
    QTest::newRow("non-latin digit") << QStringLiteral("a824584fb3ba4d39ba0cf372c7cbbb6\u0663") << false
                                     << quint64(0) << quint64(0);
    QTest::newRow("empty") << QString() << false << quint64(0) << quint64(0);
}

void tst_MemberIdSet::hexKey()
{
    QFETCH(QString, id);
    QFETCH(bool, isKey);
    QFETCH(quint64, high);
    QFETCH(quint64, low);
    MemberIdSet::HexKey key;
    QCOMPARE(MemberIdSet::hexKey(id, &key), isKey);
    if (isKey) {
        QCOMPARE(key.high, high);
        QCOMPARE(key.low, low);
    }
}

void tst_MemberIdSet::agreesWithAStringSet_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("textEvery"); // every n-th id is not 32 lower-case hex (0: none)
    QTest::newRow("api ids") << 20000 << 0;
    QTest::newRow("mixed") << 5000 << 3;
    QTest::newRow("text only") << 2000 << 1;
}

void tst_MemberIdSet::agreesWithAStringSet()
{
    QFETCH(int, count);
    QFETCH(int, textEvery);
    QRandomGenerator random(42);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        QString id = QString::number(random.generate64(), 16).rightJustified(16, QLatin1Char('0')) +
                     QString::number(random.generate64(), 16).rightJustified(16, QLatin1Char('0'));
        if (textEvery > 0 && i % textEvery == 0)
            id = i % 2 ? id.toUpper() : id.left(20); // upper case, or too short
        ids.append(id);
    }
    // Repeats, and the same hex digits in upper and lower case, which are two ids.
    ids.append(ids.mid(0, count / 4));
    ids.append(ids.first().toUpper());
    ids.append(ids.first().toLower());

    MemberIdSet set;
    QSet<QString> reference;
    for (const QString &id : std::as_const(ids)) {
        const bool fresh = !reference.contains(id);
        reference.insert(id);
        QCOMPARE(set.insert(id), fresh);
        QVERIFY(set.contains(id));
        QCOMPARE(set.size(), reference.size());
    }
    QVERIFY(!set.contains(QStringLiteral("ffffffffffffffffffffffffffffffff")) ||
            reference.contains(QStringLiteral("ffffffffffffffffffffffffffffffff")));
    QVERIFY(!set.contains(QStringLiteral("not an id")));
}

QTEST_GUILESS_MAIN(tst_MemberIdSet)
#include "tst_memberidset.moc"
