// The review across listeners: title and button count servers and listeners, rows are grouped by
// listener, each listener's impact is counted, the typed gate appears when ANY listener would be
// left with no (healthy) member, Esc and Cancel remove nothing, and confirmed() comes at most once.
#include "multiremovedialog.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ElbDesk;
using namespace Qt::StringLiterals;

namespace {

struct ListenerSpec
{
    QString id;
    QString name;
    int members;
    int healthy;
};

const ListenerSpec kWeb{u"11111111111111111111111111111111"_s, u"elb-web-01-http-80"_s, 10, 8};
const ListenerSpec kApi{u"22222222222222222222222222222222"_s, u"elb-web-01-tcp-9001"_s, 4, 2};
const ListenerSpec kTiny{u"33333333333333333333333333333333"_s, u"elb-app-02-http-80"_s, 1, 1};
const ListenerSpec kNoCheck{u"44444444444444444444444444444444"_s, u"elb-app-02-http-8003"_s, 3, 0};

ServerMembership membership(const ListenerSpec &l, int server, const QString &health = u"NORMAL"_s)
{
    ServerMembership m;
    m.loadBalancerId = u"lb-"_s + l.id.left(4);
    m.loadBalancerName = l.name.section(QLatin1Char('-'), 0, 2);
    m.listenerId = l.id;
    m.listenerName = l.name;
    m.member.id = l.id.left(8) + u"-m%1"_s.arg(server);
    m.member.serverId = u"aaaaaaaa-0000-0000-0000-%1"_s.arg(server, 12, 10, QLatin1Char('0'));
    m.member.serverName = u"ecs-web-%1"_s.arg(server, 4, 10, QLatin1Char('0'));
    m.member.serverAddress = u"192.168.0.%1"_s.arg(server);
    m.member.address = u"100.64.0.9"_s;
    m.member.status = u"ACTIVE"_s;
    m.member.healthStatus = health;
    m.listenerMembers = l.members;
    m.listenerHealthy = l.healthy;
    return m;
}

// A selection as test data (QTest columns need a registered type; the struct's own header has none).
struct Selection
{
    QList<ServerMembership> rows;
};

template<typename T> T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QPushButton *removeButton(const QWidget &d)
{
    return child<QPushButton>(d, "removeButton");
}
QPushButton *cancelButton(const QWidget &d)
{
    return child<QPushButton>(d, "cancelButton");
}
QLineEdit *typedNameEdit(const QWidget &d)
{
    return child<QLineEdit>(d, "typedNameEdit");
}

bool showActive(QWidget &dialog)
{
    dialog.show();
    return QTest::qWaitForWindowActive(&dialog);
}

} // namespace

Q_DECLARE_METATYPE(Selection)

class tst_MultiRemoveDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void titleAndButtonCountServersAndListeners_data();
    void titleAndButtonCountServersAndListeners();
    void rowsAreGroupedByListener();
    void impactIsCountedPerListener();
    void noGateWhenEveryListenerKeepsHealthyMembers();
    void gateWhenAnyListenerIsLeftWithout_data();
    void gateWhenAnyListenerIsLeftWithout();
    void explainsConnections();
    void showsWhatChangedForASecondLook();
    void cancelRemovesNothing_data();
    void cancelRemovesNothing();
    void confirmsExactlyOnce_data();
    void confirmsExactlyOnce();
};

void tst_MultiRemoveDialog::titleAndButtonCountServersAndListeners_data()
{
    QTest::addColumn<Selection>("selection");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("button");
    QTest::newRow("one server, one listener")
        << Selection{QList<ServerMembership>{membership(kWeb, 1)}} << u"Remove 1 server from listener elb-web-01-http-80"_s
        << u"Remove 1 server"_s;
    QTest::newRow("three servers, one listener")
        << Selection{QList<ServerMembership>{membership(kWeb, 1), membership(kWeb, 2), membership(kWeb, 3)}}
        << u"Remove 3 servers from listener elb-web-01-http-80"_s << u"Remove 3 servers"_s;
    QTest::newRow("one server, three listeners")
        << Selection{QList<ServerMembership>{membership(kWeb, 7), membership(kApi, 7), membership(kNoCheck, 7, u"UNAVAILABLE"_s)}}
        << u"Remove 1 server from 3 listeners"_s << u"Remove 1 server"_s;
    QTest::newRow("two servers, two listeners")
        << Selection{QList<ServerMembership>{membership(kWeb, 1), membership(kApi, 2), membership(kWeb, 2)}}
        << u"Remove 2 servers from 2 listeners"_s << u"Remove 2 servers"_s;
}

void tst_MultiRemoveDialog::titleAndButtonCountServersAndListeners()
{
    QFETCH(Selection, selection);
    QFETCH(QString, title);
    QFETCH(QString, button);
    MultiRemoveDialog dialog(selection.rows);
    QCOMPARE(dialog.windowTitle(), title);
    QCOMPARE(removeButton(dialog)->text(), button);
}

void tst_MultiRemoveDialog::rowsAreGroupedByListener()
{
    // Interleaved and with one row selected twice: grouped in order of first appearance, each once.
    const QList<ServerMembership> selection{membership(kWeb, 1), membership(kApi, 1), membership(kWeb, 3),
                                            membership(kApi, 1)};
    MultiRemoveDialog dialog(selection);
    QCOMPARE(dialog.listenerCount(), 2);
    QCOMPARE(dialog.membershipCount(), 3);
    QCOMPARE(dialog.serverCount(), 2);
    auto *table = child<QTableWidget>(dialog, "reviewTable");
    QCOMPARE(table->rowCount(), 5);
    const QList<QPair<int, QString>> expected{{MultiRemoveDialog::ListenerRow, kWeb.id},
                                              {MultiRemoveDialog::MemberRow, kWeb.id},
                                              {MultiRemoveDialog::MemberRow, kWeb.id},
                                              {MultiRemoveDialog::ListenerRow, kApi.id},
                                              {MultiRemoveDialog::MemberRow, kApi.id}};
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *item = table->item(row, 0);
        QCOMPARE(item->data(MultiRemoveDialog::RowKindRole).toInt(), expected.at(row).first);
        QCOMPARE(item->data(MultiRemoveDialog::ListenerIdRole).toString(), expected.at(row).second);
    }
    QCOMPARE(table->item(1, 0)->data(MultiRemoveDialog::MemberIdRole).toString(), membership(kWeb, 1).member.id);
    QCOMPARE(table->item(2, 0)->data(MultiRemoveDialog::MemberIdRole).toString(), membership(kWeb, 3).member.id);
    QCOMPARE(table->item(1, 0)->text(), u"ecs-web-0001"_s);
    QCOMPARE(table->item(1, 1)->text(), u"192.168.0.1"_s); // the private IP, never the 100.x address
    QCOMPARE(table->item(1, 2)->text(), membership(kWeb, 1).member.serverId);
    QCOMPARE(table->item(1, 3)->text(), u"Healthy"_s);
    QCOMPARE(table->columnSpan(0, 0), table->columnCount());
    QVERIFY(table->item(0, 0)->text().contains(kWeb.name));
    const QList<ServerMembership> grouped = dialog.memberships();
    QCOMPARE(grouped.size(), 3);
    QCOMPARE(grouped.at(1).member.id, membership(kWeb, 3).member.id);
    QCOMPARE(grouped.at(2).listenerId, kApi.id);
}

void tst_MultiRemoveDialog::impactIsCountedPerListener()
{
    const QList<ServerMembership> selection{membership(kWeb, 1), membership(kWeb, 2, u"ABNORMAL"_s),
                                            membership(kApi, 1)};
    MultiRemoveDialog dialog(selection);
    const auto &impacts = dialog.impacts();
    QCOMPARE(impacts.size(), 2);
    QCOMPARE(impacts.at(0).remaining, 8);        // 10 - 2
    QCOMPARE(impacts.at(0).remainingHealthy, 7); // 8 - 1 (the unhealthy one does not count)
    QCOMPARE(impacts.at(1).remaining, 3);
    QCOMPARE(impacts.at(1).remainingHealthy, 1);
    auto *table = child<QTableWidget>(dialog, "reviewTable");
    QVERIFY2(table->item(0, 0)->text().contains(u"8 members remain, 7 of them healthy"_s), qPrintable(table->item(0, 0)->text()));
    QVERIFY2(table->item(3, 0)->text().contains(u"3 members remain, 1 of them healthy"_s), qPrintable(table->item(3, 0)->text()));
}

void tst_MultiRemoveDialog::noGateWhenEveryListenerKeepsHealthyMembers()
{
    // kNoCheck keeps members without a health check: nothing is known to be unhealthy there.
    MultiRemoveDialog dialog({membership(kWeb, 1), membership(kApi, 1), membership(kNoCheck, 1, u"UNAVAILABLE"_s)});
    QVERIFY(!dialog.isGated());
    QVERIFY(!child<QFrame>(dialog, "lastHealthyWarning")->isVisibleTo(&dialog));
    QVERIFY(removeButton(dialog)->isEnabled());
}

void tst_MultiRemoveDialog::gateWhenAnyListenerIsLeftWithout_data()
{
    QTest::addColumn<Selection>("selection");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("warning");
    QTest::newRow("one of three listeners emptied")
        << Selection{QList<ServerMembership>{membership(kWeb, 5), membership(kTiny, 5), membership(kApi, 5)}} << u"REMOVE"_s
        << u"No member will remain on listener “elb-app-02-http-80”"_s;
    QTest::newRow("last healthy of one of two")
        << Selection{QList<ServerMembership>{membership(kWeb, 1), membership(kApi, 1), membership(kApi, 2)}} << u"REMOVE"_s
        << u"No healthy member will remain on listener “elb-web-01-tcp-9001”"_s;
    QTest::newRow("one listener: its name")
        << Selection{QList<ServerMembership>{membership(kApi, 1), membership(kApi, 2)}} << kApi.name
        << u"No healthy member will remain on listener “elb-web-01-tcp-9001”"_s;
}

void tst_MultiRemoveDialog::gateWhenAnyListenerIsLeftWithout()
{
    QFETCH(Selection, selection);
    QFETCH(QString, word);
    QFETCH(QString, warning);
    MultiRemoveDialog dialog(selection.rows);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.isGated());
    QCOMPARE(dialog.expectedTypedText(), word);
    QVERIFY(child<QFrame>(dialog, "lastHealthyWarning")->isVisible());
    const QString text = child<QLabel>(dialog, "warningText")->text();
    QVERIFY2(text.contains(warning), qPrintable(text));
    QVERIFY(child<QLabel>(dialog, "typedNamePrompt")->text().contains(word));
    QPushButton *remove = removeButton(dialog);
    QVERIFY(!remove->isEnabled());
    QLineEdit *edit = typedNameEdit(dialog);
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, word.left(word.size() - 1));
    QVERIFY(!remove->isEnabled());
    QTest::keyClicks(edit, word.right(1));
    QVERIFY(remove->isEnabled());
    QTest::keyClicks(edit, u"x"_s);
    QVERIFY(!remove->isEnabled());
}

void tst_MultiRemoveDialog::explainsConnections()
{
    MultiRemoveDialog dialog({membership(kWeb, 1), membership(kApi, 1)});
    QVERIFY(child<QLabel>(dialog, "connectionsNote")->text().contains(u"Established connections"_s));
}

void tst_MultiRemoveDialog::showsWhatChangedForASecondLook()
{
    MultiRemoveDialog dialog({membership(kWeb, 1), membership(kApi, 1)});
    auto *note = child<QLabel>(dialog, "changesNote");
    QVERIFY(!note->isVisibleTo(&dialog));
    dialog.setChangesNote(u"ecs-web-0007 is no longer on listener elb-web-01-http-80."_s);
    QVERIFY(note->isVisibleTo(&dialog));
    QVERIFY(note->text().contains(u"ecs-web-0007 is no longer on listener"_s));
    dialog.setChangesNote(QString());
    QVERIFY(!note->isVisibleTo(&dialog));
}

void tst_MultiRemoveDialog::cancelRemovesNothing_data()
{
    QTest::addColumn<bool>("gated");
    QTest::addColumn<QString>("how");
    QTest::newRow("Esc") << false << u"Esc"_s;
    QTest::newRow("Cancel click") << false << u"Cancel click"_s;
    QTest::newRow("Enter with default focus") << false << u"Enter"_s;
    QTest::newRow("gated, Esc in the typed field") << true << u"Esc"_s;
}

void tst_MultiRemoveDialog::cancelRemovesNothing()
{
    QFETCH(bool, gated);
    QFETCH(QString, how);
    const QList<ServerMembership> selection = gated
                                                  ? QList<ServerMembership>{membership(kWeb, 1), membership(kTiny, 1)}
                                                  : QList<ServerMembership>{membership(kWeb, 1), membership(kApi, 1)};
    MultiRemoveDialog dialog(selection);
    QSignalSpy confirmed(&dialog, &MultiRemoveDialog::confirmed);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QVERIFY(showActive(dialog));
    QVERIFY(cancelButton(dialog)->isDefault());
    if (gated) {
        QTest::mouseClick(typedNameEdit(dialog), Qt::LeftButton);
        QTest::keyClicks(typedNameEdit(dialog), u"REMOVE"_s);
        QVERIFY(removeButton(dialog)->isEnabled());
        QCOMPARE(QApplication::focusWidget(), typedNameEdit(dialog));
    } else {
        QCOMPARE(QApplication::focusWidget(), cancelButton(dialog));
    }
    if (how == QLatin1String("Cancel click"))
        QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    else
        QTest::keyClick(QApplication::focusWidget(), how == QLatin1String("Esc") ? Qt::Key_Escape : Qt::Key_Return);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void tst_MultiRemoveDialog::confirmsExactlyOnce_data()
{
    QTest::addColumn<bool>("gated");
    QTest::addColumn<QString>("how");
    for (bool gated : {false, true}) {
        QTest::addRow("%sdouble click", gated ? "gated, " : "") << gated << u"double click"_s;
        QTest::addRow("%stwo clicks", gated ? "gated, " : "") << gated << u"two clicks"_s;
        QTest::addRow("%sclicked() twice", gated ? "gated, " : "") << gated << u"clicked twice"_s;
        QTest::addRow("%srepeated Enter on Remove", gated ? "gated, " : "") << gated << u"enter"_s;
    }
}

void tst_MultiRemoveDialog::confirmsExactlyOnce()
{
    QFETCH(bool, gated);
    QFETCH(QString, how);
    const QList<ServerMembership> selection = gated
                                                  ? QList<ServerMembership>{membership(kWeb, 1), membership(kTiny, 1)}
                                                  : QList<ServerMembership>{membership(kWeb, 1), membership(kApi, 1)};
    MultiRemoveDialog dialog(selection);
    QSignalSpy confirmed(&dialog, &MultiRemoveDialog::confirmed);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QVERIFY(showActive(dialog));
    if (gated) {
        QTest::mouseClick(typedNameEdit(dialog), Qt::LeftButton);
        QTest::keyClicks(typedNameEdit(dialog), u"REMOVE"_s);
    }
    QPushButton *remove = removeButton(dialog);
    QVERIFY(remove->isEnabled());
    if (how == QLatin1String("double click")) {
        QTest::mouseDClick(dialog.windowHandle(), Qt::LeftButton, Qt::NoModifier,
                           remove->mapTo(&dialog, remove->rect().center()));
    } else if (how == QLatin1String("two clicks")) {
        QTest::mouseClick(remove, Qt::LeftButton);
        QTest::mouseClick(remove, Qt::LeftButton);
    } else if (how == QLatin1String("clicked twice")) {
        Q_EMIT remove->clicked(false);
        Q_EMIT remove->clicked(false);
    } else {
        remove->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(remove, Qt::Key_Return);
    }
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(tst_MultiRemoveDialog)
#include "tst_multiremovedialog.moc"
