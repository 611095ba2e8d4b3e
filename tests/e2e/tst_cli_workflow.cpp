// End to end: the real elbdesk-cli against the real elbdesk-emulator over loopback,
// list → remove → poll → verify → add, with each way of authenticating.
#include "e2ehelpers.h"

#include <QSet>
#include <QTest>

using namespace ElbDesk::Test;

class tst_CliWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsLoadBalancersWithApiFieldNames();
    void removeThenAddBack_data();
    void removeThenAddBack();
    void membersPagesThroughLargeListener();
    void jobCommandPrintsFinalJob();
    void versionAndHelp();
};

void tst_CliWorkflow::listsLoadBalancersWithApiFieldNames()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const CliResult json = cli(emulator, {QStringLiteral("--json"), QStringLiteral("loadbalancers")});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonArray lbs = json.json().array();
    QVERIFY(lbs.size() >= 3);
    const QJsonObject first = lbs.first().toObject();
    for (const char *field : {"id", "name", "status", "vip_address", "admin_state_up", "type", "bandwidth"})
        QVERIFY2(first.contains(QLatin1String(field)), field);
    QVERIFY(first.value(QLatin1String("admin_state_up")).isDouble()); // an integer on load balancers

    const CliResult table = cli(emulator, {QStringLiteral("loadbalancers")});
    QVERIFY2(table.exitCode == 0, table.describe());
    QVERIFY(table.out.startsWith("ID"));
    QVERIFY(table.out.contains(first.value(QLatin1String("id")).toString().toLatin1()));

    const CliResult listeners = cli(emulator, {QStringLiteral("--json"), QStringLiteral("listeners"),
                                               QStringLiteral("--loadbalancer"),
                                               first.value(QLatin1String("id")).toString()});
    QVERIFY2(listeners.exitCode == 0, listeners.describe());
    const QJsonArray ls = listeners.json().array();
    QVERIFY(!ls.isEmpty());
    for (const QJsonValue &l : ls) {
        QCOMPARE(l.toObject().value(QLatin1String("loadbalancer_id")).toString(),
                 first.value(QLatin1String("id")).toString());
        QVERIFY(l.toObject().value(QLatin1String("admin_state_up")).isBool()); // a boolean on listeners
    }
}

void tst_CliWorkflow::removeThenAddBack_data()
{
    QTest::addColumn<QString>("auth");
    QTest::newRow("password") << QStringLiteral("password");
    QTest::newRow("aksk scheme A") << QStringLiteral("a");
    QTest::newRow("aksk scheme B") << QStringLiteral("b");
}

void tst_CliWorkflow::removeThenAddBack()
{
    QFETCH(QString, auth);
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("1")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const bool aksk = auth != QLatin1String("password");
    const QProcessEnvironment env = aksk ? CliProcess::sandboxAkSkEnvironment()
                                         : CliProcess::sandboxPasswordEnvironment();
    const QStringList signing = aksk ? QStringList{QStringLiteral("--signing"), auth} : QStringList{};

    const QString listener = listenerWithMembers(emulator, 4, env);
    QVERIFY(!listener.isEmpty());
    const QJsonArray before = membersOf(emulator, listener, env);
    QVERIFY(before.size() >= 4);
    const QJsonObject a = before.at(0).toObject();
    const QJsonObject b = before.at(2).toObject();
    const QString idA = a.value(QLatin1String("id")).toString();
    const QString idB = b.value(QLatin1String("id")).toString();

    const CliResult removed = cli(emulator, signing + QStringList{QStringLiteral("--json"), QStringLiteral("remove"),
                                                                  listener, idA, idB, QStringLiteral("--yes")},
                                  env);
    QVERIFY2(removed.exitCode == 0, removed.describe());
    const QJsonObject job = removed.json().object();
    QCOMPARE(job.value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(job.value(QLatin1String("job_type")).toString(), QStringLiteral("removeMember"));

    // Exactly one POST carried both ids, and the signing scheme was the one asked for.
    const QJsonArray posts = requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action"));
    QCOMPARE(posts.size(), 1);
    const QString body = posts.first().toObject().value(QLatin1String("body")).toString();
    QVERIFY(body.contains(idA) && body.contains(idB));
    QCOMPARE(posts.first().toObject().value(QLatin1String("auth")).toString(),
             aksk ? QStringLiteral("aksk") : QStringLiteral("token"));

    const QJsonArray after = membersOf(emulator, listener, env);
    QCOMPARE(after.size(), before.size() - 2);
    for (const QJsonValue &m : after)
        QVERIFY(m.toObject().value(QLatin1String("id")).toString() != idA
                && m.toObject().value(QLatin1String("id")).toString() != idB);

    // Undo: the same servers back, by server_id and PRIVATE address.
    const auto serverArg = [](const QJsonObject &m) {
        return m.value(QLatin1String("server_id")).toString() + QLatin1Char(':')
            + m.value(QLatin1String("server_address")).toString();
    };
    const CliResult added = cli(emulator, signing + QStringList{QStringLiteral("add"), listener, serverArg(a),
                                                                serverArg(b)},
                                env);
    QVERIFY2(added.exitCode == 0, added.describe());
    const QJsonArray addPosts = requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members"));
    QString addBody;
    for (const QJsonValue &p : addPosts) {
        if (!p.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1String("/action")))
            addBody = p.toObject().value(QLatin1String("body")).toString();
    }
    QVERIFY(addBody.contains(a.value(QLatin1String("server_address")).toString()));
    QVERIFY(!addBody.contains(a.value(QLatin1String("address")).toString())); // never the internal 100.x address

    const QJsonArray restored = membersOf(emulator, listener, env);
    QCOMPARE(restored.size(), before.size());
    QSet<QString> servers;
    QSet<QString> ids;
    for (const QJsonValue &m : restored) {
        servers.insert(m.toObject().value(QLatin1String("server_id")).toString());
        ids.insert(m.toObject().value(QLatin1String("id")).toString());
    }
    QVERIFY(servers.contains(a.value(QLatin1String("server_id")).toString()));
    QVERIFY(servers.contains(b.value(QLatin1String("server_id")).toString()));
    QVERIFY(!ids.contains(idA) && !ids.contains(idB)); // re-added members get new ids

    // Adding a server that is already there is reported, not duplicated.
    const CliResult again = cli(emulator, signing + QStringList{QStringLiteral("add"), listener, serverArg(a)}, env);
    QVERIFY2(again.exitCode == 0, again.describe());
    QVERIFY(again.err.contains("already a member"));
    QCOMPARE(membersOf(emulator, listener, env).size(), before.size());
}

void tst_CliWorkflow::membersPagesThroughLargeListener()
{
    EmulatorProcess emulator({QStringLiteral("--large-listener"), QStringLiteral("10000")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString listener = listenerWithMembers(emulator, 10000);
    QVERIFY(!listener.isEmpty());
    emulator.clearRequests();
    const QJsonArray members = membersOf(emulator, listener);
    QCOMPARE(members.size(), 10000);
    QSet<QString> ids;
    for (const QJsonValue &m : members)
        ids.insert(m.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), 10000);
    // 500 per page: 20 full pages and one empty short page.
    const QJsonArray pages = requestsMatching(emulator, QStringLiteral("GET"), QStringLiteral("/members"));
    QCOMPARE(pages.size(), 21);
    QVERIFY(pages.at(1).toObject().value(QLatin1String("query")).toString().contains(QLatin1String("marker=")));
}

void tst_CliWorkflow::jobCommandPrintsFinalJob()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.5")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString listener = listenerWithMembers(emulator, 2);
    const QJsonArray members = membersOf(emulator, listener);
    const CliResult removed = cli(emulator, {QStringLiteral("--json"), QStringLiteral("remove"), listener,
                                             members.first().toObject().value(QLatin1String("id")).toString(),
                                             QStringLiteral("--yes")});
    QVERIFY2(removed.exitCode == 0, removed.describe());
    const QString jobId = removed.json().object().value(QLatin1String("job_id")).toString();
    QCOMPARE(jobId.size(), 32);
    const CliResult job = cli(emulator, {QStringLiteral("--json"), QStringLiteral("job"), jobId});
    QVERIFY2(job.exitCode == 0, job.describe());
    QCOMPARE(job.json().object().value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(job.json().object().value(QLatin1String("job_id")).toString(), jobId);
}

void tst_CliWorkflow::versionAndHelp()
{
    const CliResult version = CliProcess::run({QStringLiteral("--version")}, CliProcess::emptyEnvironment());
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("elbdesk-cli "));
    const CliResult help = CliProcess::run({QStringLiteral("--help")}, CliProcess::emptyEnvironment());
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"loadbalancers", "listeners", "members", "remove", "add", "job", "--elb-endpoint",
                             "--signing", "OS_PASSWORD", "Exit status"})
        QVERIFY2(help.out.contains(word), word);
}

QTEST_GUILESS_MAIN(tst_CliWorkflow)
#include "tst_cli_workflow.moc"
