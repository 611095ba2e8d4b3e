// MemberModel: display texts (health as words), roles, paged appends, scattered removals and the
// member-id index, each under QAbstractItemModelTester (Fatal).
#include "model/membermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ElbDesk;

namespace {

Member makeMember(int n, const QString &health = QStringLiteral("NORMAL"), const QString &name = QString())
{
    Member m;
    m.id = QStringLiteral("m%1").arg(n, 4, 10, QLatin1Char('0'));
    m.serverId = QStringLiteral("srv-%1").arg(n);
    m.serverAddress = QStringLiteral("10.0.%1.%2").arg(n / 256).arg(n % 256);
    m.address = QStringLiteral("100.64.0.%1").arg(n % 256);
    m.serverName = name.isNull() ? QStringLiteral("web-%1").arg(n) : name;
    m.status = QStringLiteral("ACTIVE");
    m.healthStatus = health;
    return m;
}

QList<Member> makeMembers(int from, int count)
{
    QList<Member> members;
    for (int n = from; n < from + count; ++n)
        members.append(makeMember(n, n % 3 == 0 ? QStringLiteral("ABNORMAL") : QStringLiteral("NORMAL")));
    return members;
}

QStringList idsOf(const MemberModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, MemberModel::MemberId).data().toString());
    return ids;
}

QString cell(const MemberModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class tst_MemberModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowHealthAsWords_data();
    void shouldShowHealthAsWords();
    void shouldShowNoNameForNullServerName();
    void shouldTranslateHeadersAndFlags();
    void shouldExposeRoles();
    void shouldAppendOnePageAtATime();
    void shouldResetOnSetMembersAndClear();
    void shouldAppendPagesWithTheirKeys();
    void shouldRemoveScatteredIds_data();
    void shouldRemoveScatteredIds();
    void shouldIndexFirstOfDuplicatedIds();
    void shouldSortIpsNumerically();
};

void tst_MemberModel::shouldShowHealthAsWords_data()
{
    QTest::addColumn<QString>("health");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTipContains");
    QTest::newRow("normal") << QStringLiteral("NORMAL") << QStringLiteral("Healthy")
                            << QStringLiteral("passes");
    QTest::newRow("abnormal") << QStringLiteral("ABNORMAL") << QStringLiteral("Unhealthy")
                              << QStringLiteral("fails");
    QTest::newRow("unavailable") << QStringLiteral("UNAVAILABLE") << QStringLiteral("No health check")
                                 << QStringLiteral("not a failure");
    QTest::newRow("unknown word") << QStringLiteral("DEGRADED") << QStringLiteral("DEGRADED")
                                  << QStringLiteral("DEGRADED");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("no health status");
}

void tst_MemberModel::shouldShowHealthAsWords()
{
    QFETCH(QString, health);
    QFETCH(QString, text);
    QFETCH(QString, toolTipContains);
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMembers({makeMember(1, health)});
    QCOMPARE(cell(model, 0, MemberModel::Health), text);
    QCOMPARE(cell(model, 0, MemberModel::Health, MemberModel::HealthRole), health);
    QVERIFY2(cell(model, 0, MemberModel::Health, Qt::ToolTipRole).contains(toolTipContains),
             qPrintable(cell(model, 0, MemberModel::Health, Qt::ToolTipRole)));
    QCOMPARE(model.healthyCount(), health == QLatin1String("NORMAL") ? 1 : 0);
}

void tst_MemberModel::shouldShowNoNameForNullServerName()
{
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Member unnamed = makeMember(1);
    unnamed.serverName = QString(); // JSON null
    model.setMembers({unnamed, makeMember(2)});
    QCOMPARE(cell(model, 0, MemberModel::Name), QStringLiteral("(no name)"));
    QVERIFY(!cell(model, 0, MemberModel::Name, Qt::ToolTipRole).isEmpty());
    QCOMPARE(cell(model, 0, MemberModel::Name, MemberModel::SortRole), QString()); // sorts first
    QCOMPARE(cell(model, 1, MemberModel::Name), QStringLiteral("web-2"));
    QCOMPARE(cell(model, 1, MemberModel::PrivateIp), QStringLiteral("10.0.0.2"));
    QCOMPARE(cell(model, 1, MemberModel::ServerId), QStringLiteral("srv-2"));
    QCOMPARE(cell(model, 1, MemberModel::MemberId), QStringLiteral("m0002"));
    QCOMPARE(cell(model, 1, MemberModel::Status), QStringLiteral("ACTIVE"));
}

void tst_MemberModel::shouldTranslateHeadersAndFlags()
{
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList expected{QStringLiteral("Server name"), QStringLiteral("Private IP"),
                               QStringLiteral("Server ID"),   QStringLiteral("Member ID"),
                               QStringLiteral("Health"),      QStringLiteral("Status")};
    QCOMPARE(model.columnCount(), int(MemberModel::ColumnCount));
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    model.appendMembers(makeMembers(0, 2));
    QCOMPARE(model.flags(model.index(1, MemberModel::Health)), Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
}

void tst_MemberModel::shouldExposeRoles()
{
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Member m = makeMember(7, QStringLiteral("ABNORMAL"), QStringLiteral("Web-Seven"));
    m.listenerIds = {QStringLiteral("l1")};
    model.setMembers({m});
    const QModelIndex index = model.index(0, MemberModel::Status);
    QCOMPARE(index.data(MemberModel::MemberIdRole).toString(), m.id);
    const auto roundTrip = index.data(MemberModel::MemberRole).value<Member>();
    QCOMPARE(roundTrip.id, m.id);
    QCOMPARE(roundTrip.serverAddress, m.serverAddress);
    QCOMPARE(roundTrip.listenerIds, m.listenerIds);
    QCOMPARE(index.data(MemberModel::SearchTextRole).toString(),
             QStringLiteral("web-seven\n10.0.0.7\nsrv-7\nm0007"));
    QCOMPARE(model.searchText(0), QStringLiteral("web-seven\n10.0.0.7\nsrv-7\nm0007"));
    QCOMPARE(model.member(0).serverName, QStringLiteral("Web-Seven"));
    QCOMPARE(model.members().size(), 1);
}

void tst_MemberModel::shouldAppendOnePageAtATime()
{
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendMembers(makeMembers(0, 100));
    model.appendMembers({});
    model.appendMembers(makeMembers(100, 100));
    model.appendMembers(makeMembers(200, 37));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(1).at(1).toInt(), 100);
    QCOMPARE(inserted.at(1).at(2).toInt(), 199);
    QCOMPARE(inserted.at(2).at(1).toInt(), 200);
    QCOMPARE(inserted.at(2).at(2).toInt(), 236);
    QCOMPARE(model.rowCount(), 237);
    QCOMPARE(model.rowForMemberId(QStringLiteral("m0000")), 0);
    QCOMPARE(model.rowForMemberId(QStringLiteral("m0150")), 150);
    QCOMPARE(model.rowForMemberId(QStringLiteral("m0236")), 236);
    QCOMPARE(model.rowForMemberId(QStringLiteral("nope")), -1);
    QCOMPARE(model.healthyCount(), 237 - 79); // every third is ABNORMAL (0, 3, …, 234)
}

// A listing appends the pages gathered since its last flush in one rowsInserted, with the row keys
// its worker thread worked out (or without, then the model keys them), into rows reserved ahead for
// the listener's member_number; the id index follows rows appended after it was first built.
void tst_MemberModel::shouldAppendPagesWithTheirKeys()
{
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.reserveRows(1000); // more than will come, as when member_number is stale
    const QList<Member> first = makeMembers(0, 4);
    const QList<Member> second = makeMembers(4, 3);
    model.appendPages({first, second}, {MemberRowKeys::of(first), MemberRowKeys::of(second)});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 6);
    QCOMPARE(model.rowForMemberId(QStringLiteral("m0005")), 5); // builds the index
    // Keys that do not fit their page (a wrong count) are not trusted: the model keys the page.
    const QList<Member> third = makeMembers(7, 2);
    model.appendPages({third}, {QList<MemberRowKeys>{MemberRowKeys::of(third.first())}});
    model.appendPages({makeMembers(9, 1)});
    model.reserveRows(5); // not on a filled model: a no-op, the rows stay
    model.releaseSpareRows();
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(model.rowCount(), 10);
    for (int row = 0; row < 10; ++row) {
        const Member m = makeMember(row);
        QCOMPARE(cell(model, row, MemberModel::MemberId), m.id);
        QCOMPARE(cell(model, row, MemberModel::MemberId, MemberModel::SearchTextRole),
                 MemberRowKeys::of(m).searchText);
        QCOMPARE(model.rowForMemberId(m.id), row); // the index was extended over the later rows
    }
    QCOMPARE(model.healthyCount(), 10 - 4); // 0, 3, 6, 9 are ABNORMAL
}

void tst_MemberModel::shouldResetOnSetMembersAndClear()
{
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.appendMembers(makeMembers(0, 10));
    model.setMembers(makeMembers(50, 3));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(idsOf(model),
             (QStringList{QStringLiteral("m0050"), QStringLiteral("m0051"), QStringLiteral("m0052")}));
    QCOMPARE(model.rowForMemberId(QStringLiteral("m0001")), -1);
    QCOMPARE(model.rowForMemberId(QStringLiteral("m0052")), 2);
    model.appendMembers(makeMembers(60, 2)); // after a reset the index is rebuilt, then extended
    QCOMPARE(model.rowForMemberId(QStringLiteral("m0061")), 4);
    model.clear();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.healthyCount(), 0);
    QCOMPARE(model.rowForMemberId(QStringLiteral("m0050")), -1);
}

void tst_MemberModel::shouldRemoveScatteredIds_data()
{
    QTest::addColumn<QList<int>>("removed");  // member numbers out of 0..19
    QTest::addColumn<int>("expectedSignals"); // contiguous runs
    QTest::newRow("none") << QList<int>{} << 0;
    QTest::newRow("unknown only") << QList<int>{99, 100} << 0;
    QTest::newRow("first") << QList<int>{0} << 1;
    QTest::newRow("last") << QList<int>{19} << 1;
    QTest::newRow("one run") << QList<int>{4, 5, 6, 7} << 1;
    QTest::newRow("scattered") << QList<int>{1, 3, 5, 7, 11, 19} << 6;
    QTest::newRow("runs and singles, unsorted") << QList<int>{12, 2, 13, 0, 1, 18, 14, 99} << 3;
    QTest::newRow("all") << [] {
        QList<int> all;
        for (int n = 0; n < 20; ++n)
            all.append(n);
        return all;
    }() << 1;
}

void tst_MemberModel::shouldRemoveScatteredIds()
{
    QFETCH(QList<int>, removed);
    QFETCH(int, expectedSignals);
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendMembers(makeMembers(0, 10));
    model.appendMembers(makeMembers(10, 10));
    QVERIFY(model.rowForMemberId(QStringLiteral("m0019")) == 19); // build the index first

    QSet<QString> ids;
    for (int n : removed)
        ids.insert(makeMember(n).id);
    QSignalSpy removedSpy(&model, &QAbstractItemModel::rowsRemoved);
    // Rows announced by rowsAboutToBeRemoved must be the ones that go.
    QStringList announced;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [&](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    announced.append(cell(model, row, MemberModel::MemberId));
            });
    // Between runs, the model already answers for the rows that are left.
    QString inconsistency;
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] {
        const QList<Member> now = model.members();
        if (now.size() != model.rowCount())
            inconsistency = QStringLiteral("members() and rowCount() differ");
        for (int row = 0; row < model.rowCount() && inconsistency.isEmpty(); ++row) {
            if (model.member(row).id != now.at(row).id || model.rowForMemberId(now.at(row).id) != row ||
                !model.searchText(row).endsWith(now.at(row).id))
                inconsistency = QStringLiteral("row %1 is inconsistent").arg(row);
        }
    });
    model.removeMemberIds(ids);
    QVERIFY2(inconsistency.isEmpty(), qPrintable(inconsistency));
    QCOMPARE(removedSpy.size(), expectedSignals);

    QStringList expectedIds;
    int expectedHealthy = 0;
    for (int n = 0; n < 20; ++n) {
        if (removed.contains(n))
            continue;
        expectedIds.append(makeMember(n).id);
        expectedHealthy += n % 3 == 0 ? 0 : 1;
    }
    QCOMPARE(idsOf(model), expectedIds);
    QCOMPARE(model.healthyCount(), expectedHealthy);
    for (const QString &id : std::as_const(announced))
        QVERIFY2(ids.contains(id), qPrintable(id));
    for (int row = 0; row < expectedIds.size(); ++row)
        QCOMPARE(model.rowForMemberId(expectedIds.at(row)), row);
    for (int n : removed)
        QCOMPARE(model.rowForMemberId(makeMember(n).id), -1);
}

void tst_MemberModel::shouldIndexFirstOfDuplicatedIds()
{
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendMembers({makeMember(1), makeMember(2)});
    model.appendMembers({makeMember(1), makeMember(3)}); // a server that repeats a member
    QCOMPARE(model.rowForMemberId(makeMember(1).id), 0);
    model.removeMemberIds({makeMember(1).id});
    QCOMPARE(idsOf(model), (QStringList{makeMember(2).id, makeMember(3).id}));
}

void tst_MemberModel::shouldSortIpsNumerically()
{
    MemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Member> members;
    for (const char *ip : {"10.0.0.10", "10.0.0.9", "", "fd00::1", "9.255.255.255"}) {
        Member m = makeMember(int(members.size()));
        m.serverAddress = QLatin1String(ip);
        members.append(m);
    }
    model.setMembers(members);
    // By the fast path and by the role, the order is: empty, 9.255.255.255, 10.0.0.9, 10.0.0.10, IPv6.
    const QList<int> order{2, 4, 1, 0, 3};
    for (int i = 0; i + 1 < order.size(); ++i) {
        const int a = order.at(i);
        const int b = order.at(i + 1);
        QVERIFY(model.lessThan(a, b, MemberModel::PrivateIp, Qt::CaseInsensitive));
        QVERIFY(!model.lessThan(b, a, MemberModel::PrivateIp, Qt::CaseInsensitive));
        QVERIFY(cell(model, a, MemberModel::PrivateIp, MemberModel::SortRole) <
                cell(model, b, MemberModel::PrivateIp, MemberModel::SortRole));
    }
}

QTEST_GUILESS_MAIN(tst_MemberModel)
#include "tst_membermodel.moc"
