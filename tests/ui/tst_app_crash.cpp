// kill -9 of the desktop app (offscreen, a real separate process) in the middle of a removal, at the
// three points the journal has to survive (ElbDesk::CrashSeam, ELBDESK_TEST_CRASH_AT): after the
// intent was written, after the POST was answered but before its job id was stored, and while
// polling the job. A fresh MainWindow on the same journal must resolve the operation to its true
// outcome when it opens the connection again, and nothing may have been sent twice.
//
// The binary starts itself again as the app that gets killed (ELBDESK_TST_APP_CRASH_CHILD):
//   ui    selects a member and confirms the review through the real widgets; needs the
//         CrashSeam::watch(operation) line in MainWindow::startGroupedRemoval;
//   seam  opens the connection through MainWindow, then starts a removal exactly as
//         startGroupedRemoval does (CrashSeam::watch, then JournalRecorder::startRecorded with the
//         window's job center and recorder), so that the seam is checked on its own.
#include "emulatorprocess.h"
#include "jobs/crashseam.h"
#include "jobs/jobcenter.h"
#include "jobs/journalrecorder.h"
#include "jobs/journalresolver.h"
#include "jobs/memberremoval.h"
#include "mainwindow.h"
#include "memberpane.h"
#include "model/membermodel.h"
#include "removemembersdialog.h"
#include "store/journal.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QAction>
#include <QHash>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>

using namespace ElbDesk;
using ElbDesk::Test::EmulatorProcess;

namespace {

const char *const kChildEnv = "ELBDESK_TST_APP_CRASH_CHILD"; // ui | seam
const char *const kUrlEnv = "ELBDESK_TST_APP_CRASH_URL";
const char *const kJournalEnv = "ELBDESK_TST_APP_CRASH_JOURNAL";

// The child's exit codes when it was NOT killed.
constexpr int kChildSetupFailed = 4;
constexpr int kChildRemovalFinished = 3; // the seam never fired: not wired into MainWindow

Connection sandboxConnection(const QUrl &url)
{
    Connection c;
    c.id = QStringLiteral("crash-sandbox");
    c.name = QStringLiteral("Crash sandbox");
    c.cloud = QStringLiteral("custom");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = url;
    c.iamEndpoint = url;
    c.auth = AuthMethod::Password;
    c.userName = QStringLiteral("operator");
    c.domainName = QStringLiteral("sandbox-domain");
    c.projectName = QStringLiteral("eu-de");
    return c;
}

Credentials sandboxCredentials()
{
    Credentials credentials;
    credentials.password = QStringLiteral("sandbox-password");
    return credentials;
}

int childFailed(const char *why)
{
    std::fprintf(stderr, "child: %s\n", why);
    return kChildSetupFailed;
}

int childMain()
{
    const bool throughUi = qEnvironmentVariable(kChildEnv) == QLatin1String("ui");
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
    MemorySecretStore secrets;
    MainWindow window(&profiles, &secrets, nullptr, qEnvironmentVariable(kJournalEnv));
    window.show();
    QSignalSpy tree(&window, &MainWindow::treeLoaded);
    window.openConnection(sandboxConnection(QUrl(qEnvironmentVariable(kUrlEnv))), sandboxCredentials());
    if (!tree.wait(30000))
        return childFailed("no tree");
    // The window shows the listener with the most members by itself.
    MemberPane *pane = window.memberPane();
    if (!QTest::qWaitFor([pane] { return pane->hasListener() && pane->view()->model()->rowCount() > 0; }, 30000))
        return childFailed("no members");
    pane->view()->selectRow(0);
    const QList<Member> chosen = pane->selectedMembers();
    if (chosen.size() != 1)
        return childFailed("no selection");
    // Flushed now: nothing after the kill is.
    std::printf("selected %s %s\n", qPrintable(pane->listener().id), qPrintable(chosen.first().id));
    std::fflush(stdout);

    QSignalSpy finished(window.jobCenter(), &JobCenter::operationFinished);
    if (throughUi) {
        auto *remove = window.findChild<QAction *>(QStringLiteral("removeAction"));
        if (!remove || !remove->isEnabled())
            return childFailed("remove action disabled");
        remove->trigger();
        RemoveMembersDialog *dialog = window.reviewDialog();
        if (!dialog)
            return childFailed("no review dialog");
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("removeButton"));
        if (!confirm || !confirm->isEnabled())
            return childFailed("remove button disabled");
        QTest::mouseClick(confirm, Qt::LeftButton);
    } else {
        // What MainWindow::startGroupedRemoval does for one listener.
        auto *operation = new MemberRemoval(window.client(), pane->listener().id, chosen);
        operation->setListenerName(pane->listener().name);
        JournalOperation context;
        context.kind = QStringLiteral("remove");
        context.connectionId = window.client()->connection().id;
        context.connectionName = window.client()->connection().name;
        context.userName = window.client()->connection().userName;
        context.region = window.client()->connection().region;
        context.projectId = window.client()->projectId();
        context.loadBalancerId = pane->listener().loadBalancerId;
        context.listenerId = pane->listener().id;
        context.listenerName = pane->listener().name;
        CrashSeam::watch(operation);
        if (!JournalRecorder::startRecorded(window.jobCenter(), window.recorder(), operation, context))
            return childFailed("not recorded");
    }
    // Killed long before this, unless the seam is not armed.
    if (!finished.wait(60000))
        return childFailed("the removal neither crashed nor finished");
    std::fprintf(stderr, "child: the removal finished; CrashSeam::watch never fired\n");
    return kChildRemovalFinished;
}

int removalPosts(const EmulatorProcess &emulator)
{
    int n = 0;
    const QJsonArray log = emulator.requests();
    for (const QJsonValue &v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("method")).toString() == QLatin1String("POST")
            && o.value(QLatin1String("path")).toString().contains(QLatin1String("/members/action")))
            ++n;
    }
    return n;
}

int memberNumber(const EmulatorProcess &emulator, const QString &listenerId)
{
    const QJsonArray listeners = emulator.state().value(QLatin1String("listeners")).toArray();
    for (const QJsonValue &v : listeners) {
        const QJsonObject l = v.toObject();
        if (l.value(QLatin1String("id")).toString() == listenerId)
            return l.value(QLatin1String("member_number")).toInt(-1);
    }
    return -1;
}

} // namespace

class tst_AppCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seamPoints();
    void killedRemovalResolvesToItsTrueOutcome_data();
    void killedRemovalResolvesToItsTrueOutcome();
};

void tst_AppCrash::seamPoints()
{
    const auto at = [](const QString &value) {
        QProcessEnvironment env;
        env.insert(QLatin1String(CrashSeam::CrashEnv), value);
        return CrashSeam::pointFrom(env);
    };
    QCOMPARE(at(QStringLiteral("after-intent")), CrashSeam::Point::AfterIntent);
    QCOMPARE(at(QStringLiteral(" after-post ")), CrashSeam::Point::AfterPost);
    QCOMPARE(at(QStringLiteral("while-polling")), CrashSeam::Point::WhilePolling);
    QCOMPARE(at(QStringLiteral("later")), CrashSeam::Point::None);
    QCOMPARE(CrashSeam::pointFrom(QProcessEnvironment()), CrashSeam::Point::None);
    // This process has no crash point: watching is harmless.
    QCOMPARE(CrashSeam::configured(), CrashSeam::Point::None);
    CrashSeam::watch(nullptr);
}

void tst_AppCrash::killedRemovalResolvesToItsTrueOutcome_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("crashAt");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<int>("posts");
    QTest::addColumn<bool>("jobIdStored");
    for (const char *mode : {"seam", "ui"}) {
        const QString m = QString::fromLatin1(mode);
        QTest::addRow("%s/after-intent", mode) << m << QStringLiteral("after-intent") << false << 0 << false;
        QTest::addRow("%s/after-post", mode) << m << QStringLiteral("after-post") << true << 1 << false;
        QTest::addRow("%s/while-polling", mode) << m << QStringLiteral("while-polling") << true << 1 << true;
    }
}

void tst_AppCrash::killedRemovalResolvesToItsTrueOutcome()
{
    QFETCH(QString, mode);
    QFETCH(QString, crashAt);
    QFETCH(bool, applied);
    QFETCH(int, posts);
    QFETCH(bool, jobIdStored);

    // 2 s jobs: the first poll finds the job still running.
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("2")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));

    // Member counts before the child touches anything (a job may finish after the kill).
    QHash<QString, int> before;
    const QJsonArray listeners = emulator.state().value(QLatin1String("listeners")).toArray();
    for (const QJsonValue &v : listeners) {
        const QJsonObject l = v.toObject();
        before.insert(l.value(QLatin1String("id")).toString(), l.value(QLatin1String("member_number")).toInt());
    }

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kChildEnv), mode);
    env.insert(QLatin1String(kUrlEnv), emulator.baseUrl().toString());
    env.insert(QLatin1String(kJournalEnv), journalPath);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QLatin1String(CrashSeam::CrashEnv), crashAt);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForFinished(120000));
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    // A child that finished its removal normally means the seam did not fire: MainWindow lost its hook.
    QVERIFY2(!(child.exitStatus() == QProcess::NormalExit && child.exitCode() == kChildRemovalFinished),
             "the app was not killed: MainWindow::startGroupedRemoval no longer calls CrashSeam::watch");
    QVERIFY2(child.exitStatus() == QProcess::CrashExit, err.constData());
    QCOMPARE(child.exitCode(), int(SIGKILL));
    const QList<QByteArray> selected = out.trimmed().split(' ');
    QVERIFY2(selected.size() == 3 && selected.first() == "selected", out.constData());
    const QString listenerId = QString::fromLatin1(selected.at(1));
    const QString memberId = QString::fromLatin1(selected.at(2));
    const int membersBefore = before.value(listenerId, -1);
    QVERIFY(membersBefore > 0);
    QCOMPARE(removalPosts(emulator), posts);

    qint64 operationId = 0;
    {
        // What the kill left: one unfinished operation, with or without its job id.
        Journal journal(journalPath);
        QVERIFY2(journal.open(), qPrintable(journal.lastError()));
        const QList<JournalOperation> ops = journal.operations();
        QCOMPARE(ops.size(), 1);
        QVERIFY(!ops.first().isFinished());
        QCOMPARE(!ops.first().jobId.isEmpty(), jobIdStored);
        QCOMPARE(ops.first().members.size(), 1);
        QCOMPARE(ops.first().members.first().memberId, memberId);
        operationId = ops.first().id;
    }

    // The next start of the app. Its resolver waits out the quiet period (shortened when MainWindow
    // applies CrashSeam::tune; 60 s otherwise) before members still present mean "never applied";
    // longer than the 2 s job, so that a removal whose POST went out is not misread.
    qputenv(CrashSeam::QuietPeriodEnv, QByteArrayLiteral("8000"));
    {
        QTemporaryDir appDir;
        ProfileStore profiles(appDir.filePath(QStringLiteral("connections.ini")));
        MemorySecretStore secrets;
        MainWindow window(&profiles, &secrets, nullptr, journalPath);
        QSignalSpy resolved(&window, &MainWindow::journalResolved);
        window.openConnection(sandboxConnection(emulator.baseUrl()), sandboxCredentials());
        QTRY_VERIFY_WITH_TIMEOUT(resolved.size() >= 1, 100000);
        QCOMPARE(resolved.first().first().toInt(), 1);
    }

    Journal journal(journalPath);
    QVERIFY2(journal.open(), qPrintable(journal.lastError()));
    const std::optional<JournalOperation> op = journal.operation(operationId);
    QVERIFY(op);
    qInfo().noquote() << mode << crashAt << "resolved:" << op->status << op->errorCode << "-" << op->resolution;
    QVERIFY(op->isFinished());
    QCOMPARE(op->status, applied ? QStringLiteral("SUCCESS") : QStringLiteral("FAIL"));
    if (!applied)
        QCOMPARE(op->errorCode, QLatin1String(JournalResolver::NotSentErrorCode));
    QCOMPARE(op->members.size(), 1);
    QCOMPARE(op->members.first().outcome, applied ? QStringLiteral("removed") : QStringLiteral("still-present"));
    QCOMPARE(journal.operations().size(), 1);

    // The truth on the listener, and nothing was sent twice (or at all, after the intent only).
    QCOMPARE(memberNumber(emulator, listenerId), applied ? membersBefore - 1 : membersBefore);
    QCOMPARE(removalPosts(emulator), posts);
}

// A main of our own: the test starts this binary again as the app that gets killed.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildEnv))
        return childMain();
    tst_AppCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_app_crash.moc"
