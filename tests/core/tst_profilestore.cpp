#include "api/connection.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ElbDesk;

namespace {

// Collects callback invocations; shared so a late callback never touches a dead test frame.
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

Connection sampleConnection()
{
    Connection c;
    c.name = QStringLiteral("prod eu-de");
    c.cloud = QStringLiteral("otc");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = QUrl(QStringLiteral("https://elb.eu-de.otc.t-systems.com"));
    c.iamEndpoint = QUrl(QStringLiteral("https://iam.eu-de.otc.t-systems.com/v3"));
    c.auth = AuthMethod::AkSk;
    c.signing = SigningScheme::B;
    c.userName = QStringLiteral("ops-user");
    c.domainName = QStringLiteral("OTC-EU-DE-00000000001000000001");
    c.projectName = QStringLiteral("eu-de_project");
    c.projectId = QStringLiteral("55300f3c8f764c06b1a32e2302edc305");
    c.accessKey = QStringLiteral("AKIDEXAMPLE0000000001");
    c.caFile = QStringLiteral("/etc/ssl/extra-ca.pem");
    c.pageSize = 200;
    c.maxMembersPerRequest = 50;
    c.transferTimeoutMs = 12000;
    return c;
}

void compareConnections(const Connection &actual, const Connection &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.cloud, expected.cloud);
    QCOMPARE(actual.region, expected.region);
    QCOMPARE(actual.elbEndpoint, expected.elbEndpoint);
    QCOMPARE(actual.iamEndpoint, expected.iamEndpoint);
    QCOMPARE(actual.auth, expected.auth);
    QCOMPARE(actual.signing, expected.signing);
    QCOMPARE(actual.userName, expected.userName);
    QCOMPARE(actual.domainName, expected.domainName);
    QCOMPARE(actual.projectName, expected.projectName);
    QCOMPARE(actual.projectId, expected.projectId);
    QCOMPARE(actual.accessKey, expected.accessKey);
    QCOMPARE(actual.caFile, expected.caFile);
    QCOMPARE(actual.pageSize, expected.pageSize);
    QCOMPARE(actual.maxMembersPerRequest, expected.maxMembersPerRequest);
    QCOMPARE(actual.transferTimeoutMs, expected.transferTimeoutMs);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // ProfileStore
    void emptyStore_hasNoConnections();
    void save_assignsUuidAndRoundTrips();
    void save_keepsGivenIdAndReplaces();
    void byName_findsExactName();
    void remove_forgetsConnectionAndSecretKeys();
    void secretKeys_recordedOncePerKey();
    void recordSecretKey_ignoresUnknownConnection();
    void iniFile_holdsNoSecretAndOnlyExpectedKeys();
    void migrate_stampsVersionAndDropsSecretLookingValues();
    void migrate_leavesNewerFileAlone();
    void defaultPath_isInAppConfigLocation();
    void connections_sortedByName();
    void isNameTaken_ignoresOwnId();

    // SecretStore / MemorySecretStore
    void keyFor_joinsIdAndKind();
    void memoryStore_callbackIsAsynchronousAndOnce();
    void memoryStore_writeReadRemove();
    void memoryStore_simulatedFailure_data();
    void memoryStore_simulatedFailure();
    void memoryStore_callbackDroppedWhenStoreDestroyed();
    void userMessages_areDistinctAndNonEmpty();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString iniPath() const { return m_dir->filePath(QStringLiteral("connections.ini")); }
};

void tst_ProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProfileStore::emptyStore_hasNoConnections()
{
    ProfileStore store(iniPath());
    QVERIFY(store.connections().isEmpty());
    QVERIFY(!store.byName(QStringLiteral("x")).has_value());
    QVERIFY(!store.byId(QStringLiteral("x")).has_value());
    QCOMPARE(store.schemaVersion(), ProfileStore::SchemaVersion);
}

void tst_ProfileStore::save_assignsUuidAndRoundTrips()
{
    const Connection original = sampleConnection();
    QString id;
    {
        ProfileStore store(iniPath());
        QSignalSpy changed(&store, &ProfileStore::connectionsChanged);
        id = store.save(original);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!id.isEmpty());
        QVERIFY(!id.startsWith(QLatin1Char('{')));
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(store.status(), QSettings::NoError);
    }
    ProfileStore reopened(iniPath());
    const auto loaded = reopened.byId(id);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->id, id);
    compareConnections(*loaded, original);
    QCOMPARE(reopened.connections().size(), 1);
}

void tst_ProfileStore::save_keepsGivenIdAndReplaces()
{
    ProfileStore store(iniPath());
    Connection c = sampleConnection();
    c.id = QStringLiteral("fixed-id-1");
    QCOMPARE(store.save(c), c.id);

    c.name = QStringLiteral("renamed");
    c.caFile.clear();
    c.auth = AuthMethod::Password;
    QCOMPARE(store.save(c), c.id);

    QCOMPARE(store.connections().size(), 1);
    const auto loaded = store.byId(c.id);
    QVERIFY(loaded.has_value());
    compareConnections(*loaded, c);
}

void tst_ProfileStore::byName_findsExactName()
{
    ProfileStore store(iniPath());
    Connection a = sampleConnection();
    a.name = QStringLiteral("alpha");
    Connection b = sampleConnection();
    b.name = QStringLiteral("beta");
    const QString idA = store.save(a);
    const QString idB = store.save(b);
    QVERIFY(idA != idB);
    QCOMPARE(store.byName(QStringLiteral("beta"))->id, idB);
    QCOMPARE(store.byName(QStringLiteral("alpha"))->id, idA);
    QVERIFY(!store.byName(QStringLiteral("Alpha")).has_value());
}

void tst_ProfileStore::remove_forgetsConnectionAndSecretKeys()
{
    ProfileStore store(iniPath());
    const QString id = store.save(sampleConnection());
    const QString other = store.save(sampleConnection());
    store.recordSecretKey(id, SecretStore::keyFor(id, SecretStore::kindSecretKey()));
    QCOMPARE(store.secretKeys(id).size(), 1);

    QSignalSpy changed(&store, &ProfileStore::connectionsChanged);
    store.remove(id);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!store.byId(id).has_value());
    QVERIFY(store.secretKeys(id).isEmpty());
    QVERIFY(store.byId(other).has_value());

    store.remove(id); // unknown: nothing happens
    QCOMPARE(changed.size(), 1);
    QVERIFY(!readFile(iniPath()).contains(id.toUtf8()));
}

void tst_ProfileStore::secretKeys_recordedOncePerKey()
{
    const QString path = iniPath();
    QString id;
    {
        ProfileStore store(path);
        id = store.save(sampleConnection());
        const QString pw = SecretStore::keyFor(id, SecretStore::kindPassword());
        const QString sk = SecretStore::keyFor(id, SecretStore::kindSecretKey());
        store.recordSecretKey(id, pw);
        store.recordSecretKey(id, sk);
        store.recordSecretKey(id, pw);
        QCOMPARE(store.secretKeys(id), QStringList({pw, sk}));

        // Saving the connection again keeps the list.
        Connection c = *store.byId(id);
        c.region = QStringLiteral("eu-nl");
        store.save(c);
        QCOMPARE(store.secretKeys(id), QStringList({pw, sk}));

        store.forgetSecretKey(id, pw);
        QCOMPARE(store.secretKeys(id), QStringList({sk}));
    }
    ProfileStore reopened(path);
    QCOMPARE(reopened.secretKeys(id), QStringList({SecretStore::keyFor(id, SecretStore::kindSecretKey())}));
    reopened.forgetSecretKey(id, SecretStore::keyFor(id, SecretStore::kindSecretKey()));
    QVERIFY(reopened.secretKeys(id).isEmpty());
}

void tst_ProfileStore::recordSecretKey_ignoresUnknownConnection()
{
    ProfileStore store(iniPath());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not recording secret key")));
    store.recordSecretKey(QStringLiteral("nope"), QStringLiteral("nope/password"));
    QVERIFY(store.secretKeys(QStringLiteral("nope")).isEmpty());
    QVERIFY(store.connections().isEmpty());
}

void tst_ProfileStore::iniFile_holdsNoSecretAndOnlyExpectedKeys()
{
    Credentials credentials;
    credentials.password = QStringLiteral("pw-Marker-7f3a9c!");
    credentials.secretKey = QStringLiteral("sk-Marker-b41e0d2277");
    credentials.token = QStringLiteral("tok-Marker-MIIExyz");

    ProfileStore store(iniPath());
    Connection c = sampleConnection();
    c.auth = AuthMethod::Password;
    const QString id = store.save(c);
    store.recordSecretKey(id, SecretStore::keyFor(id, SecretStore::kindPassword()));

    const QByteArray content = readFile(iniPath());
    QVERIFY(!content.isEmpty());
    for (const QString &secret : {credentials.password, credentials.secretKey, credentials.token}) {
        QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!content.contains(secret.toUtf8().toBase64()));
    }

    // Exactly the expected keys, nothing else.
    QSettings ini(iniPath(), QSettings::IniFormat);
    QSet<QString> actual;
    const QStringList allKeys = ini.allKeys();
    for (const QString &key : allKeys)
        actual.insert(key);
    const QString g = QStringLiteral("connection.") + id + QLatin1Char('/');
    QSet<QString> expected = {QStringLiteral("schemaVersion")};
    for (const char *key : {"name", "cloud", "region", "elbEndpoint", "iamEndpoint", "auth", "signing",
                            "userName", "domainName", "projectName", "projectId", "accessKey", "caFile",
                            "pageSize", "maxMembersPerRequest", "transferTimeoutMs", "secretKeys"}) {
        expected.insert(g + QLatin1String(key));
    }
    QCOMPARE(actual, expected);
    // The only secret-related entry is the key *name*.
    QCOMPARE(ini.value(g + QStringLiteral("secretKeys")).toStringList(),
             QStringList({id + QStringLiteral("/password")}));
    const QRegularExpression secretish(QStringLiteral("password|secret|token"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const QString &key : allKeys) {
        if (key == g + QStringLiteral("secretKeys") || key == g + QStringLiteral("auth"))
            continue;
        QVERIFY2(!key.contains(secretish), qPrintable(key));
    }
}

void tst_ProfileStore::migrate_stampsVersionAndDropsSecretLookingValues()
{
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[connection.legacy-1]\n"
                   "name=old\n"
                   "region=eu-de\n"
                   "password=hunter2-legacy\n"
                   "secretKey=legacy-sk-value\n");
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("secret-looking value.*password")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("secret-looking value.*secretKey")));
    ProfileStore store(iniPath());
    QCOMPARE(store.schemaVersion(), ProfileStore::SchemaVersion);
    const auto legacy = store.byId(QStringLiteral("legacy-1"));
    QVERIFY(legacy.has_value());
    QCOMPARE(legacy->name, QStringLiteral("old"));
    QCOMPARE(legacy->pageSize, Connection().pageSize); // missing -> default
    const QByteArray content = readFile(iniPath());
    QVERIFY(!content.contains("hunter2-legacy"));
    QVERIFY(!content.contains("legacy-sk-value"));
    QVERIFY(content.contains("schemaVersion=1"));
}

void tst_ProfileStore::migrate_leavesNewerFileAlone()
{
    const QByteArray original = "[General]\nschemaVersion=99\n\n[connection.x]\nname=future\nfancy=1\n";
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("newer than this build")));
    ProfileStore store(iniPath());
    QCOMPARE(store.schemaVersion(), 99);
    QCOMPARE(readFile(iniPath()), original);
}

void tst_ProfileStore::defaultPath_isInAppConfigLocation()
{
    const QString path = ProfileStore::defaultFilePath();
    QVERIFY(path.endsWith(QStringLiteral("/connections.ini")));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
    // Test mode keeps this away from the real configuration.
    QVERIFY(path.contains(QStringLiteral("qttest")));
}

void tst_ProfileStore::connections_sortedByName()
{
    ProfileStore store(iniPath());
    for (const char *name : {"charlie", "Alpha", "bravo"}) {
        Connection c = sampleConnection();
        c.name = QLatin1String(name);
        store.save(c);
    }
    QStringList names;
    const QList<Connection> all = store.connections();
    for (const Connection &c : all)
        names.append(c.name);
    QCOMPARE(names, QStringList({QStringLiteral("Alpha"), QStringLiteral("bravo"), QStringLiteral("charlie")}));
}

void tst_ProfileStore::isNameTaken_ignoresOwnId()
{
    ProfileStore store(iniPath());
    const QString id = store.save(sampleConnection());
    QVERIFY(store.isNameTaken(sampleConnection().name));
    QVERIFY(!store.isNameTaken(sampleConnection().name, id));
    QVERIFY(!store.isNameTaken(QStringLiteral("other")));
}

void tst_ProfileStore::keyFor_joinsIdAndKind()
{
    QCOMPARE(SecretStore::keyFor(QStringLiteral("abc"), QStringLiteral("password")), QStringLiteral("abc/password"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("abc"), SecretStore::kindSecretKey()), QStringLiteral("abc/secret-key"));
    QCOMPARE(SecretStore::kindPassword(), QStringLiteral("password"));
}

void tst_ProfileStore::memoryStore_callbackIsAsynchronousAndOnce()
{
    MemorySecretStore store;
    const QString key = SecretStore::keyFor(QStringLiteral("c1"), SecretStore::kindPassword());

    auto write = std::make_shared<Recorder>();
    store.write(key, QStringLiteral("s3cret"), recordInto(write));
    QCOMPARE(write->calls, 0); // not from inside the call
    QTRY_COMPARE(write->calls, 1);
    QVERIFY(write->last.ok());

    auto read = std::make_shared<Recorder>();
    store.read(key, recordInto(read));
    QCOMPARE(read->calls, 0);
    QTRY_COMPARE(read->calls, 1);
    QCOMPARE(read->last.secret, QStringLiteral("s3cret"));

    // Also asynchronous when failing, and never a second time.
    store.setFailure(SecretResult::Status::Locked);
    auto failed = std::make_shared<Recorder>();
    store.read(key, recordInto(failed));
    QCOMPARE(failed->calls, 0);
    QTRY_COMPARE(failed->calls, 1);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(write->calls, 1);
    QCOMPARE(read->calls, 1);
    QCOMPARE(failed->calls, 1);

    // A null callback is allowed.
    store.setFailure(SecretResult::Status::Ok);
    store.remove(key, {});
    QTRY_VERIFY(!store.contains(key));
}

void tst_ProfileStore::memoryStore_writeReadRemove()
{
    MemorySecretStore store;
    const QString a = SecretStore::keyFor(QStringLiteral("conn-a"), SecretStore::kindPassword());
    const QString b = SecretStore::keyFor(QStringLiteral("conn-b"), SecretStore::kindPassword());

    auto r = std::make_shared<Recorder>();
    store.read(a, recordInto(r));
    QTRY_COMPARE(r->calls, 1);
    QCOMPARE(r->last.status, SecretResult::Status::NotFound);
    QVERIFY(r->last.secret.isEmpty());

    for (const auto &[key, value] : {std::pair{a, QStringLiteral("one")}, std::pair{b, QStringLiteral("two")},
                                     std::pair{a, QStringLiteral("uno")}}) {
        auto w = std::make_shared<Recorder>();
        store.write(key, value, recordInto(w));
        QTRY_COMPARE(w->calls, 1);
        QVERIFY(w->last.ok());
    }
    QCOMPARE(store.keys(), QStringList({a, b}));

    r = std::make_shared<Recorder>();
    store.read(a, recordInto(r));
    QTRY_COMPARE(r->calls, 1);
    QCOMPARE(r->last.secret, QStringLiteral("uno"));

    auto rm = std::make_shared<Recorder>();
    store.remove(a, recordInto(rm));
    QTRY_COMPARE(rm->calls, 1);
    QVERIFY(rm->last.ok());

    auto rmAgain = std::make_shared<Recorder>();
    store.remove(a, recordInto(rmAgain));
    QTRY_COMPARE(rmAgain->calls, 1);
    QVERIFY(rmAgain->last.ok()); // removing a missing key is fine

    r = std::make_shared<Recorder>();
    store.read(b, recordInto(r));
    QTRY_COMPARE(r->calls, 1);
    QCOMPARE(r->last.secret, QStringLiteral("two"));
}

void tst_ProfileStore::memoryStore_simulatedFailure_data()
{
    QTest::addColumn<SecretResult::Status>("status");
    QTest::newRow("NoSessionBus") << SecretResult::Status::NoSessionBus;
    QTest::newRow("NoSecretService") << SecretResult::Status::NoSecretService;
    QTest::newRow("Locked") << SecretResult::Status::Locked;
    QTest::newRow("Denied") << SecretResult::Status::Denied;
    QTest::newRow("OtherError") << SecretResult::Status::OtherError;
    QTest::newRow("NotFound") << SecretResult::Status::NotFound;
}

void tst_ProfileStore::memoryStore_simulatedFailure()
{
    QFETCH(SecretResult::Status, status);
    MemorySecretStore store;
    const QString key = QStringLiteral("c/password");

    auto w = std::make_shared<Recorder>();
    store.write(key, QStringLiteral("kept"), recordInto(w));
    QTRY_COMPARE(w->calls, 1);

    store.setFailure(status);
    QCOMPARE(store.failure(), status);
    auto write = std::make_shared<Recorder>();
    auto read = std::make_shared<Recorder>();
    auto remove = std::make_shared<Recorder>();
    store.write(key, QStringLiteral("changed"), recordInto(write));
    store.read(key, recordInto(read));
    store.remove(key, recordInto(remove));
    QTRY_COMPARE(remove->calls, 1);
    for (const auto &rec : {write, read, remove}) {
        QCOMPARE(rec->calls, 1);
        QCOMPARE(rec->last.status, status);
        QVERIFY(!rec->last.ok());
        QVERIFY(rec->last.secret.isEmpty());
        QVERIFY(!rec->last.detail.isEmpty());
        QVERIFY(!rec->last.userMessage().isEmpty());
    }

    store.setFailure(SecretResult::Status::Ok);
    auto after = std::make_shared<Recorder>();
    store.read(key, recordInto(after));
    QTRY_COMPARE(after->calls, 1);
    QCOMPARE(after->last.secret, QStringLiteral("kept")); // failures did not touch the data
}

void tst_ProfileStore::memoryStore_callbackDroppedWhenStoreDestroyed()
{
    auto rec = std::make_shared<Recorder>();
    {
        MemorySecretStore store;
        store.read(QStringLiteral("k"), recordInto(rec));
    }
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(rec->calls, 0);
}

void tst_ProfileStore::userMessages_areDistinctAndNonEmpty()
{
    using S = SecretResult::Status;
    QSet<QString> messages;
    QSet<QString> names;
    const QList<S> all = {S::Ok, S::NotFound, S::NoSessionBus, S::NoSecretService, S::Locked, S::Denied, S::OtherError};
    for (const S status : all) {
        SecretResult result;
        result.status = status;
        QCOMPARE(result.ok(), status == S::Ok);
        QVERIFY(!result.userMessage().isEmpty());
        messages.insert(result.userMessage());
        names.insert(SecretResult::statusName(status));
    }
    QCOMPARE(messages.size(), all.size());
    QCOMPARE(names.size(), all.size());
    QVERIFY(SecretResult::userMessage(S::NoSessionBus).contains(QStringLiteral("D-Bus")));
    QVERIFY(SecretResult::userMessage(S::NoSecretService).contains(QStringLiteral("GNOME Keyring")));
    QVERIFY(SecretResult::userMessage(S::Locked).contains(QStringLiteral("locked")));
    QVERIFY(SecretResult::userMessage(S::Denied).contains(QStringLiteral("denied")));
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
