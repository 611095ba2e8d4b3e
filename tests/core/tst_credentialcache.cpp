// CredentialCache over a MemorySecretStore: the keychain is read once per connection and run,
// session-only secrets never reach the store, and keychain failures reach the caller unchanged.

#include "store/credentialcache.h"
#include "store/memorysecretstore.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

using namespace ElbDesk;
using Status = SecretResult::Status;

namespace {

// A MemorySecretStore that counts how often it is asked: the cache must not ask twice.
class CountingSecretStore final : public SecretStore
{
public:
    void read(const QString &key, Callback callback) override
    {
        ++reads;
        memory.read(key, std::move(callback));
    }
    void write(const QString &key, const QString &secret, Callback callback) override
    {
        ++writes;
        memory.write(key, secret, std::move(callback));
    }
    void remove(const QString &key, Callback callback) override { memory.remove(key, std::move(callback)); }

    MemorySecretStore memory;
    int reads = 0;
    int writes = 0;
};

struct Answer
{
    int calls = 0;
    Credentials credentials;
    SecretResult result;
};

CredentialCache::Done recordInto(const std::shared_ptr<Answer> &answer)
{
    return [answer](const Credentials &credentials, const SecretResult &result) {
        ++answer->calls;
        answer->credentials = credentials;
        answer->result = result;
    };
}

Connection connection(const QString &id, AuthMethod auth = AuthMethod::Password)
{
    Connection c;
    c.id = id;
    c.name = QStringLiteral("conn ") + id;
    c.auth = auth;
    return c;
}

void drainEvents()
{
    // Enough turns of the event loop for any stray second answer to arrive.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class tst_CredentialCache : public QObject
{
    Q_OBJECT

private slots:
    void readsOnceThenAnswersFromMemory();
    void concurrentCallersShareOneRead();
    void answerIsAsynchronousAndOnce();
    void akskReadsTheSecretKeyEntry();
    void sessionOnlyIsNeverWritten();
    void tokenIsNeverReadFromTheStore();
    void failureStatusPropagates_data();
    void failureStatusPropagates();
    void forgetMakesTheNextCallReadAgain();
    void forgetDuringReadDoesNotCacheIt();
    void rememberAvoidsReadingBack();
    void destroyedCacheDropsTheAnswer();

private:
    std::shared_ptr<Answer> ask(CredentialCache &cache, const Connection &c)
    {
        auto answer = std::make_shared<Answer>();
        cache.credentialsFor(c, recordInto(answer));
        return answer;
    }
    void put(SecretStore &store, const QString &key, const QString &secret)
    {
        bool done = false;
        store.write(key, secret, [&done](const SecretResult &) { done = true; });
        QTRY_VERIFY(done);
    }
};

void tst_CredentialCache::readsOnceThenAnswersFromMemory()
{
    CountingSecretStore store;
    put(store, QStringLiteral("a/password"), QStringLiteral("pw-a"));
    CredentialCache cache(&store);

    auto first = ask(cache, connection(QStringLiteral("a")));
    QTRY_COMPARE(first->calls, 1);
    QVERIFY(first->result.ok());
    QCOMPARE(first->credentials.password, QStringLiteral("pw-a"));
    QVERIFY(first->result.secret.isEmpty()); // the secret travels in Credentials only
    QCOMPARE(store.reads, 1);
    QVERIFY(cache.has(QStringLiteral("a"), AuthMethod::Password));
    QVERIFY(!cache.isSessionOnly(QStringLiteral("a")));

    for (int i = 0; i < 3; ++i) {
        auto again = ask(cache, connection(QStringLiteral("a")));
        QTRY_COMPARE(again->calls, 1);
        QCOMPARE(again->credentials.password, QStringLiteral("pw-a"));
    }
    QCOMPARE(store.reads, 1);
}

void tst_CredentialCache::concurrentCallersShareOneRead()
{
    CountingSecretStore store;
    put(store, QStringLiteral("b/password"), QStringLiteral("pw-b"));
    CredentialCache cache(&store);

    auto one = ask(cache, connection(QStringLiteral("b")));
    auto two = ask(cache, connection(QStringLiteral("b")));
    QTRY_COMPARE(two->calls, 1);
    QCOMPARE(one->calls, 1);
    QCOMPARE(one->credentials.password, QStringLiteral("pw-b"));
    QCOMPARE(two->credentials.password, QStringLiteral("pw-b"));
    QCOMPARE(store.reads, 1);
}

void tst_CredentialCache::answerIsAsynchronousAndOnce()
{
    CountingSecretStore store;
    put(store, QStringLiteral("c/password"), QStringLiteral("pw-c"));
    CredentialCache cache(&store);

    auto fromStore = ask(cache, connection(QStringLiteral("c")));
    QCOMPARE(fromStore->calls, 0);
    QTRY_COMPARE(fromStore->calls, 1);

    auto fromMemory = ask(cache, connection(QStringLiteral("c")));
    QCOMPARE(fromMemory->calls, 0); // even a cached answer comes from the event loop
    QTRY_COMPARE(fromMemory->calls, 1);

    drainEvents();
    QCOMPARE(fromStore->calls, 1);
    QCOMPARE(fromMemory->calls, 1);
}

void tst_CredentialCache::akskReadsTheSecretKeyEntry()
{
    CountingSecretStore store;
    put(store, QStringLiteral("d/password"), QStringLiteral("not this one"));
    put(store, QStringLiteral("d/secret-key"), QStringLiteral("sk-d"));
    CredentialCache cache(&store);

    auto answer = ask(cache, connection(QStringLiteral("d"), AuthMethod::AkSk));
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(answer->result.ok());
    QCOMPARE(answer->credentials.secretKey, QStringLiteral("sk-d"));
    QVERIFY(answer->credentials.password.isEmpty());
}

void tst_CredentialCache::sessionOnlyIsNeverWritten()
{
    CountingSecretStore store;
    CredentialCache cache(&store);
    Credentials credentials;
    credentials.password = QStringLiteral("session-pw");
    cache.setSessionOnly(QStringLiteral("e"), credentials);
    QVERIFY(cache.isSessionOnly(QStringLiteral("e")));

    auto answer = ask(cache, connection(QStringLiteral("e")));
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(answer->result.ok());
    QCOMPARE(answer->credentials.password, QStringLiteral("session-pw"));
    QCOMPARE(store.reads, 0);
    QCOMPARE(store.writes, 0);
    QVERIFY(store.memory.keys().isEmpty());

    cache.forget(QStringLiteral("e"));
    QVERIFY(!cache.isSessionOnly(QStringLiteral("e")));
}

void tst_CredentialCache::tokenIsNeverReadFromTheStore()
{
    CountingSecretStore store;
    put(store, QStringLiteral("f/password"), QStringLiteral("unrelated"));
    CredentialCache cache(&store);

    // After a restart there is no token: "paste it again", without asking the keychain.
    auto missing = ask(cache, connection(QStringLiteral("f"), AuthMethod::Token));
    QTRY_COMPARE(missing->calls, 1);
    QCOMPARE(missing->result.status, Status::NotFound);
    QVERIFY(missing->credentials.isEmpty());
    QCOMPARE(store.reads, 0);

    Credentials pasted;
    pasted.token = QStringLiteral("MIIpasted-token");
    cache.setSessionOnly(QStringLiteral("f"), pasted);
    auto present = ask(cache, connection(QStringLiteral("f"), AuthMethod::Token));
    QTRY_COMPARE(present->calls, 1);
    QVERIFY(present->result.ok());
    QCOMPARE(present->credentials.token, QStringLiteral("MIIpasted-token"));
    QCOMPARE(store.reads, 0);
    QCOMPARE(store.writes, 1); // only put() above

    // remember() never keeps a token.
    cache.remember(QStringLiteral("g"), pasted);
    QVERIFY(!cache.has(QStringLiteral("g"), AuthMethod::Token));
}

void tst_CredentialCache::failureStatusPropagates_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("no session bus") << int(Status::NoSessionBus);
    QTest::newRow("no secret service") << int(Status::NoSecretService);
    QTest::newRow("locked") << int(Status::Locked);
    QTest::newRow("denied") << int(Status::Denied);
    QTest::newRow("other") << int(Status::OtherError);
    QTest::newRow("not found") << int(Status::NotFound);
}

void tst_CredentialCache::failureStatusPropagates()
{
    QFETCH(int, status);
    const auto expected = Status(status);
    CountingSecretStore store;
    put(store, QStringLiteral("h/password"), QStringLiteral("pw-h"));
    store.memory.setFailure(expected, QStringLiteral("backend text"));
    CredentialCache cache(&store);

    auto failed = ask(cache, connection(QStringLiteral("h")));
    QTRY_COMPARE(failed->calls, 1);
    QCOMPARE(SecretResult::statusName(failed->result.status), SecretResult::statusName(expected));
    QCOMPARE(failed->result.userMessage(), SecretResult::userMessage(expected));
    QCOMPARE(failed->result.detail, QStringLiteral("backend text"));
    QVERIFY(failed->credentials.isEmpty());
    QVERIFY(!cache.has(QStringLiteral("h"), AuthMethod::Password));

    // A failure is not remembered: once the keyring works, the next call reads again.
    store.memory.setFailure(Status::Ok);
    auto retried = ask(cache, connection(QStringLiteral("h")));
    QTRY_COMPARE(retried->calls, 1);
    QVERIFY(retried->result.ok());
    QCOMPARE(retried->credentials.password, QStringLiteral("pw-h"));
    QCOMPARE(store.reads, 2);
}

void tst_CredentialCache::forgetMakesTheNextCallReadAgain()
{
    CountingSecretStore store;
    put(store, QStringLiteral("i/password"), QStringLiteral("old"));
    CredentialCache cache(&store);
    auto first = ask(cache, connection(QStringLiteral("i")));
    QTRY_COMPARE(first->calls, 1);

    put(store, QStringLiteral("i/password"), QStringLiteral("new"));
    cache.forget(QStringLiteral("i"));
    auto second = ask(cache, connection(QStringLiteral("i")));
    QTRY_COMPARE(second->calls, 1);
    QCOMPARE(second->credentials.password, QStringLiteral("new"));
    QCOMPARE(store.reads, 2);
}

void tst_CredentialCache::forgetDuringReadDoesNotCacheIt()
{
    CountingSecretStore store;
    put(store, QStringLiteral("j/password"), QStringLiteral("pw-j"));
    CredentialCache cache(&store);
    auto answer = ask(cache, connection(QStringLiteral("j")));
    cache.forget(QStringLiteral("j")); // e.g. the connection was deleted meanwhile
    QTRY_COMPARE(answer->calls, 1);    // the caller still gets its answer …
    QCOMPARE(answer->credentials.password, QStringLiteral("pw-j"));
    QVERIFY(!cache.has(QStringLiteral("j"), AuthMethod::Password)); // … but nothing is kept
}

void tst_CredentialCache::rememberAvoidsReadingBack()
{
    CountingSecretStore store;
    CredentialCache cache(&store);
    Credentials written;
    written.secretKey = QStringLiteral("sk-k");
    cache.remember(QStringLiteral("k"), written);
    QVERIFY(!cache.isSessionOnly(QStringLiteral("k")));
    auto answer = ask(cache, connection(QStringLiteral("k"), AuthMethod::AkSk));
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->credentials.secretKey, QStringLiteral("sk-k"));
    QCOMPARE(store.reads, 0);
}

void tst_CredentialCache::destroyedCacheDropsTheAnswer()
{
    CountingSecretStore store;
    put(store, QStringLiteral("l/password"), QStringLiteral("pw-l"));
    auto answer = std::make_shared<Answer>();
    auto cached = std::make_shared<Answer>();
    {
        CredentialCache cache(&store);
        Credentials session;
        session.password = QStringLiteral("s");
        cache.setSessionOnly(QStringLiteral("m"), session);
        cache.credentialsFor(connection(QStringLiteral("l")), recordInto(answer));
        cache.credentialsFor(connection(QStringLiteral("m")), recordInto(cached));
    }
    drainEvents();
    QCOMPARE(store.reads, 1);
    QCOMPARE(answer->calls, 0);
    QCOMPARE(cached->calls, 0);
}

QTEST_GUILESS_MAIN(tst_CredentialCache)
#include "tst_credentialcache.moc"
