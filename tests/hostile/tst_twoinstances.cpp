// Two instances on one journal: several real elbdesk-cli processes removing at once and reading the
// journal at once, all on the same SQLite file (ELBDESK_JOURNAL), against the real emulator. Every
// operation is journaled completely, no "database is locked" reaches the operator, and the resolver
// of one instance (which settles what a crash left unfinished) leaves an operation that another LIVE
// process is still sending alone, instead of calling it "never applied" while its POST is on its way.
#include "e2ehelpers.h"
#include "store/journal.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QByteArray startTimeOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2).split(' ').value(19);
}

QString ownerFor(qint64 pid, const QByteArray &startTime, const QByteArray &boot = QSysInfo::bootUniqueId())
{
    return QStringLiteral("%1/%2/%3")
        .arg(QString::fromLatin1(boot))
        .arg(pid)
        .arg(QString::fromLatin1(startTime));
}

// Writes an owner as another process would have, through a connection of our own.
bool setOwner(const QString &path, qint64 id, const QString &owner)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-owner"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE operation_owners SET owner = ? WHERE operation_id = ?"));
            q.addBindValue(owner);
            q.addBindValue(id);
            ok = q.exec() && q.numRowsAffected() == 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-owner"));
    return ok;
}

JournalOperation removalIntent(const QString &listener)
{
    JournalOperation op;
    op.kind = QStringLiteral("remove");
    op.projectId = QStringLiteral("p1");
    op.listenerId = listener;
    op.members.append(JournalMember{QStringLiteral("m1"), QStringLiteral("s1"), QStringLiteral("10.0.0.1"),
                                    QStringLiteral("web-1"), QStringLiteral("pending")});
    return op;
}

std::unique_ptr<QProcess> startCli(const EmulatorProcess &emulator, const QStringList &args,
                                   const QProcessEnvironment &env)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(ELBDESK_CLI_BIN), endpointArgs(emulator) + args);
    p->closeWriteChannel();
    return p;
}

} // namespace

class tst_TwoInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inFlightElsewhereIsJudgedByALiveProcess();
    void parallelProcessesJournalEverything();
    void resolverLeavesAnotherProcesssInFlightOperationAlone();
};

void tst_TwoInstances::inFlightElsewhereIsJudgedByALiveProcess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Journal journal(path);
    QVERIFY(journal.open());
    const qint64 id = journal.recordIntent(removalIntent(QStringLiteral("l1")));
    QVERIFY(id > 0);
    // Our own operation: in flight here, so this process's resolver may see it (as before).
    QVERIFY(!journal.isInFlightElsewhere(id));
    QCOMPARE(journal.unfinished().size(), 1);

    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(sleeper.waitForStarted());
    const qint64 pid = sleeper.processId();
    const QByteArray started = startTimeOf(pid);
    QVERIFY(!started.isEmpty());

    // Another live process owns it: nobody else may settle it.
    QVERIFY(setOwner(path, id, ownerFor(pid, started)));
    QVERIFY(Journal::isOwnerAlive(ownerFor(pid, started)));
    QVERIFY(journal.isInFlightElsewhere(id));
    QVERIFY(journal.unfinished().isEmpty());
    QCOMPARE(journal.operations().size(), 1); // still listed in the history, of course

    // The same pid with another start time (reused after a crash), or another boot: not alive.
    QVERIFY(setOwner(path, id, ownerFor(pid, started + "1")));
    QCOMPARE(journal.unfinished().size(), 1);
    QVERIFY(setOwner(path, id, ownerFor(pid, started, "another-boot")));
    QCOMPARE(journal.unfinished().size(), 1);

    // The owner dies (kill -9, power loss): its operation is a crash leftover again.
    QVERIFY(setOwner(path, id, ownerFor(pid, started)));
    QVERIFY(journal.unfinished().isEmpty());
    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    QTRY_VERIFY(!Journal::isOwnerAlive(ownerFor(pid, started)));
    QCOMPARE(journal.unfinished().size(), 1);

    // Finishing releases it for good.
    QVERIFY(setOwner(
        path, id,
        ownerFor(QCoreApplication::applicationPid(), startTimeOf(QCoreApplication::applicationPid()))));
    QVERIFY(journal.finish(id, QStringLiteral("SUCCESS"), {}, {}, QStringLiteral("done"), {}));
    QVERIFY(!journal.isInFlightElsewhere(id));
    QVERIFY(journal.unfinished().isEmpty());
}

void tst_TwoInstances::parallelProcessesJournalEverything()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.5")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QTemporaryDir dir;
    QProcessEnvironment env = CliProcess::sandboxPasswordEnvironment();
    env.insert(QStringLiteral("ELBDESK_JOURNAL"), dir.filePath(QStringLiteral("journal.sqlite")));
    const QString listener = listenerWithMembers(emulator, 6, env);
    QVERIFY(!listener.isEmpty());
    const QJsonArray members = membersOf(emulator, listener, env);
    QVERIFY(members.size() >= 6);

    constexpr int removers = 4;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < removers; ++i)
        processes.push_back(startCli(emulator,
                                     {QStringLiteral("--json"), QStringLiteral("remove"), listener,
                                      str(members.at(i).toObject(), "id"), QStringLiteral("--yes")},
                                     env));
    // Two more instances read (and resolve) the same journal meanwhile.
    for (int i = 0; i < 2; ++i)
        processes.push_back(startCli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, env));
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(90000));
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("locked") && !err.contains("busy"), err.constData());
    }

    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    const QList<JournalOperation> ops = journal.operations();
    QCOMPARE(ops.size(), removers);
    QSet<QString> removed;
    for (const JournalOperation &op : ops) {
        QCOMPARE(op.status, QStringLiteral("SUCCESS"));
        QVERIFY(op.isFinished());
        QCOMPARE(op.jobId.size(), 32);
        // Each was settled by its own process, not "resolved" by another instance as a leftover.
        QVERIFY2(op.resolution.isEmpty(), qPrintable(op.resolution));
        QCOMPARE(op.members.size(), 1);
        QCOMPARE(op.members.first().outcome, QStringLiteral("removed"));
        removed.insert(op.members.first().memberId);
    }
    QCOMPARE(removed.size(), removers);
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action")).size(),
             removers);
    QVERIFY(journal.unfinished().isEmpty());
}

void tst_TwoInstances::resolverLeavesAnotherProcesssInFlightOperationAlone()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.5")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QProcessEnvironment env = CliProcess::sandboxPasswordEnvironment();
    env.insert(QStringLiteral("ELBDESK_JOURNAL"), path);
    const QString listener = listenerWithMembers(emulator, 2, env);
    QVERIFY(!listener.isEmpty());
    const QString member = str(membersOf(emulator, listener, env).first().toObject(), "id");

    // Instance A's POST takes 4 s to be answered: its operation has an intent and no job id yet.
    QVERIFY(emulator.addFaultRules(
        QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                               {QStringLiteral("path"), QStringLiteral("/members/action")},
                               {QStringLiteral("kind"), QStringLiteral("stall")},
                               {QStringLiteral("stall_ms"), 4000},
                               {QStringLiteral("count"), 1}}}));
    auto a = startCli(
        emulator,
        {QStringLiteral("--json"), QStringLiteral("remove"), listener, member, QStringLiteral("--yes")}, env);
    Journal journal(path);
    QTRY_VERIFY_WITH_TIMEOUT(journal.isOpen() || journal.open(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(journal.operations().size() == 1, 15000);
    const qint64 id = journal.operations().first().id;
    QVERIFY(journal.isInFlightElsewhere(id));

    // Instance B looks at the journal meanwhile; its resolver's quiet period is short (test seam),
    // so without the owner check it would settle A's operation as "never applied".
    QProcessEnvironment envB = env;
    envB.insert(QStringLiteral("ELBDESK_TEST_RESOLVE_QUIET_MS"), QStringLiteral("200"));
    const CliResult b = cli(emulator, {QStringLiteral("--json"), QStringLiteral("journal")}, envB, 30000);
    QVERIFY2(b.exitCode == 0, b.describe());
    QVERIFY2(!b.err.contains("never applied") && !b.out.contains("NOT_SENT"), b.describe().constData());
    const JournalOperation during = *journal.operation(id);
    QVERIFY2(during.resolution.isEmpty(), qPrintable(during.resolution));
    QVERIFY(!during.isFinished());
    QVERIFY(a->state() != QProcess::NotRunning); // B really did run while A was sending

    QVERIFY(a->waitForFinished(60000));
    QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
    const JournalOperation after = *journal.operation(id);
    QCOMPARE(after.status, QStringLiteral("SUCCESS"));
    QVERIFY(after.errorCode.isEmpty());
    QVERIFY2(after.resolution.isEmpty(), qPrintable(after.resolution));
    QCOMPARE(after.members.first().outcome, QStringLiteral("removed"));
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action")).size(), 1);
}

QTEST_GUILESS_MAIN(tst_TwoInstances)
#include "tst_twoinstances.moc"
