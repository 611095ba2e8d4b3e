// End to end: "find a server everywhere" with the real CLI against the real emulator. `find`
// reports every membership of a server across all load balancers and listeners; `remove-server`
// takes it out of all of them with one request per listener, journaled as one group, and one
// `undo` puts it back everywhere.
#include "e2ehelpers.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk::Test;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The truth, from `listeners` and `members` of every listener: server id → its memberships.
struct Truth
{
    QHash<QString, QList<QJsonObject>>
        membershipsOf; // each member object plus "listener_id", "loadbalancer_id"
};

Truth listEverything(const EmulatorProcess &emulator, const QProcessEnvironment &env)
{
    Truth truth;
    const QJsonArray listeners =
        cli(emulator, {QStringLiteral("--json"), QStringLiteral("listeners")}, env).json().array();
    for (const QJsonValue &l : listeners) {
        const QString listenerId = str(l.toObject(), "id");
        for (const QJsonValue &m : membersOf(emulator, listenerId, env)) {
            QJsonObject o = m.toObject();
            o.insert(QStringLiteral("listener_id"), listenerId);
            o.insert(QStringLiteral("loadbalancer_id"), str(l.toObject(), "loadbalancer_id"));
            truth.membershipsOf[str(o, "server_id")].append(o);
        }
    }
    return truth;
}

// A named server that sits in at least two listeners (the seeding makes neighbours overlap).
QString sharedServer(const Truth &truth)
{
    for (auto it = truth.membershipsOf.cbegin(); it != truth.membershipsOf.cend(); ++it) {
        if (it.value().size() >= 2 && !str(it.value().first(), "server_name").isEmpty())
            return it.key();
    }
    return QString();
}

QSet<QString> listenersIn(const QJsonArray &found)
{
    QSet<QString> ids;
    for (const QJsonValue &v : found)
        ids.insert(str(v.toObject(), "listener_id"));
    return ids;
}

} // namespace

class tst_CliFind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findListsEveryMembership();
    void removeServerTakesItOutEverywhereAsOneGroup();
};

void tst_CliFind::findListsEveryMembership()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QProcessEnvironment env = CliProcess::sandboxPasswordEnvironment();
    const Truth truth = listEverything(emulator, env);
    const QString server = sharedServer(truth);
    QVERIFY(!server.isEmpty());
    const QList<QJsonObject> expected = truth.membershipsOf.value(server);
    const QJsonObject first = expected.first();

    for (const QString &query : {server, str(first, "server_address"), str(first, "server_name")}) {
        const CliResult r = cli(emulator, {QStringLiteral("--json"), QStringLiteral("find"), query}, env);
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray found = r.json().array();
        QCOMPARE(found.size(), expected.size());
        for (const QJsonValue &v : found) {
            const QJsonObject o = v.toObject();
            for (const char *field : {"loadbalancer_id", "listener_id", "id", "server_id", "server_address",
                                      "server_name", "health_status"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            const auto match = std::find_if(expected.cbegin(), expected.cend(), [&o](const QJsonObject &e) {
                return str(e, "listener_id") == str(o, "listener_id");
            });
            QVERIFY(match != expected.cend());
            QCOMPARE(str(o, "loadbalancer_id"), str(*match, "loadbalancer_id"));
            QCOMPARE(str(o, "id"), str(*match, "id"));
            QCOMPARE(str(o, "server_id"), server);
            QCOMPARE(str(o, "server_address"), str(*match, "server_address"));
            QCOMPARE(str(o, "server_name"), str(*match, "server_name"));
            QCOMPARE(str(o, "health_status"), str(*match, "health_status"));
        }
    }

    const CliResult table = cli(emulator, {QStringLiteral("find"), server}, env);
    QVERIFY2(table.exitCode == 0, table.describe());
    QVERIFY(table.out.contains("LISTENER"));
    QVERIFY(table.out.contains(str(first, "id").toUtf8()));

    const CliResult none = cli(
        emulator,
        {QStringLiteral("--json"), QStringLiteral("find"), QStringLiteral("no-such-server-anywhere")}, env);
    QVERIFY2(none.exitCode == 0, none.describe());
    QCOMPARE(none.json().array().size(), 0);
    QCOMPARE(cli(emulator, {QStringLiteral("find")}, env).exitCode, 2);
}

void tst_CliFind::removeServerTakesItOutEverywhereAsOneGroup()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.5")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QTemporaryDir dir;
    QProcessEnvironment env = CliProcess::sandboxPasswordEnvironment();
    env.insert(QStringLiteral("ELBDESK_JOURNAL"), dir.filePath(QStringLiteral("journal.sqlite")));
    const Truth truth = listEverything(emulator, env);
    const QString server = sharedServer(truth);
    QVERIFY(!server.isEmpty());
    const QList<QJsonObject> memberships = truth.membershipsOf.value(server);
    QSet<QString> listeners;
    for (const QJsonObject &m : memberships)
        listeners.insert(str(m, "listener_id"));

    // No terminal and no --yes: refused before anything is sent.
    emulator.clearRequests();
    const CliResult refused = cli(emulator, {QStringLiteral("remove-server"), server}, env);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members")).size(), 0);

    const CliResult removed =
        cli(emulator, {QStringLiteral("remove-server"), server, QStringLiteral("--yes")}, env);
    QVERIFY2(removed.exitCode == 0, removed.describe());
    // Every membership and its listener's impact were listed on stderr.
    for (const QJsonObject &m : memberships) {
        QVERIFY(removed.err.contains(str(m, "id").toUtf8()));
        QVERIFY(removed.err.contains(str(m, "listener_id").toUtf8()));
    }
    QVERIFY(removed.err.contains("remain"));
    // One POST per listener, each carrying that listener's member.
    const QJsonArray posts =
        requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action"));
    QCOMPARE(posts.size(), listeners.size());
    QSet<QString> posted;
    for (const QJsonValue &p : posts) {
        const QString path = str(p.toObject(), "path");
        for (const QJsonObject &m : memberships) {
            if (path.contains(str(m, "listener_id"))) {
                posted.insert(str(m, "listener_id"));
                QVERIFY(str(p.toObject(), "body").contains(str(m, "id")));
            }
        }
    }
    QCOMPARE(posted, listeners);
    QCOMPARE(
        cli(emulator, {QStringLiteral("--json"), QStringLiteral("find"), server}, env).json().array().size(),
        0);

    // The journal: one removal per listener, all in one group.
    const QJsonArray ops =
        cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, env).json().array();
    QCOMPARE(ops.size(), listeners.size());
    const QString group = str(ops.first().toObject(), "group_id");
    QVERIFY(!group.isEmpty());
    QSet<QString> journaled;
    for (const QJsonValue &v : ops) {
        const QJsonObject op = v.toObject();
        QCOMPARE(str(op, "kind"), QStringLiteral("remove"));
        QCOMPARE(str(op, "group_id"), group);
        QCOMPARE(str(op, "status"), QStringLiteral("SUCCESS"));
        QVERIFY(!str(op, "loadbalancer_id").isEmpty());
        journaled.insert(str(op, "listener_id"));
    }
    QCOMPARE(journaled, listeners);

    // One undo (any operation of the group) puts the server back everywhere.
    emulator.clearRequests();
    const CliResult undone =
        cli(emulator,
            {QStringLiteral("--json"), QStringLiteral("undo"),
             QString::number(ops.last().toObject().value(QLatin1String("id")).toInteger())},
            env);
    QVERIFY2(undone.exitCode == 0, undone.describe());
    QCOMPARE(undone.json().array().size(), listeners.size());
    const QJsonArray back =
        cli(emulator, {QStringLiteral("--json"), QStringLiteral("find"), server}, env).json().array();
    QCOMPARE(listenersIn(back), listeners);
    const QJsonArray all =
        cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, env).json().array();
    QCOMPARE(all.size(), 2 * listeners.size());
    QString undoGroup;
    for (qsizetype i = listeners.size(); i < all.size(); ++i) {
        const QJsonObject op = all.at(i).toObject();
        QCOMPARE(str(op, "kind"), QStringLiteral("add"));
        QVERIFY(!op.value(QLatin1String("undo_of")).isNull());
        if (undoGroup.isEmpty())
            undoGroup = str(op, "group_id");
        QCOMPARE(str(op, "group_id"), undoGroup);
    }
    QVERIFY(!undoGroup.isEmpty() && undoGroup != group);
}

QTEST_GUILESS_MAIN(tst_CliFind)
#include "tst_cli_find.moc"
