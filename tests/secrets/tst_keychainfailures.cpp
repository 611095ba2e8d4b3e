// Keychain missing, locked and denied, seen by the operator: the connection dialog, the
// clouds.yaml import and the CLI each show that failure's own message, and no secret reaches a
// file (the settings directory is searched after each). The store-level behaviour against real
// D-Bus / gnome-keyring failures is tests/keychain/tst_keychainsecretstore.cpp.

#include "cloudsimportdialog.h"
#include "connectiondialog.h"

#include "cliprocess.h"
#include "store/credentialcache.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace ElbDesk;
using Status = SecretResult::Status;

namespace {

// Every file under `root` (recursively) that holds `secret` raw, base64 or as UTF-16.
QStringList filesHolding(const QString &root, const QString &secret)
{
    const QList<QByteArray> needles{
        secret.toUtf8(), secret.toUtf8().toBase64(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle))
                hits << path;
        }
    }
    return hits;
}

template<class T> T *get(const QObject &parent, const char *name)
{
    T *child = parent.findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("no child %s", name);
    return child;
}

} // namespace

class tst_KeychainFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void messagesAreDistinct();
    void connectionDialog_data();
    void connectionDialog();
    void cloudsImport_data();
    void cloudsImport();
    void cliWithoutKeychain();
};

void tst_KeychainFailures::messagesAreDistinct()
{
    const QList<Status> statuses{Status::NotFound, Status::NoSessionBus, Status::NoSecretService,
                                 Status::Locked,   Status::Denied,       Status::OtherError};
    QSet<QString> seen;
    for (const Status s : statuses) {
        const QString message = SecretResult::userMessage(s);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!seen.contains(message), qPrintable(message));
        seen.insert(message);
    }
}

static void failures_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("missing: no session bus") << int(Status::NoSessionBus);
    QTest::newRow("missing: no secret service") << int(Status::NoSecretService);
    QTest::newRow("locked") << int(Status::Locked);
    QTest::newRow("denied") << int(Status::Denied);
}

void tst_KeychainFailures::connectionDialog_data()
{
    failures_data();
}

void tst_KeychainFailures::connectionDialog()
{
    QFETCH(int, status);
    QTemporaryDir dir;
    const QString secret = QStringLiteral("Dialog-Canary-") + QUuid::createUuid().toString(QUuid::Id128);
    ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
    MemorySecretStore secrets;
    secrets.setFailure(Status(status), QStringLiteral("back-end text"));
    CredentialCache cache(&secrets);
    ConnectionDialog dialog(&profiles, &secrets, &cache, nullptr);
    get<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Failing keyring"));
    auto *auth = get<QComboBox>(dialog, "authCombo");
    auth->setCurrentIndex(auth->findData(int(AuthMethod::Password)));
    get<QLineEdit>(dialog, "userNameEdit")->setText(QStringLiteral("operator"));
    get<QLineEdit>(dialog, "passwordEdit")->setText(secret);
    get<QLineEdit>(dialog, "domainEdit")->setText(QStringLiteral("sandbox-domain"));
    get<QLineEdit>(dialog, "projectNameEdit")->setText(QStringLiteral("eu-de"));
    dialog.show();
    get<QPushButton>(dialog, "saveButton")->click();
    QTRY_VERIFY(get<QFrame>(dialog, "keychainErrorFrame")->isVisible());
    QCOMPARE(get<QLabel>(dialog, "keychainErrorLabel")->text(), SecretResult::userMessage(Status(status)));
    QVERIFY(profiles.connections().isEmpty()); // nothing saved without the operator's choice
    QVERIFY(secrets.keys().isEmpty());
    const QStringList hits =
        filesHolding(dir.path(), secret) +
        filesHolding(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), secret);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(','))));
}

void tst_KeychainFailures::cloudsImport_data()
{
    failures_data();
}

void tst_KeychainFailures::cloudsImport()
{
    QFETCH(int, status);
    QTemporaryDir dir;
    const QString secret = QStringLiteral("Yaml-Canary-") + QUuid::createUuid().toString(QUuid::Id128);
    QTemporaryDir input;
    const QString clouds = input.filePath(QStringLiteral("clouds.yaml"));
    {
        QFile f(clouds);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("clouds:\n  c:\n    region_name: eu-de\n    ak: AK\n    sk: '%1'\n")
                    .arg(secret)
                    .toUtf8());
    }
    ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
    MemorySecretStore secrets;
    secrets.setFailure(Status(status));
    CloudsImportDialog dialog(&profiles, &secrets, nullptr, nullptr, QProcessEnvironment());
    dialog.loadFile(clouds);
    QSignalSpy finished(&dialog, &CloudsImportDialog::importFinished);
    dialog.importChecked();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QVERIFY(profiles.connections().isEmpty());
    const QString row =
        get<QTreeWidget>(dialog, "cloudsTree")->topLevelItem(0)->text(CloudsImportDialog::StatusColumn);
    QVERIFY2(row.contains(SecretResult::userMessage(Status(status))), qPrintable(row));
    const QStringList hits = filesHolding(dir.path(), secret);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(','))));
}

void tst_KeychainFailures::cliWithoutKeychain()
{
    // A saved connection whose secret cannot be read: no bus at all. Exit 3 with the no-bus
    // message; nothing is written next to the profile.
    QTemporaryDir home;
    const QString config = home.filePath(QStringLiteral("config"));
    {
        ProfileStore profiles(config + QStringLiteral("/elbdesk/connections.ini"));
        Connection c;
        c.name = QStringLiteral("saved");
        c.cloud = QStringLiteral("custom");
        c.elbEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        c.iamEndpoint = c.elbEndpoint;
        c.userName = QStringLiteral("operator");
        c.domainName = QStringLiteral("d");
        c.projectName = QStringLiteral("eu-de");
        profiles.save(c);
    }
    QProcessEnvironment env = Test::CliProcess::emptyEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.remove(QStringLiteral("DISPLAY"));
    const Test::CliResult r = Test::CliProcess::run(
        {QStringLiteral("--profile"), QStringLiteral("saved"), QStringLiteral("loadbalancers")}, env);
    QVERIFY2(r.exitCode == 3, r.describe());
    QVERIFY2(QString::fromUtf8(r.err).simplified().contains(
                 SecretResult::userMessage(Status::NoSessionBus).simplified()),
             r.describe());
}

QTEST_MAIN(tst_KeychainFailures)
#include "tst_keychainfailures.moc"
