// Member removal and re-adding with their jobs (elb-classic-api.md §6–§8): the job lifecycle,
// when state changes, both job URLs, and every documented error of the two POSTs.

#include "emulatorjobs.h"
#include "emulatorstore.h"
#include "emulatortesthttp.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

const QRegularExpression kIsoMillis(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

QJsonDocument removal(const QStringList &ids)
{
    QJsonArray items;
    for (const QString &id : ids)
        items.append(QJsonObject{{QStringLiteral("id"), id}});
    return QJsonDocument(QJsonObject{{QStringLiteral("removeMember"), items}});
}

} // namespace

class TestEmulatorJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removalLifecycle();
    void jobOnBothPaths();
    void removalErrors();
    void secondRemovalOfSameMemberFails();
    void addGivesNewMemberIds();
    void addErrors();
    void thousandsOfJobsAreCheap();
};

void TestEmulatorJobs::removalLifecycle()
{
    Sandbox s({QStringLiteral("--job-seconds"), QStringLiteral("2.5")}); // INIT lasts 0.5 s
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QJsonArray before = s.members(l);
    const QStringList ids{before.at(0).toObject().value(QStringLiteral("id")).toString(),
                          before.at(7).toObject().value(QStringLiteral("id")).toString()};
    // otc-tools sends an extra "address": accepted and ignored.
    QJsonObject withAddress{{QStringLiteral("removeMember"),
                             QJsonArray{QJsonObject{{QStringLiteral("id"), ids.at(0)}, {QStringLiteral("address"), QStringLiteral("10.0.0.1")}},
                                        QJsonObject{{QStringLiteral("id"), ids.at(1)}}}}};
    const HttpResult r = s.http->post(s.elb(QStringLiteral("listeners/%1/members/action").arg(l)), QJsonDocument(withAddress));
    QCOMPARE(r.status, 200);
    const QString jobId = r.object().value(QStringLiteral("job_id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(jobId).hasMatch());
    QCOMPARE(r.object().value(QStringLiteral("uri")).toString(), QStringLiteral("/v1/%1/jobs/%2").arg(s.project, jobId));

    QJsonObject job = s.http->get(s.job(jobId)).object();
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("INIT"));
    QCOMPARE(job.value(QStringLiteral("entities")).toObject(), QJsonObject());
    QCOMPARE(job.value(QStringLiteral("job_type")).toString(), QStringLiteral("removeMember"));
    QCOMPARE(job.value(QStringLiteral("job_id")).toString(), jobId);
    QVERIFY(kIsoMillis.match(job.value(QStringLiteral("begin_time")).toString()).hasMatch());
    QCOMPARE(job.value(QStringLiteral("end_time")).toString(), QString());
    QVERIFY(job.value(QStringLiteral("error_code")).isNull());
    QVERIFY(job.value(QStringLiteral("fail_reason")).isNull());

    QTRY_COMPARE_WITH_TIMEOUT(s.jobStatus(jobId), QStringLiteral("RUNNING"), 5000);
    job = s.http->get(s.job(jobId)).object();
    const QJsonObject entities = job.value(QStringLiteral("entities")).toObject();
    QCOMPARE(entities.value(QStringLiteral("listener_id")).toString(), l);
    QCOMPARE(entities.value(QStringLiteral("members")).toArray(),
             QJsonArray({QJsonObject{{QStringLiteral("id"), ids.at(0)}}, QJsonObject{{QStringLiteral("id"), ids.at(1)}}}));
    // Still there while RUNNING.
    QCOMPARE(s.members(l).size(), 20);
    QCOMPARE(s.http->get(s.elb(QStringLiteral("listeners/") + l)).object().value(QStringLiteral("member_number")).toInt(), 20);

    QTRY_COMPARE_WITH_TIMEOUT(s.jobStatus(jobId), QStringLiteral("SUCCESS"), 5000);
    job = s.http->get(s.job(jobId)).object();
    QVERIFY(kIsoMillis.match(job.value(QStringLiteral("end_time")).toString()).hasMatch());
    QVERIFY(job.value(QStringLiteral("error_code")).isNull());
    QCOMPARE(job.value(QStringLiteral("entities")).toObject(), entities);
    const QJsonArray after = s.members(l);
    QCOMPARE(after.size(), 18);
    for (const QJsonValue &m : after)
        QVERIFY(!ids.contains(m.toObject().value(QStringLiteral("id")).toString()));
    QCOMPARE(s.http->get(s.elb(QStringLiteral("listeners/") + l)).object().value(QStringLiteral("member_number")).toInt(), 18);
}

void TestEmulatorJobs::jobOnBothPaths()
{
    Sandbox s({QStringLiteral("--job-seconds"), QStringLiteral("0.2")});
    const QString l = s.listeners().at(2).toObject().value(QStringLiteral("id")).toString();
    const QString member = s.members(l).at(0).toObject().value(QStringLiteral("id")).toString();
    const HttpResult r = s.http->post(s.elb(QStringLiteral("listeners/%1/members/action").arg(l)), removal({member}));
    const QString jobId = r.object().value(QStringLiteral("job_id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(s.jobStatus(jobId), QStringLiteral("SUCCESS"), 5000);
    const HttpResult v10 = s.http->get(s.job(jobId));
    const HttpResult v1 = s.http->get(r.object().value(QStringLiteral("uri")).toString());
    QCOMPARE(v10.status, 200);
    QCOMPARE(v1.status, 200);
    QCOMPARE(v1.object(), v10.object());

    for (const QString &id : {QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("no-such-job")}) {
        const HttpResult missing = s.http->get(s.job(id));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).isString());
    }
}

void TestEmulatorJobs::removalErrors()
{
    Sandbox s;
    const QJsonArray listeners = s.listeners();
    const QString l = listeners.at(0).toObject().value(QStringLiteral("id")).toString();
    const QString member = s.members(l).at(0).toObject().value(QStringLiteral("id")).toString();
    const QString path = s.elb(QStringLiteral("listeners/%1/members/action").arg(l));
    const QList<QByteArray> bad{"not json", "{}", "[]", "{\"removeMember\":[]}", "{\"removeMember\":\"x\"}",
                                "{\"removeMember\":[{}]}", "{\"removeMember\":[{\"address\":\"10.0.0.1\"}]}",
                                "{\"removeMember\":[{\"id\":12}]}",
                                "{\"removeMember\":[{\"id\":\"" + member.toLatin1() + "\"},{\"id\":\"" + member.toLatin1() + "\"}]}"};
    for (const QByteArray &body : bad) {
        const HttpResult r = s.http->post(path, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(), QJsonObject({{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("Delete member input param error")},
                                                                               {QStringLiteral("code"), QStringLiteral("ELB.2002")}}}}));
    }
    // A member of another listener, a server_id and an unknown id are "not exist" (synchronously).
    const QJsonObject foreign = s.members(listeners.at(3).toObject().value(QStringLiteral("id")).toString()).at(0).toObject();
    for (const QString &id : {foreign.value(QStringLiteral("id")).toString(), foreign.value(QStringLiteral("server_id")).toString(),
                              QStringLiteral("0123456789abcdef0123456789abcdef")}) {
        const HttpResult r = s.http->post(path, removal({member, id}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object(), QJsonObject({{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("This member is not exist")},
                                                                               {QStringLiteral("code"), QStringLiteral("ELB.2012")}}}}));
    }
    const HttpResult unknown = s.http->post(s.elb(QStringLiteral("listeners/0123456789abcdef0123456789abcdef/members/action")),
                                            removal({member}));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("ELB.2011"));
    // Nothing was removed by any of that.
    QCOMPARE(s.members(l).size(), 20);
    QCOMPARE(s.server.stateJson().value(QStringLiteral("jobs")).toArray().size(), 0);
}

void TestEmulatorJobs::secondRemovalOfSameMemberFails()
{
    Sandbox s({QStringLiteral("--job-seconds"), QStringLiteral("1")});
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QJsonArray members = s.members(l);
    const QString a = members.at(0).toObject().value(QStringLiteral("id")).toString();
    const QString b = members.at(1).toObject().value(QStringLiteral("id")).toString();
    const QString path = s.elb(QStringLiteral("listeners/%1/members/action").arg(l));
    // Both accepted: the member still exists until the first job completes.
    const QString first = s.http->post(path, removal({a})).object().value(QStringLiteral("job_id")).toString();
    const QString second = s.http->post(path, removal({b, a})).object().value(QStringLiteral("job_id")).toString();
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(s.jobStatus(second), QStringLiteral("FAIL"), 5000);
    QCOMPARE(s.jobStatus(first), QStringLiteral("SUCCESS"));
    const QJsonObject job = s.http->get(s.job(second)).object();
    QCOMPARE(job.value(QStringLiteral("error_code")).toString(), QStringLiteral("ELB.2012"));
    QVERIFY(job.value(QStringLiteral("fail_reason")).toString().contains(a));
    QVERIFY(!job.value(QStringLiteral("end_time")).toString().isEmpty());
    // All or nothing: b is still a member.
    QCOMPARE(s.members(l, QStringLiteral("id=") + b).size(), 1);
    QCOMPARE(s.members(l).size(), 19);
}

void TestEmulatorJobs::addGivesNewMemberIds()
{
    Sandbox s({QStringLiteral("--job-seconds"), QStringLiteral("0.5"), QStringLiteral("--health-delay"), QStringLiteral("2")});
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject old = s.members(l).at(2).toObject();
    const QString oldId = old.value(QStringLiteral("id")).toString();
    const QString removeJob = s.http->post(s.elb(QStringLiteral("listeners/%1/members/action").arg(l)), removal({oldId}))
                                  .object().value(QStringLiteral("job_id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(s.jobStatus(removeJob), QStringLiteral("SUCCESS"), 5000);

    // Undo (§15.1): server_id + server_address, never address.
    const QJsonArray body{QJsonObject{{QStringLiteral("server_id"), old.value(QStringLiteral("server_id"))},
                                      {QStringLiteral("address"), old.value(QStringLiteral("server_address"))}}};
    const HttpResult r = s.http->post(s.elb(QStringLiteral("listeners/%1/members").arg(l)), QJsonDocument(body));
    QCOMPARE(r.status, 200);
    const QString jobId = r.object().value(QStringLiteral("job_id")).toString();
    QCOMPARE(r.object().value(QStringLiteral("uri")).toString(), QStringLiteral("/v1/%1/jobs/%2").arg(s.project, jobId));
    QCOMPARE(s.http->get(s.job(jobId)).object().value(QStringLiteral("job_type")).toString(), QStringLiteral("createMember"));

    QTRY_COMPARE_WITH_TIMEOUT(s.jobStatus(jobId), QStringLiteral("SUCCESS"), 5000);
    const QJsonObject entity = s.http->get(s.job(jobId)).object().value(QStringLiteral("entities")).toObject()
                                   .value(QStringLiteral("members")).toArray().at(0).toObject();
    QCOMPARE(entity.keys(), QStringList({QStringLiteral("address"), QStringLiteral("id"), QStringLiteral("listener_id"),
                                         QStringLiteral("server_id"), QStringLiteral("status")}));
    const QString newId = entity.value(QStringLiteral("id")).toString();
    QVERIFY(newId != oldId); // re-added members get new ids (§6)
    QCOMPARE(entity.value(QStringLiteral("listener_id")).toString(), l);
    QCOMPARE(entity.value(QStringLiteral("server_id")), old.value(QStringLiteral("server_id")));
    QVERIFY(QHostAddress(entity.value(QStringLiteral("address")).toString()).isInSubnet(QHostAddress(QStringLiteral("100.64.0.0")), 10));
    QVERIFY(entity.value(QStringLiteral("address")) != old.value(QStringLiteral("address")));

    const QJsonArray found = s.members(l, QStringLiteral("id=") + newId);
    QCOMPARE(found.size(), 1);
    const QJsonObject added = found.at(0).toObject();
    QCOMPARE(added.value(QStringLiteral("server_address")), old.value(QStringLiteral("server_address")));
    QCOMPARE(added.value(QStringLiteral("server_name")), old.value(QStringLiteral("server_name")));
    QCOMPARE(added.value(QStringLiteral("address")), entity.value(QStringLiteral("address")));
    QCOMPARE(s.members(l).size(), 20);
    QCOMPARE(s.members(l, QStringLiteral("id=") + oldId).size(), 0);
    // Health: UNAVAILABLE until the first checks pass, then NORMAL.
    QCOMPARE(added.value(QStringLiteral("health_status")).toString(), QStringLiteral("UNAVAILABLE"));
    QTRY_COMPARE_WITH_TIMEOUT(s.members(l, QStringLiteral("id=") + newId).at(0).toObject().value(QStringLiteral("health_status")).toString(),
                              QStringLiteral("NORMAL"), 5000);
}

void TestEmulatorJobs::addErrors()
{
    Sandbox s({QStringLiteral("--job-seconds"), QStringLiteral("0.2")});
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject existing = s.members(l).at(0).toObject();
    const QString path = s.elb(QStringLiteral("listeners/%1/members").arg(l));
    const QString uuid = QStringLiteral("dbecb618-2259-405f-ab17-9b68c4f541b0");

    struct Case { QByteArray body; const char *code; };
    const QList<Case> cases{
        {"{\"server_id\":\"" + uuid.toLatin1() + "\",\"address\":\"172.16.0.31\"}", "ELB.1001"}, // an object, not an array
        {"[]", "ELB.1001"},
        {"nonsense", "ELB.1001"},
        {"[{\"address\":\"172.16.0.31\"}]", "ELB.1001"},
        {"[{\"server_id\":\"" + uuid.toLatin1() + "\"}]", "ELB.2021"},
        {"[{\"server_id\":\"not-a-uuid\",\"address\":\"172.16.0.31\"}]", "ELB.1001"},
        {"[{\"server_id\":\"" + existing.value(QStringLiteral("server_id")).toString().toLatin1() + "\",\"address\":\"10.0.0.1\"}]", "ELB.1001"},
    };
    for (const Case &c : cases) {
        const HttpResult r = s.http->post(path, c.body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QString::fromLatin1(c.code));
    }
    const HttpResult already = s.http->post(path, "[{\"server_id\":\"" + existing.value(QStringLiteral("server_id")).toString().toLatin1()
                                                      + "\",\"address\":\"10.0.0.1\"}]");
    QCOMPARE(already.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("The server is already a member of this listener"));
    const HttpResult unknown = s.http->post(s.elb(QStringLiteral("listeners/0123456789abcdef0123456789abcdef/members")),
                                            "[{\"server_id\":\"" + uuid.toLatin1() + "\",\"address\":\"172.16.0.31\"}]");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("ELB.2011"));

    // An ECS the sandbox does not know is added without a name.
    const HttpResult ok = s.http->post(path, "[{\"server_id\":\"" + uuid.toLatin1() + "\",\"address\":\"172.16.0.31\"}]");
    QCOMPARE(ok.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(s.jobStatus(ok.object().value(QStringLiteral("job_id")).toString()), QStringLiteral("SUCCESS"), 5000);
    const QJsonArray added = s.members(l, QStringLiteral("server_id=") + uuid);
    QCOMPARE(added.size(), 1);
    QVERIFY(added.at(0).toObject().value(QStringLiteral("server_name")).isNull());
    QCOMPARE(added.at(0).toObject().value(QStringLiteral("server_address")).toString(), QStringLiteral("172.16.0.31"));
}

void TestEmulatorJobs::thousandsOfJobsAreCheap()
{
    Sandbox s({QStringLiteral("--job-seconds"), QStringLiteral("2")});
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QString member = s.members(l).at(0).toObject().value(QStringLiteral("id")).toString();
    QElapsedTimer timer;
    timer.start();
    QString last;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 5000; ++i)
        last = s.server.jobs().createRemoval(s.project, l, {member}, Emulator::JobFault::None, now);
    qDebug() << "created 5000 jobs in" << timer.restart() << "ms";
    QCOMPARE(s.jobStatus(last), QStringLiteral("INIT"));
    QTRY_COMPARE_WITH_TIMEOUT(s.jobStatus(last), QStringLiteral("FAIL"), 5000); // only the first one found the member
    qDebug() << "settled them in about" << timer.elapsed() << "ms";
    QCOMPARE(s.members(l).size(), 19);
}

QTEST_GUILESS_MAIN(TestEmulatorJobs)
#include "tst_emulatorjobs.moc"
