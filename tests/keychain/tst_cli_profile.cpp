// elbdesk-cli --profile NAME against the real keychain: the connection comes from the saved
// profile, its secret from gnome-keyring (a private D-Bus session, see tests/with-keyring.sh),
// and nothing secret from the environment or the command line.
#include "api/connection.h"
#include "cliprocess.h"
#include "emulatorprocess.h"
#include "store/keychainsecretstore.h"
#include "store/profilestore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

class tst_CliProfile : public QObject
{
    Q_OBJECT

private:
    static bool keyringAvailable() { return qEnvironmentVariable("ELBDESK_TEST_KEYRING") == QLatin1String("throwaway"); }

    // Writes a secret and waits for the keychain's answer.
    static SecretResult writeSecret(SecretStore &store, const QString &key, const QString &secret)
    {
        SecretResult result;
        bool done = false;
        store.write(key, secret, [&](const SecretResult &r) {
            result = r;
            done = true;
        });
        QDeadlineTimer deadline(20000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(20); // inside a helper returning a value, where QTRY_* cannot be used
        if (!done)
            result.detail = QStringLiteral("the keychain did not answer within 20 s");
        return result;
    }

    QTemporaryDir m_config;
    QString m_profilePath;

private Q_SLOTS:
    void initTestCase()
    {
        if (!keyringAvailable())
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ELBDESK_TEST_KEYRING=throwaway)");
        QVERIFY(m_config.isValid());
        // The CLI finds saved connections under $XDG_CONFIG_HOME/elbdesk/connections.ini.
        QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("elbdesk"))));
        m_profilePath = m_config.filePath(QStringLiteral("elbdesk/connections.ini"));
    }

    void profileSecretComesFromKeychain()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
        Connection c;
        c.name = QStringLiteral("sandbox-profile");
        c.cloud = QStringLiteral("sandbox");
        c.elbEndpoint = emulator.baseUrl();
        c.iamEndpoint = emulator.baseUrl();
        c.auth = AuthMethod::Password;
        c.userName = QStringLiteral("operator");
        c.domainName = QStringLiteral("sandbox-domain");
        c.projectName = QStringLiteral("eu-de");
        QString id;
        {
            ProfileStore profiles(m_profilePath);
            id = profiles.save(c);
            profiles.recordSecretKey(id, SecretStore::keyFor(id, SecretStore::kindPassword()));
        }
        KeychainSecretStore keychain;
        const SecretResult written =
            writeSecret(keychain, SecretStore::keyFor(id, SecretStore::kindPassword()), QStringLiteral("sandbox-password"));
        QVERIFY2(written.ok(), qPrintable(written.userMessage()));

        QProcessEnvironment env = CliProcess::emptyEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        const CliResult r = CliProcess::run({QStringLiteral("--profile"), c.name, QStringLiteral("--json"),
                                             QStringLiteral("loadbalancers")},
                                            env);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.json().array().size() >= 1);

        // The settings file holds no secret.
        QFile ini(m_profilePath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sandbox-password"));
    }

    void missingSecretIsAnAuthenticationError()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.isRunning(), qPrintable(emulator.errorString()));
        Connection c;
        c.name = QStringLiteral("no-secret");
        c.elbEndpoint = emulator.baseUrl();
        c.iamEndpoint = emulator.baseUrl();
        c.auth = AuthMethod::Password;
        c.userName = QStringLiteral("operator");
        c.domainName = QStringLiteral("sandbox-domain");
        c.projectName = QStringLiteral("eu-de");
        {
            ProfileStore profiles(m_profilePath);
            profiles.save(c);
        }
        QProcessEnvironment env = CliProcess::emptyEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        const CliResult r = CliProcess::run({QStringLiteral("--profile"), c.name, QStringLiteral("loadbalancers")}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("keychain"), r.describe());
        QCOMPARE(emulator.requests().size(), 0);
    }

    void unknownProfileIsAUsageError()
    {
        QProcessEnvironment env = CliProcess::emptyEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        const CliResult r = CliProcess::run({QStringLiteral("--profile"), QStringLiteral("nope"),
                                             QStringLiteral("loadbalancers")},
                                            env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("nope"));
    }
};

QTEST_GUILESS_MAIN(tst_CliProfile)
#include "tst_cli_profile.moc"
