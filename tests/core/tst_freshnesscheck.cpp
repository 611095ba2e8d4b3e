// FreshnessCheck against the real sandbox process (tests/core link elbdesk_core only): an unchanged
// selection passes, a member removed behind the app's back is reported gone, and changed health or
// fewer healthy members than reviewed are differences to look at again.
#include "api/apiclient.h"
#include "api/listlistenersrequest.h"
#include "api/listmembersrequest.h"
#include "auth/passwordauthenticator.h"
#include "emulatorprocess.h"
#include "jobs/freshnesscheck.h"
#include "jobs/memberremoval.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ElbDesk;
using ElbDesk::Test::EmulatorProcess;

namespace {

constexpr int kTimeoutMs = 20000;

MemberOperation::Options fastOptions()
{
    MemberOperation::Options o;
    o.timing.firstPollMs = 100;
    o.timing.growth = 1.0;
    o.timing.maxPollMs = 150;
    o.timing.deadlineMs = kTimeoutMs;
    o.settleAfterSuccessMs = {0, 300, 600};
    o.settleAfterAmbiguousMs = {0, 300};
    return o;
}

int healthyIn(const QList<Member> &members)
{
    return int(std::count_if(members.cbegin(), members.cend(), [](const Member &m) { return m.isHealthy(); }));
}

} // namespace

class tst_FreshnessCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unchangedSelectionPasses();
    void emptySelectionPasses();
    void memberRemovedBehindTheAppsBackIsGone();
    void fewerHealthyThanReviewedIsADifference();
    void changedHealthIsADifference();
    void unreadableListenerIsNeverUnchanged();
    void abortIsNeverUnchanged();
    void selectionsForGroupsMembershipsByListener();

private:
    QList<Member> membersOf(const Listener &listener);
    ListenerSelection selectionOf(const Listener &listener, const QList<Member> &all, const QList<int> &picked);
    bool run(FreshnessCheck &check, const QList<ListenerSelection> &selections, bool *unchanged);

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    QList<Listener> m_listeners;
};

void tst_FreshnessCheck::initTestCase()
{
    m_emulator = std::make_unique<EmulatorProcess>(QStringList{QStringLiteral("--job-seconds"), QStringLiteral("1")});
    QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->errorString()));

    Connection c;
    c.id = QStringLiteral("freshness-test");
    c.name = QStringLiteral("sandbox");
    c.cloud = QStringLiteral("sandbox");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = m_emulator->baseUrl();
    c.iamEndpoint = m_emulator->baseUrl();
    c.auth = AuthMethod::Password;
    c.userName = QStringLiteral("operator");
    c.domainName = QStringLiteral("sandbox-domain");
    c.projectName = QStringLiteral("eu-de");
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get(), c,
                                           new PasswordAuthenticator(QStringLiteral("sandbox-password")));

    auto *request = new ListListenersRequest(m_client.get(), QString(), this);
    QSignalSpy done(request, &ApiRequest::finished);
    request->start();
    QVERIFY(done.wait(kTimeoutMs));
    QVERIFY2(!request->error().isError(), qPrintable(request->error().describe()));
    // Listeners with enough members that taking a few never empties them.
    for (const Listener &l : request->listeners()) {
        if (!l.name.endsWith(QLatin1String("-empty")) && !l.name.endsWith(QLatin1String("-last-healthy")))
            m_listeners.append(l);
    }
    QVERIFY(m_listeners.size() >= 4);
}

void tst_FreshnessCheck::cleanupTestCase()
{
    m_client.reset();
    m_nam.reset();
    m_emulator.reset();
}

QList<Member> tst_FreshnessCheck::membersOf(const Listener &listener)
{
    auto *request = new ListMembersRequest(m_client.get(), listener.id);
    QList<Member> members;
    connect(request, &ListMembersRequest::finished, this, [&](ListMembersRequest *r) { members = r->members(); });
    QSignalSpy done(request, &ListMembersRequest::finished);
    request->start();
    if (!done.wait(kTimeoutMs))
        qWarning("listing the members of listener %s timed out", qPrintable(listener.id));
    return members;
}

ListenerSelection tst_FreshnessCheck::selectionOf(const Listener &listener, const QList<Member> &all,
                                                  const QList<int> &picked)
{
    ListenerSelection s;
    s.listenerId = listener.id;
    s.listenerName = listener.name;
    for (int i : picked)
        s.selected.append(all.at(i));
    s.healthyShown = healthyIn(all);
    return s;
}

bool tst_FreshnessCheck::run(FreshnessCheck &check, const QList<ListenerSelection> &selections, bool *unchanged)
{
    QSignalSpy finished(&check, &FreshnessCheck::finished);
    check.check(selections);
    if (!finished.wait(kTimeoutMs) || finished.size() != 1)
        return false;
    *unchanged = finished.at(0).at(0).toBool();
    return true;
}

void tst_FreshnessCheck::unchangedSelectionPasses()
{
    QList<ListenerSelection> selections;
    for (int i = 0; i < 3; ++i) {
        const QList<Member> all = membersOf(m_listeners.at(i));
        QVERIFY(all.size() >= 2);
        selections.append(selectionOf(m_listeners.at(i), all, {0, 1}));
    }
    FreshnessCheck check(m_client.get());
    check.setMaxInFlight(2);
    QSignalSpy progress(&check, &FreshnessCheck::progress);
    bool unchanged = false;
    QVERIFY(run(check, selections, &unchanged));
    QVERIFY(unchanged);
    QVERIFY(check.isUnchanged());
    QVERIFY(check.differences().isEmpty());
    QVERIFY(check.describe().isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 3);
    QCOMPARE(progress.constLast().at(1).toInt(), 3);
    QCOMPARE(check.freshMembers(m_listeners.at(0).id).size(), membersOf(m_listeners.at(0)).size());
}

void tst_FreshnessCheck::emptySelectionPasses()
{
    FreshnessCheck check(m_client.get());
    bool unchanged = false;
    QVERIFY(run(check, {}, &unchanged));
    QVERIFY(unchanged);
}

void tst_FreshnessCheck::memberRemovedBehindTheAppsBackIsGone()
{
    const Listener &listener = m_listeners.at(3);
    const QList<Member> reviewed = membersOf(listener);
    QVERIFY(reviewed.size() >= 4);
    const ListenerSelection selection = selectionOf(listener, reviewed, {1, 2});

    // Someone else removes one of the selected members after the review.
    auto *removal = new MemberRemoval(m_client.get(), listener.id, {reviewed.at(2)}, this);
    removal->setOptions(fastOptions());
    QSignalSpy removed(removal, &MemberOperation::finished);
    removal->start();
    QVERIFY(removed.wait(kTimeoutMs));
    QCOMPARE(removal->outcome(), MemberOperation::Outcome::Succeeded);

    FreshnessCheck check(m_client.get());
    bool unchanged = true;
    QVERIFY(run(check, {selection}, &unchanged));
    QVERIFY(!unchanged);
    const QList<FreshnessDifference> differences = check.differences();
    QCOMPARE(differences.size(), 1);
    const FreshnessDifference &d = differences.constFirst();
    QCOMPARE(d.listenerId, listener.id);
    QCOMPARE(d.listenerName, listener.name);
    QVERIFY(!d.error.isError());
    QCOMPARE(d.gone.size(), 1);
    QCOMPARE(d.gone.constFirst().id, reviewed.at(2).id);
    QVERIFY(d.healthChanged.isEmpty());
    const QString label =
        reviewed.at(2).serverName.isEmpty() ? reviewed.at(2).serverAddress : reviewed.at(2).serverName;
    QVERIFY2(check.describe().contains(QStringLiteral("%1 is no longer on listener %2").arg(label, listener.name)),
             qPrintable(check.describe()));

    // For the second look: the gone member dropped, the listener counted as it is now.
    QList<ServerMembership> memberships;
    for (const Member &m : selection.selected)
        memberships.append({listener.loadBalancerId, QString(), listener.id, listener.name, m,
                            int(reviewed.size()), selection.healthyShown});
    const QList<ServerMembership> now = check.refreshed(memberships);
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.constFirst().member.id, reviewed.at(1).id);
    QCOMPARE(now.constFirst().listenerMembers, int(reviewed.size()) - 1);
}

void tst_FreshnessCheck::fewerHealthyThanReviewedIsADifference()
{
    const Listener &listener = m_listeners.at(1);
    const QList<Member> all = membersOf(listener);
    ListenerSelection selection = selectionOf(listener, all, {0});
    const int healthyNow = selection.healthyShown;
    selection.healthyShown = healthyNow + 2; // the review showed two more healthy members

    FreshnessCheck check(m_client.get());
    bool unchanged = true;
    QVERIFY(run(check, {selection}, &unchanged));
    QVERIFY(!unchanged);
    QCOMPARE(check.differences().size(), 1);
    const FreshnessDifference d = check.differences().constFirst();
    QVERIFY(d.gone.isEmpty());
    QCOMPARE(d.healthyBefore, healthyNow + 2);
    QCOMPARE(d.healthyNow, healthyNow);
    QVERIFY2(check.describe().contains(QStringLiteral("when reviewed")), qPrintable(check.describe()));
    QVERIFY2(check.describe().contains(listener.name), qPrintable(check.describe()));
}

void tst_FreshnessCheck::changedHealthIsADifference()
{
    const Listener &listener = m_listeners.at(2);
    const QList<Member> all = membersOf(listener);
    ListenerSelection selection = selectionOf(listener, all, {0, 1});
    const QString nowStatus = selection.selected[1].healthStatus;
    // As if the review had shown another health for the second member.
    selection.selected[1].healthStatus = nowStatus == QLatin1String("NORMAL") ? QStringLiteral("ABNORMAL")
                                                                              : QStringLiteral("NORMAL");

    FreshnessCheck check(m_client.get());
    bool unchanged = true;
    QVERIFY(run(check, {selection}, &unchanged));
    QVERIFY(!unchanged);
    QCOMPARE(check.differences().size(), 1);
    const FreshnessDifference d = check.differences().constFirst();
    QCOMPARE(d.healthChanged.size(), 1);
    QCOMPARE(d.healthChanged.constFirst().first.id, all.at(1).id);
    QCOMPARE(d.healthChanged.constFirst().second.healthStatus, nowStatus);
    QVERIFY2(check.describe().contains(QStringLiteral("when reviewed")), qPrintable(check.describe()));
}

void tst_FreshnessCheck::unreadableListenerIsNeverUnchanged()
{
    ListenerSelection selection;
    selection.listenerId = QStringLiteral("0123456789abcdef0123456789abcdef"); // no such listener
    selection.listenerName = QStringLiteral("vanished");
    FreshnessCheck check(m_client.get());
    bool unchanged = true;
    QVERIFY(run(check, {selection}, &unchanged));
    QVERIFY(!unchanged);
    QCOMPARE(check.differences().size(), 1);
    QVERIFY(check.differences().constFirst().error.isError());
    QVERIFY2(check.describe().contains(QStringLiteral("could not be read again")), qPrintable(check.describe()));
}

void tst_FreshnessCheck::abortIsNeverUnchanged()
{
    QList<ListenerSelection> selections;
    for (int i = 0; i < 3; ++i)
        selections.append({m_listeners.at(i).id, m_listeners.at(i).name, {}, 0});
    FreshnessCheck check(m_client.get());
    QSignalSpy finished(&check, &FreshnessCheck::finished);
    check.check(selections);
    check.abort(); // before any listing could answer
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(check.differences().size(), 3);
    for (const FreshnessDifference &d : check.differences())
        QCOMPARE(d.error.kind, ApiError::Kind::Aborted);
    QVERIFY(!check.isRunning());
    // Nothing more arrives afterwards.
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

void tst_FreshnessCheck::selectionsForGroupsMembershipsByListener()
{
    const auto membership = [](const QString &listener, const QString &memberId, int healthy) {
        ServerMembership m;
        m.listenerId = listener;
        m.listenerName = listener + QStringLiteral("-name");
        m.member.id = memberId;
        m.listenerHealthy = healthy;
        return m;
    };
    const QList<ListenerSelection> selections = FreshnessCheck::selectionsFor(
        {membership(QStringLiteral("L1"), QStringLiteral("a"), 5), membership(QStringLiteral("L2"), QStringLiteral("b"), 2),
         membership(QStringLiteral("L1"), QStringLiteral("c"), 5), membership(QStringLiteral("L1"), QStringLiteral("a"), 5)});
    QCOMPARE(selections.size(), 2);
    QCOMPARE(selections.at(0).listenerId, QStringLiteral("L1"));
    QCOMPARE(selections.at(0).listenerName, QStringLiteral("L1-name"));
    QCOMPARE(selections.at(0).selected.size(), 2);
    QCOMPARE(selections.at(0).selected.at(1).id, QStringLiteral("c"));
    QCOMPARE(selections.at(0).healthyShown, 5);
    QCOMPARE(selections.at(1).healthyShown, 2);
}

QTEST_GUILESS_MAIN(tst_FreshnessCheck)
#include "tst_freshnesscheck.moc"
