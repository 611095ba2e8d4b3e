// "Find server everywhere" against the in-process sandbox: a search by private IP finds every
// listener the server is in (compared with a direct listing of every listener), a new search
// replaces the old one, listing errors are shown in words, and the remove button leads to one
// review whose confirmation hands the selection back exactly once.
#include "api/apiclient.h"
#include "api/listmembersrequest.h"
#include "auth/passwordauthenticator.h"
#include "emulatormodel.h"
#include "emulatorserver.h"
#include "emulatorstore.h"
#include "findserverdialog.h"
#include "jobs/freshnesscheck.h"
#include "jobs/memberremoval.h"
#include "multiremovedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace ElbDesk;

namespace {

constexpr int kTimeoutMs = 20000;

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

} // namespace

class tst_FindServerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hasItsParts();
    void searchByPrivateIpFindsEveryListener();
    void searchByServerIdFindsTheSame();
    void emptyQueryDoesNotSearch();
    void newSearchReplacesTheOld();
    void listingErrorsAreShownInWords();
    void removeOpensOneReviewAndConfirmsOnce();
    void freshnessCheckBeforeSendingSeesAChangeBehindTheAppsBack();

private:
    // The private IP that sits behind the most listeners of the project, per the sandbox's store.
    QString busiestAddress(QString *serverId) const;
    // Every listener whose members include `address`, by listing each one over the API.
    QSet<QString> listenersWithAddress(const QString &address);
    bool runSearch(FindServerDialog &dialog, const QString &query);

    std::unique_ptr<Emulator::EmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    QStringList m_listenerIds;
};

void tst_FindServerDialog::initTestCase()
{
    Emulator::EmulatorOptions options;
    options.jobSeconds = 1.0;
    m_server = std::make_unique<Emulator::EmulatorServer>(options);
    QVERIFY2(m_server->listen() != 0, qPrintable(m_server->errorString()));
    for (const Emulator::Listener &l : m_server->store().listeners()) {
        if (l.projectId == m_server->projectId())
            m_listenerIds.append(l.id);
    }
    QVERIFY(m_listenerIds.size() >= 4);

    Connection c;
    c.id = QStringLiteral("findserver-test");
    c.name = QStringLiteral("sandbox");
    c.cloud = QStringLiteral("sandbox");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = m_server->baseUrl();
    c.iamEndpoint = m_server->baseUrl();
    c.auth = AuthMethod::Password;
    c.userName = QString::fromLatin1(Emulator::EmulatorOptions::kDefaultUser);
    c.domainName = QString::fromLatin1(Emulator::EmulatorOptions::kDefaultDomain);
    c.projectName = QString::fromLatin1(Emulator::EmulatorOptions::kProjectName);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(
        m_nam.get(), c, new PasswordAuthenticator(QString::fromLatin1(Emulator::EmulatorOptions::kDefaultPassword)));
}

void tst_FindServerDialog::cleanupTestCase()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

QString tst_FindServerDialog::busiestAddress(QString *serverId) const
{
    QHash<QString, int> count;
    QHash<QString, QString> ids;
    for (const Emulator::Listener &l : m_server->store().listeners()) {
        if (l.projectId != m_server->projectId())
            continue;
        for (const Emulator::Member &m : l.members) {
            ++count[m.serverAddress];
            ids.insert(m.serverAddress, m.serverId);
        }
    }
    QString best;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (best.isEmpty() || it.value() > count.value(best) || (it.value() == count.value(best) && it.key() < best))
            best = it.key();
    }
    *serverId = ids.value(best);
    return best;
}

QSet<QString> tst_FindServerDialog::listenersWithAddress(const QString &address)
{
    QSet<QString> found;
    for (const QString &listenerId : std::as_const(m_listenerIds)) {
        auto *request = new ListMembersRequest(m_client.get(), listenerId);
        QList<Member> members;
        connect(request, &ListMembersRequest::finished, this, [&](ListMembersRequest *r) { members = r->members(); });
        QSignalSpy done(request, &ListMembersRequest::finished);
        request->start();
        if (!done.wait(kTimeoutMs))
            qWarning("listing %s timed out", qPrintable(listenerId));
        for (const Member &m : std::as_const(members)) {
            if (m.serverAddress == address)
                found.insert(listenerId);
        }
    }
    return found;
}

bool tst_FindServerDialog::runSearch(FindServerDialog &dialog, const QString &query)
{
    QSignalSpy finished(&dialog, &FindServerDialog::searchFinished);
    dialog.setQuery(query);
    dialog.search();
    return finished.wait(kTimeoutMs) && finished.size() == 1;
}

void tst_FindServerDialog::hasItsParts()
{
    FindServerDialog dialog(m_client.get());
    QCOMPARE(dialog.objectName(), QStringLiteral("findServerDialog"));
    QVERIFY(child<QLineEdit>(dialog, "findQueryEdit"));
    QVERIFY(child<QPushButton>(dialog, "findButton"));
    QVERIFY(child<QProgressBar>(dialog, "findProgress"));
    QVERIFY(child<QTableWidget>(dialog, "findResultsTable"));
    auto *remove = child<QPushButton>(dialog, "findRemoveButton");
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled()); // nothing selected yet
    QCOMPARE(child<QTableWidget>(dialog, "findResultsTable")->selectionMode(), QAbstractItemView::ExtendedSelection);
}

void tst_FindServerDialog::searchByPrivateIpFindsEveryListener()
{
    QString serverId;
    const QString address = busiestAddress(&serverId);
    const QSet<QString> expected = listenersWithAddress(address);
    QVERIFY2(expected.size() >= 2, "the seeded data should put a server behind several listeners");

    FindServerDialog dialog(m_client.get());
    dialog.show();
    // As an operator: type the IP and press Find.
    QTest::keyClicks(child<QLineEdit>(dialog, "findQueryEdit"), address);
    QSignalSpy finished(&dialog, &FindServerDialog::searchFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "findButton"), Qt::LeftButton);
    QVERIFY(dialog.isSearching());
    QVERIFY(finished.wait(kTimeoutMs));

    QSet<QString> found;
    for (const ServerMembership &m : dialog.results()) {
        QCOMPARE(m.member.serverAddress, address);
        QVERIFY(!m.loadBalancerName.isEmpty());
        found.insert(m.listenerId);
    }
    QCOMPARE(found, expected);
    QCOMPARE(dialog.results().size(), expected.size());

    auto *table = child<QTableWidget>(dialog, "findResultsTable");
    QCOMPARE(table->rowCount(), int(expected.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, FindServerDialog::AddressColumn)->text(), address);
        QCOMPARE(table->item(row, FindServerDialog::ServerIdColumn)->text(), serverId);
        const int index = table->item(row, 0)->data(FindServerDialog::ResultIndexRole).toInt();
        const ServerMembership &m = dialog.results().at(index);
        QCOMPARE(table->item(row, FindServerDialog::MemberIdColumn)->text(), m.member.id);
        QCOMPARE(table->item(row, FindServerDialog::ListenerColumn)->text(), m.listenerName);
        const QString health = table->item(row, FindServerDialog::HealthColumn)->text();
        QVERIFY2(!health.contains(QLatin1String("NORMAL")) && !health.isEmpty(), qPrintable(health)); // words
        QVERIFY(!table->item(row, FindServerDialog::RemainingColumn)->text().isEmpty());
    }
    auto *progress = child<QProgressBar>(dialog, "findProgress");
    QCOMPARE(progress->maximum(), int(m_listenerIds.size()));
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(child<QLabel>(dialog, "findStatusLabel")->text().contains(QString::number(expected.size())));
}

void tst_FindServerDialog::searchByServerIdFindsTheSame()
{
    QString serverId;
    const QString address = busiestAddress(&serverId);
    FindServerDialog byIp(m_client.get());
    QVERIFY(runSearch(byIp, address));
    FindServerDialog byId(m_client.get());
    QVERIFY(runSearch(byId, serverId));
    QCOMPARE(byId.results().size(), byIp.results().size());
    for (int i = 0; i < byIp.results().size(); ++i)
        QCOMPARE(byId.results().at(i).member.id, byIp.results().at(i).member.id);
}

void tst_FindServerDialog::emptyQueryDoesNotSearch()
{
    FindServerDialog dialog(m_client.get());
    dialog.setQuery(QStringLiteral("   "));
    dialog.search();
    QVERIFY(!dialog.isSearching());
    QVERIFY(!child<QLabel>(dialog, "findStatusLabel")->text().isEmpty());
    QCOMPARE(child<QTableWidget>(dialog, "findResultsTable")->rowCount(), 0);
}

void tst_FindServerDialog::newSearchReplacesTheOld()
{
    QString serverId;
    const QString address = busiestAddress(&serverId);
    FindServerDialog dialog(m_client.get());
    QSignalSpy finished(&dialog, &FindServerDialog::searchFinished);
    dialog.setQuery(QStringLiteral("ecs-")); // a broad search, replaced before it ends
    dialog.search();
    QVERIFY(dialog.isSearching());
    dialog.setQuery(address);
    dialog.search();
    QVERIFY(finished.wait(kTimeoutMs));
    // Let anything the first search might still deliver arrive: it must not count.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.isSearching(), false, kTimeoutMs);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!dialog.results().isEmpty());
    for (const ServerMembership &m : dialog.results())
        QCOMPARE(m.member.serverAddress, address);
}

void tst_FindServerDialog::listingErrorsAreShownInWords()
{
    QString serverId;
    const QString address = busiestAddress(&serverId);
    const QString broken = m_listenerIds.constLast();
    Emulator::FaultRule rule;
    rule.method = "GET";
    rule.path = QStringLiteral("/listeners/%1/members").arg(broken);
    rule.kind = Emulator::FaultKind::Error500;
    rule.count = 0; // every listing of that listener
    m_server->addFaultRule(rule);

    FindServerDialog dialog(m_client.get());
    const bool ran = runSearch(dialog, address);
    m_server->faultInjector().clearRules();
    QVERIFY(ran);
    QCOMPARE(dialog.failures().size(), 1);
    QCOMPARE(dialog.failures().constFirst().listenerId, broken);
    const QString status = child<QLabel>(dialog, "findStatusLabel")->text();
    QVERIFY2(status.contains(QLatin1String("could not be searched")), qPrintable(status));
    QVERIFY2(status.contains(dialog.failures().constFirst().error.describe()), qPrintable(status));
}

void tst_FindServerDialog::removeOpensOneReviewAndConfirmsOnce()
{
    QString serverId;
    const QString address = busiestAddress(&serverId);
    FindServerDialog dialog(m_client.get());
    dialog.show();
    QVERIFY(runSearch(dialog, address));
    auto *table = child<QTableWidget>(dialog, "findResultsTable");
    auto *remove = child<QPushButton>(dialog, "findRemoveButton");
    QVERIFY(table->rowCount() >= 2);
    QVERIFY(!remove->isEnabled());
    table->selectAll();
    QVERIFY(remove->isEnabled());
    QCOMPARE(dialog.selectedMemberships().size(), table->rowCount());

    QList<QList<ServerMembership>> confirmed;
    connect(&dialog, &FindServerDialog::removalConfirmed, this,
            [&confirmed](const QList<ServerMembership> &selected) { confirmed.append(selected); });
    QTest::mouseClick(remove, Qt::LeftButton);
    MultiRemoveDialog *review = dialog.reviewDialog();
    QVERIFY(review);
    QTRY_VERIFY(review->isVisible());
    QCOMPARE(review->listenerCount(), table->rowCount());
    QCOMPARE(review->serverCount(), 1);
    QCOMPARE(review->windowTitle(), QStringLiteral("Remove 1 server from %1 listeners").arg(table->rowCount()));
    // Clicking the remove button again raises the same review rather than opening a second one.
    remove->click();
    QCOMPARE(dialog.reviewDialog(), review);

    if (review->isGated())
        QTest::keyClicks(review->findChild<QLineEdit *>(QStringLiteral("typedNameEdit")), review->expectedTypedText());
    auto *confirm = review->findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(confirm->isEnabled());
    const QPointer<QPushButton> confirmButton(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    if (confirmButton)
        confirmButton->click(); // a second, already queued click
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.constFirst().size(), table->rowCount());
    QSet<QString> listeners;
    for (const ServerMembership &m : confirmed.constFirst())
        listeners.insert(m.listenerId);
    QCOMPARE(int(listeners.size()), table->rowCount());
    QTRY_VERIFY(!dialog.reviewDialog()); // closed and deleted
}

// What the caller does with removalConfirmed(): re-read every affected listener first. Unchanged →
// send; a member removed meanwhile by someone else → a difference to show, not stale ids to send.
void tst_FindServerDialog::freshnessCheckBeforeSendingSeesAChangeBehindTheAppsBack()
{
    QString serverId;
    const QString address = busiestAddress(&serverId);
    FindServerDialog dialog(m_client.get());
    QVERIFY(runSearch(dialog, address));
    const QList<ServerMembership> selected = dialog.results();
    QVERIFY(selected.size() >= 2);
    const QList<ListenerSelection> selections = FreshnessCheck::selectionsFor(selected);
    QCOMPARE(selections.size(), selected.size()); // one membership per listener for one server

    FreshnessCheck first(m_client.get());
    QSignalSpy firstDone(&first, &FreshnessCheck::finished);
    first.check(selections);
    QVERIFY(firstDone.wait(kTimeoutMs));
    QCOMPARE(firstDone.constFirst().constFirst().toBool(), true);

    // Someone else takes the server out of the first listener.
    const ServerMembership &taken = selected.constFirst();
    MemberOperation::Options fast;
    fast.timing.firstPollMs = 100;
    fast.timing.growth = 1.0;
    fast.timing.maxPollMs = 150;
    fast.timing.deadlineMs = kTimeoutMs;
    fast.settleAfterSuccessMs = {0, 300};
    auto *removal = new MemberRemoval(m_client.get(), taken.listenerId, {taken.member}, this);
    removal->setOptions(fast);
    QSignalSpy removed(removal, &MemberOperation::finished);
    removal->start();
    QVERIFY(removed.wait(kTimeoutMs));
    QCOMPARE(removal->outcome(), MemberOperation::Outcome::Succeeded);
    removal->deleteLater();

    FreshnessCheck second(m_client.get());
    QSignalSpy secondDone(&second, &FreshnessCheck::finished);
    second.check(selections);
    QVERIFY(secondDone.wait(kTimeoutMs));
    QCOMPARE(secondDone.constFirst().constFirst().toBool(), false);
    QCOMPARE(second.differences().size(), 1);
    QCOMPARE(second.differences().constFirst().listenerId, taken.listenerId);
    QCOMPARE(second.differences().constFirst().gone.size(), 1);
    QVERIFY2(second.describe().contains(QStringLiteral("is no longer on listener %1").arg(taken.listenerName)),
             qPrintable(second.describe()));

    // The second look: a review of what is still there, with the change spelled out.
    const QList<ServerMembership> fresh = second.refreshed(selected);
    QCOMPARE(fresh.size(), selected.size() - 1);
    MultiRemoveDialog again(fresh);
    again.setChangesNote(second.describe());
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("changesNote"))->text().contains(taken.listenerName));
    QCOMPARE(again.listenerCount(), int(fresh.size()));
}

QTEST_MAIN(tst_FindServerDialog)
#include "tst_findserverdialog.moc"
