// ListenerTreeModel: load balancers with their listeners as children; resets that keep listeners,
// listener replacements with targeted insert/remove/dataChanged, lookups and member counts, each under
// QAbstractItemModelTester (Fatal).
#include "model/listenertreemodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace ElbDesk;

namespace {

LoadBalancer makeLb(const QString &id, const QString &name, const QString &status = QStringLiteral("ACTIVE"))
{
    LoadBalancer lb;
    lb.id = id;
    lb.name = name;
    lb.status = status;
    lb.vipAddress = QStringLiteral("192.168.0.%1").arg(id.size());
    return lb;
}

Listener makeListener(const QString &id, const QString &lbId, int port = 443, int members = 2)
{
    Listener l;
    l.id = id;
    l.name = QStringLiteral("listener-%1").arg(id);
    l.loadBalancerId = lbId;
    l.protocol = QStringLiteral("TCP");
    l.port = port;
    l.backendProtocol = QStringLiteral("TCP");
    l.backendPort = 8080;
    l.status = QStringLiteral("ACTIVE");
    l.memberNumber = members;
    return l;
}

QStringList childIds(const ListenerTreeModel &model, const QModelIndex &parent)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids.append(model.index(row, 0, parent).data(ListenerTreeModel::IdRole).toString());
    return ids;
}

QStringList ids(const QString &spaceSeparated)
{
    return spaceSeparated.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class tst_ListenerTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowLoadBalancersAtTopLevel();
    void shouldShowListenersAsChildren();
    void shouldReplaceListeners_data();
    void shouldReplaceListeners();
    void shouldKeepListenersOfRemainingLoadBalancersOnReset();
    void shouldIgnoreListenersOfUnknownLoadBalancer();
    void shouldLookUpItems();
    void shouldUpdateMemberCount();

private:
    QStringList m_log; // model signals, in order, for the replacement test
};

void tst_ListenerTreeModel::shouldShowLoadBalancersAtTopLevel()
{
    ListenerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLoadBalancers({makeLb(QStringLiteral("lb1"), QStringLiteral("edge")),
                            makeLb(QStringLiteral("lb2"), QString(), QStringLiteral("PENDING_CREATE"))});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ListenerTreeModel::ColumnCount));
    const QModelIndex edge = model.index(0, ListenerTreeModel::Name);
    QCOMPARE(edge.data().toString(), QStringLiteral("edge"));
    QCOMPARE(edge.data(Qt::ToolTipRole).toString(), QStringLiteral("Load balancer edge (ACTIVE)"));
    QCOMPARE(edge.data(ListenerTreeModel::KindRole).toInt(), int(ListenerTreeModel::LoadBalancerItem));
    QCOMPARE(edge.data(ListenerTreeModel::IdRole).toString(), QStringLiteral("lb1"));
    QCOMPARE(edge.data(ListenerTreeModel::LoadBalancerIdRole).toString(), QStringLiteral("lb1"));
    QCOMPARE(model.index(0, ListenerTreeModel::FrontEnd).data().toString(), QStringLiteral("192.168.0.3"));
    QCOMPARE(model.index(1, ListenerTreeModel::Name).data().toString(), QStringLiteral("(no name)"));
    QCOMPARE(model.index(1, ListenerTreeModel::Status).data().toString(), QStringLiteral("PENDING_CREATE"));
    QCOMPARE(model.index(1, ListenerTreeModel::Name).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Load balancer (no name) (PENDING_CREATE)"));
    QVERIFY(!model.parent(edge).isValid());
    QCOMPARE(model.rowCount(edge), 0);
    QCOMPARE(model.flags(edge), Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    const QStringList headers{QStringLiteral("Name"), QStringLiteral("Front end"), QStringLiteral("Back end"),
                              QStringLiteral("Status"), QStringLiteral("Members")};
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
}

void tst_ListenerTreeModel::shouldShowListenersAsChildren()
{
    ListenerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLoadBalancers({makeLb(QStringLiteral("lb1"), QStringLiteral("edge")),
                            makeLb(QStringLiteral("lb2"), QStringLiteral("inner"))});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Listener udp = makeListener(QStringLiteral("l3"), QStringLiteral("lb2"), 53, 0);
    udp.name.clear();
    udp.protocol = QStringLiteral("UDP");
    udp.backendProtocol.clear();
    model.setListeners(QStringLiteral("lb2"),
                       {makeListener(QStringLiteral("l2"), QStringLiteral("lb2")), udp});
    QCOMPARE(inserted.size(), 1);
    const QModelIndex inner = model.index(1, 0);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), inner);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowCount(inner), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.rowCount(model.index(1, 1)), 0); // only column 0 has children

    const QModelIndex l2 = model.index(0, 0, inner);
    QCOMPARE(model.parent(l2), inner);
    QCOMPARE(l2.data().toString(), QStringLiteral("listener-l2"));
    QCOMPARE(l2.siblingAtColumn(ListenerTreeModel::FrontEnd).data().toString(), QStringLiteral("TCP:443"));
    QCOMPARE(l2.siblingAtColumn(ListenerTreeModel::BackendPort).data().toString(),
             QStringLiteral("→ TCP:8080"));
    QCOMPARE(l2.siblingAtColumn(ListenerTreeModel::Status).data().toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(l2.siblingAtColumn(ListenerTreeModel::Members).data().toInt(), 2);
    QCOMPARE(l2.data(ListenerTreeModel::KindRole).toInt(), int(ListenerTreeModel::ListenerItem));
    QCOMPARE(l2.data(ListenerTreeModel::IdRole).toString(), QStringLiteral("l2"));
    QCOMPARE(l2.data(ListenerTreeModel::LoadBalancerIdRole).toString(), QStringLiteral("lb2"));
    QCOMPARE(l2.data(Qt::ToolTipRole).toString(), QStringLiteral("Listener listener-l2, TCP:443 → TCP:8080"));

    const QModelIndex l3 = model.index(1, 0, inner);
    QCOMPARE(l3.data().toString(), QStringLiteral("(no name)"));
    QCOMPARE(l3.siblingAtColumn(ListenerTreeModel::FrontEnd).data().toString(), QStringLiteral("UDP:53"));
    QCOMPARE(l3.siblingAtColumn(ListenerTreeModel::BackendPort).data().toString(), QStringLiteral("→ 8080"));
    QCOMPARE(l3.siblingAtColumn(ListenerTreeModel::Members).data().toInt(), 0);
}

void tst_ListenerTreeModel::shouldReplaceListeners_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("expected"); // kept ones in place, new ones appended
    QTest::addColumn<QStringList>("expectedSignals");
    QTest::newRow("first load") << ids(QString()) << ids(QStringLiteral("a b c"))
                                << ids(QStringLiteral("a b c")) << ids(QStringLiteral("insert:0-2"));
    QTest::newRow("same") << ids(QStringLiteral("a b c")) << ids(QStringLiteral("a b c"))
                          << ids(QStringLiteral("a b c")) << ids(QStringLiteral("changed:0-2"));
    QTest::newRow("all gone") << ids(QStringLiteral("a b c")) << ids(QString()) << ids(QString())
                              << ids(QStringLiteral("remove:0-2"));
    QTest::newRow("scattered removals")
        << ids(QStringLiteral("a b c d e f")) << ids(QStringLiteral("b d e")) << ids(QStringLiteral("b d e"))
        << ids(QStringLiteral("remove:5-5 remove:2-2 remove:0-0 changed:0-2"));
    QTest::newRow("remove, keep, add")
        << ids(QStringLiteral("a b c d")) << ids(QStringLiteral("x c a y")) << ids(QStringLiteral("a c x y"))
        << ids(QStringLiteral("remove:3-3 remove:1-1 changed:0-1 insert:2-3"));
    QTest::newRow("duplicated id in input")
        << ids(QStringLiteral("a")) << ids(QStringLiteral("a b b")) << ids(QStringLiteral("a b"))
        << ids(QStringLiteral("changed:0-0 insert:1-1"));
}

void tst_ListenerTreeModel::shouldReplaceListeners()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, expectedSignals);
    ListenerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString lb1 = QStringLiteral("lb1");
    const QString lb2 = QStringLiteral("lb2");
    model.setLoadBalancers({makeLb(lb1, QStringLiteral("edge")), makeLb(lb2, QStringLiteral("inner"))});
    const auto listenersOf = [](const QStringList &names, const QString &lbId, int port) {
        QList<Listener> out;
        for (const QString &name : names)
            out.append(makeListener(name, lbId, port));
        return out;
    };
    model.setListeners(lb1, listenersOf(before, lb1, 80));
    model.setListeners(lb2, listenersOf({QStringLiteral("z")}, lb2, 80));
    QPersistentModelIndex other(model.index(0, 0, model.index(1, 0)));
    QList<QPersistentModelIndex> kept;
    for (int row = 0; row < before.size(); ++row)
        kept.append(QPersistentModelIndex(model.index(row, 0, model.index(0, 0))));

    m_log.clear();
    const QModelIndex parent = model.index(0, 0);
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &p, int first, int last) {
        QCOMPARE(p, parent);
        m_log.append(QStringLiteral("insert:%1-%2").arg(first).arg(last));
    });
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&](const QModelIndex &p, int first, int last) {
        QCOMPARE(p, parent);
        m_log.append(QStringLiteral("remove:%1-%2").arg(first).arg(last));
    });
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &tl, const QModelIndex &br) {
                QCOMPARE(tl.parent(), parent);
                QCOMPARE(br.column(), ListenerTreeModel::ColumnCount - 1);
                m_log.append(QStringLiteral("changed:%1-%2").arg(tl.row()).arg(br.row()));
            });
    model.setListeners(lb1, listenersOf(after, lb1, 443));
    QCOMPARE(m_log, expectedSignals);
    QCOMPARE(childIds(model, parent), expected);
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(model.index(row, ListenerTreeModel::FrontEnd, parent).data().toString(),
                 QStringLiteral("TCP:443")); // kept ones carry the new values
    }
    // Persistent indexes of kept listeners follow them; those of removed ones are invalidated.
    for (int i = 0; i < kept.size(); ++i) {
        const QString &id = before.at(i);
        if (after.contains(id)) {
            QVERIFY(kept.at(i).isValid());
            QCOMPARE(kept.at(i).data(ListenerTreeModel::IdRole).toString(), id);
        } else {
            QVERIFY(!kept.at(i).isValid());
        }
    }
    QVERIFY(other.isValid());
    QCOMPARE(other.data(ListenerTreeModel::IdRole).toString(), QStringLiteral("z"));
}

void tst_ListenerTreeModel::shouldKeepListenersOfRemainingLoadBalancersOnReset()
{
    ListenerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLoadBalancers({makeLb(QStringLiteral("lb1"), QStringLiteral("edge")),
                            makeLb(QStringLiteral("lb2"), QStringLiteral("inner"))});
    model.setListeners(QStringLiteral("lb1"), {makeListener(QStringLiteral("a"), QStringLiteral("lb1"))});
    model.setListeners(QStringLiteral("lb2"), {makeListener(QStringLiteral("b"), QStringLiteral("lb2"))});
    model.setMemberCount(QStringLiteral("b"), 7);
    // lb1 is gone, lb2 renamed and moved, lb3 new; a duplicate of lb3 is dropped.
    model.setLoadBalancers({makeLb(QStringLiteral("lb3"), QStringLiteral("new")),
                            makeLb(QStringLiteral("lb2"), QStringLiteral("inner-renamed")),
                            makeLb(QStringLiteral("lb3"), QStringLiteral("duplicate"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("new"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("inner-renamed"));
    QCOMPARE(childIds(model, model.index(1, 0)), ids(QStringLiteral("b")));
    QCOMPARE(model.index(0, ListenerTreeModel::Members, model.index(1, 0)).data().toInt(), 7);
    QCOMPARE(model.parent(model.index(0, 0, model.index(1, 0))), model.index(1, 0));
    QVERIFY(!model.indexForListener(QStringLiteral("a")).isValid());
    // Listeners can still be replaced after the reset (the kept load balancer keeps a valid key).
    model.setListeners(QStringLiteral("lb2"), {makeListener(QStringLiteral("c"), QStringLiteral("lb2"))});
    QCOMPARE(childIds(model, model.index(1, 0)), ids(QStringLiteral("c")));
    model.setLoadBalancers({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_ListenerTreeModel::shouldIgnoreListenersOfUnknownLoadBalancer()
{
    ListenerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLoadBalancers({makeLb(QStringLiteral("lb1"), QStringLiteral("edge"))});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setListeners(QStringLiteral("gone"), {makeListener(QStringLiteral("a"), QStringLiteral("gone"))});
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!model.indexForListener(QStringLiteral("a")).isValid());
}

void tst_ListenerTreeModel::shouldLookUpItems()
{
    ListenerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLoadBalancers({makeLb(QStringLiteral("lb1"), QStringLiteral("edge")),
                            makeLb(QStringLiteral("lb2"), QStringLiteral("inner"))});
    model.setListeners(QStringLiteral("lb2"),
                       {makeListener(QStringLiteral("a"), QStringLiteral("lb2")),
                        makeListener(QStringLiteral("b"), QStringLiteral("lb2"), 8443)});
    const QModelIndex b = model.indexForListener(QStringLiteral("b"));
    QVERIFY(b.isValid());
    QCOMPARE(b.row(), 1);
    QCOMPARE(b.column(), 0);
    QCOMPARE(b.parent(), model.index(1, 0));
    QCOMPARE(model.indexForLoadBalancer(QStringLiteral("lb2")), model.index(1, 0));
    QVERIFY(!model.indexForLoadBalancer(QStringLiteral("nope")).isValid());
    QVERIFY(!model.indexForListener(QStringLiteral("nope")).isValid());

    const auto listener = model.listener(b.siblingAtColumn(ListenerTreeModel::Status));
    QVERIFY(listener.has_value());
    QCOMPARE(listener->id, QStringLiteral("b"));
    QCOMPARE(listener->port, 8443);
    const auto owner = model.loadBalancer(b); // a listener's load balancer
    QVERIFY(owner.has_value());
    QCOMPARE(owner->id, QStringLiteral("lb2"));
    QVERIFY(!model.listener(model.index(1, 0)).has_value());
    QCOMPARE(model.loadBalancer(model.index(0, 2))->name, QStringLiteral("edge"));
    QVERIFY(!model.listener(QModelIndex()).has_value());
    QVERIFY(!model.loadBalancer(QModelIndex()).has_value());
}

void tst_ListenerTreeModel::shouldUpdateMemberCount()
{
    ListenerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLoadBalancers({makeLb(QStringLiteral("lb1"), QStringLiteral("edge"))});
    model.setListeners(QStringLiteral("lb1"), {makeListener(QStringLiteral("a"), QStringLiteral("lb1")),
                                               makeListener(QStringLiteral("b"), QStringLiteral("lb1"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMemberCount(QStringLiteral("b"), 100000);
    model.setMemberCount(QStringLiteral("b"), 100000); // unchanged: no signal
    model.setMemberCount(QStringLiteral("nope"), 3);
    QCOMPARE(changed.size(), 1);
    const QModelIndex cell = changed.at(0).at(0).value<QModelIndex>();
    QCOMPARE(cell, model.indexForListener(QStringLiteral("b")).siblingAtColumn(ListenerTreeModel::Members));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), cell);
    QCOMPARE(cell.data().toInt(), 100000);
    QCOMPARE(model.index(0, ListenerTreeModel::Members, model.index(0, 0)).data().toInt(), 2);
}

QTEST_GUILESS_MAIN(tst_ListenerTreeModel)
#include "tst_listenertreemodel.moc"
