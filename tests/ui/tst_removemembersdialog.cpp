// The review-before-delete dialog: what it shows, when it gates, and that it confirms at most once.
#include "removemembersdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ElbDesk;
using namespace Qt::StringLiterals;

namespace {

Member member(const QString &id, const QString &name, const QString &ip, const QString &health)
{
    Member m;
    m.id = id;
    m.serverId = u"srv-"_s + id;
    m.serverName = name;
    m.serverAddress = ip;
    m.address = u"100.64.0.9"_s; // internal; must never be shown as the private IP
    m.status = u"ACTIVE"_s;
    m.healthStatus = health;
    return m;
}

Listener listener(const QString &name = u"web-443"_s, const QString &protocol = u"HTTP"_s)
{
    Listener l;
    l.id = u"a824584fb3ba4d39ba0cf372c7cbbb67"_s;
    l.name = name;
    l.protocol = protocol;
    l.port = 443;
    return l;
}

QString healthCode(QChar letter)
{
    switch (letter.unicode()) {
    case 'N':
        return u"NORMAL"_s;
    case 'A':
        return u"ABNORMAL"_s;
    default:
        return u"UNAVAILABLE"_s;
    }
}

// One member per letter of `health` (N healthy, A unhealthy, U no health check), ids m0, m1, …
QList<Member> listing(const QString &health)
{
    QList<Member> all;
    for (int i = 0; i < health.size(); ++i)
        all.append(member(u"m%1"_s.arg(i), u"app-%1"_s.arg(i), u"192.168.0.%1"_s.arg(10 + i),
                          healthCode(health.at(i))));
    return all;
}

QList<Member> pick(const QList<Member> &all, const QList<int> &indexes)
{
    QList<Member> picked;
    for (int i : indexes)
        picked.append(all.at(i));
    return picked;
}

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
QWidget *warning(const QWidget &d)
{
    return child<QFrame>(d, "lastHealthyWarning");
}

// Shown and active, so keys go where a user's keys would go.
bool showActive(QWidget &dialog)
{
    dialog.show();
    return QTest::qWaitForWindowActive(&dialog);
}

// As an operator would: click into the field, then type.
void typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, text);
}

enum class Confirm {
    DoubleClick,
    DoubleClickWidgetEvents,
    TwoMouseClicks,
    RepeatedSpace,
    RepeatedEnter,
    AutoRepeatEnter,
    ClickedTwice,
};

} // namespace

Q_DECLARE_METATYPE(Confirm)

class tst_RemoveMembersDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldNameCountAndListenerInTitleAndButton_data();
    void shouldNameCountAndListenerInTitleAndButton();
    void shouldListEverySelectedMemberIncludingHiddenOnes();
    void shouldCountRepeatedSelectionOnce();
    void shouldCountWhatRemains_data();
    void shouldCountWhatRemains();
    void shouldNotWarnWhenHealthyMembersRemain();
    void shouldGateOnTypedNameWhenNothingHealthyRemains_data();
    void shouldGateOnTypedNameWhenNothingHealthyRemains();
    void shouldExplainConnections_data();
    void shouldExplainConnections();
    void shouldStartWithFocusOnDefaultCancel();
    void shouldCancelWithoutConfirming_data();
    void shouldCancelWithoutConfirming();
    void shouldNotConfirmOnEnterInTypedName();
    void shouldConfirmExactlyOnce_data();
    void shouldConfirmExactlyOnce();
    void shouldUseIdWhenListenerHasNoName();
    void shouldGiveControlsAccessibleNames();
    void shouldFitColumnsAndAboutEightRows_data();
    void shouldFitColumnsAndAboutEightRows();
    void screenshot();
};

void tst_RemoveMembersDialog::shouldNameCountAndListenerInTitleAndButton_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("button");
    QTest::newRow("1") << 1 << u"Remove 1 server from listener web-443"_s << u"Remove 1 server"_s;
    QTest::newRow("3") << 3 << u"Remove 3 servers from listener web-443"_s << u"Remove 3 servers"_s;
}

void tst_RemoveMembersDialog::shouldNameCountAndListenerInTitleAndButton()
{
    QFETCH(int, count);
    QFETCH(QString, title);
    QFETCH(QString, button);
    const QList<Member> all = listing(u"NNNNN"_s);
    RemoveMembersDialog dialog(listener(), all.mid(0, count), all);
    QCOMPARE(dialog.windowTitle(), title);
    QVERIFY(removeButton(dialog));
    QCOMPARE(removeButton(dialog)->text(), button);
    QCOMPARE(child<QDialogButtonBox>(dialog, "buttonBox")->buttonRole(removeButton(dialog)),
             QDialogButtonBox::DestructiveRole);
    QCOMPARE(child<QDialogButtonBox>(dialog, "buttonBox")->buttonRole(cancelButton(dialog)),
             QDialogButtonBox::RejectRole);
}

void tst_RemoveMembersDialog::shouldListEverySelectedMemberIncludingHiddenOnes()
{
    QList<Member> all = {
        member(u"m0"_s, u"shop-web-01"_s, u"192.168.1.11"_s, u"NORMAL"_s),
        member(u"m1"_s, QString(), u"192.168.1.12"_s, u"ABNORMAL"_s),
        member(u"m2"_s, u"shop-web-03"_s, u"192.168.1.13"_s, u"UNAVAILABLE"_s),
        member(u"m3"_s, u"shop-web-04"_s, u"192.168.1.14"_s, u"NORMAL"_s),
    };
    // m2 is the one the caller's filter currently hides: the dialog must list it all the same.
    RemoveMembersDialog dialog(listener(), pick(all, {0, 1, 2}), all);
    auto *table = child<QTableWidget>(dialog, "reviewTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 4);
    const QList<QStringList> expected = {
        {u"shop-web-01"_s, u"192.168.1.11"_s, u"srv-m0"_s, u"Healthy"_s},
        {u"(no name)"_s, u"192.168.1.12"_s, u"srv-m1"_s, u"Unhealthy"_s},
        {u"shop-web-03"_s, u"192.168.1.13"_s, u"srv-m2"_s, u"No health check"_s},
    };
    for (int row = 0; row < expected.size(); ++row) {
        for (int column = 0; column < 4; ++column) {
            QVERIFY(table->item(row, column));
            QCOMPARE(table->item(row, column)->text(), expected.at(row).at(column));
            QVERIFY(!(table->item(row, column)->flags() & Qt::ItemIsEditable));
        }
    }
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(dialog.members().size(), 3);
}

void tst_RemoveMembersDialog::shouldCountRepeatedSelectionOnce()
{
    const QList<Member> all = listing(u"NNN"_s);
    RemoveMembersDialog dialog(listener(), pick(all, {0, 1, 0}), all);
    QCOMPARE(dialog.members().size(), 2);
    QCOMPARE(child<QTableWidget>(dialog, "reviewTable")->rowCount(), 2);
    QCOMPARE(removeButton(dialog)->text(), u"Remove 2 servers"_s);
}

void tst_RemoveMembersDialog::shouldCountWhatRemains_data()
{
    QTest::addColumn<QString>("health"); // the listener's members, one letter each
    QTest::addColumn<QList<int>>("selected");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("healthy");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("risk");
    const int none = int(RemoveMembersDialog::Risk::None);
    const int noHealthy = int(RemoveMembersDialog::Risk::NoHealthyLeft);
    const int noMember = int(RemoveMembersDialog::Risk::NoMemberLeft);
    QTest::newRow("3 of 5 remain, 2 healthy")
        << u"NNNAN"_s << QList<int>{0, 1} << 3 << 2
        << u"After removal: 3 members remain, 2 of them healthy."_s << none;
    QTest::newRow("1 healthy remains") << u"NAN"_s << QList<int>{0, 1} << 1 << 1
                                       << u"After removal: 1 member remains, and it is healthy."_s << none;
    QTest::newRow("only unhealthy remain")
        << u"NAAN"_s << QList<int>{0, 3} << 2 << 0 << u"After removal: 2 members remain, 0 of them healthy."_s
        << noHealthy;
    QTest::newRow("1 unhealthy remains")
        << u"NA"_s << QList<int>{0} << 1 << 0 << u"After removal: 1 member remains, and it is not healthy."_s
        << noHealthy;
    QTest::newRow("none remain") << u"NAU"_s << QList<int>{0, 1, 2} << 0 << 0
                                 << u"After removal: no members remain on this listener."_s << noMember;
    QTest::newRow("no health check") << u"UUU"_s << QList<int>{0} << 2 << 0
                                     << u"After removal: 2 members remain (no health check)."_s << none;
    QTest::newRow("unhealthy beside unchecked")
        << u"NAU"_s << QList<int>{0} << 2 << 0 << u"After removal: 2 members remain, 0 of them healthy."_s
        << noHealthy;
}

void tst_RemoveMembersDialog::shouldCountWhatRemains()
{
    QFETCH(QString, health);
    QFETCH(QList<int>, selected);
    QFETCH(int, remaining);
    QFETCH(int, healthy);
    QFETCH(QString, text);
    QFETCH(int, risk);
    const QList<Member> all = listing(health);
    // A selected member the listing no longer has (removed elsewhere meanwhile) changes nothing.
    QList<Member> chosen = pick(all, selected);
    chosen.append(member(u"gone"_s, QString(), u"192.168.9.9"_s, QString()));
    RemoveMembersDialog dialog(listener(), chosen, all);
    QCOMPARE(dialog.remainingCount(), remaining);
    QCOMPARE(dialog.remainingHealthyCount(), healthy);
    QCOMPARE(child<QLabel>(dialog, "remainingLabel")->text(), text);
    QCOMPARE(int(dialog.risk()), risk);
    QCOMPARE(warning(dialog)->isVisibleTo(&dialog), risk != int(RemoveMembersDialog::Risk::None));
}

void tst_RemoveMembersDialog::shouldNotWarnWhenHealthyMembersRemain()
{
    const QList<Member> all = listing(u"NNAN"_s);
    RemoveMembersDialog dialog(listener(), pick(all, {0, 2}), all);
    QVERIFY(showActive(dialog));
    QVERIFY(!warning(dialog)->isVisible());
    QVERIFY(!typedNameEdit(dialog)->isVisible());
    QVERIFY(!child<QLabel>(dialog, "typedNamePrompt")->isVisible());
    QVERIFY(removeButton(dialog)->isEnabled());
    QVERIFY(child<QLabel>(dialog, "remainingLabel")->isVisible());
}

void tst_RemoveMembersDialog::shouldGateOnTypedNameWhenNothingHealthyRemains_data()
{
    QTest::addColumn<QString>("health");
    QTest::addColumn<QList<int>>("selected");
    QTest::addColumn<QString>("name");     // the listener's name
    QTest::addColumn<QString>("expected"); // what has to be typed
    QTest::addColumn<QString>("wrong");    // close, but not it
    QTest::addColumn<QString>("mentions"); // which case the warning names
    const QString id = listener().id;
    QTest::newRow("no healthy left") << u"NAA"_s << QList<int>{0} << u"Web-443"_s << u"Web-443"_s
                                     << u"web-443"_s << u"No healthy member will remain"_s;
    QTest::newRow("no member left") << u"NA"_s << QList<int>{0, 1} << u"web-443"_s << u"web-443"_s
                                    << u"WEB-443"_s << u"No member will remain"_s;
    QTest::newRow("unnamed: id") << u"N"_s << QList<int>{0} << QString() << id << id.toUpper()
                                 << u"No member will remain"_s;
}

void tst_RemoveMembersDialog::shouldGateOnTypedNameWhenNothingHealthyRemains()
{
    QFETCH(QString, health);
    QFETCH(QList<int>, selected);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(QString, wrong);
    QFETCH(QString, mentions);
    const QList<Member> all = listing(health);
    RemoveMembersDialog dialog(listener(name), pick(all, selected), all);
    QSignalSpy confirmed(&dialog, &RemoveMembersDialog::confirmed);
    QVERIFY(showActive(dialog));

    QVERIFY(warning(dialog)->isVisible());
    QVERIFY(child<QLabel>(dialog, "warningText")->text().contains(mentions));
    QVERIFY(!child<QLabel>(dialog, "warningIcon")->pixmap().isNull());
    QVERIFY(child<QLabel>(dialog, "typedNamePrompt")->text().contains(expected));
    QLineEdit *edit = typedNameEdit(dialog);
    QVERIFY(edit->isVisible());
    QPushButton *remove = removeButton(dialog);
    QVERIFY(!remove->isEnabled());

    // Typing goes through the keyboard, as the operator's would.
    typeInto(edit, wrong);
    QCOMPARE(edit->text(), wrong);
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(confirmed.count(), 0);

    edit->clear();
    QTest::keyClicks(edit, expected + QLatin1Char(' '));
    QVERIFY(!remove->isEnabled());
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(edit->text(), expected);
    QVERIFY(remove->isEnabled());

    QTest::keyClick(edit, Qt::Key_Backspace); // no longer the name: closed again
    QVERIFY(!remove->isEnabled());
    QTest::keyClicks(edit, expected.right(1));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_RemoveMembersDialog::shouldExplainConnections_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("draining");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("second"); // the line after "connections may continue…", if any
    QTest::newRow("HTTP") << u"HTTP"_s << false << 0 << QString();
    QTest::newRow("TCP draining 5") << u"TCP"_s << true << 5
                                    << QStringLiteral("Connection draining is on for this TCP listener: "
                                                      "connections to removed servers are kept for up to "
                                                      "5 minutes (the draining timeout).");
    QTest::newRow("TCP draining 1") << u"TCP"_s << true << 1
                                    << QStringLiteral("Connection draining is on for this TCP listener: "
                                                      "connections to removed servers are kept for up to "
                                                      "1 minute (the draining timeout).");
    QTest::newRow("TCP no draining") << u"TCP"_s << false << 5
                                     << u"Connection draining is off for this TCP listener."_s;
    QTest::newRow("HTTP ignores tcp_draining") << u"HTTP"_s << true << 5 << QString();
}

void tst_RemoveMembersDialog::shouldExplainConnections()
{
    QFETCH(QString, protocol);
    QFETCH(bool, draining);
    QFETCH(int, timeout);
    QFETCH(QString, second);
    Listener l = listener(u"web-443"_s, protocol);
    l.tcpDraining = draining;
    l.tcpDrainingTimeout = timeout;
    const QList<Member> all = listing(u"NNN"_s);
    RemoveMembersDialog dialog(l, pick(all, {0, 1}), all);
    const QStringList lines = child<QLabel>(dialog, "connectionsNote")->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), u"Established connections to these servers may continue until they time out."_s);
    QCOMPARE(lines.size(), second.isEmpty() ? 1 : 2);
    if (!second.isEmpty())
        QCOMPARE(lines.last(), second);
}

void tst_RemoveMembersDialog::shouldStartWithFocusOnDefaultCancel()
{
    const QList<Member> all = listing(u"NNN"_s);
    RemoveMembersDialog dialog(listener(), pick(all, {0}), all);
    QVERIFY(showActive(dialog));
    QCOMPARE(QApplication::focusWidget(), cancelButton(dialog));
    QVERIFY(cancelButton(dialog)->isDefault());
    QVERIFY(!removeButton(dialog)->isDefault());
}

void tst_RemoveMembersDialog::shouldCancelWithoutConfirming_data()
{
    QTest::addColumn<bool>("gated"); // the name is typed (the gate is open) and the focus is in the field
    QTest::addColumn<QString>("how");
    QTest::newRow("Esc") << false << u"Esc"_s;
    QTest::newRow("Cancel click") << false << u"Cancel click"_s;
    QTest::newRow("Enter with default focus") << false << u"Enter"_s;
    QTest::newRow("gated, Esc in name field") << true << u"Esc"_s;
    QTest::newRow("gated, Cancel click") << true << u"Cancel click"_s;
}

void tst_RemoveMembersDialog::shouldCancelWithoutConfirming()
{
    QFETCH(bool, gated);
    QFETCH(QString, how);
    const QList<Member> all = listing(u"NNN"_s);
    RemoveMembersDialog dialog(listener(), gated ? all : pick(all, {0}), all);
    QSignalSpy confirmed(&dialog, &RemoveMembersDialog::confirmed);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QVERIFY(showActive(dialog));
    if (gated) {
        typeInto(typedNameEdit(dialog), u"web-443"_s);
        QVERIFY(removeButton(dialog)->isEnabled());
        QCOMPARE(QApplication::focusWidget(), typedNameEdit(dialog));
    } else {
        QCOMPARE(QApplication::focusWidget(), cancelButton(dialog));
    }

    if (how == QLatin1String("Cancel click"))
        QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    else // keys go to the focus widget, as a real key press would
        QTest::keyClick(QApplication::focusWidget(),
                        how == QLatin1String("Esc") ? Qt::Key_Escape : Qt::Key_Return);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void tst_RemoveMembersDialog::shouldNotConfirmOnEnterInTypedName()
{
    const QList<Member> all = listing(u"NA"_s);
    RemoveMembersDialog dialog(listener(), pick(all, {0}), all);
    QSignalSpy confirmed(&dialog, &RemoveMembersDialog::confirmed);
    QSignalSpy finished(&dialog, &QDialog::finished);
    QVERIFY(showActive(dialog));
    QLineEdit *edit = typedNameEdit(dialog);
    typeInto(edit, u"web-443"_s);
    QVERIFY(removeButton(dialog)->isEnabled());
    QCOMPARE(QApplication::focusWidget(), edit);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Enter);
    // Neither removed nor cancelled (which would throw the typed name away).
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(edit->text(), u"web-443"_s);
}

void tst_RemoveMembersDialog::shouldConfirmExactlyOnce_data()
{
    QTest::addColumn<bool>("gated");
    QTest::addColumn<Confirm>("how");
    const QList<QPair<const char *, Confirm>> ways = {
        {"double click", Confirm::DoubleClick},
        {"double click, widget events", Confirm::DoubleClickWidgetEvents},
        {"two mouse clicks", Confirm::TwoMouseClicks},
        {"repeated Space", Confirm::RepeatedSpace},
        {"repeated Enter on Remove", Confirm::RepeatedEnter},
        {"auto-repeated Enter on Remove", Confirm::AutoRepeatEnter},
        {"clicked() delivered twice", Confirm::ClickedTwice},
    };
    for (bool gated : {false, true}) {
        for (const auto &way : ways)
            QTest::addRow("%s%s", gated ? "gated, " : "", way.first) << gated << way.second;
    }
}

void tst_RemoveMembersDialog::shouldConfirmExactlyOnce()
{
    QFETCH(bool, gated);
    QFETCH(Confirm, how);
    const QList<Member> all = listing(u"NNN"_s);
    RemoveMembersDialog dialog(listener(), gated ? all : pick(all, {0, 1}), all);
    QSignalSpy confirmed(&dialog, &RemoveMembersDialog::confirmed);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QVERIFY(showActive(dialog));
    if (gated)
        typeInto(typedNameEdit(dialog), u"web-443"_s);
    QPushButton *remove = removeButton(dialog);
    QVERIFY(remove->isEnabled());

    switch (how) {
    case Confirm::DoubleClick:
        // Through the window system: press, release, press, release; Qt makes the double click.
        QTest::mouseDClick(dialog.windowHandle(), Qt::LeftButton, Qt::NoModifier,
                           remove->mapTo(&dialog, remove->rect().center()));
        break;
    case Confirm::DoubleClickWidgetEvents:
        // What a widget sees of a double click: press, release, double-click, release.
        QTest::mousePress(remove, Qt::LeftButton);
        QTest::mouseRelease(remove, Qt::LeftButton);
        QTest::mouseDClick(remove, Qt::LeftButton);
        QTest::mouseRelease(remove, Qt::LeftButton);
        break;
    case Confirm::TwoMouseClicks:
        QTest::mouseClick(remove, Qt::LeftButton);
        QTest::mouseClick(remove, Qt::LeftButton);
        break;
    case Confirm::RepeatedSpace:
        remove->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(remove, Qt::Key_Space);
        break;
    case Confirm::RepeatedEnter:
        remove->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(remove, Qt::Key_Return);
        break;
    case Confirm::AutoRepeatEnter: {
        remove->setFocus();
        for (int i = 0; i < 5; ++i) { // a held key: presses with autoRepeat set, one release at the end
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QString(), i > 0);
            QApplication::sendEvent(remove, &press);
        }
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(remove, &release);
        break;
    }
    case Confirm::ClickedTwice:
        // Both clicks already queued before the dialog could react to the first one.
        Q_EMIT remove->clicked(false);
        Q_EMIT remove->clicked(false);
        break;
    }

    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!dialog.isVisible());
}

void tst_RemoveMembersDialog::shouldUseIdWhenListenerHasNoName()
{
    const QList<Member> all = listing(u"NNNN"_s);
    const Listener unnamed = listener(QString());
    RemoveMembersDialog dialog(unnamed, pick(all, {0, 1, 2}), all);
    QCOMPARE(dialog.windowTitle(), u"Remove 3 servers from listener "_s + unnamed.id);
    QCOMPARE(dialog.expectedTypedName(), unnamed.id);
    QVERIFY(child<QLabel>(dialog, "introLabel")->text().contains(unnamed.id));
}

void tst_RemoveMembersDialog::shouldGiveControlsAccessibleNames()
{
    const QList<Member> all = listing(u"NA"_s);
    RemoveMembersDialog dialog(listener(), pick(all, {0}), all);
    for (const char *name :
         {"reviewTable", "typedNameEdit", "removeButton", "cancelButton", "lastHealthyWarning"})
        QVERIFY2(!child<QWidget>(dialog, name)->accessibleName().isEmpty(), name);
    QCOMPARE(child<QLabel>(dialog, "typedNamePrompt")->buddy(), typedNameEdit(dialog));
}

void tst_RemoveMembersDialog::shouldFitColumnsAndAboutEightRows_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("gated"); // the warning takes room too
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("longServerName"); // widens the table, and so the dialog
    const QString shortName = u"web-443"_s;
    const QString longName = u"shop-frontend-production-eu-de-tcp-443"_s;
    QTest::newRow("1") << 1 << false << shortName << false;
    QTest::newRow("3") << 3 << false << shortName << false;
    QTest::newRow("3, long server name") << 3 << false << shortName << true;
    QTest::newRow("3, gated") << 3 << true << shortName << false;
    QTest::newRow("3, gated, long listener name") << 3 << true << longName << false;
    QTest::newRow("8") << 8 << false << shortName << false;
    QTest::newRow("8, gated, long listener name") << 8 << true << longName << false;
    QTest::newRow("40") << 40 << false << shortName << true;
}

void tst_RemoveMembersDialog::shouldFitColumnsAndAboutEightRows()
{
    QFETCH(int, count);
    QFETCH(bool, gated);
    QFETCH(QString, name);
    QFETCH(bool, longServerName);
    QList<Member> all = listing(QString(count, QLatin1Char('A')) + u"N"_s);
    if (longServerName)
        all[1].serverName = u"a-rather-long-server-name-for-the-review-table-01"_s;
    all[2 % count].healthStatus = u"UNAVAILABLE"_s; // the widest health text
    RemoveMembersDialog dialog(listener(name), all.mid(0, gated ? count + 1 : count), all);
    QVERIFY(showActive(dialog));
    auto *table = child<QTableWidget>(dialog, "reviewTable");
    // Every column readable without scrolling sideways.
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    for (int column = 0; column < table->columnCount() - 1; ++column)
        QVERIFY(table->columnWidth(column) >= table->horizontalHeader()->sectionSizeHint(column));
    // All rows of a short list at once; a long one shows about eight and scrolls.
    const int visibleRows = table->viewport()->height() / table->rowHeight(0);
    if (table->rowCount() <= 8) {
        QVERIFY(!table->verticalScrollBar()->isVisible());
        QVERIFY2(visibleRows >= table->rowCount(), qPrintable(QString::number(visibleRows)));
    } else {
        QVERIFY(table->verticalScrollBar()->isVisible());
        QVERIFY2(visibleRows >= 7 && visibleRows <= 9, qPrintable(QString::number(visibleRows)));
    }
    // No text is cut: every label is as tall as its wrapped text.
    for (const char *label :
         {"introLabel", "remainingLabel", "connectionsNote", "warningText", "typedNamePrompt"}) {
        auto *widget = child<QLabel>(dialog, label);
        if (widget->isVisible())
            QVERIFY2(widget->height() >= widget->heightForWidth(widget->width()), label);
    }
}

// Not a check: with ELBDESK_SCREENSHOT_DIR set, saves pictures of the dialog for people to look at.
void tst_RemoveMembersDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("ELBDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set ELBDESK_SCREENSHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));

    Listener l = listener(u"shop-frontend-tcp-443"_s, u"TCP"_s);
    l.tcpDraining = true;
    l.tcpDrainingTimeout = 5;
    const QList<Member> all = {
        member(u"5f2a9c1e"_s, u"shop-web-01"_s, u"192.168.10.11"_s, u"NORMAL"_s),
        member(u"7b3e0d42"_s, QString(), u"192.168.10.12"_s, u"ABNORMAL"_s),
        member(u"9c4f1e53"_s, u"shop-web-03-canary"_s, u"192.168.10.13"_s, u"NORMAL"_s),
        member(u"a1d2e3f4"_s, u"shop-web-04"_s, u"192.168.10.14"_s, u"NORMAL"_s),
        member(u"b5c6d7e8"_s, u"shop-web-05"_s, u"192.168.10.15"_s, u"ABNORMAL"_s),
    };
    {
        RemoveMembersDialog dialog(l, pick(all, {0, 1, 2}), all);
        QVERIFY(showActive(dialog));
        QTRY_VERIFY(!child<QTableWidget>(dialog, "reviewTable")->horizontalScrollBar()->isVisible());
        QVERIFY(dialog.grab().save(dir + u"/review-dialog.png"_s));
    }
    {
        RemoveMembersDialog dialog(l, pick(all, {0, 2, 3}), all);
        QVERIFY(showActive(dialog));
        typeInto(typedNameEdit(dialog), u"shop-front"_s);
        QTRY_VERIFY(!child<QTableWidget>(dialog, "reviewTable")->horizontalScrollBar()->isVisible());
        QVERIFY(dialog.grab().save(dir + u"/review-dialog-no-healthy-left.png"_s));
    }
}

QTEST_MAIN(tst_RemoveMembersDialog)
#include "tst_removemembersdialog.moc"
