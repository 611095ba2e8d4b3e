// MemberFilterProxyModel: text and health filters, sorting by SortRole, mapping selected proxy rows
// back to member ids, and 100,000 paged members (timings printed, never asserted).
#include "model/memberfilterproxymodel.h"
#include "model/membermodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace ElbDesk;

namespace {

Member makeMember(int n, const QString &name, const QString &ip, const QString &health)
{
    Member m;
    m.id = QStringLiteral("m%1").arg(n, 4, 10, QLatin1Char('0'));
    m.serverId = QStringLiteral("srv-%1").arg(n);
    m.serverAddress = ip;
    m.serverName = name;
    m.status = QStringLiteral("ACTIVE");
    m.healthStatus = health;
    return m;
}

// Five members with one of each interesting shape.
QList<Member> sample()
{
    return {
        makeMember(0, QStringLiteral("web-alpha"), QStringLiteral("10.0.0.1"), QStringLiteral("NORMAL")),
        makeMember(1, QStringLiteral("Web-Beta"), QStringLiteral("10.0.0.12"), QStringLiteral("ABNORMAL")),
        makeMember(2, QString(), QStringLiteral("192.168.1.5"), QStringLiteral("UNAVAILABLE")),
        makeMember(3, QStringLiteral("db-gamma"), QStringLiteral("10.0.1.1"), QStringLiteral("NORMAL")),
        makeMember(4, QStringLiteral("cache"), QStringLiteral("172.16.0.10"), QStringLiteral("ABNORMAL")),
    };
}

QStringList proxyIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(MemberModel::MemberIdRole).toString());
    return ids;
}

QStringList ids(std::initializer_list<int> numbers)
{
    QStringList out;
    for (int n : numbers)
        out.append(QStringLiteral("m%1").arg(n, 4, 10, QLatin1Char('0')));
    return out;
}

using HealthFilter = MemberFilterProxyModel::HealthFilter;

// Source, proxy and a Fatal tester on each, for the whole test.
struct Fixture
{
    MemberModel source;
    MemberFilterProxyModel proxy;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    Fixture()
    {
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            &source, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&source);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
};

} // namespace

Q_DECLARE_METATYPE(ElbDesk::MemberFilterProxyModel::HealthFilter)

class tst_MemberFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldFilter_data();
    void shouldFilter();
    void shouldFilterPagesAppendedLater();
    void shouldFilterThroughRolesForOtherSources();
    void shouldNotifyPropertyChanges();
    void shouldSort_data();
    void shouldSort();
    void shouldKeepSortOrderWhilePagesArrive();
    void shouldMapSelectedRowsToMemberIds();
    void shouldFollowSourceRemovals();
    void shouldHandleHundredThousandMembers();
};

void tst_MemberFilterProxyModel::shouldFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<HealthFilter>("health");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing") << QString() << HealthFilter::All << ids({0, 1, 2, 3, 4});
    QTest::newRow("name") << QStringLiteral("web") << HealthFilter::All << ids({0, 1});
    QTest::newRow("name, any case") << QStringLiteral("WEB-b") << HealthFilter::All << ids({1});
    QTest::newRow("ip prefix") << QStringLiteral("10.0.0.1") << HealthFilter::All << ids({0, 1});
    QTest::newRow("ip, padded") << QStringLiteral(" 192.168 \n") << HealthFilter::All << ids({2});
    QTest::newRow("server id") << QStringLiteral("SRV-3") << HealthFilter::All << ids({3});
    QTest::newRow("member id") << QStringLiteral("m0004") << HealthFilter::All << ids({4});
    QTest::newRow("no cross-field match") << QStringLiteral("alpha10") << HealthFilter::All << ids({});
    QTest::newRow("no match") << QStringLiteral("zzz") << HealthFilter::All << ids({});
    QTest::newRow("healthy") << QString() << HealthFilter::Healthy << ids({0, 3});
    QTest::newRow("unhealthy") << QString() << HealthFilter::Unhealthy << ids({1, 4});
    QTest::newRow("no health check") << QString() << HealthFilter::NoHealthCheck << ids({2});
    QTest::newRow("text and health") << QStringLiteral("web") << HealthFilter::Unhealthy << ids({1});
}

void tst_MemberFilterProxyModel::shouldFilter()
{
    QFETCH(QString, text);
    QFETCH(HealthFilter, health);
    QFETCH(QStringList, expected);
    Fixture f;
    f.source.appendMembers(sample().mid(0, 2));
    f.source.appendMembers(sample().mid(2));
    f.proxy.setFilterText(text);
    f.proxy.setHealthFilter(health);
    QCOMPARE(proxyIds(f.proxy), expected);
    // And back: clearing both shows everything again.
    f.proxy.setFilterText(QString());
    f.proxy.setHealthFilter(HealthFilter::All);
    QCOMPARE(proxyIds(f.proxy), ids({0, 1, 2, 3, 4}));
}

void tst_MemberFilterProxyModel::shouldFilterPagesAppendedLater()
{
    Fixture f;
    f.proxy.setFilterText(QStringLiteral("10.0."));
    f.source.appendMembers(sample().mid(0, 3));
    QCOMPARE(proxyIds(f.proxy), ids({0, 1}));
    f.source.appendMembers(sample().mid(3));
    QCOMPARE(proxyIds(f.proxy), ids({0, 1, 3}));
    f.proxy.setHealthFilter(HealthFilter::Healthy);
    QCOMPARE(proxyIds(f.proxy), ids({0, 3}));
}

void tst_MemberFilterProxyModel::shouldFilterThroughRolesForOtherSources()
{
    // Behind another proxy the fast paths are off; the roles give the same answers.
    MemberModel members;
    members.setMembers(sample());
    QIdentityProxyModel identity;
    identity.setSourceModel(&members);
    MemberFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&identity);
    proxy.setFilterText(QStringLiteral("WEB"));
    QCOMPARE(proxyIds(proxy), ids({0, 1}));
    proxy.setFilterText(QString());
    proxy.setHealthFilter(HealthFilter::Unhealthy);
    QCOMPARE(proxyIds(proxy), ids({1, 4}));
    proxy.setHealthFilter(HealthFilter::All);
    proxy.sort(MemberModel::PrivateIp, Qt::AscendingOrder);
    QCOMPARE(proxyIds(proxy), ids({0, 1, 3, 4, 2}));
    QCOMPARE(proxy.memberIdsOfRows({proxy.index(4, 0), proxy.index(0, 3)}), ids({2, 0}));
}

void tst_MemberFilterProxyModel::shouldNotifyPropertyChanges()
{
    Fixture f;
    f.source.setMembers(sample());
    QSignalSpy textSpy(&f.proxy, &MemberFilterProxyModel::filterTextChanged);
    QSignalSpy healthSpy(&f.proxy, &MemberFilterProxyModel::healthFilterChanged);
    QVERIFY(f.proxy.setProperty("filterText", QStringLiteral("cache")));
    QCOMPARE(f.proxy.filterText(), QStringLiteral("cache"));
    QCOMPARE(f.proxy.property("filterText").toString(), QStringLiteral("cache"));
    f.proxy.setFilterText(QStringLiteral("cache"));
    QCOMPARE(textSpy.size(), 1);
    QCOMPARE(textSpy.at(0).at(0).toString(), QStringLiteral("cache"));
    QCOMPARE(proxyIds(f.proxy), ids({4}));
    f.proxy.setFilterText(QStringLiteral("cache ")); // same needle: a signal, no refilter needed
    QCOMPARE(textSpy.size(), 2);
    QCOMPARE(proxyIds(f.proxy), ids({4}));
    f.proxy.setHealthFilter(HealthFilter::NoHealthCheck);
    f.proxy.setHealthFilter(HealthFilter::NoHealthCheck);
    QCOMPARE(healthSpy.size(), 1);
    QCOMPARE(f.proxy.healthFilter(), HealthFilter::NoHealthCheck);
    QCOMPARE(f.proxy.rowCount(), 0);
}

void tst_MemberFilterProxyModel::shouldSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name, nameless first, any case")
        << int(MemberModel::Name) << Qt::AscendingOrder << ids({2, 4, 3, 0, 1});
    QTest::newRow("name descending") << int(MemberModel::Name) << Qt::DescendingOrder << ids({1, 0, 3, 4, 2});
    QTest::newRow("ip, numeric") << int(MemberModel::PrivateIp) << Qt::AscendingOrder << ids({0, 1, 3, 4, 2});
    QTest::newRow("ip descending") << int(MemberModel::PrivateIp) << Qt::DescendingOrder << ids({2, 4, 3, 1, 0});
    QTest::newRow("server id") << int(MemberModel::ServerId) << Qt::DescendingOrder << ids({4, 3, 2, 1, 0});
    QTest::newRow("member id") << int(MemberModel::MemberId) << Qt::AscendingOrder << ids({0, 1, 2, 3, 4});
    QTest::newRow("health, unhealthy first")
        << int(MemberModel::Health) << Qt::AscendingOrder << ids({1, 4, 0, 3, 2});
    QTest::newRow("status, stable") << int(MemberModel::Status) << Qt::AscendingOrder << ids({0, 1, 2, 3, 4});
}

void tst_MemberFilterProxyModel::shouldSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    Fixture f;
    f.source.setMembers(sample());
    QCOMPARE(f.proxy.sortRole(), int(MemberModel::SortRole));
    f.proxy.sort(column, order);
    QCOMPARE(proxyIds(f.proxy), expected);
}

void tst_MemberFilterProxyModel::shouldKeepSortOrderWhilePagesArrive()
{
    Fixture f;
    f.proxy.sort(MemberModel::PrivateIp, Qt::DescendingOrder);
    const QList<Member> all = sample();
    for (const Member &m : all)
        f.source.appendMembers({m});
    QCOMPARE(proxyIds(f.proxy), ids({2, 4, 3, 1, 0}));
    f.proxy.setFilterText(QStringLiteral("10.0"));
    QCOMPARE(proxyIds(f.proxy), ids({3, 1, 0}));
}

void tst_MemberFilterProxyModel::shouldMapSelectedRowsToMemberIds()
{
    Fixture f;
    f.source.setMembers(sample());
    f.proxy.sort(MemberModel::Name, Qt::AscendingOrder);
    f.proxy.setFilterText(QStringLiteral("a")); // cache, db-gamma, web-alpha, Web-Beta
    QCOMPARE(proxyIds(f.proxy), ids({4, 3, 0, 1}));
    // Rows as selectedRows() gives them, in the order given.
    QCOMPARE(f.proxy.memberIdsOfRows({f.proxy.index(3, 0), f.proxy.index(0, 0)}), ids({1, 4}));
    // Cells as selectedIndexes() gives them: one id per row; foreign and invalid indexes ignored.
    MemberModel other;
    other.setMembers(sample());
    const QModelIndexList cells{f.proxy.index(2, 0),    f.proxy.index(2, MemberModel::Health),
                                f.proxy.index(1, 5),    QModelIndex(),
                                other.index(0, 0),      f.proxy.index(2, MemberModel::Status)};
    QCOMPARE(f.proxy.memberIdsOfRows(cells), ids({0, 3}));
    QCOMPARE(f.proxy.memberIdsOfRows({}), QStringList());
}

void tst_MemberFilterProxyModel::shouldFollowSourceRemovals()
{
    Fixture f;
    f.source.setMembers(sample());
    f.proxy.sort(MemberModel::PrivateIp, Qt::AscendingOrder);
    f.proxy.setHealthFilter(HealthFilter::Unhealthy);
    QCOMPARE(proxyIds(f.proxy), ids({1, 4}));
    f.source.removeMemberIds({ids({1}).first(), ids({2}).first()});
    QCOMPARE(proxyIds(f.proxy), ids({4}));
    QCOMPARE(f.source.rowForMemberId(ids({4}).first()), 2);
    f.proxy.setHealthFilter(HealthFilter::All);
    QCOMPARE(proxyIds(f.proxy), ids({0, 3, 4}));
    QCOMPARE(f.proxy.memberIdsOfRows({f.proxy.index(2, 0)}), ids({4}));
}

void tst_MemberFilterProxyModel::shouldHandleHundredThousandMembers()
{
    constexpr int total = 100000;
    constexpr int pageSize = 1000;
    Fixture f;
    f.proxy.sort(MemberModel::Name, Qt::AscendingOrder);
    QElapsedTimer timer;
    timer.start();
    qint64 building = 0;
    for (int first = 0; first < total; first += pageSize) {
        QElapsedTimer pageTimer;
        pageTimer.start();
        QList<Member> page;
        page.reserve(pageSize);
        for (int n = first; n < first + pageSize; ++n) {
            page.append(makeMember(n, QStringLiteral("web-%1").arg(n),
                                   QStringLiteral("10.%1.%2.%3").arg(n >> 16).arg((n >> 8) & 255).arg(n & 255),
                                   n % 10 == 0 ? QStringLiteral("ABNORMAL") : QStringLiteral("NORMAL")));
        }
        building += pageTimer.elapsed();
        f.source.appendMembers(page);
    }
    qDebug("append %d members in pages of %d (sorted proxy, testers on): %lld ms (%lld ms building pages)",
           total, pageSize, timer.elapsed(), building);
    QCOMPARE(f.source.rowCount(), total);
    QCOMPARE(f.proxy.rowCount(), total);
    QCOMPARE(f.source.healthyCount(), total - total / 10);

    const auto measure = [&](const char *what, const std::function<void()> &change, int expectedRows) {
        QElapsedTimer t;
        t.start();
        change();
        qDebug("%s: %lld ms, %d rows", what, t.elapsed(), f.proxy.rowCount());
        QCOMPARE(f.proxy.rowCount(), expectedRows);
    };
    measure("filter \"web-9999\"", [&] { f.proxy.setFilterText(QStringLiteral("web-9999")); }, 11);
    measure("filter \"10.1.\"", [&] { f.proxy.setFilterText(QStringLiteral("10.1.")); }, 34464);
    measure("unhealthy", [&] { f.proxy.setHealthFilter(HealthFilter::Unhealthy); }, 3446);
    measure("clear text", [&] { f.proxy.setFilterText(QString()); }, total / 10);
    measure("all", [&] { f.proxy.setHealthFilter(HealthFilter::All); }, total);
    measure("sort by IP", [&] { f.proxy.sort(MemberModel::PrivateIp, Qt::DescendingOrder); }, total);
    QCOMPARE(f.proxy.index(0, MemberModel::PrivateIp).data().toString(), QStringLiteral("10.1.134.159"));

    QSet<QString> scattered;
    for (int n = 0; n < total; n += 97)
        scattered.insert(ids({n}).first());
    measure("remove scattered", [&] { f.source.removeMemberIds(scattered); }, total - int(scattered.size()));
    QCOMPARE(f.source.rowForMemberId(QStringLiteral("m0097")), -1);
    QCOMPARE(f.source.rowForMemberId(QStringLiteral("m0098")), 96); // m0000 and m0097 went
}

QTEST_GUILESS_MAIN(tst_MemberFilterProxyModel)
#include "tst_memberfilterproxymodel.moc"
