// End to end: the journal of the real CLI against the real emulator. A removal is journaled with its
// job id, status and per-member outcome; `undo` re-adds the servers with new member ids and is
// journaled as the removal's undo; a second undo finds them present and sends nothing; and when the
// journal cannot be written nothing is sent at all.
#include "e2ehelpers.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk::Test;

namespace {

QProcessEnvironment withJournal(const QTemporaryDir &dir,
                                QProcessEnvironment env = CliProcess::sandboxPasswordEnvironment())
{
    env.insert(QStringLiteral("ELBDESK_JOURNAL"), dir.filePath(QStringLiteral("journal.sqlite")));
    return env;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// POSTs that add members (…/members, not …/members/action).
QJsonArray addPosts(const EmulatorProcess &emulator)
{
    QJsonArray adds;
    for (const QJsonValue &p :
         requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members"))) {
        if (!p.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1String("/action")))
            adds.append(p);
    }
    return adds;
}

} // namespace

class tst_CliJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removalIsJournaledAndUndoneWithNewIds();
    void addIsJournaledAndTableListsOperations();
    void unwritableJournalSendsNothing();
    void undoRefusesWhatItCannotUndo();
};

void tst_CliJournal::removalIsJournaledAndUndoneWithNewIds()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.5")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QTemporaryDir dir;
    const QProcessEnvironment env = withJournal(dir);
    const QString listener = listenerWithMembers(emulator, 4, env);
    QVERIFY(!listener.isEmpty());
    const QJsonArray before = membersOf(emulator, listener, env);
    const QJsonObject a = before.at(0).toObject();
    const QJsonObject b = before.at(1).toObject();

    const CliResult removed = cli(emulator,
                                  {QStringLiteral("--json"), QStringLiteral("remove"), listener, str(a, "id"),
                                   str(b, "id"), QStringLiteral("--yes")},
                                  env);
    QVERIFY2(removed.exitCode == 0, removed.describe());
    const QString jobId = str(removed.json().object(), "job_id");
    QCOMPARE(jobId.size(), 32);

    CliResult journal = cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, env);
    QVERIFY2(journal.exitCode == 0, journal.describe());
    QJsonArray ops = journal.json().array();
    QCOMPARE(ops.size(), 1);
    const QJsonObject removal = ops.first().toObject();
    const qint64 removalId = removal.value(QLatin1String("id")).toInteger();
    QVERIFY(removalId > 0);
    QCOMPARE(str(removal, "kind"), QStringLiteral("remove"));
    QCOMPARE(str(removal, "listener_id"), listener);
    QCOMPARE(str(removal, "job_id"), jobId);
    QCOMPARE(str(removal, "status"), QStringLiteral("SUCCESS"));
    QVERIFY(removal.value(QLatin1String("error_code")).isNull());
    QVERIFY(removal.value(QLatin1String("fail_reason")).isNull());
    QVERIFY(removal.value(QLatin1String("undo_of")).isNull());
    QVERIFY(!str(removal, "created_at").isEmpty());
    QVERIFY(!str(removal, "finished_at").isEmpty());
    const QJsonArray removedMembers = removal.value(QLatin1String("members")).toArray();
    QCOMPARE(removedMembers.size(), 2);
    for (const QJsonValue &v : removedMembers) {
        const QJsonObject m = v.toObject();
        const QJsonObject &original = str(m, "id") == str(a, "id") ? a : b;
        QCOMPARE(str(m, "id"), str(original, "id"));
        QCOMPARE(str(m, "server_id"), str(original, "server_id"));
        QCOMPARE(str(m, "server_address"), str(original, "server_address"));
        QCOMPARE(str(m, "outcome"), QStringLiteral("removed"));
        QVERIFY(m.contains(QLatin1String("server_name")));
    }
    QVERIFY(removed.err.contains("elbdesk-cli undo " + QByteArray::number(removalId)));

    // Undo: the same servers back, by server id and PRIVATE address, with new member ids.
    emulator.clearRequests();
    const CliResult undone =
        cli(emulator, {QStringLiteral("--json"), QStringLiteral("undo"), QString::number(removalId)}, env);
    QVERIFY2(undone.exitCode == 0, undone.describe());
    QCOMPARE(str(undone.json().object(), "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(str(undone.json().object(), "job_type"), QStringLiteral("createMember"));
    const QJsonArray adds = addPosts(emulator);
    QCOMPARE(adds.size(), 1);
    const QString addBody = str(adds.first().toObject(), "body");
    for (const QJsonObject &m : {a, b}) {
        QVERIFY(addBody.contains(str(m, "server_id")));
        QVERIFY(addBody.contains(str(m, "server_address")));
        QVERIFY(!addBody.contains(str(m, "address"))); // never the internal 100.x address
    }
    const QJsonArray restored = membersOf(emulator, listener, env);
    QCOMPARE(restored.size(), before.size());
    QHash<QString, QString> newIdOfServer;
    for (const QJsonValue &v : restored)
        newIdOfServer.insert(str(v.toObject(), "server_id"), str(v.toObject(), "id"));
    for (const QJsonObject &m : {a, b}) {
        QVERIFY(newIdOfServer.contains(str(m, "server_id")));
        QVERIFY(newIdOfServer.value(str(m, "server_id")) != str(m, "id"));
    }

    journal = cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, env);
    QVERIFY2(journal.exitCode == 0, journal.describe());
    ops = journal.json().array();
    QCOMPARE(ops.size(), 2);
    const QJsonObject add = ops.at(1).toObject(); // oldest first
    QCOMPARE(str(add, "kind"), QStringLiteral("add"));
    QCOMPARE(add.value(QLatin1String("undo_of")).toInteger(), removalId);
    QCOMPARE(str(add, "listener_id"), listener);
    QCOMPARE(str(add, "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(str(add, "job_id"), str(undone.json().object(), "job_id"));
    const QJsonArray addedMembers = add.value(QLatin1String("members")).toArray();
    QCOMPARE(addedMembers.size(), 2);
    for (const QJsonValue &v : addedMembers) {
        const QJsonObject m = v.toObject();
        QCOMPARE(str(m, "outcome"), QStringLiteral("added"));
        QCOMPARE(str(m, "id"), newIdOfServer.value(str(m, "server_id"))); // the NEW member id
    }

    // Undo again: both servers are there; reported, nothing sent, nothing journaled.
    emulator.clearRequests();
    const CliResult again = cli(emulator, {QStringLiteral("undo"), QString::number(removalId)}, env);
    QVERIFY2(again.exitCode == 0, again.describe());
    QVERIFY(again.err.contains("already a member"));
    QCOMPARE(addPosts(emulator).size(), 0);
    QCOMPARE(membersOf(emulator, listener, env).size(), before.size());
    QCOMPARE(cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, env).json().array().size(),
             2);
}

void tst_CliJournal::addIsJournaledAndTableListsOperations()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.5")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QTemporaryDir dir;
    const QProcessEnvironment env = withJournal(dir);

    // An empty journal needs no connection at all.
    const CliResult empty =
        CliProcess::run({QStringLiteral("journal")}, withJournal(dir, CliProcess::emptyEnvironment()));
    QVERIFY2(empty.exitCode == 0, empty.describe());
    QVERIFY(empty.err.contains("empty"));

    const QString listener = listenerWithMembers(emulator, 3, env);
    const QJsonObject m = membersOf(emulator, listener, env).first().toObject();
    QVERIFY(cli(emulator, {QStringLiteral("remove"), listener, str(m, "id"), QStringLiteral("--yes")}, env)
                .exitCode == 0);
    const CliResult added = cli(
        emulator,
        {QStringLiteral("add"), listener, str(m, "server_id") + QLatin1Char(':') + str(m, "server_address")},
        env);
    QVERIFY2(added.exitCode == 0, added.describe());

    const QJsonArray ops =
        cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, env).json().array();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(str(ops.at(1).toObject(), "kind"), QStringLiteral("add"));
    QVERIFY(ops.at(1).toObject().value(QLatin1String("undo_of")).isNull()); // a plain add, not an undo
    QCOMPARE(str(ops.at(1).toObject(), "status"), QStringLiteral("SUCCESS"));

    const CliResult table = cli(emulator, {QStringLiteral("journal")}, env);
    QVERIFY2(table.exitCode == 0, table.describe());
    QVERIFY(table.out.startsWith("ID"));
    for (const char *word :
         {"WHEN", "KIND", "LISTENER", "SERVERS", "JOB ID", "STATUS", "remove", "add", "SUCCESS"})
        QVERIFY2(table.out.contains(word), word);
    QVERIFY(table.out.contains(str(m, "server_address").toUtf8()) ||
            table.out.contains(str(m, "server_name").toUtf8()));
}

void tst_CliJournal::unwritableJournalSendsNothing()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QTemporaryDir dir;
    // A plain file where the journal's folder should be: the journal cannot be created.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QProcessEnvironment env = CliProcess::sandboxPasswordEnvironment();
    env.insert(QStringLiteral("ELBDESK_JOURNAL"), dir.filePath(QStringLiteral("blocker/journal.sqlite")));

    const QString listener = listenerWithMembers(emulator, 2, env);
    const QJsonObject m = membersOf(emulator, listener, env).first().toObject();
    emulator.clearRequests();
    const CliResult r =
        cli(emulator, {QStringLiteral("remove"), listener, str(m, "id"), QStringLiteral("--yes")}, env);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("journal"), r.describe());
    QVERIFY(r.err.contains("nothing was sent"));
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members")).size(), 0);

    const CliResult add = cli(
        emulator,
        {QStringLiteral("add"), listener, str(m, "server_id") + QLatin1Char(':') + str(m, "server_address")},
        env);
    QCOMPARE(add.exitCode, 5);
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members")).size(), 0);
}

void tst_CliJournal::undoRefusesWhatItCannotUndo()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.5")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QTemporaryDir dir;
    const QProcessEnvironment env = withJournal(dir);
    QCOMPARE(cli(emulator, {QStringLiteral("undo"), QStringLiteral("abc")}, env).exitCode, 2);
    QCOMPARE(cli(emulator, {QStringLiteral("undo"), QStringLiteral("0")}, env).exitCode, 2);
    const CliResult unknown = cli(emulator, {QStringLiteral("undo"), QStringLiteral("999")}, env);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("999"));

    // An add cannot be undone by undo (it is not a removal).
    const QString listener = listenerWithMembers(emulator, 2, env);
    const QJsonObject m = membersOf(emulator, listener, env).first().toObject();
    QVERIFY(cli(emulator, {QStringLiteral("remove"), listener, str(m, "id"), QStringLiteral("--yes")}, env)
                .exitCode == 0);
    QVERIFY(cli(emulator,
                {QStringLiteral("add"), listener,
                 str(m, "server_id") + QLatin1Char(':') + str(m, "server_address")},
                env)
                .exitCode == 0);
    const QJsonArray ops =
        cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, env).json().array();
    QCOMPARE(ops.size(), 2);
    emulator.clearRequests();
    const CliResult undoAdd =
        cli(emulator,
            {QStringLiteral("undo"),
             QString::number(ops.at(1).toObject().value(QLatin1String("id")).toInteger())},
            env);
    QCOMPARE(undoAdd.exitCode, 2);
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members")).size(), 0);
}

QTEST_GUILESS_MAIN(tst_CliJournal)
#include "tst_cli_journal.moc"
