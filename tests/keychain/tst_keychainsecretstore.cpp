// Keychain tests against a REAL gnome-keyring. Run them through tests/with-keyring.sh, which gives
// them a private D-Bus session bus and an unlocked throwaway keyring:
//
//     tests/with-keyring.sh ctest --test-dir build/ci -L keychain -j1 --output-on-failure
//
// Without it (ELBDESK_TEST_KEYRING unset) the tests that need a working keyring are skipped, so
// the developer's own keyring is never touched; the failure-mode tests still run, because they
// start their own isolated children (no bus / a private bus) with a throwaway HOME.
//
// Failure modes observed with QtKeychain 0.13.2, libsecret 0.20.5, gnome-keyring 42.1 (Debian 12):
//   DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent -> OtherError 7 "Could not connect: No such file or directory"
//                                                       (write, read and remove)           => NoSessionBus
//   DBUS_SESSION_BUS_ADDRESS unset, no $DISPLAY      -> OtherError 7 "Cannot autolaunch D-Bus without X11 $DISPLAY"
//                                                                                          => NoSessionBus
//   private bus without any .service files           -> OtherError 7 "The name org.freedesktop.secrets was not
//                                                       provided by any .service files"    => NoSecretService
//   private bus, gnome-keyring activatable, fresh HOME without keyring, no unlock (the prompter cannot
//   open a display) -> write: OtherError 7 "Object does not exist at path
//                      “/org/freedesktop/secrets/collection/login”"                        => Locked
//                      read: EntryNotFound "Entry not found" (indistinguishable from a missing entry)
//                      remove: no error
//   An existing login keyring that stays locked gives, for the write, AccessDenied (4)
//   "Cannot create an item in a locked collection"                                         => Locked
//
// The children are this test executable itself, running only the childHelper() test function,
// selected by the ELBDESK_KEYCHAIN_CHILD_RESULT environment variable.

#include "store/keychainsecretstore.h"
#include "store/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace ElbDesk;
using Status = SecretResult::Status;

namespace {

constexpr int kAnswerTimeoutMs = 60000;

const char kChildResultVar[] = "ELBDESK_KEYCHAIN_CHILD_RESULT";
const char kChildKeyVar[] = "ELBDESK_KEYCHAIN_CHILD_KEY";
const char kChildSecretVar[] = "ELBDESK_KEYCHAIN_CHILD_SECRET";

struct Recorder
{
    int calls = 0;
    SecretResult last;
};

SecretStore::Callback recordInto(const std::shared_ptr<Recorder> &recorder)
{
    return [recorder](const SecretResult &result) {
        ++recorder->calls;
        recorder->last = result;
    };
}

SecretResult awaitAnswer(const std::shared_ptr<Recorder> &rec)
{
    if (!QTest::qWaitFor([&] { return rec->calls > 0; }, kAnswerTimeoutMs)) {
        SecretResult timedOut;
        timedOut.detail = QStringLiteral("no answer within %1 ms").arg(kAnswerTimeoutMs);
        return timedOut;
    }
    return rec->last;
}

bool throwawayKeyring()
{
    return qEnvironmentVariable("ELBDESK_TEST_KEYRING") == QLatin1String("throwaway");
}

bool childMode()
{
    return qEnvironmentVariableIsSet(kChildResultVar);
}

QString uniqueConnectionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

Status statusFromName(const QString &name)
{
    for (const Status s : {Status::Ok, Status::NotFound, Status::NoSessionBus, Status::NoSecretService,
                           Status::Locked, Status::Denied, Status::OtherError}) {
        if (SecretResult::statusName(s) == name)
            return s;
    }
    return Status::OtherError;
}

// What a child reported for one operation.
struct ChildOp
{
    QString status;
    QString detail;
    bool secretReturned = false;
};

enum Scenario { UnreachableBus, UnsetBus, BusWithoutProvider, BusWithoutUnlockedKeyring };

} // namespace

#define REQUIRE_THROWAWAY_KEYRING()                                                                 \
    do {                                                                                            \
        if (!throwawayKeyring())                                                                    \
            QSKIP("needs the throwaway keyring: run through tests/with-keyring.sh");                \
    } while (false)

#define AWAIT_ANSWER(recorder) QTRY_COMPARE_WITH_TIMEOUT((recorder)->calls, 1, kAnswerTimeoutMs)

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Pure: error code + text -> status.
    void classify_data();
    void classify();

    // Against the throwaway gnome-keyring.
    void writeReadOverwriteRemove();
    void keysOfTwoConnectionsDoNotCollide();
    void longUnicodeValue();
    void callbackIsAsynchronous();
    void removeMissingKeyIsOk();
    void entryLivesUnderServiceElbdesk();
    void storeDestroyedBeforeAnswer_dropsCallback();

    // Isolated children without a working keyring.
    void failureModes_data();
    void failureModes();

    // Not a test: the body of the child processes started by failureModes().
    void childHelper();

private:
    SecretResult write(SecretStore &store, const QString &key, const QString &secret);
    SecretResult read(SecretStore &store, const QString &key);
    SecretResult remove(SecretStore &store, const QString &key);
};

void tst_KeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (childMode())
        return;
    if (!throwawayKeyring())
        qInfo("ELBDESK_TEST_KEYRING is not 'throwaway': keyring round-trip tests will be skipped");
    QCOMPARE(KeychainSecretStore::defaultService(), QStringLiteral("elbdesk"));
    // QtKeychain 0.13.2 has no isAvailable(); the store says "unknown" then.
    const std::optional<bool> available = KeychainSecretStore::backendAvailable();
    qInfo() << "QKeychain::isAvailable():" << (available ? (*available ? "true" : "false") : "not in this QtKeychain");
}

// ---- helpers ---------------------------------------------------------------------------------

SecretResult tst_KeychainSecretStore::write(SecretStore &store, const QString &key, const QString &secret)
{
    auto rec = std::make_shared<Recorder>();
    store.write(key, secret, recordInto(rec));
    return awaitAnswer(rec);
}

SecretResult tst_KeychainSecretStore::read(SecretStore &store, const QString &key)
{
    auto rec = std::make_shared<Recorder>();
    store.read(key, recordInto(rec));
    return awaitAnswer(rec);
}

SecretResult tst_KeychainSecretStore::remove(SecretStore &store, const QString &key)
{
    auto rec = std::make_shared<Recorder>();
    store.remove(key, recordInto(rec));
    return awaitAnswer(rec);
}

// ---- classify --------------------------------------------------------------------------------

void tst_KeychainSecretStore::classify_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    const int other = QKeychain::OtherError;
    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << int(Status::Ok);
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found") << int(Status::NotFound);
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QStringLiteral("User denied") << int(Status::Denied);
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << QStringLiteral("Access to keychain denied") << int(Status::Denied);
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QStringLiteral("whatever") << int(Status::NoSecretService);
    QTest::newRow("kwallet not running") << int(QKeychain::NoBackendAvailable) << QStringLiteral("No keychain service available") << int(Status::NoSecretService);
    QTest::newRow("unset bus") << other << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << int(Status::NoSessionBus);
    QTest::newRow("unreachable bus") << other << QStringLiteral("Could not connect: No such file or directory") << int(Status::NoSessionBus);
    QTest::newRow("refused bus") << other << QStringLiteral("Could not connect: Connection refused") << int(Status::NoSessionBus);
    QTest::newRow("failed to connect") << other << QStringLiteral("Failed to connect to bus: No such file or directory") << int(Status::NoSessionBus);
    QTest::newRow("kwallet no bus") << other << QStringLiteral("Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is not running") << int(Status::NoSessionBus);
    QTest::newRow("no provider") << other << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files") << int(Status::NoSecretService);
    QTest::newRow("service unknown") << other << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable") << int(Status::NoSecretService);
    QTest::newRow("no login collection") << other << QStringLiteral("Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d") << int(Status::Locked);
    QTest::newRow("locked collection") << int(QKeychain::AccessDenied) << QStringLiteral("Cannot create an item in a locked collection") << int(Status::Locked);
    QTest::newRow("prompt failed") << other << QStringLiteral("couldn't create system prompt") << int(Status::Locked);
    QTest::newRow("unknown") << other << QStringLiteral("Unknown error") << int(Status::OtherError);
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("Could not delete") << int(Status::OtherError);
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << int(Status::OtherError);
}

void tst_KeychainSecretStore::classify()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(SecretResult::statusName(KeychainSecretStore::classify(code, text)),
             SecretResult::statusName(Status(expected)));
}

// ---- real keyring ----------------------------------------------------------------------------

void tst_KeychainSecretStore::writeReadOverwriteRemove()
{
    REQUIRE_THROWAWAY_KEYRING();
    KeychainSecretStore store;
    const QString key = SecretStore::keyFor(uniqueConnectionId(), SecretStore::kindPassword());

    SecretResult r = write(store, key, QStringLiteral("first-Secret"));
    QVERIFY2(r.ok(), qPrintable(SecretResult::statusName(r.status) + QLatin1Char(' ') + r.detail));
    QVERIFY(r.detail.isEmpty());

    r = read(store, key);
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QCOMPARE(r.secret, QStringLiteral("first-Secret"));

    r = write(store, key, QStringLiteral("second-Secret"));
    QVERIFY2(r.ok(), qPrintable(r.detail));
    r = read(store, key);
    QVERIFY(r.ok());
    QCOMPARE(r.secret, QStringLiteral("second-Secret"));

    r = remove(store, key);
    QVERIFY2(r.ok(), qPrintable(r.detail));

    r = read(store, key);
    QCOMPARE(SecretResult::statusName(r.status), SecretResult::statusName(Status::NotFound));
    QVERIFY(r.secret.isEmpty());
    QVERIFY(!r.userMessage().isEmpty());
}

void tst_KeychainSecretStore::keysOfTwoConnectionsDoNotCollide()
{
    REQUIRE_THROWAWAY_KEYRING();
    KeychainSecretStore store;
    const QString idA = uniqueConnectionId();
    const QString idB = uniqueConnectionId();
    const QString pwA = SecretStore::keyFor(idA, SecretStore::kindPassword());
    const QString pwB = SecretStore::keyFor(idB, SecretStore::kindPassword());
    const QString skA = SecretStore::keyFor(idA, SecretStore::kindSecretKey());

    QVERIFY(write(store, pwA, QStringLiteral("password-of-A")).ok());
    QVERIFY(write(store, pwB, QStringLiteral("password-of-B")).ok());
    QVERIFY(write(store, skA, QStringLiteral("secret-key-of-A")).ok());

    QCOMPARE(read(store, pwA).secret, QStringLiteral("password-of-A"));
    QCOMPARE(read(store, pwB).secret, QStringLiteral("password-of-B"));
    QCOMPARE(read(store, skA).secret, QStringLiteral("secret-key-of-A"));

    QVERIFY(remove(store, pwA).ok());
    QCOMPARE(read(store, pwA).status, Status::NotFound);
    QCOMPARE(read(store, pwB).secret, QStringLiteral("password-of-B"));
    QCOMPARE(read(store, skA).secret, QStringLiteral("secret-key-of-A"));

    QVERIFY(remove(store, pwB).ok());
    QVERIFY(remove(store, skA).ok());
}

void tst_KeychainSecretStore::longUnicodeValue()
{
    REQUIRE_THROWAWAY_KEYRING();
    KeychainSecretStore store;
    const QString key = SecretStore::keyFor(uniqueConnectionId(), SecretStore::kindSecretKey());

    // 2000 UTF-16 code units: Latin, accented, Cyrillic, CJK, a non-BMP emoji and quoting characters.
    const QString pattern = QStringLiteral("aÄé€ключ秘密🔑\"'\\;=%&+ ");
    QString value;
    while (value.size() < 2000)
        value += pattern;
    value.truncate(2000);
    if (value.back().isHighSurrogate()) // do not cut a surrogate pair in half
        value.back() = QLatin1Char('x');
    QCOMPARE(value.size(), 2000);

    QVERIFY(write(store, key, value).ok());
    const SecretResult r = read(store, key);
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QCOMPARE(r.secret.size(), value.size());
    QCOMPARE(r.secret, value);
    QVERIFY(remove(store, key).ok());
}

void tst_KeychainSecretStore::callbackIsAsynchronous()
{
    REQUIRE_THROWAWAY_KEYRING();
    KeychainSecretStore store;
    const QString key = SecretStore::keyFor(uniqueConnectionId(), SecretStore::kindPassword());

    auto w = std::make_shared<Recorder>();
    store.write(key, QStringLiteral("async"), recordInto(w));
    QCOMPARE(w->calls, 0);
    AWAIT_ANSWER(w);
    QVERIFY(w->last.ok());

    auto r = std::make_shared<Recorder>();
    store.read(key, recordInto(r));
    QCOMPARE(r->calls, 0);
    AWAIT_ANSWER(r);
    QCOMPARE(r->last.secret, QStringLiteral("async"));

    // An empty key is refused, also asynchronously.
    auto bad = std::make_shared<Recorder>();
    QTest::ignoreMessage(QtWarningMsg, "keychain \"read\" refused: empty key");
    store.read(QString(), recordInto(bad));
    QCOMPARE(bad->calls, 0);
    AWAIT_ANSWER(bad);
    QCOMPARE(bad->last.status, Status::OtherError);

    auto rm = std::make_shared<Recorder>();
    store.remove(key, recordInto(rm));
    QCOMPARE(rm->calls, 0);
    AWAIT_ANSWER(rm);
    QVERIFY(rm->last.ok());

    QTest::qWait(50); // nothing arrives twice
    QCOMPARE(w->calls, 1);
    QCOMPARE(r->calls, 1);
    QCOMPARE(bad->calls, 1);
    QCOMPARE(rm->calls, 1);
}

void tst_KeychainSecretStore::removeMissingKeyIsOk()
{
    REQUIRE_THROWAWAY_KEYRING();
    KeychainSecretStore store;
    const SecretResult r = remove(store, SecretStore::keyFor(uniqueConnectionId(), SecretStore::kindPassword()));
    QVERIFY2(r.ok(), qPrintable(SecretResult::statusName(r.status) + QLatin1Char(' ') + r.detail));
}

void tst_KeychainSecretStore::entryLivesUnderServiceElbdesk()
{
    REQUIRE_THROWAWAY_KEYRING();
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");

    KeychainSecretStore store;
    const QString key = SecretStore::keyFor(uniqueConnectionId(), SecretStore::kindPassword());
    QVERIFY(write(store, key, QStringLiteral("visible-to-secret-tool")).ok());

    // QtKeychain's libsecret schema: attribute "server" = service, "user" = key.
    QProcess lookup;
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("elbdesk"),
                              QStringLiteral("user"), key});
    QVERIFY(lookup.waitForFinished(30000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), QStringLiteral("visible-to-secret-tool"));
    QVERIFY(remove(store, key).ok());
}

void tst_KeychainSecretStore::storeDestroyedBeforeAnswer_dropsCallback()
{
    REQUIRE_THROWAWAY_KEYRING();
    auto early = std::make_shared<Recorder>();
    {
        KeychainSecretStore store;
        store.read(SecretStore::keyFor(uniqueConnectionId(), SecretStore::kindPassword()), recordInto(early));
    }
    // QtKeychain runs its jobs one at a time, so once a later job has answered the orphaned one has
    // finished too, without a crash and without calling back.
    KeychainSecretStore other;
    const SecretResult later = read(other, SecretStore::keyFor(uniqueConnectionId(), SecretStore::kindPassword()));
    QCOMPARE(later.status, Status::NotFound);
    QCOMPARE(early->calls, 0);
}

// ---- failure modes in isolated children ------------------------------------------------------

void tst_KeychainSecretStore::failureModes_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("writeStatus");
    QTest::addColumn<QStringList>("readStatuses");
    QTest::addColumn<QStringList>("removeStatuses");
    QTest::addColumn<QString>("detailHint");

    const QString noBus = SecretResult::statusName(Status::NoSessionBus);
    const QString noService = SecretResult::statusName(Status::NoSecretService);
    const QString locked = SecretResult::statusName(Status::Locked);
    QTest::newRow("bus address points nowhere")
        << int(UnreachableBus) << noBus << QStringList{noBus} << QStringList{noBus} << QStringLiteral("Could not connect");
    QTest::newRow("no bus address, no display")
        << int(UnsetBus) << noBus << QStringList{noBus} << QStringList{noBus} << QStringLiteral("autolaunch");
    QTest::newRow("private bus, no secret service provider")
        << int(BusWithoutProvider) << noService << QStringList{noService} << QStringList{noService}
        << QStringLiteral("org.freedesktop.secrets");
    // QtKeychain 0.13.2 reports the locked/missing login collection only on write; a read then
    // looks like a missing entry, a remove like success.
    QTest::newRow("private bus, gnome-keyring not unlocked")
        << int(BusWithoutUnlockedKeyring) << locked
        << QStringList{SecretResult::statusName(Status::NotFound), locked}
        << QStringList{SecretResult::statusName(Status::Ok), locked}
        << QStringLiteral("/org/freedesktop/secrets/collection/login");
}

void tst_KeychainSecretStore::failureModes()
{
    QFETCH(int, scenario);
    QFETCH(QString, writeStatus);
    QFETCH(QStringList, readStatuses);
    QFETCH(QStringList, removeStatuses);
    QFETCH(QString, detailHint);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString home = root.filePath(QStringLiteral("home"));
    const QString runtime = root.filePath(QStringLiteral("run"));
    const QString resultFile = root.filePath(QStringLiteral("child-result.txt")); // outside HOME
    QVERIFY(QDir().mkpath(home));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const QString secret = QStringLiteral("Leak-Canary-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString key = SecretStore::keyFor(uniqueConnectionId(), SecretStore::kindPassword());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
                             "XDG_SESSION_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                             "GNOME_DESKTOP_SESSION_ID", "GNOME_KEYRING_CONTROL", "XDG_CONFIG_HOME",
                             "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "ELBDESK_TEST_KEYRING"}) {
        env.remove(QLatin1String(name));
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QLatin1String(kChildResultVar), resultFile);
    env.insert(QLatin1String(kChildKeyVar), key);
    env.insert(QLatin1String(kChildSecretVar), secret);

    const QString self = QCoreApplication::applicationFilePath();
    const QStringList childArgs = {QStringLiteral("childHelper")};
    QString program = self;
    QStringList args = childArgs;

    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    switch (Scenario(scenario)) {
    case UnreachableBus:
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        break;
    case UnsetBus:
        break;
    case BusWithoutProvider: {
        if (dbusRunSession.isEmpty())
            QSKIP("dbus-run-session (dbus-daemon) is not installed");
        // A session bus with no service directories: nothing can be activated, nobody owns
        // org.freedesktop.secrets.
        const QString config = root.filePath(QStringLiteral("no-services.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(
                       "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig>\n"
                       "  <type>session</type>\n"
                       "  <listen>unix:tmpdir=%1</listen>\n"
                       "  <auth>EXTERNAL</auth>\n"
                       "  <policy context=\"default\">\n"
                       "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                       "    <allow eavesdrop=\"true\"/>\n"
                       "    <allow own=\"*\"/>\n"
                       "  </policy>\n"
                       "</busconfig>\n")
                       .arg(runtime)
                       .toUtf8());
        file.close();
        program = dbusRunSession;
        args = QStringList{QStringLiteral("--config-file=") + config, QStringLiteral("--"), self} + childArgs;
        break;
    }
    case BusWithoutUnlockedKeyring:
        if (dbusRunSession.isEmpty())
            QSKIP("dbus-run-session (dbus-daemon) is not installed");
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            QSKIP("gnome-keyring is not installed");
        program = dbusRunSession;
        args = QStringList{QStringLiteral("--"), self} + childArgs;
        break;
    }

    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(root.path());
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(program, args);
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    QVERIFY2(child.waitForFinished(90000), "child did not finish");
    const QString childLog = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(childLog));

    // Parse "op \t status \t secret-returned \t detail" lines.
    QFile results(resultFile);
    QVERIFY2(results.open(QIODevice::ReadOnly), qPrintable(childLog));
    QHash<QString, ChildOp> ops;
    const QStringList lines = QString::fromUtf8(results.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 4);
        ops.insert(f.at(0), ChildOp{f.at(1), f.at(3), f.at(2) == QLatin1String("yes")});
    }
    QVERIFY2(ops.contains(QStringLiteral("write")) && ops.contains(QStringLiteral("read"))
                 && ops.contains(QStringLiteral("remove")),
             qPrintable(childLog));
    for (auto it = ops.cbegin(); it != ops.cend(); ++it)
        qInfo().noquote() << it.key() << "->" << it->status << '|' << it->detail;

    // The write fails with the expected, specific status and the back end's text.
    const ChildOp &w = ops[QStringLiteral("write")];
    QCOMPARE(w.status, writeStatus);
    QVERIFY2(w.detail.contains(detailHint), qPrintable(w.detail));
    const Status ws = statusFromName(w.status);
    SecretResult asResult;
    asResult.status = ws;
    QVERIFY(!asResult.ok());
    QVERIFY(!asResult.userMessage().isEmpty());
    // Its own message, not the generic one and not another failure's.
    for (const Status other : {Status::NotFound, Status::NoSessionBus, Status::NoSecretService, Status::Locked,
                               Status::Denied, Status::OtherError}) {
        if (other != ws)
            QVERIFY(asResult.userMessage() != SecretResult::userMessage(other));
    }

    QVERIFY2(readStatuses.contains(ops[QStringLiteral("read")].status), qPrintable(ops[QStringLiteral("read")].status));
    QVERIFY(!ops[QStringLiteral("read")].secretReturned);
    QVERIFY2(removeStatuses.contains(ops[QStringLiteral("remove")].status),
             qPrintable(ops[QStringLiteral("remove")].status));

    // No plaintext fallback: the secret is nowhere under the throwaway HOME / runtime dir.
    const QList<QByteArray> needles = {
        secret.toUtf8(), secret.toUtf8().toBase64(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    QStringList filesSeen;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == resultFile)
            continue;
        filesSeen.append(QDir(root.path()).relativeFilePath(path));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // sockets
        const QByteArray content = f.readAll();
        for (const QByteArray &needle : needles)
            QVERIFY2(!content.contains(needle), qPrintable(path));
    }
    qInfo().noquote() << "files left in the throwaway dirs:"
                      << (filesSeen.isEmpty() ? QStringLiteral("none") : filesSeen.join(QStringLiteral(", ")));
    if (Scenario(scenario) == UnreachableBus || Scenario(scenario) == UnsetBus) {
        // Nothing at all may be written when there is no bus.
        const QStringList homeFiles = QDir(home).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(homeFiles.isEmpty(), qPrintable(homeFiles.join(QStringLiteral(", "))));
    }
}

// Runs in the child only: write, read and remove one secret and report what happened.
void tst_KeychainSecretStore::childHelper()
{
    if (!childMode())
        QSKIP("helper for failureModes(); runs only in its child processes");

    const QString key = qEnvironmentVariable(kChildKeyVar);
    const QString secret = qEnvironmentVariable(kChildSecretVar);
    QVERIFY(!key.isEmpty());
    QVERIFY(!secret.isEmpty());

    KeychainSecretStore store;
    QStringList report;
    const auto record = [&](const QString &op, const SecretResult &r) {
        report.append(op + QLatin1Char('\t') + SecretResult::statusName(r.status) + QLatin1Char('\t')
                      + (r.secret == secret ? QStringLiteral("yes") : QStringLiteral("no")) + QLatin1Char('\t')
                      + oneLine(r.detail));
    };
    record(QStringLiteral("write"), write(store, key, secret));
    record(QStringLiteral("read"), read(store, key));
    record(QStringLiteral("remove"), remove(store, key));

    QFile out(qEnvironmentVariable(kChildResultVar));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(report.join(QLatin1Char('\n')).toUtf8() + '\n');
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
