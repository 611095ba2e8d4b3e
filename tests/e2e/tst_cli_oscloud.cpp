#include "cliprocess.h"
#include "emulatorprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk::Test;

namespace {

// Unique per run, so a hit can only come from this test's files.
const QString kPassword = QStringLiteral("yaml-pw-") + QString::number(QDateTime::currentMSecsSinceEpoch());
const QString kSecretKey = QStringLiteral("yamlSK") + QString::number(QDateTime::currentMSecsSinceEpoch()) +
                           QStringLiteral("abcdefghijklmnopqrstuvwx");
const QString kAccessKey = QStringLiteral("YAMLACCESSKEY0001");
const QString kDomain = QStringLiteral("sandbox-domain");

} // namespace

// elbdesk-cli with OS_CLOUD against a real elbdesk-emulator: the cloud comes from clouds.yaml
// (found the way openstacksdk finds it), OS_* variables override it, the file is never written.
class TestCliOsCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cloudsDrive_data();
    void cloudsDrive();
    void overrides_data();
    void overrides();
    void usageErrors_data();
    void usageErrors();
    void fileIsNeverWritten();
    void helpAndVersion_data();
    void helpAndVersion();

private:
    QProcessEnvironment envFor(const QString &cloud) const;
    CliResult run(const QStringList &args, const QProcessEnvironment &env) const;

    std::unique_ptr<EmulatorProcess> m_emulator;
    QTemporaryDir m_home;
    QString m_cloudsFile;
    QString m_otherFile;
    QByteArray m_cloudsBytes;
    QDateTime m_cloudsModified;
};

void TestCliOsCloud::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_emulator = std::make_unique<EmulatorProcess>(QStringList{
        QStringLiteral("--user"), QStringLiteral("operator:%1:%2").arg(kPassword, kDomain),
        QStringLiteral("--aksk"), QStringLiteral("%1:%2:%3").arg(kAccessKey, kSecretKey, kDomain)});
    QVERIFY2(m_emulator->isRunning(), qPrintable(m_emulator->errorString()));
    const QString url = m_emulator->baseUrl().toString();
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".config/openstack"))));
    m_cloudsFile = m_home.filePath(QStringLiteral(".config/openstack/clouds.yaml"));
    m_cloudsBytes = QStringLiteral("# written by tst_cli_oscloud\n"
                                   "clouds:\n"
                                   "  sandbox-pw:\n"
                                   "    elb_endpoint_override: %1\n"
                                   "    auth:\n"
                                   "      auth_url: '%1/v3'\n"
                                   "      username: operator\n"
                                   "      password: '%2'\n"
                                   "      user_domain_name: %3\n"
                                   "      project_name: eu-de\n"
                                   "  sandbox-keys:\n"
                                   "    auth_type: aksk\n"
                                   "    elb_endpoint_override: \"%1\"\n"
                                   "    auth:\n"
                                   "      auth_url: %1/v3\n"
                                   "      project_name: eu-de\n"
                                   "    ak: %4\n"
                                   "    sk: \"%5\"\n"
                                   "  wrong-pw:\n"
                                   "    elb_endpoint_override: %1\n"
                                   "    auth:\n"
                                   "      auth_url: %1/v3\n"
                                   "      username: operator\n"
                                   "      password: not-the-password\n"
                                   "      domain_name: %3\n"
                                   "      project_name: eu-de\n"
                                   "  no-url:\n"
                                   "    auth:\n"
                                   "      username: operator\n"
                                   "      password: x\n"
                                   "      domain_name: %3\n"
                                   "      project_name: p\n"
                                   "  no-elb:\n"
                                   "    region_name: RegionOne\n"
                                   "    auth:\n"
                                   "      auth_url: %1/v3\n"
                                   "      username: operator\n"
                                   "      domain_name: %3\n")
                        .arg(url, kPassword, kDomain, kAccessKey, kSecretKey)
                        .toUtf8();
    QFile file(m_cloudsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_cloudsBytes), m_cloudsBytes.size());
    file.close();
    QVERIFY(QFile::setPermissions(m_cloudsFile,
                                  QFileDevice::ReadOwner)); // read-only, as a careful operator has it
    m_cloudsModified = QFileInfo(m_cloudsFile).lastModified();

    // A second file, named by OS_CLIENT_CONFIG_FILE: it wins over ~/.config/openstack.
    m_otherFile = m_home.filePath(QStringLiteral("elsewhere.yaml"));
    QFile other(m_otherFile);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(
        QStringLiteral("clouds:\n  sandbox-pw:\n    elb_endpoint_override: %1\n    auth:\n      auth_url: "
                       "%1\n      username: operator\n      password: 'from-the-other-file'\n      "
                       "user_domain_name: %2\n")
            .arg(url, kDomain)
            .toUtf8());
}

void TestCliOsCloud::cleanupTestCase()
{
    QFile::setPermissions(m_cloudsFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_emulator.reset();
}

QProcessEnvironment TestCliOsCloud::envFor(const QString &cloud) const
{
    QProcessEnvironment env = CliProcess::emptyEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    if (!cloud.isEmpty())
        env.insert(QStringLiteral("OS_CLOUD"), cloud);
    return env;
}

CliResult TestCliOsCloud::run(const QStringList &args, const QProcessEnvironment &env) const
{
    return CliProcess::run(args, env);
}

void TestCliOsCloud::cloudsDrive_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<bool>("viaOption");
    QTest::addColumn<QString>("auth"); // what the emulator saw on the ELB requests
    QTest::newRow("password via OS_CLOUD")
        << QStringLiteral("sandbox-pw") << false << QStringLiteral("token");
    QTest::newRow("AK/SK via OS_CLOUD") << QStringLiteral("sandbox-keys") << false << QStringLiteral("aksk");
    QTest::newRow("password via --os-cloud")
        << QStringLiteral("sandbox-pw") << true << QStringLiteral("token");
}

void TestCliOsCloud::cloudsDrive()
{
    QFETCH(QString, cloud);
    QFETCH(bool, viaOption);
    QFETCH(QString, auth);
    QVERIFY(m_emulator->clearRequests());
    QStringList args{QStringLiteral("--json"), QStringLiteral("loadbalancers")};
    if (viaOption)
        args = QStringList{QStringLiteral("--os-cloud"), cloud} + args;
    const CliResult r = run(args, envFor(viaOption ? QString() : cloud));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(!r.json().array().isEmpty(), r.describe());
    const QJsonArray requests = m_emulator->requests();
    int elbRequests = 0;
    for (const QJsonValue &v : requests) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("path")).toString().contains(QLatin1String("/elbaas/"))) {
            ++elbRequests;
            QCOMPARE(o.value(QLatin1String("auth")).toString(), auth);
        }
    }
    QVERIFY(elbRequests > 0);
    QVERIFY(!r.out.contains(kPassword.toUtf8()) && !r.err.contains(kPassword.toUtf8()));
    QVERIFY(!r.out.contains(kSecretKey.toUtf8()) && !r.err.contains(kSecretKey.toUtf8()));
}

void TestCliOsCloud::overrides_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("OS_PASSWORD fixes the file's wrong password")
        << QStringLiteral("wrong-pw") << QStringList{QStringLiteral("OS_PASSWORD=") + kPassword} << 0;
    QTest::newRow("the file's wrong password fails") << QStringLiteral("wrong-pw") << QStringList{} << 3;
    QTest::newRow("OS_PASSWORD overrides a right one")
        << QStringLiteral("sandbox-pw") << QStringList{QStringLiteral("OS_PASSWORD=wrong")} << 3;
    QTest::newRow("OS_USERNAME overrides")
        << QStringLiteral("sandbox-pw") << QStringList{QStringLiteral("OS_USERNAME=nobody")} << 3;
    QTest::newRow("OS_SECRET_KEY overrides")
        << QStringLiteral("sandbox-keys") << QStringList{QStringLiteral("OS_SECRET_KEY=wrongwrongwrong")}
        << 3;
    QTest::newRow("OS_CLIENT_CONFIG_FILE wins over ~/.config/openstack")
        << QStringLiteral("sandbox-pw")
        << QStringList{QStringLiteral("OS_CLIENT_CONFIG_FILE=elsewhere.yaml"),
                       QStringLiteral("OS_PROJECT_NAME=eu-de")}
        << 3;
    QTest::newRow("OS_CLIENT_CONFIG_FILE plus OS_PASSWORD")
        << QStringLiteral("sandbox-pw")
        << QStringList{QStringLiteral("OS_CLIENT_CONFIG_FILE=elsewhere.yaml"),
                       QStringLiteral("OS_PASSWORD=") + kPassword, QStringLiteral("OS_PROJECT_NAME=eu-de")}
        << 0;
    QTest::newRow("OS_AUTH_URL overrides")
        << QStringLiteral("sandbox-pw") << QStringList{QStringLiteral("OS_AUTH_URL=http://127.0.0.1:9/v3")}
        << 5;
}

void TestCliOsCloud::overrides()
{
    QFETCH(QString, cloud);
    QFETCH(QStringList, env);
    QFETCH(int, exitCode);
    QProcessEnvironment e = envFor(cloud);
    for (QString assignment : env) {
        assignment.replace(QLatin1String("=elsewhere.yaml"), QLatin1Char('=') + m_otherFile);
        e.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    }
    const CliResult r = run({QStringLiteral("loadbalancers")}, e);
    QVERIFY2(r.exitCode == exitCode, r.describe());
}

void TestCliOsCloud::usageErrors_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("configFile");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown cloud") << QStringLiteral("nope") << QString()
                                   << QStringLiteral("no cloud \"nope\" in ");
    QTest::newRow("no auth_url") << QStringLiteral("no-url") << QString()
                                 << QStringLiteral("auth.auth_url is missing");
    QTest::newRow("no ELB endpoint") << QStringLiteral("no-elb") << QString()
                                     << QStringLiteral("no ELB endpoint for cloud \"no-elb\"");
    QTest::newRow("no file") << QStringLiteral("sandbox-pw") << QStringLiteral("/nonexistent/clouds.yaml")
                             << QStringLiteral("no clouds.yaml was found");
    QTest::newRow("broken file") << QStringLiteral("sandbox-pw") << QStringLiteral("BROKEN")
                                 << QStringLiteral(": line 2: a tab in the indentation");
}

void TestCliOsCloud::usageErrors()
{
    QFETCH(QString, cloud);
    QFETCH(QString, configFile);
    QFETCH(QString, message);
    QProcessEnvironment env = envFor(cloud);
    QTemporaryDir emptyHome;
    if (!configFile.isEmpty()) {
        env.insert(QStringLiteral("HOME"), emptyHome.path()); // nothing in ~/.config/openstack
        if (configFile == QLatin1String("BROKEN")) {
            configFile = emptyHome.filePath(QStringLiteral("broken.yaml"));
            QFile f(configFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("clouds:\n\tsandbox-pw: {}\n");
        }
        env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), configFile);
    }
    QVERIFY(m_emulator->clearRequests());
    const CliResult r = run({QStringLiteral("loadbalancers")}, env);
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.describe());
    QVERIFY(m_emulator->requests().isEmpty()); // nothing was sent
}

void TestCliOsCloud::fileIsNeverWritten()
{
    // After every run above (and one more here): same bytes, same modification time.
    const CliResult r = run({QStringLiteral("loadbalancers")}, envFor(QStringLiteral("sandbox-pw")));
    QVERIFY2(r.exitCode == 0, r.describe());
    QFile file(m_cloudsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_cloudsBytes);
    QCOMPARE(QFileInfo(m_cloudsFile).lastModified(), m_cloudsModified);
    // Nothing of the file's secrets was written anywhere under HOME (settings, caches).
    const QStringList written =
        QDir(m_home.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : written) {
        QFile f(m_home.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        if (name == QLatin1String("elsewhere.yaml"))
            continue;
        QVERIFY2(!content.contains(kPassword.toUtf8()) && !content.contains(kSecretKey.toUtf8()),
                 qPrintable(name));
    }
}

void TestCliOsCloud::helpAndVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cli --help") << QStringLiteral(ELBDESK_CLI_BIN) << QStringLiteral("--help")
                                << QStringLiteral("OS_CLOUD");
    QTest::newRow("cli --version") << QStringLiteral(ELBDESK_CLI_BIN) << QStringLiteral("--version")
                                   << QStringLiteral("elbdesk-cli " ELBDESK_VERSION);
    // The desktop app: next to the CLI's directory in the build tree (skipped when not built).
    const QString gui =
        QFileInfo(QStringLiteral(ELBDESK_CLI_BIN)).absoluteDir().filePath(QStringLiteral("../elbdesk"));
    QTest::newRow("elbdesk --help") << gui << QStringLiteral("--help") << QStringLiteral("--demo");
    QTest::newRow("elbdesk --version")
        << gui << QStringLiteral("--version") << QStringLiteral(ELBDESK_VERSION);
    QTest::newRow("emulator --help") << QStringLiteral(ELBDESK_EMULATOR_BIN) << QStringLiteral("--help")
                                     << QStringLiteral("--port");
    QTest::newRow("emulator --version") << QStringLiteral(ELBDESK_EMULATOR_BIN) << QStringLiteral("--version")
                                        << QStringLiteral(ELBDESK_VERSION);
}

void TestCliOsCloud::helpAndVersion()
{
    QFETCH(QString, program);
    QFETCH(QString, option);
    QFETCH(QString, expected);
    if (!QFileInfo(program).isExecutable())
        QSKIP("program not built");
    QProcess process;
    QProcessEnvironment env = CliProcess::emptyEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, {option});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() != 0 && err.contains("Unknown option 'version'"))
        QSKIP("this program has no --version yet");
    QVERIFY2(process.exitCode() == 0, err.constData());
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out.left(2000)));
}

QTEST_GUILESS_MAIN(TestCliOsCloud)
#include "tst_cli_oscloud.moc"
