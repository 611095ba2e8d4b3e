// MemberFilterProxyModel: text and health filters, sorting by SortRole, mapping selected proxy rows
// back to member ids, and 100,000 paged members (timings printed, never asserted).
#include "model/memberfilterproxymodel.h"
#include "model/membermodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QTest>

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
    void shouldHandleManyMembers_data();
    void shouldHandleManyMembers();
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
    QTest::addColumn<Qt::CaseSensitivity>("cs");
    QTest::addColumn<QStringList>("expected");
    const auto ci = Qt::CaseInsensitive;
    QTest::newRow("name, nameless first, any case")
        << int(MemberModel::Name) << Qt::AscendingOrder << ci << ids({2, 4, 3, 0, 1});
    QTest::newRow("name descending") << int(MemberModel::Name) << Qt::DescendingOrder << ci
                                     << ids({1, 0, 3, 4, 2});
    QTest::newRow("name, case-sensitive")
        << int(MemberModel::Name) << Qt::AscendingOrder << Qt::CaseSensitive << ids({2, 1, 4, 3, 0});
    QTest::newRow("ip, numeric") << int(MemberModel::PrivateIp) << Qt::AscendingOrder << ci
                                 << ids({0, 1, 3, 4, 2});
    QTest::newRow("ip descending") << int(MemberModel::PrivateIp) << Qt::DescendingOrder << ci
                                   << ids({2, 4, 3, 1, 0});
    QTest::newRow("server id") << int(MemberModel::ServerId) << Qt::DescendingOrder << ci
                               << ids({4, 3, 2, 1, 0});
    QTest::newRow("member id") << int(MemberModel::MemberId) << Qt::AscendingOrder << ci
                               << ids({0, 1, 2, 3, 4});
    QTest::newRow("health, unhealthy first")
        << int(MemberModel::Health) << Qt::AscendingOrder << ci << ids({1, 4, 0, 3, 2});
    QTest::newRow("status, stable") << int(MemberModel::Status) << Qt::AscendingOrder << ci
                                    << ids({0, 1, 2, 3, 4});
}

void tst_MemberFilterProxyModel::shouldSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(Qt::CaseSensitivity, cs);
    QFETCH(QStringList, expected);
    Fixture f;
    f.source.setMembers(sample());
    QCOMPARE(f.proxy.sortRole(), int(MemberModel::SortRole));
    f.proxy.setSortCaseSensitivity(cs);
    f.proxy.sort(column, order);
    QCOMPARE(proxyIds(f.proxy), expected);
    // The generic path (SortRole values through QVariant) agrees with the fast path.
    MemberModel plain;
    plain.setMembers(sample());
    QIdentityProxyModel identity;
    identity.setSourceModel(&plain);
    MemberFilterProxyModel generic;
    generic.setSourceModel(&identity);
    generic.setSortCaseSensitivity(cs);
    generic.sort(column, order);
    QCOMPARE(proxyIds(generic), expected);
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
    const QModelIndexList cells{f.proxy.index(2, 0), f.proxy.index(2, MemberModel::Health),
                                f.proxy.index(1, 5), QModelIndex(),
                                other.index(0, 0),   f.proxy.index(2, MemberModel::Status)};
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

void tst_MemberFilterProxyModel::shouldHandleManyMembers_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("withTesters");
    // QAbstractItemModelTester walks the whole model after every change, so it would dominate at
    // 100,000 rows; 6,000 still takes the large-model path (above IncrementalFilterLimit).
    QTest::newRow("6,000 under model testers") << 6000 << true;
    QTest::newRow("100,000") << 100000 << false;
}

void tst_MemberFilterProxyModel::shouldHandleManyMembers()
{
    QFETCH(int, total);
    QFETCH(bool, withTesters);
    QVERIFY(total > MemberFilterProxyModel::IncrementalFilterLimit);
    constexpr int pageSize = 1000;
    MemberModel source;
    MemberFilterProxyModel proxy;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    if (withTesters) {
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            &source, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    proxy.setSourceModel(&source);
    // Sorted while the pages arrive; by IP under the testers (each page is then one interval; a
    // name sort interleaves pages into hundreds of intervals, each a full tester walk).
    proxy.sort(withTesters ? MemberModel::PrivateIp : MemberModel::Name, Qt::AscendingOrder);

    QList<Member> all;
    all.reserve(total);
    for (int n = 0; n < total; ++n) {
        all.append(makeMember(n, QStringLiteral("Web-%1").arg(n),
                              QStringLiteral("10.%1.%2.%3").arg(n >> 16).arg((n >> 8) & 255).arg(n & 255),
                              n % 10 == 0 ? QStringLiteral("ABNORMAL") : QStringLiteral("NORMAL")));
    }
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < total; first += pageSize)
        source.appendMembers(all.mid(first, pageSize));
    qDebug("append %d members in pages of %d into a sorted proxy: %lld ms", total, pageSize, timer.elapsed());
    QCOMPARE(source.rowCount(), total);
    QCOMPARE(proxy.rowCount(), total);
    QCOMPARE(source.healthyCount(), total - total / 10);

    // The reference: a plain scan over the members.
    const auto expectedRows = [&](const QString &text, HealthFilter health) {
        const QString needle = text.trimmed().toLower();
        int rows = 0;
        for (const Member &m : std::as_const(all)) {
            const bool healthOk =
                health == HealthFilter::All ||
                (health == HealthFilter::Healthy && m.healthStatus == QLatin1String("NORMAL")) ||
                (health == HealthFilter::Unhealthy && m.healthStatus == QLatin1String("ABNORMAL"));
            const bool textOk = needle.isEmpty() || m.serverName.toLower().contains(needle) ||
                                m.serverAddress.contains(needle) || m.serverId.contains(needle) ||
                                m.id.contains(needle);
            rows += healthOk && textOk ? 1 : 0;
        }
        return rows;
    };
    // A member that stays visible throughout: its persistent index (a selection) must follow it.
    const QPersistentModelIndex kept = proxy.mapFromSource(source.index(total - 1, 0));
    const QString keptId = source.member(total - 1).id;
    const auto check = [&](const char *what, const QString &text, HealthFilter health) {
        QElapsedTimer t;
        t.start();
        proxy.setFilterText(text);
        proxy.setHealthFilter(health);
        const int rows = proxy.rowCount(); // the mapping is rebuilt lazily
        qDebug("%s: %lld ms, %d rows", what, t.elapsed(), rows);
        QCOMPARE(rows, expectedRows(text, health));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(MemberModel::MemberIdRole).toString(), keptId);
    };
    const QString lastName = QStringLiteral("web-%1").arg(total - 1);
    check("filter by name", lastName.left(lastName.size() - 1), HealthFilter::All);
    const QString lastIp = all.last().serverAddress;
    const QString subnet = lastIp.left(lastIp.lastIndexOf(QLatin1Char('.')) + 1);
    check("filter by IP prefix", subnet, HealthFilter::All);
    check("and healthy", subnet, HealthFilter::Healthy);
    check("healthy only", QString(), HealthFilter::Healthy);
    check("everything", QString(), HealthFilter::All);
    timer.restart();
    proxy.sort(MemberModel::Name, Qt::DescendingOrder);
    qDebug("sort by name: %lld ms", timer.elapsed());
    timer.restart();
    proxy.sort(MemberModel::PrivateIp, Qt::DescendingOrder);
    qDebug("sort by IP: %lld ms", timer.elapsed());
    QCOMPARE(proxy.index(0, MemberModel::PrivateIp).data().toString(), all.last().serverAddress);

    QSet<QString> scattered;
    for (int n = 0; n < total; n += 97)
        scattered.insert(all.at(n).id);
    timer.restart();
    source.removeMemberIds(scattered);
    qDebug("remove %lld scattered members: %lld ms", qlonglong(scattered.size()), timer.elapsed());
    QCOMPARE(proxy.rowCount(), total - int(scattered.size()));
    QCOMPARE(source.rowForMemberId(all.at(97).id), -1);
    QCOMPARE(source.rowForMemberId(all.at(98).id), 96); // members 0 and 97 went
    QCOMPARE(proxy.index(0, MemberModel::PrivateIp).data().toString(), all.last().serverAddress);
}

QTEST_GUILESS_MAIN(tst_MemberFilterProxyModel)
#include "tst_memberfilterproxymodel.moc"
