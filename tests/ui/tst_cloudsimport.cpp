// "Import from clouds.yaml": from the welcome screen, two clouds become two saved connections,
// their secrets go into the secret store (the real keychain under tests/with-keyring.sh, else a
// memory store), the file is not touched, and clouds with problems say so and are not imported.

#include "cloudsimportdialog.h"
#include "connectiondialog.h" // WelcomeWidget's QPointer<ConnectionDialog> needs the type
#include "welcomewidget.h"

#include "store/credentialcache.h"
#include "store/keychainsecretstore.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace ElbDesk;

namespace {

bool throwawayKeyring()
{
    return qEnvironmentVariable("ELBDESK_TEST_KEYRING") == QLatin1String("throwaway");
}

const QString kPassword = QStringLiteral("import-pw-%1").arg(QDateTime::currentMSecsSinceEpoch());
const QString kSecretKey = QStringLiteral("importSK%1xyz").arg(QDateTime::currentMSecsSinceEpoch());

QByteArray cloudsYaml()
{
    return QStringLiteral("# operator's clouds.yaml\n"
                          "clouds:\n"
                          "  otc-prod:\n"
                          "    profile: otc\n"
                          "    auth:\n"
                          "      auth_url: https://iam.eu-de.otc.t-systems.com/v3\n"
                          "      username: alice\n"
                          "      password: '%1'\n"
                          "      user_domain_name: OTC00000000001000000123\n"
                          "      project_name: eu-de_prod\n"
                          "  otc-keys:\n"
                          "    auth_type: aksk\n"
                          "    region_name: eu-de\n"
                          "    auth:\n"
                          "      project_id: 0123456789abcdef0123456789abcdef\n"
                          "    ak: AKIMPORT0001\n"
                          "    sk: \"%2\"\n"
                          "  broken:\n"
                          "    auth:\n"
                          "      username: bob\n"
                          "      password: never-imported\n")
        .arg(kPassword, kSecretKey)
        .toUtf8();
}

QString readSecret(SecretStore *store, const QString &key, SecretResult::Status *status)
{
    bool done = false;
    QString secret;
    store->read(key, [&](const SecretResult &r) {
        done = true;
        secret = r.secret;
        *status = r.status;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        *status = SecretResult::Status::OtherError;
    return secret;
}

} // namespace

class tst_CloudsImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importsTwoClouds_secretsInTheStore_fileUntouched();
    void keychainRefusal_importsNothing();
    void brokenFile_namesTheLine();
};

void tst_CloudsImport::importsTwoClouds_secretsInTheStore_fileUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cloudsFile = dir.filePath(QStringLiteral("clouds.yaml"));
    {
        QFile f(cloudsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cloudsYaml());
    }
    const QDateTime modified = QFileInfo(cloudsFile).lastModified();
    qputenv("OS_CLIENT_CONFIG_FILE", cloudsFile.toLocal8Bit());

    ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
    std::unique_ptr<SecretStore> secrets;
    if (throwawayKeyring())
        secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("elbdesk-test-cloudsimport"));
    else
        secrets = std::make_unique<MemorySecretStore>();
    CredentialCache cache(secrets.get());
    WelcomeWidget welcome(&profiles, secrets.get(), &cache);
    welcome.show();

    auto *importButton = welcome.findChild<QPushButton *>(QStringLiteral("importCloudsYamlButton"));
    QVERIFY(importButton);
    QVERIFY(!importButton->accessibleName().isEmpty());
    importButton->click();
    CloudsImportDialog *dialog = welcome.importDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->filePath(), cloudsFile);

    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("cloudsTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QTreeWidgetItem *prod = tree->topLevelItem(0);
    QCOMPARE(prod->text(CloudsImportDialog::NameColumn), QStringLiteral("otc-prod"));
    QCOMPARE(prod->text(CloudsImportDialog::RegionColumn), QStringLiteral("eu-de"));
    QCOMPARE(prod->text(CloudsImportDialog::SecretsColumn), QStringLiteral("password"));
    QCOMPARE(prod->checkState(CloudsImportDialog::NameColumn), Qt::Checked);
    QTreeWidgetItem *keys = tree->topLevelItem(1);
    QVERIFY(keys->text(CloudsImportDialog::AuthColumn).contains(QLatin1String("AKIMPORT0001")));
    QCOMPARE(keys->text(CloudsImportDialog::SecretsColumn), QStringLiteral("secret key"));
    QTreeWidgetItem *broken = tree->topLevelItem(2);
    QCOMPARE(broken->checkState(CloudsImportDialog::NameColumn), Qt::Unchecked);
    QVERIFY(!(broken->flags() & Qt::ItemIsUserCheckable));
    QVERIFY2(
        broken->text(CloudsImportDialog::StatusColumn).contains(QLatin1String("auth.auth_url is missing")),
        qPrintable(broken->text(CloudsImportDialog::StatusColumn)));
    // The table shows which secrets a cloud carries, never the secrets.
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        for (int column = 0; column < CloudsImportDialog::ColumnCount; ++column) {
            const QString text = tree->topLevelItem(row)->text(column);
            QVERIFY(!text.contains(kPassword) && !text.contains(kSecretKey) &&
                    !text.contains(QLatin1String("never")));
        }
    }

    QSignalSpy finished(dialog, &CloudsImportDialog::importFinished);
    auto *importChecked = dialog->findChild<QPushButton *>(QStringLiteral("importCloudsButton"));
    QVERIFY(importChecked && importChecked->isEnabled());
    importChecked->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const QStringList ids = finished.first().at(0).toStringList();
    QCOMPARE(ids.size(), 2);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("importResultLabel"));
    QVERIFY(result && result->isVisible());
    QVERIFY2(result->text().contains(QLatin1String("not changed")), qPrintable(result->text()));

    // Two profiles, with what the file said and no secret.
    QCOMPARE(profiles.connections().size(), 2);
    const std::optional<Connection> p = profiles.byName(QStringLiteral("otc-prod"));
    QVERIFY(p);
    QCOMPARE(p->auth, AuthMethod::Password);
    QCOMPARE(p->userName, QStringLiteral("alice"));
    QCOMPARE(p->domainName, QStringLiteral("OTC00000000001000000123"));
    QCOMPARE(p->projectName, QStringLiteral("eu-de_prod"));
    QCOMPARE(p->elbEndpoint.toString(), QStringLiteral("https://elb.eu-de.otc.t-systems.com"));
    QCOMPARE(p->iamEndpoint.toString(), QStringLiteral("https://iam.eu-de.otc.t-systems.com"));
    const std::optional<Connection> k = profiles.byName(QStringLiteral("otc-keys"));
    QVERIFY(k);
    QCOMPARE(k->auth, AuthMethod::AkSk);
    QCOMPARE(k->accessKey, QStringLiteral("AKIMPORT0001"));
    QCOMPARE(k->projectId, QStringLiteral("0123456789abcdef0123456789abcdef"));

    // The secrets are in the store under the connections' keys, and recorded in the profiles.
    const QString pwKey = SecretStore::keyFor(p->id, SecretStore::kindPassword());
    const QString skKey = SecretStore::keyFor(k->id, SecretStore::kindSecretKey());
    QVERIFY(profiles.secretKeys(p->id).contains(pwKey));
    QVERIFY(profiles.secretKeys(k->id).contains(skKey));
    SecretResult::Status status = SecretResult::Status::OtherError;
    QCOMPARE(readSecret(secrets.get(), pwKey, &status), kPassword);
    QCOMPARE(status, SecretResult::Status::Ok);
    QCOMPARE(readSecret(secrets.get(), skKey, &status), kSecretKey);
    QCOMPARE(status, SecretResult::Status::Ok);

    // Not in the settings file.
    QFile ini(profiles.filePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray iniBytes = ini.readAll();
    QVERIFY(!iniBytes.contains(kPassword.toUtf8()));
    QVERIFY(!iniBytes.contains(kSecretKey.toUtf8()));

    // The file: same bytes, same time.
    QFile f(cloudsFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), cloudsYaml());
    QCOMPARE(QFileInfo(cloudsFile).lastModified(), modified);

    // The welcome list shows both; importing again makes copies with new names, never overwrites.
    auto *list = welcome.findChild<QListWidget *>(QStringLiteral("connectionList"));
    QTRY_COMPARE(list->count(), 2);
    dialog->setChecked(QStringLiteral("otc-prod"), true);
    importChecked->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(profiles.byName(QStringLiteral("otc-prod (2)")));

    // Clean the real keyring.
    for (const Connection &c : profiles.connections()) {
        for (const QString &key : profiles.secretKeys(c.id)) {
            bool done = false;
            secrets->remove(key, [&done](const SecretResult &) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }
    }
    dialog->close();
    qunsetenv("OS_CLIENT_CONFIG_FILE");
}

void tst_CloudsImport::keychainRefusal_importsNothing()
{
    QTemporaryDir dir;
    const QString cloudsFile = dir.filePath(QStringLiteral("clouds.yaml"));
    {
        QFile f(cloudsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cloudsYaml());
    }
    ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
    MemorySecretStore secrets;
    secrets.setFailure(SecretResult::Status::Locked, QStringLiteral("collection is locked"));
    CloudsImportDialog dialog(&profiles, &secrets, nullptr, nullptr, QProcessEnvironment());
    dialog.loadFile(cloudsFile);
    dialog.setChecked(QStringLiteral("otc-keys"), false);
    QSignalSpy finished(&dialog, &CloudsImportDialog::importFinished);
    dialog.importChecked();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(0).toStringList().isEmpty());
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QVERIFY(profiles.connections().isEmpty()); // no profile without its secret, no plaintext fallback
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("cloudsTree"));
    const QString status = tree->topLevelItem(0)->text(CloudsImportDialog::StatusColumn);
    QVERIFY2(status.contains(SecretResult::userMessage(SecretResult::Status::Locked)), qPrintable(status));
    QFile ini(profiles.filePath());
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains(kPassword.toUtf8()));
}

void tst_CloudsImport::brokenFile_namesTheLine()
{
    QTemporaryDir dir;
    const QString cloudsFile = dir.filePath(QStringLiteral("clouds.yaml"));
    {
        QFile f(cloudsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("clouds:\n  a:\n    auth:\n      password: 'unterminated\n");
    }
    ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
    MemorySecretStore secrets;
    CloudsImportDialog dialog(&profiles, &secrets, nullptr, nullptr, QProcessEnvironment());
    dialog.loadFile(cloudsFile);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("cloudsFileErrorLabel"));
    QVERIFY(error);
    QVERIFY2(error->text().contains(QLatin1String("line 4:")), qPrintable(error->text()));
    QVERIFY(!error->text().contains(QLatin1String("unterminated")));
    QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("cloudsTree"))->topLevelItemCount(), 0);
}

QTEST_MAIN(tst_CloudsImport)
#include "tst_cloudsimport.moc"
