#include "store/journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk;

namespace {

// The child half of concurrentProcesses(): the test binary started again with this variable set.
const char *const kChildEnv = "ELBDESK_TST_JOURNAL_CHILD";
constexpr int kIntentsPerProcess = 200;

JournalOperation sampleRemoval(const QString &listenerId = QStringLiteral("lst-1"))
{
    JournalOperation op;
    op.kind = QStringLiteral("remove");
    op.groupId = QStringLiteral("grp-1");
    op.connectionId = QStringLiteral("conn-1");
    op.connectionName = QStringLiteral("Production");
    op.userName = QStringLiteral("operator");
    op.region = QStringLiteral("eu-de");
    op.projectId = QStringLiteral("proj-1");
    op.loadBalancerId = QStringLiteral("lb-1");
    op.listenerId = listenerId;
    op.listenerName = QStringLiteral("web-443");
    JournalMember a;
    a.memberId = QStringLiteral("m-a");
    a.serverId = QStringLiteral("srv-a");
    a.serverAddress = QStringLiteral("192.168.0.10");
    a.serverName = QStringLiteral("web-a");
    JournalMember b = a;
    b.memberId = QStringLiteral("m-b");
    b.serverId = QStringLiteral("srv-b");
    b.serverAddress = QStringLiteral("192.168.0.11");
    b.serverName = QStringLiteral("web-b");
    op.members = {a, b};
    return op;
}

int childMain()
{
    Journal journal(qEnvironmentVariable(kChildEnv));
    if (!journal.open())
        return 2;
    QTextStream(stdout) << "ready" << Qt::endl;
    // Start together with the parent, so that the two writers really overlap.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly) || in.readLine().trimmed() != "go")
        return 4;
    for (int i = 0; i < kIntentsPerProcess; ++i) {
        JournalOperation op = sampleRemoval(QStringLiteral("child"));
        op.summary = QString::number(i);
        if (journal.recordIntent(op) == 0) {
            QTextStream(stderr) << journal.lastError() << Qt::endl;
            return 3;
        }
    }
    return 0;
}

// A plain connection of our own, for writing old schemas and peeking at the file.
class RawDb
{
public:
    explicit RawDb(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QStringList columns(const QString &table)
    {
        QStringList names;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next())
            names << q.value(1).toString();
        return names;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// The per-connection pragmas can only be read on the journal's own connection.
QVariant journalPragma(const Journal &journal, const QString &pragma)
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (name.startsWith(QLatin1String("elbdesk-journal-")) && db.databaseName() == journal.path()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next())
                return q.value(0);
        }
    }
    return {};
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("sub/journal.sqlite"));
    }

    void opensWithSafeSettings()
    {
        Journal journal(m_path);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QVERIFY(journal.isOpen());
        QCOMPARE(journal.schemaVersion(), Journal::CurrentSchemaVersion);
        QCOMPARE(journalPragma(journal, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(journalPragma(journal, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(journalPragma(journal, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(journalPragma(journal, QStringLiteral("busy_timeout")).toInt(), 5000);
        QVERIFY(journal.recordIntent(sampleRemoval()) > 0);
        QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(Journal::defaultPath().endsWith(QLatin1String("/journal.sqlite")));
    }

    void unopenedJournalRefusesToRecord()
    {
        Journal journal(m_path);
        QCOMPARE(journal.recordIntent(sampleRemoval()), 0);
        QVERIFY(!journal.lastError().isEmpty());
        QVERIFY(!journal.setJobId(1, QStringLiteral("job")));
        QVERIFY(journal.operations().isEmpty());
    }

    void unusablePathFailsCleanly()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Journal journal(m_dir->filePath(QStringLiteral("file/journal.sqlite")));
        QString error;
        QVERIFY(!journal.open(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!journal.isOpen());
    }

    void intentThenJobThenFinish()
    {
        Journal journal(m_path);
        QVERIFY(journal.open());
        QSignalSpy changed(&journal, &Journal::changed);
        const qint64 id = journal.recordIntent(sampleRemoval());
        QVERIFY(id > 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), id);

        auto op = journal.operation(id);
        QVERIFY(op);
        QCOMPARE(op->kind, QStringLiteral("remove"));
        QCOMPARE(op->status, QStringLiteral("INIT"));
        QVERIFY(op->jobId.isEmpty());
        QVERIFY(op->createdAt.isValid());
        QCOMPARE(op->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(!op->isFinished());
        QCOMPARE(op->members.size(), 2);
        QCOMPARE(op->members.at(1).serverName, QStringLiteral("web-b"));
        QCOMPARE(op->members.at(0).outcome, QStringLiteral("pending"));
        QCOMPARE(journal.unfinished().size(), 1);

        QVERIFY(journal.setJobId(id, QStringLiteral("job-1")));
        QVERIFY(journal.setStatus(id, QStringLiteral("RUNNING")));
        op = journal.operation(id);
        QCOMPARE(op->jobId, QStringLiteral("job-1"));
        QCOMPARE(op->status, QStringLiteral("RUNNING"));

        JournalMember a;
        a.serverId = QStringLiteral("srv-a");
        a.outcome = QStringLiteral("removed");
        JournalMember b;
        b.serverId = QStringLiteral("srv-b");
        b.outcome = QStringLiteral("still-present");
        QVERIFY(journal.finish(id, QStringLiteral("FAIL"), QStringLiteral("ELB.1234"), QStringLiteral("boom"),
                               QStringLiteral("one of two"), {a, b}));
        op = journal.operation(id);
        QVERIFY(op->isFinished());
        QCOMPARE(op->status, QStringLiteral("FAIL"));
        QCOMPARE(op->errorCode, QStringLiteral("ELB.1234"));
        QCOMPARE(op->failReason, QStringLiteral("boom"));
        QCOMPARE(op->members.at(0).outcome, QStringLiteral("removed"));
        QCOMPARE(op->members.at(0).memberId, QStringLiteral("m-a")); // kept: none was given
        QCOMPARE(op->members.at(0).serverName, QStringLiteral("web-a"));
        QCOMPARE(op->members.at(1).outcome, QStringLiteral("still-present"));
        QVERIFY(journal.unfinished().isEmpty());
        QVERIFY(!journal.setJobId(id + 100, QStringLiteral("job-x")));
    }

    void addLearnsNewMemberIds()
    {
        Journal journal(m_path);
        QVERIFY(journal.open());
        JournalOperation add = sampleRemoval();
        add.kind = QStringLiteral("add");
        add.undoOf = 7;
        for (JournalMember &m : add.members)
            m.memberId.clear();
        const qint64 id = journal.recordIntent(add);
        JournalMember a;
        a.serverId = QStringLiteral("srv-a");
        a.memberId = QStringLiteral("new-a");
        a.outcome = QStringLiteral("added");
        JournalMember extra;
        extra.serverId = QStringLiteral("srv-z");
        extra.memberId = QStringLiteral("new-z");
        extra.outcome = QStringLiteral("added");
        QVERIFY(journal.finishResolved(id, QStringLiteral("SUCCESS"), {}, {}, QStringLiteral("done"),
                                       {a, extra}, QStringLiteral("settled")));
        const auto op = journal.operation(id);
        QCOMPARE(op->undoOf, qint64(7));
        QCOMPARE(op->resolution, QStringLiteral("settled"));
        QCOMPARE(op->members.size(), 3); // a member the intent did not list is kept, not dropped
        QCOMPARE(op->members.at(0).memberId, QStringLiteral("new-a"));
        QVERIFY(op->members.at(1).memberId.isEmpty());
        QCOMPARE(op->members.at(2).serverId, QStringLiteral("srv-z"));
    }

    void twoInstancesInOneProcess()
    {
        Journal first(m_path);
        Journal second(m_path);
        Journal other(m_dir->filePath(QStringLiteral("other.sqlite")));
        QVERIFY(first.open());
        QVERIFY(second.open());
        QVERIFY(other.open());
        const qint64 id = first.recordIntent(sampleRemoval());
        QVERIFY(second.setJobId(id, QStringLiteral("job-2")));
        QCOMPARE(first.operation(id)->jobId, QStringLiteral("job-2"));
        QVERIFY(other.operations().isEmpty());
        {
            Journal shortLived(m_path);
            QVERIFY(shortLived.open());
        }
        QCOMPARE(first.operations().size(), 1);
    }

    void schemaHoldsNoSecrets()
    {
        {
            Journal journal(m_path);
            QVERIFY(journal.open());
            QVERIFY(journal.recordIntent(sampleRemoval()) > 0);
        }
        RawDb raw(m_path);
        const QStringList columns =
            raw.columns(QStringLiteral("operations")) + raw.columns(QStringLiteral("operation_members"));
        QVERIFY(columns.contains(QStringLiteral("user_name")));
        QVERIFY(columns.contains(QStringLiteral("server_name")));
        for (const QString &column : columns) {
            const QString c = column.toLower();
            const QStringList parts = c.split(QLatin1Char('_'));
            QVERIFY2(!c.contains(QLatin1String("token")) && !c.contains(QLatin1String("pass")) &&
                         !c.contains(QLatin1String("secret")) && !c.contains(QLatin1String("credential")) &&
                         !parts.contains(QLatin1String("key")) && !parts.contains(QLatin1String("sk")),
                     qPrintable(column));
        }
    }

    void migratesFromVersion1()
    {
        {
            RawDb raw(m_dir->path() + QStringLiteral("/v1.sqlite"));
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE operations (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                "connection_id TEXT NOT NULL DEFAULT '', connection_name TEXT NOT NULL DEFAULT '', "
                "user_name TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '', "
                "project_id TEXT NOT NULL DEFAULT '', loadbalancer_id TEXT NOT NULL DEFAULT '', "
                "listener_id TEXT NOT NULL DEFAULT '', job_id TEXT NOT NULL DEFAULT '', "
                "status TEXT NOT NULL DEFAULT 'INIT', error_code TEXT NOT NULL DEFAULT '', "
                "fail_reason TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', "
                "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, finished_at TEXT)")));
            QVERIFY(raw.exec(
                QStringLiteral("CREATE TABLE operation_members (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE, "
                               "position INTEGER NOT NULL DEFAULT 0, member_id TEXT NOT NULL DEFAULT '', "
                               "server_id TEXT NOT NULL DEFAULT '', server_address TEXT NOT NULL DEFAULT '', "
                               "outcome TEXT NOT NULL DEFAULT 'pending')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO operations (kind, connection_name, user_name, region, project_id, "
                "loadbalancer_id, "
                "listener_id, job_id, status, summary, created_at, updated_at, finished_at) VALUES "
                "('remove', 'Prod', 'alice', 'eu-de', 'p1', 'lb1', 'l1', 'job-old', 'SUCCESS', 'ok', "
                "'2023-05-01T10:00:00Z', '2023-05-01T10:00:05Z', '2023-05-01T10:00:05Z')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO operations (kind, listener_id, status, created_at, updated_at) VALUES "
                "('remove', 'l2', 'INIT', '2023-06-01T08:00:00Z', '2023-06-01T08:00:00Z')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO operation_members (operation_id, position, member_id, server_id, "
                "server_address, "
                "outcome) VALUES (1, 0, 'm1', 's1', '10.0.0.1', 'removed'), (1, 1, 'm2', 's2', '10.0.0.2', "
                "'removed'), (2, 0, 'm3', 's3', '10.0.0.3', 'pending')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        Journal journal(m_dir->path() + QStringLiteral("/v1.sqlite"));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QCOMPARE(journal.schemaVersion(), 2);

        const QList<JournalOperation> all = journal.operations();
        QCOMPARE(all.size(), 2);
        const JournalOperation &old = all.first();
        QCOMPARE(old.userName, QStringLiteral("alice"));
        QCOMPARE(old.jobId, QStringLiteral("job-old"));
        QCOMPARE(old.status, QStringLiteral("SUCCESS"));
        QCOMPARE(old.createdAt, QDateTime(QDate(2023, 5, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(old.isFinished());
        QVERIFY(old.groupId.isEmpty());
        QCOMPARE(old.undoOf, qint64(0));
        QVERIFY(old.listenerName.isEmpty());
        QCOMPARE(old.members.size(), 2);
        QCOMPARE(old.members.at(1).serverAddress, QStringLiteral("10.0.0.2"));
        QVERIFY(old.members.at(1).serverName.isEmpty());
        QCOMPARE(journal.unfinished().size(), 1);
        QCOMPARE(journal.unfinished().first().members.first().memberId, QStringLiteral("m3"));

        // The new columns work, for old rows and new ones.
        QVERIFY(journal.setResolution(2, QStringLiteral("settled by re-listing")));
        QCOMPARE(journal.operation(2)->resolution, QStringLiteral("settled by re-listing"));
        JournalOperation undo = sampleRemoval(QStringLiteral("l1"));
        undo.kind = QStringLiteral("add");
        undo.undoOf = old.id;
        const qint64 id = journal.recordIntent(undo);
        QVERIFY(id > 2);
        QCOMPARE(journal.operation(id)->undoOf, old.id);
        QCOMPARE(journal.operation(id)->members.first().serverName, QStringLiteral("web-a"));

        // Migrated timestamps compare correctly with new ones in date filters.
        JournalFilter filter;
        filter.from = QDateTime(QDate(2023, 5, 1), QTime(10, 0), Qt::UTC);
        filter.to = QDateTime(QDate(2023, 5, 1), QTime(10, 0, 1), Qt::UTC);
        QCOMPARE(journal.operations(filter).size(), 1);

        // Opening again does not migrate again.
        Journal again(journal.path());
        QVERIFY(again.open());
        QCOMPARE(again.operations().size(), 3);
    }

    void refusesNewerSchema()
    {
        {
            RawDb raw(m_dir->filePath(QStringLiteral("future.sqlite")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        Journal journal(m_dir->filePath(QStringLiteral("future.sqlite")));
        QString error;
        QVERIFY(!journal.open(&error));
        QVERIFY(error.contains(QLatin1String("99")));
    }

    void filters()
    {
        Journal journal(m_path);
        QVERIFY(journal.open());
        const QDateTime base(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
        QList<qint64> ids;
        for (int day = 0; day < 4; ++day) {
            JournalOperation op =
                sampleRemoval(day % 2 ? QStringLiteral("lst-odd") : QStringLiteral("lst-even"));
            op.createdAt = base.addDays(day);
            ids << journal.recordIntent(op);
        }
        QVERIFY(journal.finish(ids.at(0), QStringLiteral("SUCCESS"), {}, {}, {}, {}));
        QCOMPARE(journal.operations().size(), 4);

        JournalFilter range;
        range.from = base.addDays(1);
        range.to = base.addDays(3);
        const QList<JournalOperation> inRange = journal.operations(range);
        QCOMPARE(inRange.size(), 2);
        QCOMPARE(inRange.at(0).id, ids.at(1));
        QCOMPARE(inRange.at(1).id, ids.at(2));
        QCOMPARE(inRange.at(0).members.size(), 2);

        JournalFilter listener;
        listener.listenerId = QStringLiteral("lst-even");
        QCOMPARE(journal.operations(listener).size(), 2);
        listener.unfinishedOnly = true;
        QCOMPARE(journal.operations(listener).size(), 1);
        QCOMPARE(journal.operations(listener).first().id, ids.at(2));
    }

    void oldestFirst()
    {
        Journal journal(m_path);
        QVERIFY(journal.open());
        JournalOperation late = sampleRemoval();
        late.createdAt = QDateTime(QDate(2024, 1, 2), QTime(0, 0), Qt::UTC);
        JournalOperation early = sampleRemoval();
        early.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        const qint64 lateId = journal.recordIntent(late);
        const qint64 earlyId = journal.recordIntent(early);
        const QList<JournalOperation> all = journal.operations();
        QCOMPARE(all.at(0).id, earlyId);
        QCOMPARE(all.at(1).id, lateId);
    }

    void json()
    {
        Journal journal(m_path);
        QVERIFY(journal.open());
        const qint64 first = journal.recordIntent(sampleRemoval());
        JournalOperation undo = sampleRemoval();
        undo.kind = QStringLiteral("add");
        undo.undoOf = first;
        undo.members.first().memberId.clear();
        const qint64 second = journal.recordIntent(undo);
        QVERIFY(journal.setJobId(first, QStringLiteral("job-9")));
        QVERIFY(journal.finish(first, QStringLiteral("SUCCESS"), {}, {}, QStringLiteral("ok"), {}));

        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(Journal::toJson(journal.operations()), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        const QJsonObject a = array.at(0).toObject();
        QCOMPARE(a.value(QLatin1String("id")).toInteger(), first);
        QCOMPARE(a.value(QLatin1String("kind")).toString(), QStringLiteral("remove"));
        QCOMPARE(a.value(QLatin1String("job_id")).toString(), QStringLiteral("job-9"));
        QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
        QVERIFY(a.value(QLatin1String("undo_of")).isNull());
        QVERIFY(a.value(QLatin1String("error_code")).isNull());
        QVERIFY(a.value(QLatin1String("fail_reason")).isNull());
        QCOMPARE(a.value(QLatin1String("connection")).toString(), QStringLiteral("Production"));
        QCOMPARE(a.value(QLatin1String("user")).toString(), QStringLiteral("operator"));
        for (const char *key :
             {"region", "project_id", "loadbalancer_id", "listener_id", "listener_name", "group_id",
              "summary", "resolution", "created_at", "updated_at", "finished_at"}) {
            QVERIFY2(a.contains(QLatin1String(key)), key);
        }
        const QDateTime created =
            QDateTime::fromString(a.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        QCOMPARE(created.timeSpec(), Qt::UTC);
        QVERIFY(a.value(QLatin1String("finished_at")).isString());
        const QJsonObject member = a.value(QLatin1String("members")).toArray().at(0).toObject();
        QCOMPARE(member.value(QLatin1String("id")).toString(), QStringLiteral("m-a"));
        QCOMPARE(member.value(QLatin1String("server_id")).toString(), QStringLiteral("srv-a"));
        QCOMPARE(member.value(QLatin1String("server_address")).toString(), QStringLiteral("192.168.0.10"));
        QCOMPARE(member.value(QLatin1String("server_name")).toString(), QStringLiteral("web-a"));
        QCOMPARE(member.value(QLatin1String("outcome")).toString(), QStringLiteral("pending"));

        const QJsonObject b = array.at(1).toObject();
        QCOMPARE(b.value(QLatin1String("id")).toInteger(), second);
        QCOMPARE(b.value(QLatin1String("undo_of")).toInteger(), first);
        QVERIFY(b.value(QLatin1String("job_id")).isNull());
        QVERIFY(b.value(QLatin1String("finished_at")).isNull());
        QVERIFY(
            b.value(QLatin1String("members")).toArray().at(0).toObject().value(QLatin1String("id")).isNull());
        QCOMPARE(Journal::toJson({}).trimmed(), QByteArray("[\n]"));
    }

    void csv()
    {
        JournalOperation op = sampleRemoval();
        op.id = 5;
        op.summary = QStringLiteral("said \"no\", twice\nthen stopped");
        op.createdAt = QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
        JournalOperation empty = op;
        empty.id = 6;
        empty.summary.clear();
        empty.members.clear();
        const QByteArray csv = Journal::toCsv({op, empty});
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(lines.first().startsWith("operation_id,kind,group_id,undo_of,connection,user,region,"));
        QVERIFY(lines.first().endsWith("member_id,server_id,server_address,server_name,outcome\r"));
        QVERIFY(csv.contains(",\"said \"\"no\"\", twice\nthen stopped\","));
        QVERIFY(csv.contains("2024-02-03T04:05:06.007Z"));
        QVERIFY(csv.contains(",m-a,srv-a,192.168.0.10,web-a,pending\r\n"));
        QVERIFY(csv.contains(",m-b,srv-b,192.168.0.11,web-b,pending\r\n"));
        // header + two members of op (the summary's line break is inside quotes) + one row for `empty`
        QCOMPARE(csv.count("\r\n"), 4);
        QVERIFY(csv.contains("\r\n6,remove,"));
    }

    void concurrentProcesses()
    {
        Journal journal(m_path);
        QVERIFY(journal.open());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildEnv), m_path);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        // Start writing when the child is ready to write too, so that the two really overlap.
        QVERIFY(child.waitForReadyRead(30000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        child.write("go\n");
        QVERIFY(child.waitForBytesWritten(10000));
        for (int i = 0; i < kIntentsPerProcess; ++i) {
            JournalOperation op = sampleRemoval(QStringLiteral("parent"));
            QVERIFY2(journal.recordIntent(op) > 0, qPrintable(journal.lastError()));
        }
        QVERIFY(child.waitForFinished(120000));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 child.readAllStandardError().constData());
        JournalFilter parent;
        parent.listenerId = QStringLiteral("parent");
        JournalFilter fromChild;
        fromChild.listenerId = QStringLiteral("child");
        QCOMPARE(journal.operations(parent).size(), kIntentsPerProcess);
        QCOMPARE(journal.operations(fromChild).size(), kIntentsPerProcess);
        const QList<JournalOperation> all = journal.operations();
        QCOMPARE(all.size(), 2 * kIntentsPerProcess);
        int switches = 0;
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).members.size(), 2);
            if (i > 0 && all.at(i).listenerId != all.at(i - 1).listenerId)
                ++switches;
        }
        // How much the two writers overlapped (for the log; the OS decides).
        qInfo("writers alternated %d times", switches);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

// A main of our own: concurrentProcesses() starts this binary again as a second writer.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildEnv))
        return childMain();
    TestJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journal.moc"
