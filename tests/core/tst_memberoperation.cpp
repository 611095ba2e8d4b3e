// MemberRemoval and MemberAddition against a small fake listener: one POST, the job, verification by
// re-listing; and after a lost answer, re-listing instead of sending the POST again
// (elb-classic-api.md §7, §11, §15.1).
#include "api/apiclient.h"
#include "auth/tokenauthenticator.h"
#include "fakenetwork.h"
#include "jobs/memberaddition.h"
#include "jobs/memberremoval.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

const QString kListener = hexId(0x11);
const QString kJob = QStringLiteral("4010b39b4fd3d5ff014fd3f160fd006c");

struct FakeMember
{
    QString id;
    QString serverId;
    QString serverAddress;
};

// One listener of a fake ELB: members, one asynchronous job at a time, and what happens to a POST.
struct FakeListener
{
    enum class Post { Accept, Reject, LoseAnswerAfterApplying, LoseAnswerWithoutApplying };

    QList<FakeMember> members;
    Post post = Post::Accept;
    QString lostAs = QStringLiteral("dropped"); // how the answer is lost: dropped, 503, cut off, timeout
    QStringList jobStatuses{QStringLiteral("INIT"), QStringLiteral("RUNNING"), QStringLiteral("SUCCESS")};
    int jobPolls = 0;
    int applyAtListing = 0; // with a lost answer: the listing (1-based) from which the change shows
    int listings = 0;
    QStringList pendingRemoval;
    QList<FakeMember> pendingAdd;
    int nextId = 0x500;

    QByteArray listJson() const
    {
        QJsonArray array;
        for (const FakeMember &m : members) {
            array.append(QJsonObject{
                {QStringLiteral("id"), m.id},
                {QStringLiteral("server_id"), m.serverId},
                {QStringLiteral("server_address"), m.serverAddress},
                {QStringLiteral("address"), QStringLiteral("100.64.0.9")},
                {QStringLiteral("server_name"), QJsonValue()},
                {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                {QStringLiteral("health_status"), QStringLiteral("NORMAL")},
                {QStringLiteral("listeners"), QJsonArray{QJsonObject{{QStringLiteral("id"), kListener}}}}});
        }
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    }
    void apply()
    {
        for (const QString &id : std::as_const(pendingRemoval))
            members.removeIf([&id](const FakeMember &m) { return m.id == id; });
        members.append(pendingAdd);
        pendingRemoval.clear();
        pendingAdd.clear();
    }
    QByteArray addEntities() const
    {
        QJsonArray added;
        for (const FakeMember &m : pendingAdd) {
            added.append(QJsonObject{{QStringLiteral("id"), m.id},
                                     {QStringLiteral("server_id"), m.serverId},
                                     {QStringLiteral("address"), QStringLiteral("100.76.148.190")},
                                     {QStringLiteral("listener_id"), kListener},
                                     {QStringLiteral("status"), QStringLiteral("ACTIVE")}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("members"), added}}).toJson(QJsonDocument::Compact);
    }

    FakeReply *answer(const RecordedRequest &r)
    {
        if (r.method == "GET" && r.path().endsWith(QLatin1String("/members"))) {
            ++listings;
            if (applyAtListing > 0 && listings >= applyAtListing)
                apply();
            return new FakeJsonReply(r, 200, listJson());
        }
        if (r.method == "GET" && r.path().contains(QLatin1String("/jobs/"))) {
            const QString status = jobStatuses.value(jobPolls++, jobStatuses.last());
            const QByteArray entities = pendingAdd.isEmpty() ? QByteArray("{}") : addEntities();
            if (status == QLatin1String("SUCCESS"))
                apply();
            if (status == QLatin1String("FAIL"))
                return new FakeJsonReply(r, 200,
                                         jobJson(kJob, status, "{}", QStringLiteral("ELB.2012"),
                                                 QStringLiteral("This member is not exist")));
            return new FakeJsonReply(r, 200, jobJson(kJob, status, entities));
        }
        if (post == Post::Reject)
            return new FakeJsonReply(r, 400,
                                     R"({"error":{"message":"This member is not exist","code":"ELB.2012"}})");
        const QJsonDocument body = QJsonDocument::fromJson(r.body);
        if (r.path().endsWith(QLatin1String("/members/action"))) {
            for (const QJsonValue &v : body.object().value(QLatin1String("removeMember")).toArray())
                pendingRemoval.append(v.toObject().value(QLatin1String("id")).toString());
        } else {
            for (const QJsonValue &v : body.array()) {
                const QJsonObject o = v.toObject();
                pendingAdd.append({hexId(nextId++), o.value(QLatin1String("server_id")).toString(),
                                   o.value(QLatin1String("address")).toString()});
            }
        }
        if (post == Post::Accept)
            return new FakeJsonReply(r, 200, jobReferenceJson(kJob));
        if (post == Post::LoseAnswerAfterApplying && applyAtListing == 0)
            apply();
        if (post == Post::LoseAnswerWithoutApplying) {
            pendingRemoval.clear();
            pendingAdd.clear();
        }
        if (lostAs == QLatin1String("503"))
            return new FakeJsonReply(r, 503, "<html>Service Unavailable</html>");
        if (lostAs == QLatin1String("cut off"))
            return new FakeCutOffReply(r, 200, "{\"uri\":\"/v1/", QNetworkReply::RemoteHostClosedError, 90);
        if (lostAs == QLatin1String("timeout"))
            return new FakeHangingReply(r);
        return new FakeErrorReply(r, QNetworkReply::RemoteHostClosedError);
    }
};

struct Fixture
{
    FakeListener listener;
    FakeNetworkAccessManager nam;
    ApiClient client{&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-members"))};

    Fixture()
    {
        for (int n = 1; n <= 3; ++n)
            listener.members.append({hexId(n), serverIdFor(n), QStringLiteral("192.168.0.%1").arg(n)});
        nam.setRouter([this](const RecordedRequest &r) { return listener.answer(r); });
        client.setRetryPolicy(fastRetryPolicy());
    }
    QList<Member> currentMembers(int count) const
    {
        QList<Member> list = parseMemberList(listener.listJson()).value;
        return list.mid(0, count);
    }
    int posts() const { return nam.count("POST"); }
    int listings() const { return nam.count("GET", QStringLiteral("/members")); }
};

MemberOperation::Options fastOptions()
{
    MemberOperation::Options o;
    o.timing.firstPollMs = 10;
    o.timing.growth = 1.5;
    o.timing.maxPollMs = 50;
    o.timing.deadlineMs = 5000;
    o.settleAfterAmbiguousMs = {0, 10, 20};
    o.settleAfterSuccessMs = {0, 10};
    return o;
}

bool runToEnd(MemberOperation *op)
{
    QSignalSpy finished(op, &MemberOperation::finished);
    op->start();
    return finished.wait(10000) && finished.size() == 1;
}

QList<MemberOperation::TargetState> states(const MemberOperation &op)
{
    QList<MemberOperation::TargetState> s;
    for (const auto &t : op.targets())
        s.append(t.state);
    return s;
}

using States = QList<MemberOperation::TargetState>;
constexpr auto Done = MemberOperation::TargetState::Done;
constexpr auto NotDone = MemberOperation::TargetState::NotDone;

} // namespace

class tst_MemberOperation : public QObject
{
    Q_OBJECT

private slots:
    void removalHappyPath();
    void removalJobFails();
    void removalRejected();
    void lostAnswerButMembersGone_data();
    void lostAnswerButMembersGone();
    void lostAnswerAndMembersStay();
    void jobDeadlineIsUnknownThenCheckAgain();
    void additionLearnsNewMemberIds();
};

void tst_MemberOperation::removalHappyPath()
{
    Fixture f;
    MemberRemoval op(&f.client, kListener, f.currentMembers(2));
    op.setOptions(fastOptions());
    QSignalSpy jobId(&op, &MemberOperation::jobIdKnown);
    QVERIFY(runToEnd(&op));
    QCOMPARE(op.outcome(), MemberOperation::Outcome::Succeeded);
    QCOMPARE(op.jobId(), kJob);
    QCOMPARE(jobId.size(), 1);
    QCOMPARE(states(op), (States{Done, Done}));
    QCOMPARE(op.postsSent(), 1);
    QCOMPARE(f.posts(), 1);
    QCOMPARE(
        f.nam.requests("POST").first().body,
        QStringLiteral(R"({"removeMember":[{"id":"%1"},{"id":"%2"}]})").arg(hexId(1), hexId(2)).toUtf8());
    QCOMPARE(f.listener.jobPolls, 3);
    QCOMPARE(f.listings(), 1); // verified by one re-listing
    QCOMPARE(f.listener.members.size(), 1);
    QVERIFY(!op.error().isError());
}

void tst_MemberOperation::removalJobFails()
{
    Fixture f;
    f.listener.jobStatuses = {QStringLiteral("INIT"), QStringLiteral("FAIL")};
    MemberRemoval op(&f.client, kListener, f.currentMembers(2));
    op.setOptions(fastOptions());
    QVERIFY(runToEnd(&op));
    QCOMPARE(op.outcome(), MemberOperation::Outcome::Failed);
    QCOMPARE(op.error().code, QStringLiteral("ELB.2012"));
    QCOMPARE(op.error().message, QStringLiteral("This member is not exist"));
    QVERIFY2(op.summary().contains(QLatin1String("ELB.2012")), qPrintable(op.summary()));
    QVERIFY2(op.summary().contains(QLatin1String("This member is not exist")), qPrintable(op.summary()));
    QCOMPARE(states(op), (States{NotDone, NotDone})); // still on the listener
    QCOMPARE(f.listener.members.size(), 3);
    QCOMPARE(f.posts(), 1);
}

void tst_MemberOperation::removalRejected()
{
    Fixture f;
    f.listener.post = FakeListener::Post::Reject;
    MemberRemoval op(&f.client, kListener, f.currentMembers(1));
    op.setOptions(fastOptions());
    QVERIFY(runToEnd(&op));
    QCOMPARE(op.outcome(), MemberOperation::Outcome::Rejected);
    QCOMPARE(op.error().code, QStringLiteral("ELB.2012"));
    QCOMPARE(f.posts(), 1);
    QCOMPARE(f.nam.count(), 1); // a clear refusal needs no re-listing and has no job
}

void tst_MemberOperation::lostAnswerButMembersGone_data()
{
    QTest::addColumn<QString>("lostAs");
    QTest::addColumn<int>("applyAtListing");
    QTest::newRow("dropped connection") << QStringLiteral("dropped") << 0;
    QTest::newRow("503 after the work was done") << QStringLiteral("503") << 0;
    QTest::newRow("200 cut off") << QStringLiteral("cut off") << 0;
    QTest::newRow("no answer in time") << QStringLiteral("timeout") << 0;
    // The cloud is still working when we first look: the settle schedule catches it later.
    QTest::newRow("dropped, visible at the third listing") << QStringLiteral("dropped") << 3;
}

void tst_MemberOperation::lostAnswerButMembersGone()
{
    QFETCH(QString, lostAs);
    QFETCH(int, applyAtListing);
    Fixture f;
    f.listener.post = FakeListener::Post::LoseAnswerAfterApplying;
    f.listener.lostAs = lostAs;
    f.listener.applyAtListing = applyAtListing;
    MemberRemoval op(&f.client, kListener, f.currentMembers(2));
    op.setOptions(fastOptions());
    QVERIFY(runToEnd(&op));
    QCOMPARE(op.outcome(), MemberOperation::Outcome::Succeeded);
    QVERIFY(op.error().isAmbiguous());
    QCOMPARE(states(op), (States{Done, Done}));
    QCOMPARE(f.posts(), 1); // exactly one POST: the answer was lost, the request was not repeated
    QCOMPARE(op.postsSent(), 1);
    QCOMPARE(f.listings(), std::max(1, applyAtListing));
    QCOMPARE(f.listener.jobPolls, 0);
    QVERIFY(op.jobId().isEmpty());
}

void tst_MemberOperation::lostAnswerAndMembersStay()
{
    Fixture f;
    f.listener.post = FakeListener::Post::LoseAnswerWithoutApplying;
    MemberRemoval op(&f.client, kListener, f.currentMembers(2));
    op.setOptions(fastOptions());
    QVERIFY(runToEnd(&op));
    QCOMPARE(op.outcome(), MemberOperation::Outcome::Unknown);
    QCOMPARE(states(op), (States{NotDone, NotDone}));
    QCOMPARE(f.listings(), 3); // the whole settle schedule: 0, 10, 20 ms
    QCOMPARE(f.posts(), 1);
    QVERIFY2(op.summary().contains(QLatin1String("Nothing was sent again")), qPrintable(op.summary()));
    QCOMPARE(f.listener.members.size(), 3);
}

void tst_MemberOperation::jobDeadlineIsUnknownThenCheckAgain()
{
    Fixture f;
    f.listener.jobStatuses = {QStringLiteral("RUNNING")};
    MemberRemoval op(&f.client, kListener, f.currentMembers(1));
    MemberOperation::Options options = fastOptions();
    options.timing.deadlineMs = 100;
    op.setOptions(options);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("outcome unknown, job id kept")));
    QVERIFY(runToEnd(&op));
    QCOMPARE(op.outcome(), MemberOperation::Outcome::Unknown); // a slow job is never a failed one
    QCOMPARE(op.jobId(), kJob);
    QVERIFY(op.summary().contains(kJob));

    f.listener.jobStatuses = {QStringLiteral("SUCCESS")};
    f.listener.jobPolls = 0;
    op.checkAgain();
    QVERIFY(QTest::qWaitFor([&op] { return op.outcome() != MemberOperation::Outcome::Pending; }, 10000));
    QCOMPARE(op.outcome(), MemberOperation::Outcome::Succeeded);
    QCOMPARE(states(op), States{Done});
    QCOMPARE(f.posts(), 1);
}

void tst_MemberOperation::additionLearnsNewMemberIds()
{
    Fixture f;
    const QList<Member> removed = f.currentMembers(2);
    f.listener.members.remove(0, 2); // they were removed earlier; now undo
    QList<MemberOperation::Target> targets = MemberRemoval::targetsFor(removed);
    MemberAddition op(&f.client, kListener, targets);
    op.setOptions(fastOptions());
    QVERIFY(runToEnd(&op));
    QCOMPARE(op.outcome(), MemberOperation::Outcome::Succeeded);
    QCOMPARE(states(op), (States{Done, Done}));
    QCOMPARE(f.posts(), 1);

    // Re-added with server_id and the PRIVATE address, never the internal 100.x one.
    const QJsonArray body = QJsonDocument::fromJson(f.nam.requests("POST").first().body).array();
    QCOMPARE(body.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject o = body.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("server_id")).toString(), removed.at(i).serverId);
        QCOMPARE(o.value(QLatin1String("address")).toString(), removed.at(i).serverAddress);
        QCOMPARE(o.keys().size(), 2);
    }
    // New member ids come from the job's entities and differ from the removed ones.
    QCOMPARE(op.job().entityMemberIds(), (QStringList{hexId(0x500), hexId(0x501)}));
    QCOMPARE(op.targets().at(0).memberId, hexId(0x500));
    QCOMPARE(op.targets().at(1).memberId, hexId(0x501));
    QVERIFY(op.targets().at(0).memberId != removed.at(0).id);
    QCOMPARE(f.listings(), 1);
    QCOMPARE(f.listener.members.size(), 3);
}

QTEST_GUILESS_MAIN(tst_MemberOperation)
#include "tst_memberoperation.moc"
