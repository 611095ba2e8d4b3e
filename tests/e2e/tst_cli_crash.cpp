// End to end: kill -9 of the CLI in the middle of a removal, at the three points the journal has to
// survive (ELBDESK_TEST_CRASH_AT, a test seam in app/cli/clijournal.h): after the intent was
// written, after the POST was answered but before its job id was stored, and while polling the job.
// The next run (`journal --json`) must resolve the operation to its true outcome, and nothing may
// have been sent twice.
#include "e2ehelpers.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk::Test;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int removalPosts(const EmulatorProcess &emulator)
{
    return int(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action")).size());
}

} // namespace

class tst_CliCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedRemovalResolvesToItsTrueOutcome_data();
    void killedRemovalResolvesToItsTrueOutcome();
};

void tst_CliCrash::killedRemovalResolvesToItsTrueOutcome_data()
{
    QTest::addColumn<QString>("crashAt");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<int>("posts");
    QTest::addColumn<bool>("jobIdStored");
    QTest::newRow("after-intent") << QStringLiteral("after-intent") << false << 0 << false;
    QTest::newRow("after-post") << QStringLiteral("after-post") << true << 1 << false;
    QTest::newRow("while-polling") << QStringLiteral("while-polling") << true << 1 << true;
}

void tst_CliCrash::killedRemovalResolvesToItsTrueOutcome()
{
    QFETCH(QString, crashAt);
    QFETCH(bool, applied);
    QFETCH(int, posts);
    QFETCH(bool, jobIdStored);

    // 3 s jobs: the first poll (after about 1 s) finds the job still running.
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("3")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QTemporaryDir dir;
    QProcessEnvironment env = CliProcess::sandboxPasswordEnvironment();
    env.insert(QStringLiteral("ELBDESK_JOURNAL"), dir.filePath(QStringLiteral("journal.sqlite")));
    const QString listener = listenerWithMembers(emulator, 3, env);
    QVERIFY(!listener.isEmpty());
    const QJsonArray before = membersOf(emulator, listener, env);
    const QString idA = str(before.at(0).toObject(), "id");
    const QString idB = str(before.at(1).toObject(), "id");
    emulator.clearRequests();

    QProcessEnvironment crashing = env;
    crashing.insert(QStringLiteral("ELBDESK_TEST_CRASH_AT"), crashAt);
    const CliResult killed =
        cli(emulator, {QStringLiteral("remove"), listener, idA, idB, QStringLiteral("--yes")}, crashing);
    QVERIFY2(killed.crashed, killed.describe());
    QCOMPARE(removalPosts(emulator), posts);
    if (crashAt == QLatin1String("while-polling"))
        QVERIFY(!requestsMatching(emulator, QStringLiteral("GET"), QStringLiteral("/jobs/")).isEmpty());

    // Before: the journal as the crash left it (read without a connection, so nothing is resolved).
    QProcessEnvironment offline = CliProcess::emptyEnvironment();
    offline.insert(QStringLiteral("ELBDESK_JOURNAL"), env.value(QStringLiteral("ELBDESK_JOURNAL")));
    const CliResult left = CliProcess::run({QStringLiteral("--json"), QStringLiteral("journal")}, offline);
    QVERIFY2(left.exitCode == 0, left.describe());
    QCOMPARE(left.json().array().size(), 1);
    const QJsonObject unfinished = left.json().array().first().toObject();
    qInfo().noquote() << "before:" << crashAt << "status" << str(unfinished, "status") << "job_id"
                      << unfinished.value(QLatin1String("job_id")).toVariant().toString();
    QVERIFY(unfinished.value(QLatin1String("finished_at")).isNull());
    QCOMPARE(unfinished.value(QLatin1String("job_id")).isNull(), !jobIdStored);
    QCOMPARE(unfinished.value(QLatin1String("members")).toArray().size(), 2);

    // After: a normal run resolves it. An intent with no job id waits out a (shortened) quiet period
    // before "still there" may mean "never applied".
    QProcessEnvironment next = env;
    next.insert(QStringLiteral("ELBDESK_TEST_RESOLVE_QUIET_MS"), QStringLiteral("10000"));
    const CliResult journal =
        cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, next, 90000);
    QVERIFY2(journal.exitCode == 0, journal.describe());
    QVERIFY2(journal.err.contains("resolved"), journal.describe());
    const QJsonArray ops = journal.json().array();
    QCOMPARE(ops.size(), 1);
    const QJsonObject op = ops.first().toObject();
    qInfo().noquote() << "after:" << crashAt << "status" << str(op, "status") << "-" << str(op, "resolution");
    QVERIFY(!op.value(QLatin1String("finished_at")).isNull());
    QVERIFY(!str(op, "resolution").isEmpty());
    const QJsonArray members = op.value(QLatin1String("members")).toArray();
    QCOMPARE(members.size(), 2);
    for (const QJsonValue &m : members)
        QCOMPARE(str(m.toObject(), "outcome"),
                 applied ? QStringLiteral("removed") : QStringLiteral("still-present"));
    QCOMPARE(str(op, "status"), applied ? QStringLiteral("SUCCESS") : QStringLiteral("FAIL"));

    // The truth on the listener, and nothing was sent twice (or at all, after the intent only).
    const QJsonArray after = membersOf(emulator, listener, env);
    QSet<QString> ids;
    for (const QJsonValue &m : after)
        ids.insert(str(m.toObject(), "id"));
    QCOMPARE(ids.contains(idA), !applied);
    QCOMPARE(ids.contains(idB), !applied);
    QCOMPARE(after.size(), applied ? before.size() - 2 : before.size());
    QCOMPARE(removalPosts(emulator), posts);

    // A second run finds nothing left to resolve and sends nothing.
    const CliResult again = cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, env);
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(str(again.json().array().first().toObject(), "status"), str(op, "status"));
    QCOMPARE(removalPosts(emulator), posts);
}

QTEST_GUILESS_MAIN(tst_CliCrash)
#include "tst_cli_crash.moc"
