// End to end under faults: the real CLI against the real emulator with scripted faults, checking
// exit codes, the words on stderr, and (from the emulator's request log) what was sent.
#include "e2ehelpers.h"

#include <QTest>

using namespace ElbDesk::Test;

class tst_CliFaults : public QObject
{
    Q_OBJECT

private:
    static QJsonObject rule(const char *method, const char *path, const char *kind, int count = 1)
    {
        return QJsonObject{{QStringLiteral("method"), QLatin1String(method)},
                           {QStringLiteral("path"), QLatin1String(path)},
                           {QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("count"), count}};
    }
    static QString firstMemberId(const EmulatorProcess &emulator, const QString &listener)
    {
        return membersOf(emulator, listener).first().toObject().value(QLatin1String("id")).toString();
    }

private Q_SLOTS:
    void tokenExpiresWhilePolling();
    void throttleStormIsRidden();
    void failedJobIsReportedNotResent();
    void lostAnswerIsResolvedByRelistingNotResending();
    void droppedPostIsNotResent();
    void wrongProjectId();
    void wrongPassword();
    void removeWithoutTerminalOrYesRefuses();
    void invalidIdsNeverReachTheNetwork_data();
    void invalidIdsNeverReachTheNetwork();
    void memberNotOnListenerIsRefused();
    void retiredRegionSaysSo();
};

void tst_CliFaults::tokenExpiresWhilePolling()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("2")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString listener = listenerWithMembers(emulator, 2);
    const QString member = firstMemberId(emulator, listener);
    emulator.clearRequests();
    QVERIFY(emulator.addFaultRules({rule("GET", "/jobs/", "expire-token")}));
    const CliResult r = cli(emulator, {QStringLiteral("remove"), listener, member, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.describe());
    // The first token, then exactly one renewal after the 401; the removal POST was sent once.
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(), 2);
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action")).size(), 1);
}

void tst_CliFaults::throttleStormIsRidden()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString listener = listenerWithMembers(emulator, 2);
    QJsonObject storm = rule("GET", "/members", "429", 3);
    storm.insert(QStringLiteral("retry_after"), 1);
    QVERIFY(emulator.addFaultRules({storm}));
    const CliResult r = cli(emulator, {QStringLiteral("--json"), QStringLiteral("members"), listener});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(!r.json().array().isEmpty());
    QVERIFY(r.err.contains("Throttled"));
}

void tst_CliFaults::failedJobIsReportedNotResent()
{
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.5")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString listener = listenerWithMembers(emulator, 2);
    const QString member = firstMemberId(emulator, listener);
    QVERIFY(emulator.addFaultRules({rule("POST", "/members/action", "fail")}));
    const CliResult r = cli(emulator, {QStringLiteral("--json"), QStringLiteral("remove"), listener, member,
                                       QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject job = r.json().object();
    QCOMPARE(job.value(QLatin1String("status")).toString(), QStringLiteral("FAIL"));
    QVERIFY(!job.value(QLatin1String("error_code")).toString().isEmpty());
    QVERIFY(r.err.contains(job.value(QLatin1String("error_code")).toString().toLatin1()));
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action")).size(), 1);
    bool stillThere = false;
    for (const QJsonValue &m : membersOf(emulator, listener))
        stillThere |= m.toObject().value(QLatin1String("id")).toString() == member;
    QVERIFY(stillThere);
}

void tst_CliFaults::lostAnswerIsResolvedByRelistingNotResending()
{
    // The emulator applies the POST and closes the connection: the client must find out by listing.
    EmulatorProcess emulator({QStringLiteral("--job-seconds"), QStringLiteral("0.3")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString listener = listenerWithMembers(emulator, 2);
    const QString member = firstMemberId(emulator, listener);
    QVERIFY(emulator.addFaultRules({rule("POST", "/members/action", "lost")}));
    const CliResult r = cli(emulator, {QStringLiteral("remove"), listener, member, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(r.err.contains("answer was lost"));
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action")).size(), 1);
    for (const QJsonValue &m : membersOf(emulator, listener))
        QVERIFY(m.toObject().value(QLatin1String("id")).toString() != member);
}

void tst_CliFaults::droppedPostIsNotResent()
{
    // Dropped before it was applied: the members stay, the CLI says the outcome is unknown, nothing is re-sent.
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString listener = listenerWithMembers(emulator, 2);
    const QString member = firstMemberId(emulator, listener);
    QVERIFY(emulator.addFaultRules({rule("POST", "/members/action", "drop")}));
    const CliResult r = cli(emulator, {QStringLiteral("remove"), listener, member, QStringLiteral("--yes")}, 
                            CliProcess::sandboxPasswordEnvironment(), 90000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Nothing was sent again"));
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action")).size(), 1);
}

void tst_CliFaults::wrongProjectId()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString wrong = QStringLiteral("0123456789abcdef0123456789abcdef");
    // Password: IAM refuses to scope a token to a project the user does not have.
    const CliResult password = cli(emulator, {QStringLiteral("--project-id"), wrong, QStringLiteral("loadbalancers")});
    QCOMPARE(password.exitCode, 3);
    QVERIFY(password.err.startsWith("elbdesk-cli: "));
    // AK/SK: the gateway refuses the project.
    const CliResult aksk = cli(emulator, {QStringLiteral("--project-id"), wrong, QStringLiteral("loadbalancers")},
                               CliProcess::sandboxAkSkEnvironment());
    QVERIFY2(aksk.exitCode == 4 || aksk.exitCode == 3, aksk.describe());
    QVERIFY(aksk.err.contains("HTTP 40"));
}

void tst_CliFaults::wrongPassword()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    QProcessEnvironment env = CliProcess::sandboxPasswordEnvironment();
    env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("not-the-password"));
    const CliResult r = cli(emulator, {QStringLiteral("loadbalancers")}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("Authentication failed"));
    QVERIFY(!r.err.contains("not-the-password"));
}

void tst_CliFaults::removeWithoutTerminalOrYesRefuses()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString listener = listenerWithMembers(emulator, 2);
    const QString member = firstMemberId(emulator, listener);
    emulator.clearRequests();
    const CliResult r = cli(emulator, {QStringLiteral("remove"), listener, member});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(emulator.requests().size(), 0);
}

void tst_CliFaults::invalidIdsNeverReachTheNetwork_data()
{
    QTest::addColumn<QStringList>("args");
    const QString good = QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("listener with dots") << QStringList{QStringLiteral("members"), QStringLiteral("../../x")};
    QTest::newRow("listener with query") << QStringList{QStringLiteral("members"), good + QStringLiteral("?a=b")};
    QTest::newRow("upper-case listener") << QStringList{QStringLiteral("members"), good.toUpper()};
    QTest::newRow("member with slash") << QStringList{QStringLiteral("remove"), good, QStringLiteral("a/b"),
                                                      QStringLiteral("--yes")};
    QTest::newRow("job with path") << QStringList{QStringLiteral("job"), QStringLiteral("../jobs/1")};
    QTest::newRow("add bad server") << QStringList{QStringLiteral("add"), good, QStringLiteral("x:10.0.0.1")};
    QTest::newRow("project id") << QStringList{QStringLiteral("--project-id"), QStringLiteral("../x"),
                                               QStringLiteral("--auth"), QStringLiteral("aksk"),
                                               QStringLiteral("loadbalancers")};
}

void tst_CliFaults::invalidIdsNeverReachTheNetwork()
{
    QFETCH(QStringList, args);
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const CliResult r = cli(emulator, args, CliProcess::sandboxAkSkEnvironment());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(emulator.requests().size(), 0);
}

void tst_CliFaults::memberNotOnListenerIsRefused()
{
    EmulatorProcess emulator;
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const QString listener = listenerWithMembers(emulator, 2);
    const CliResult r = cli(emulator, {QStringLiteral("remove"), listener,
                                       QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("nothing was sent"));
    QCOMPARE(requestsMatching(emulator, QStringLiteral("POST"), QStringLiteral("/members/action")).size(), 0);
}

void tst_CliFaults::retiredRegionSaysSo()
{
    EmulatorProcess emulator({QStringLiteral("--retired")});
    QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
    const CliResult r = cli(emulator, {QStringLiteral("loadbalancers")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("not available in this region"), r.describe());
    QVERIFY(r.err.contains("APIGW.0101"));
}

QTEST_GUILESS_MAIN(tst_CliFaults)
#include "tst_cli_faults.moc"
