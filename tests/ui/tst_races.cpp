// Races in the operator's path, offscreen, with the real MainWindow against the embedded sandbox:
// a refresh of the same listener in flight while its removal is reviewed and confirmed, and the
// listener deleted on the server while its review dialog is open (before the confirm, and between
// the fresh-data check and the POST). What the operator reviewed is exactly what is sent or nothing
// is; a deleted listener gives an error in words, no POST reaches another listener, and the journal
// holds every attempt with its result.
#include "emulatoroptions.h"
#include "emulatorserver.h"
#include "emulatorstore.h"
#include "jobs/jobcenter.h"
#include "jobs/journalrecorder.h"
#include "mainwindow.h"
#include "memberpane.h"
#include "messagebar.h"
#include "model/membermodel.h"
#include "removemembersdialog.h"
#include "store/journal.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QAction>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    ProfileStore profiles{dir.filePath(QStringLiteral("connections.ini"))};
    MemorySecretStore secrets;
    QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    MainWindow window{&profiles, &secrets, nullptr, journalPath};
};

Emulator::EmulatorOptions quickSandbox()
{
    Emulator::EmulatorOptions o = MainWindow::demoOptions();
    o.largeListenerMembers = 300;
    o.jobSeconds = 0.4;
    return o;
}

QJsonArray posts(Emulator::EmulatorServer *sandbox)
{
    QJsonArray found;
    const QJsonArray log = sandbox->requestsJson();
    for (const QJsonValue &v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("method")).toString() == QLatin1String("POST") &&
            o.value(QLatin1String("path")).toString().contains(QLatin1String("/elbaas/listeners/")))
            found.append(o);
    }
    return found;
}

QSet<QString> removedIdsIn(const QJsonObject &post)
{
    QSet<QString> ids;
    const QJsonArray members = QJsonDocument::fromJson(post.value(QLatin1String("body")).toString().toUtf8())
                                   .object()
                                   .value(QLatin1String("removeMember"))
                                   .toArray();
    for (const QJsonValue &m : members)
        ids.insert(m.toObject().value(QLatin1String("id")).toString());
    return ids;
}

QSet<QString> idsOf(const QList<Member> &members)
{
    QSet<QString> ids;
    for (const Member &m : members)
        ids.insert(m.id);
    return ids;
}

// Opens the sandbox and shows a listener with `minMembers`..`maxMembers` members and at least
// `minHealthy` healthy ones.
bool openAndShow(Fixture &f, int minMembers, int maxMembers, int minHealthy = 0)
{
    QSignalSpy tree(&f.window, &MainWindow::treeLoaded);
    f.window.openSandbox(quickSandbox());
    if (!tree.wait(20000))
        return false;
    for (const Emulator::Listener &l : f.window.sandbox()->store().listeners()) {
        const int n = int(l.members.size());
        const int healthy =
            int(std::count_if(l.members.cbegin(), l.members.cend(), [](const Emulator::Member &m) {
                return m.health == Emulator::Health::Normal;
            }));
        if (n < minMembers || n > maxMembers || healthy < minHealthy ||
            l.projectId != f.window.sandbox()->projectId())
            continue;
        QSignalSpy loaded(f.window.memberPane(), &MemberPane::loaded);
        if (!f.window.selectListener(l.id))
            return false;
        return loaded.wait(20000) || f.window.memberPane()->model()->rowCount() >= minMembers;
    }
    return false;
}

void selectRows(MemberPane *pane, const QList<int> &rows)
{
    QItemSelectionModel *selection = pane->view()->selectionModel();
    selection->clearSelection();
    for (int row : rows)
        selection->select(pane->view()->model()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

RemoveMembersDialog *openReview(Fixture &f)
{
    auto *remove = f.window.findChild<QAction *>(QStringLiteral("removeAction"));
    if (!remove || !remove->isEnabled())
        return nullptr;
    remove->trigger();
    return f.window.reviewDialog();
}

QSet<QString> reviewedIds(RemoveMembersDialog *dialog)
{
    return idsOf(dialog->members());
}

// What the review table shows, as text: the operator's view of the reviewed set.
QString reviewTableText(RemoveMembersDialog *dialog)
{
    auto *table = dialog->findChild<QAbstractItemView *>(QStringLiteral("reviewTable"));
    QString text;
    for (int r = 0; table && r < table->model()->rowCount(); ++r)
        for (int c = 0; c < table->model()->columnCount(); ++c)
            text += table->model()->index(r, c).data().toString() + QLatin1Char('|');
    return text;
}

bool stallMemberListing(Emulator::EmulatorServer *sandbox, const QString &listenerId, int ms)
{
    return sandbox->addFaultRules(
        QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                               {QStringLiteral("path"), listenerId + QStringLiteral("/members")},
                               {QStringLiteral("kind"), QStringLiteral("stall")},
                               {QStringLiteral("stall_ms"), ms},
                               {QStringLiteral("count"), 1}}});
}

// The store has no "delete": moving the listener out of the project makes every ELB call about it
// answer 404 ELB.2011 "does not exist", exactly as for a deleted one.
void deleteOnServer(Emulator::EmulatorServer *sandbox, const QString &listenerId)
{
    Emulator::Listener *l = sandbox->store().listener(listenerId);
    QVERIFY(l);
    l->projectId = QStringLiteral("00000000000000000000000000000000");
}

} // namespace

class tst_Races : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshInFlightDoesNotChangeTheReviewedSet();
    void removeDuringAMultiPageRefreshReviewsTheWholeSelection();
    void confirmDuringRefreshComparesWithWhatWasReviewed();
    void listenerDeletedBeforeConfirmIsShownAgainThenJournaled();
    void listenerDeletedBetweenCheckAndPostIsJournaled();
};

void tst_Races::refreshInFlightDoesNotChangeTheReviewedSet()
{
    Fixture f;
    QVERIFY(openAndShow(f, 6, 100));
    MemberPane *pane = f.window.memberPane();
    const QString listenerId = pane->listener().id;
    selectRows(pane, {0, 2});
    const QSet<QString> chosen = idsOf(pane->selectedMembers());
    QCOMPARE(chosen.size(), 2);

    RemoveMembersDialog *dialog = openReview(f);
    QVERIFY(dialog);
    const QString shown = reviewTableText(dialog);
    QCOMPARE(reviewedIds(dialog), chosen);

    // A refresh of the same listener starts while the review is open, and is slow.
    QVERIFY(stallMemberListing(f.window.sandbox(), listenerId, 1500));
    QSignalSpy loaded(pane, &MemberPane::loaded);
    f.window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(pane->isLoading());
    QCOMPARE(reviewTableText(dialog), shown);
    QVERIFY(loaded.wait(20000));
    // The refresh's result does not change what is under review.
    QVERIFY(f.window.reviewDialog() == dialog);
    QCOMPARE(reviewTableText(dialog), shown);
    QCOMPARE(reviewedIds(dialog), chosen);

    QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    auto *op = finished.first().first().value<MemberOperation *>();
    QCOMPARE(op->outcome(), MemberOperation::Outcome::Succeeded);
    const QJsonArray sent = posts(f.window.sandbox());
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().toObject().value(QLatin1String("path")).toString().contains(listenerId));
    QCOMPARE(removedIdsIn(sent.first().toObject()), chosen); // exactly what was reviewed

    Journal other(f.journalPath);
    QVERIFY(other.open());
    const QList<JournalOperation> ops = other.operations();
    QCOMPARE(ops.size(), 1);
    QSet<QString> journaled;
    for (const JournalMember &m : ops.first().members)
        journaled.insert(m.memberId);
    QCOMPARE(journaled, chosen);
}

void tst_Races::removeDuringAMultiPageRefreshReviewsTheWholeSelection()
{
    Fixture f;
    QVERIFY(openAndShow(f, 6, 40));
    const QString listenerId = f.window.memberPane()->listener().id;
    // The same sandbox with two members per page, so that a refresh arrives in several pieces.
    Connection c;
    c.id = QStringLiteral("sandbox-paged");
    c.name = QStringLiteral("Sandbox, 2 per page");
    c.cloud = QStringLiteral("sandbox");
    c.region = QStringLiteral("sandbox");
    c.elbEndpoint = f.window.sandbox()->baseUrl();
    c.iamEndpoint = f.window.sandbox()->baseUrl();
    c.userName = QLatin1String(Emulator::EmulatorOptions::kDefaultUser);
    c.domainName = QLatin1String(Emulator::EmulatorOptions::kDefaultDomain);
    c.projectName = QLatin1String(Emulator::EmulatorOptions::kProjectName);
    c.pageSize = 2;
    Credentials credentials;
    credentials.password = QLatin1String(Emulator::EmulatorOptions::kDefaultPassword);
    QSignalSpy tree(&f.window, &MainWindow::treeLoaded);
    f.window.openConnection(c, credentials);
    QVERIFY(tree.wait(20000));
    MemberPane *pane = f.window.memberPane();
    QSignalSpy loaded(pane, &MemberPane::loaded);
    QVERIFY(f.window.selectListener(listenerId));
    QVERIFY(loaded.wait(20000));
    const int rows = pane->view()->model()->rowCount();
    QVERIFY(rows >= 6);
    // The first and the last member: on the first and on the last page.
    selectRows(pane, {0, rows - 1});
    const QSet<QString> chosen = idsOf(pane->selectedMembers());
    QCOMPARE(chosen.size(), 2);

    // Refresh: the first page comes at once, the second one is slow.
    QVERIFY(f.window.sandbox()->addFaultRules(
        QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                               {QStringLiteral("path"), listenerId + QStringLiteral("/members")},
                               {QStringLiteral("kind"), QStringLiteral("stall")},
                               {QStringLiteral("stall_ms"), 3000},
                               {QStringLiteral("after"), 1},
                               {QStringLiteral("count"), 1}}}));
    f.window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() >= 2, 10000);
    QVERIFY(pane->isLoading());

    // The operator presses Remove now. Either removing waits for the listing, or the review shows
    // both selected members — never only the one that happens to be loaded already.
    auto *remove = f.window.findChild<QAction *>(QStringLiteral("removeAction"));
    if (remove->isEnabled())
        remove->trigger();
    RemoveMembersDialog *dialog = f.window.reviewDialog();
    if (dialog) {
        QCOMPARE(reviewedIds(dialog), chosen);
        dialog->reject();
    }
    QVERIFY(loaded.wait(20000) || !pane->isLoading());
    // After the refresh, the whole selection is back and can be reviewed.
    if (!dialog) {
        QCOMPARE(idsOf(pane->selectedMembers()), chosen);
        QVERIFY(remove->isEnabled());
    }
    QCOMPARE(posts(f.window.sandbox()).size(), 0);
}

void tst_Races::confirmDuringRefreshComparesWithWhatWasReviewed()
{
    Fixture f;
    QVERIFY(openAndShow(f, 4, 100, 3));
    MemberPane *pane = f.window.memberPane();
    const QString listenerId = pane->listener().id;
    // One healthy member selected; the listener's other healthy members are what the check counts.
    int row = -1;
    QAbstractItemModel *shown = pane->view()->model();
    for (int r = 0; r < shown->rowCount() && row < 0; ++r) {
        const QString id = shown->index(r, 0).data(MemberModel::MemberIdRole).toString();
        for (const Member &m : pane->allMembers()) {
            if (m.id == id && m.isHealthy())
                row = r;
        }
    }
    QVERIFY(row >= 0);
    selectRows(pane, {row});
    const QSet<QString> chosen = idsOf(pane->selectedMembers());
    RemoveMembersDialog *dialog = openReview(f);
    QVERIFY(dialog);

    // The refresh is in flight (its model is emptied and refilling) when the operator confirms ...
    QVERIFY(stallMemberListing(f.window.sandbox(), listenerId, 4000));
    f.window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(pane->isLoading());
    // ... and meanwhile another healthy member of this listener went unhealthy.
    Emulator::Listener *l = f.window.sandbox()->store().listener(listenerId);
    QVERIFY(l);
    bool flipped = false;
    for (Emulator::Member &m : l->members) {
        if (!chosen.contains(m.id) && m.health == Emulator::Health::Normal && !flipped) {
            m.health = Emulator::Health::Abnormal;
            flipped = true;
        }
    }
    QVERIFY(flipped);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);

    // The fresh-data check must compare with the listener as REVIEWED (N healthy), not with the
    // half-loaded refresh (0 healthy): fewer healthy members now means a second look, not a POST.
    QTRY_VERIFY_WITH_TIMEOUT(f.window.findChild<QDialog *>(QStringLiteral("multiRemoveDialog")) ||
                                 !posts(f.window.sandbox()).isEmpty(),
                             15000);
    QCOMPARE(posts(f.window.sandbox()).size(), 0);
    auto *again = f.window.findChild<QDialog *>(QStringLiteral("multiRemoveDialog"));
    QVERIFY(again);
}

void tst_Races::listenerDeletedBeforeConfirmIsShownAgainThenJournaled()
{
    Fixture f;
    QVERIFY(openAndShow(f, 4, 100));
    MemberPane *pane = f.window.memberPane();
    const QString listenerId = pane->listener().id;
    selectRows(pane, {0, 1});
    const QSet<QString> chosen = idsOf(pane->selectedMembers());
    RemoveMembersDialog *dialog = openReview(f);
    QVERIFY(dialog);
    deleteOnServer(f.window.sandbox(), listenerId);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);

    // The fresh-data check cannot re-read the listener: a second look that says why, nothing sent yet.
    QDialog *again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((again = f.window.findChild<QDialog *>(QStringLiteral("multiRemoveDialog"))),
                             15000);
    auto *note = again->findChild<QLabel *>(QStringLiteral("changesNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("does not exist")), qPrintable(note->text()));
    QCOMPARE(posts(f.window.sandbox()).size(), 0);
    QCOMPARE(f.window.jobCenter()->operations().size(), 0);

    // The operator insists: the POST goes to that listener only, fails in words, and is journaled.
    QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
    auto *confirm = again->findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(confirm);
    if (!confirm->isEnabled()) {
        // A typed-name gate (a last healthy member): type it.
        auto *typed = again->findChild<QLineEdit *>(QStringLiteral("typedNameEdit"));
        QVERIFY(typed);
        QTest::keyClicks(typed, pane->listener().name.isEmpty() ? listenerId : pane->listener().name);
    }
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    auto *op = finished.first().first().value<MemberOperation *>();
    QCOMPARE(op->outcome(), MemberOperation::Outcome::Rejected);
    QVERIFY2(op->summary().contains(QLatin1String("does not exist")), qPrintable(op->summary()));
    const QJsonArray sent = posts(f.window.sandbox());
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().toObject().value(QLatin1String("path")).toString().contains(listenerId));
    QCOMPARE(removedIdsIn(sent.first().toObject()), chosen);
    Journal other(f.journalPath);
    QVERIFY(other.open());
    QTRY_VERIFY(!other.operations().isEmpty() && other.operations().first().isFinished());
    const JournalOperation j = other.operations().first();
    QCOMPARE(j.status, QStringLiteral("FAIL"));
    QCOMPARE(j.errorCode, QStringLiteral("ELB.2011"));
}

void tst_Races::listenerDeletedBetweenCheckAndPostIsJournaled()
{
    Fixture f;
    QVERIFY(openAndShow(f, 4, 100));
    MemberPane *pane = f.window.memberPane();
    const QString listenerId = pane->listener().id;
    selectRows(pane, {0, 1});
    const QSet<QString> chosen = idsOf(pane->selectedMembers());
    RemoveMembersDialog *dialog = openReview(f);
    QVERIFY(dialog);
    // The fresh-data check passes; the listener disappears after it, before the POST leaves.
    connect(f.window.jobCenter(), &JobCenter::operationAdded, this,
            [&f, listenerId] { deleteOnServer(f.window.sandbox(), listenerId); });
    QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    auto *op = finished.first().first().value<MemberOperation *>();
    QCOMPARE(op->outcome(), MemberOperation::Outcome::Rejected);
    QVERIFY2(op->summary().contains(QLatin1String("does not exist")), qPrintable(op->summary()));
    QVERIFY2(op->summary().contains(QLatin1String("404")), qPrintable(op->summary()));

    // One POST, to that listener, with the reviewed ids: nothing reached a different listener.
    const QJsonArray sent = posts(f.window.sandbox());
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().toObject().value(QLatin1String("path")).toString().contains(listenerId));
    QCOMPARE(removedIdsIn(sent.first().toObject()), chosen);

    // The journal holds the attempt and its result.
    const qint64 id = f.window.recorder()->journalId(op);
    QVERIFY(id > 0);
    Journal other(f.journalPath);
    QVERIFY(other.open());
    QTRY_VERIFY(other.operation(id) && other.operation(id)->isFinished());
    const JournalOperation j = *other.operation(id);
    QCOMPARE(j.listenerId, listenerId);
    QCOMPARE(j.status, QStringLiteral("FAIL"));
    QCOMPARE(j.errorCode, QStringLiteral("ELB.2011"));
    QVERIFY(j.failReason.contains(QLatin1String("does not exist")));
    QCOMPARE(j.members.size(), 2);
    for (const JournalMember &m : j.members)
        QCOMPARE(m.outcome, QStringLiteral("still-present"));
    QVERIFY(other.unfinished().isEmpty());
}

QTEST_MAIN(tst_Races)
#include "tst_races.moc"
