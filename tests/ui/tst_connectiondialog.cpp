// ConnectionDialog: filled by objectName and clicked like an operator would. Secrets must end up
// in the SecretStore (or, by choice, only in memory) and never in the connections file.
//
// Keychain coverage:
// * MemorySecretStore::setFailure() drives every failure status through the dialog.
// * realKeychainUnavailable() runs this executable again (childNoBus) with the REAL
//   KeychainSecretStore and DBUS_SESSION_BUS_ADDRESS pointing nowhere: the NoSessionBus path.
// * keyringRoundTripAfterRestart() saves into the real gnome-keyring and reads back with fresh
//   objects, as after a restart; it runs only inside tests/with-keyring.sh (throwaway keyring).

#include "connectiondialog.h"

#include "api/regionpresets.h"
#include "emulatorserver.h"
#include "store/credentialcache.h"
#include "store/keychainsecretstore.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ElbDesk;
using Status = SecretResult::Status;

namespace {

constexpr int kNetworkTimeoutMs = 20000;
constexpr int kKeyringTimeoutMs = 60000;
const char kChildVar[] = "ELBDESK_DIALOG_TEST_CHILD";
const QString kPassword = QStringLiteral("Very-Secret-Pa55word!");
const QString kSecretKey = QStringLiteral("SkSecretKeyValue0123456789abcdefghijklm");

template<class T> T *get(const QObject &parent, const char *name)
{
    T *child = parent.findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("no child %s", name);
    return child;
}

void setText(const QObject &dialog, const char *name, const QString &text)
{
    get<QLineEdit>(dialog, name)->setText(text);
}

void chooseAuth(const QObject &dialog, AuthMethod auth)
{
    auto *combo = get<QComboBox>(dialog, "authCombo");
    combo->setCurrentIndex(combo->findData(int(auth)));
}

void chooseCustom(const QObject &dialog, const QString &elb, const QString &iam)
{
    auto *combo = get<QComboBox>(dialog, "regionCombo");
    combo->setCurrentIndex(combo->findData(-1));
    setText(dialog, "elbEndpointEdit", elb);
    setText(dialog, "iamEndpointEdit", iam);
}

// A complete password connection on the first preset (OTC eu-de).
void fillPassword(const QObject &dialog, const QString &name, const QString &password = kPassword)
{
    setText(dialog, "nameEdit", name);
    chooseAuth(dialog, AuthMethod::Password);
    setText(dialog, "userNameEdit", QStringLiteral("operator"));
    setText(dialog, "passwordEdit", password);
    setText(dialog, "domainEdit", QStringLiteral("sandbox-domain"));
    setText(dialog, "projectNameEdit", QStringLiteral("eu-de"));
}

void click(const QObject &dialog, const char *name)
{
    auto *button = get<QPushButton>(dialog, name);
    QVERIFY2(button->isEnabled(), name);
    button->click();
}

QString label(const QObject &dialog, const char *name)
{
    return get<QLabel>(dialog, name)->text();
}

QString fileText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// A fresh connections file, store and cache per test.
struct Env
{
    QTemporaryDir dir;
    std::unique_ptr<ProfileStore> profiles{new ProfileStore(dir.filePath(QStringLiteral("connections.ini")))};
    MemorySecretStore secrets;
    CredentialCache cache{&secrets};
    [[nodiscard]] QString ini() const { return fileText(profiles->filePath()); }
};

Credentials readCredentials(CredentialCache &cache, const Connection &c, SecretResult *result)
{
    bool done = false;
    Credentials out;
    cache.credentialsFor(c, [&](const Credentials &credentials, const SecretResult &r) {
        out = credentials;
        *result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kKeyringTimeoutMs))
        result->detail = QStringLiteral("no answer");
    return out;
}

} // namespace

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void secretFieldsArePasswordEcho();
    void presetShowsEndpointsAndNote();
    void savePassword_secretInStoreNotInFile();
    void keychainFailure_offersSessionOnly_data();
    void keychainFailure_offersSessionOnly();
    void cancelWhileKeyringWrites_leavesNothing();
    void akskSchemeB_saved();
    void pastedToken_isSessionOnly();
    void editWithoutSecret_keepsStoredSecret();
    void switchingMethod_removesOldSecret();
    void validation_showsInlineMessages();
    void plainHttpToRemoteHost_refusedInline();
    void testConnection_sandbox_connected();
    void testConnection_wrongPassword_saysAuthenticationFailed();
    void testConnection_retiredRegion_saysClassicNotAvailable();

    void realKeychainUnavailable_offersSessionOnly();
    void keyringRoundTripAfterRestart();

    // Not a test on its own: the body of the child started by realKeychainUnavailable_….
    void childNoBus();
};

void tst_ConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ConnectionDialog::secretFieldsArePasswordEcho()
{
    Env env;
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    for (const char *name : {"passwordEdit", "secretKeyEdit", "tokenEdit"})
        QCOMPARE(get<QLineEdit>(dialog, name)->echoMode(), QLineEdit::Password);
    QVERIFY(!get<QLineEdit>(dialog, "nameEdit")->accessibleName().isEmpty());
}

void tst_ConnectionDialog::presetShowsEndpointsAndNote()
{
    Env env;
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    dialog.show();
    auto *combo = get<QComboBox>(dialog, "regionCombo");
    auto *elb = get<QLineEdit>(dialog, "elbEndpointEdit");
    auto *note = get<QLabel>(dialog, "presetNoteLabel");

    const QList<RegionPreset> &presets = RegionPresets::all();
    for (int i = 0; i < presets.size(); ++i) {
        combo->setCurrentIndex(combo->findData(i));
        QVERIFY(combo->currentText().contains(presets.at(i).region));
        QVERIFY(combo->currentText().contains(presets.at(i).cloudName));
        QCOMPARE(elb->text(), presets.at(i).elbEndpoint.toString());
        QVERIFY(elb->isReadOnly());
        if (!presets.at(i).classicSupported) {
            QVERIFY2(note->isVisible(), qPrintable(presets.at(i).region));
            QVERIFY(!note->text().isEmpty());
            if (!presets.at(i).note.isEmpty())
                QCOMPARE(note->text(), presets.at(i).note);
        }
    }
    combo->setCurrentIndex(combo->findData(-1));
    QVERIFY(!elb->isReadOnly());
    QVERIFY(!get<QLineEdit>(dialog, "iamEndpointEdit")->isReadOnly());
    QVERIFY(!note->isVisible());
}

void tst_ConnectionDialog::savePassword_secretInStoreNotInFile()
{
    Env env;
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    dialog.show();
    fillPassword(dialog, QStringLiteral("Production"));
    QSignalSpy saved(&dialog, &ConnectionDialog::connectionSaved);
    click(dialog, "saveButton");
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto c = saved.first().first().value<Connection>();
    const QList<Connection> all = env.profiles->connections();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().id, c.id);
    QCOMPARE(all.first().name, QStringLiteral("Production"));
    QCOMPARE(all.first().cloud, RegionPresets::all().first().cloud);
    QCOMPARE(all.first().userName, QStringLiteral("operator"));

    const QString key = c.id + QStringLiteral("/password");
    QCOMPARE(env.secrets.keys(), QStringList{key});
    QCOMPARE(env.profiles->secretKeys(c.id), QStringList{key});
    SecretResult result;
    QCOMPARE(readCredentials(env.cache, c, &result).password, kPassword);
    QVERIFY(result.ok());

    const QString ini = env.ini();
    QVERIFY(ini.contains(QStringLiteral("Production")));
    QVERIFY2(!ini.contains(kPassword), "the password must never be in the connections file");
}

void tst_ConnectionDialog::keychainFailure_offersSessionOnly_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("no secret service") << int(Status::NoSecretService);
    QTest::newRow("locked") << int(Status::Locked);
    QTest::newRow("no session bus") << int(Status::NoSessionBus);
    QTest::newRow("denied") << int(Status::Denied);
}

void tst_ConnectionDialog::keychainFailure_offersSessionOnly()
{
    QFETCH(int, status);
    Env env;
    env.secrets.setFailure(Status(status), QStringLiteral("backend says no"));
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    dialog.show();
    fillPassword(dialog, QStringLiteral("Keyless"));
    QSignalSpy saved(&dialog, &ConnectionDialog::connectionSaved);
    click(dialog, "saveButton");

    auto *sessionOnly = get<QPushButton>(dialog, "sessionOnlyButton");
    QTRY_VERIFY(sessionOnly->isVisible());
    QCOMPARE(label(dialog, "keychainErrorLabel"), SecretResult::userMessage(Status(status)));
    QVERIFY(label(dialog, "keychainDetailLabel").contains(QStringLiteral("backend says no")));
    QVERIFY(get<QPushButton>(dialog, "cancelButton")->isVisible());
    // Nothing saved yet, and nothing in plaintext anywhere.
    QCOMPARE(saved.count(), 0);
    QVERIFY(env.profiles->connections().isEmpty());
    QVERIFY(!env.ini().contains(kPassword));
    QVERIFY(dialog.isVisible());

    click(dialog, "sessionOnlyButton");
    QCOMPARE(saved.count(), 1);
    const auto c = saved.first().first().value<Connection>();
    QCOMPARE(env.profiles->connections().size(), 1);
    QVERIFY(env.profiles->secretKeys(c.id).isEmpty());
    QVERIFY(env.cache.isSessionOnly(c.id));
    QVERIFY(!env.ini().contains(kPassword));
    env.secrets.setFailure(Status::Ok);
    QVERIFY(env.secrets.keys().isEmpty()); // nothing was written
    SecretResult result;
    QCOMPARE(readCredentials(env.cache, c, &result).password, kPassword); // from memory
    QVERIFY(result.ok());
    QVERIFY(env.secrets.keys().isEmpty());
}

void tst_ConnectionDialog::cancelWhileKeyringWrites_leavesNothing()
{
    Env env;
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    dialog.show();
    fillPassword(dialog, QStringLiteral("Cancelled"));
    QSignalSpy saved(&dialog, &ConnectionDialog::connectionSaved);
    click(dialog, "saveButton");
    QVERIFY(!get<QPushButton>(dialog, "saveButton")->isEnabled()); // waiting for the keyring
    click(dialog, "cancelButton");                                 // before the keyring has answered
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QTRY_VERIFY(env.secrets.keys().isEmpty()); // the late secret is taken back
    QCOMPARE(saved.count(), 0);
    QVERIFY(env.profiles->connections().isEmpty());
}

void tst_ConnectionDialog::akskSchemeB_saved()
{
    Env env;
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    dialog.show();
    setText(dialog, "nameEdit", QStringLiteral("Signed"));
    chooseAuth(dialog, AuthMethod::AkSk);
    QVERIFY(get<QLineEdit>(dialog, "secretKeyEdit")->isVisible());
    setText(dialog, "accessKeyEdit", QStringLiteral("AKEXAMPLE0001"));
    setText(dialog, "secretKeyEdit", kSecretKey);
    auto *signing = get<QComboBox>(dialog, "signingCombo");
    QCOMPARE(signing->currentData().toInt(), int(SigningScheme::A)); // the default
    signing->setCurrentIndex(signing->findData(int(SigningScheme::B)));
    setText(dialog, "projectIdEdit", QStringLiteral("0123456789ABCDEF0123456789abcdef"));
    QSignalSpy saved(&dialog, &ConnectionDialog::connectionSaved);
    click(dialog, "saveButton");
    QTRY_COMPARE(saved.count(), 1);

    const auto c = saved.first().first().value<Connection>();
    const std::optional<Connection> stored = env.profiles->byId(c.id);
    QVERIFY(stored);
    QCOMPARE(stored->auth, AuthMethod::AkSk);
    QCOMPARE(stored->signing, SigningScheme::B);
    QCOMPARE(stored->accessKey, QStringLiteral("AKEXAMPLE0001"));
    QCOMPARE(stored->projectId, QStringLiteral("0123456789abcdef0123456789abcdef")); // normalised
    QVERIFY(stored->userName.isEmpty());
    QCOMPARE(env.secrets.keys(), QStringList{c.id + QStringLiteral("/secret-key")});
    QVERIFY(!env.ini().contains(kSecretKey));
}

void tst_ConnectionDialog::pastedToken_isSessionOnly()
{
    Env env;
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    setText(dialog, "nameEdit", QStringLiteral("Token"));
    chooseAuth(dialog, AuthMethod::Token);
    const QString token = QStringLiteral("MIIpasted-token-value");
    setText(dialog, "tokenEdit", token);
    QSignalSpy saved(&dialog, &ConnectionDialog::connectionSaved);
    click(dialog, "saveButton");
    QCOMPARE(saved.count(), 1); // nothing to wait for: no keychain involved
    const auto c = saved.first().first().value<Connection>();
    QCOMPARE(env.profiles->byId(c.id)->auth, AuthMethod::Token);
    QVERIFY(env.cache.isSessionOnly(c.id));
    QVERIFY(env.cache.has(c.id, AuthMethod::Token));
    QVERIFY(!env.ini().contains(token));
    QCoreApplication::processEvents();
    QVERIFY(env.secrets.keys().isEmpty());
}

void tst_ConnectionDialog::editWithoutSecret_keepsStoredSecret()
{
    Env env;
    Connection original;
    {
        ConnectionDialog add(env.profiles.get(), &env.secrets, &env.cache, nullptr);
        fillPassword(add, QStringLiteral("Before"));
        QSignalSpy saved(&add, &ConnectionDialog::connectionSaved);
        click(add, "saveButton");
        QTRY_COMPARE(saved.count(), 1);
        original = saved.first().first().value<Connection>();
    }
    CredentialCache freshCache(&env.secrets); // as after a restart: nothing in memory
    ConnectionDialog edit(env.profiles.get(), &env.secrets, &freshCache, nullptr,
                          env.profiles->byId(original.id));
    QVERIFY(edit.isEditing());
    QCOMPARE(get<QLineEdit>(edit, "nameEdit")->text(), QStringLiteral("Before"));
    QVERIFY(get<QLineEdit>(edit, "passwordEdit")->text().isEmpty());
    QVERIFY(!get<QLineEdit>(edit, "passwordEdit")->placeholderText().isEmpty());
    setText(edit, "nameEdit", QStringLiteral("After"));
    QSignalSpy saved(&edit, &ConnectionDialog::connectionSaved);
    click(edit, "saveButton");
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().value<Connection>().id, original.id);
    QCOMPARE(env.profiles->connections().size(), 1);
    QCOMPARE(env.profiles->byId(original.id)->name, QStringLiteral("After"));
    SecretResult result;
    QCOMPARE(readCredentials(freshCache, original, &result).password, kPassword);
}

void tst_ConnectionDialog::switchingMethod_removesOldSecret()
{
    Env env;
    Connection original;
    {
        ConnectionDialog add(env.profiles.get(), &env.secrets, &env.cache, nullptr);
        fillPassword(add, QStringLiteral("Switcher"));
        QSignalSpy saved(&add, &ConnectionDialog::connectionSaved);
        click(add, "saveButton");
        QTRY_COMPARE(saved.count(), 1);
        original = saved.first().first().value<Connection>();
    }
    ConnectionDialog edit(env.profiles.get(), &env.secrets, &env.cache, nullptr,
                          env.profiles->byId(original.id));
    chooseAuth(edit, AuthMethod::AkSk);
    click(edit, "saveButton");
    QVERIFY(get<QLabel>(edit, "credentialsErrorLabel")->text().contains(QStringLiteral("access key")));
    setText(edit, "accessKeyEdit", QStringLiteral("AKSWITCH"));
    setText(edit, "secretKeyEdit", kSecretKey);
    QSignalSpy saved(&edit, &ConnectionDialog::connectionSaved);
    click(edit, "saveButton");
    QTRY_COMPARE(saved.count(), 1);
    const QString skKey = original.id + QStringLiteral("/secret-key");
    QTRY_COMPARE(env.secrets.keys(), QStringList{skKey});
    QTRY_COMPARE(env.profiles->secretKeys(original.id), QStringList{skKey});
}

void tst_ConnectionDialog::validation_showsInlineMessages()
{
    Env env;
    Connection existing;
    existing.name = QStringLiteral("Taken");
    env.profiles->save(existing);

    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    dialog.show();
    QSignalSpy saved(&dialog, &ConnectionDialog::connectionSaved);
    click(dialog, "saveButton");
    QVERIFY(get<QLabel>(dialog, "nameErrorLabel")->isVisible());
    QVERIFY(get<QLabel>(dialog, "credentialsErrorLabel")->isVisible());
    QVERIFY(label(dialog, "credentialsErrorLabel").contains(QStringLiteral("password")));
    QVERIFY(get<QLabel>(dialog, "projectErrorLabel")->isVisible());

    fillPassword(dialog, QStringLiteral("Taken"));
    click(dialog, "saveButton");
    QVERIFY(label(dialog, "nameErrorLabel").contains(QStringLiteral("Taken")));
    QVERIFY(!get<QLabel>(dialog, "credentialsErrorLabel")->isVisible());

    setText(dialog, "nameEdit", QStringLiteral("Fresh"));
    setText(dialog, "projectIdEdit", QStringLiteral("not-a-project-id"));
    click(dialog, "saveButton");
    QVERIFY(!get<QLabel>(dialog, "nameErrorLabel")->isVisible());
    QVERIFY(label(dialog, "projectErrorLabel").contains(QStringLiteral("32 hexadecimal")));

    setText(dialog, "projectIdEdit", QString());
    setText(dialog, "caFileEdit", QStringLiteral("/nonexistent/ca.pem"));
    click(dialog, "saveButton");
    QVERIFY(get<QLabel>(dialog, "caErrorLabel")->isVisible());

    QCoreApplication::processEvents();
    QCOMPARE(saved.count(), 0);
    QCOMPARE(env.profiles->connections().size(), 1);
    QVERIFY(env.secrets.keys().isEmpty());
}

void tst_ConnectionDialog::plainHttpToRemoteHost_refusedInline()
{
    Env env;
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    dialog.show();
    fillPassword(dialog, QStringLiteral("Insecure"));
    chooseCustom(dialog, QStringLiteral("http://elb.example.com"), QStringLiteral("https://iam.example.com"));
    QSignalSpy saved(&dialog, &ConnectionDialog::connectionSaved);
    click(dialog, "saveButton");
    auto *error = get<QLabel>(dialog, "endpointErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("plain http")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("elb.example.com")));
    QVERIFY(!error->text().contains(QStringLiteral("iam.example.com")));

    click(dialog, "testButton"); // refused as well, before any network traffic
    QVERIFY(label(dialog, "testResultLabel").startsWith(QStringLiteral("Not tested")));

    // Loopback may use plain http (the sandbox does).
    chooseCustom(dialog, QStringLiteral("http://127.0.0.1:1"), QStringLiteral("http://localhost:1"));
    click(dialog, "saveButton");
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!error->isVisible());
}

void tst_ConnectionDialog::testConnection_sandbox_connected()
{
    Env env;
    Emulator::EmulatorServer server;
    QVERIFY2(server.listen() != 0, qPrintable(server.errorString()));
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    dialog.show();
    fillPassword(dialog, QStringLiteral("Sandbox"),
                 QString::fromLatin1(Emulator::EmulatorServer::kDefaultPassword));
    chooseCustom(dialog, server.baseUrl().toString(), server.baseUrl().toString());
    click(dialog, "testButton");
    auto *result = get<QLabel>(dialog, "testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), kNetworkTimeoutMs);
    QCOMPARE(result->text(), QStringLiteral("Connected: 3 load balancers"));
    QVERIFY(get<QPushButton>(dialog, "testButton")->isEnabled());
    // Testing saves nothing.
    QVERIFY(env.profiles->connections().isEmpty());
    QVERIFY(env.secrets.keys().isEmpty());
}

void tst_ConnectionDialog::testConnection_wrongPassword_saysAuthenticationFailed()
{
    Env env;
    Emulator::EmulatorServer server;
    QVERIFY(server.listen() != 0);
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    fillPassword(dialog, QStringLiteral("Sandbox"), QStringLiteral("wrong-password"));
    chooseCustom(dialog, server.baseUrl().toString(), server.baseUrl().toString());
    click(dialog, "testButton");
    auto *result = get<QLabel>(dialog, "testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Test failed")), kNetworkTimeoutMs);
    QVERIFY2(result->text().contains(QStringLiteral("Authentication failed")), qPrintable(result->text()));
    QVERIFY(!result->text().contains(QStringLiteral("wrong-password")));
}

void tst_ConnectionDialog::testConnection_retiredRegion_saysClassicNotAvailable()
{
    Env env;
    Emulator::EmulatorOptions options;
    options.retired = true;
    Emulator::EmulatorServer server(options);
    QVERIFY(server.listen() != 0);
    ConnectionDialog dialog(env.profiles.get(), &env.secrets, &env.cache, nullptr);
    fillPassword(dialog, QStringLiteral("Retired"),
                 QString::fromLatin1(Emulator::EmulatorServer::kDefaultPassword));
    chooseCustom(dialog, server.baseUrl().toString(), server.baseUrl().toString());
    click(dialog, "testButton");
    auto *result = get<QLabel>(dialog, "testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Test failed")), kNetworkTimeoutMs);
    QVERIFY2(result->text().contains(QStringLiteral("Classic ELB is not available in this region")),
             qPrintable(result->text()));
}

// ---- the real keychain -----------------------------------------------------------------------

void tst_ConnectionDialog::realKeychainUnavailable_offersSessionOnly()
{
    if (qEnvironmentVariableIsSet(kChildVar))
        QSKIP("inside the child");
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP",
                             "DESKTOP_SESSION", "KDE_FULL_SESSION", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/elbdesk-bus"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QLatin1String(kChildVar), QStringLiteral("nobus"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childNoBus")});
    QVERIFY(child.waitForFinished(kKeyringTimeoutMs + 10000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : tst_ConnectionDialog::childNoBus()")),
             qPrintable(output));
}

void tst_ConnectionDialog::childNoBus()
{
    if (qEnvironmentVariable(kChildVar) != QLatin1String("nobus"))
        QSKIP("runs only as the child of realKeychainUnavailable_offersSessionOnly");
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
    KeychainSecretStore secrets(QStringLiteral("elbdesk-test"));
    CredentialCache cache(&secrets);
    ConnectionDialog dialog(&profiles, &secrets, &cache, nullptr);
    dialog.show();
    fillPassword(dialog, QStringLiteral("No bus"));
    QSignalSpy saved(&dialog, &ConnectionDialog::connectionSaved);
    click(dialog, "saveButton");
    QTRY_VERIFY_WITH_TIMEOUT(get<QFrame>(dialog, "keychainErrorFrame")->isVisible(), kKeyringTimeoutMs);
    QCOMPARE(label(dialog, "keychainErrorLabel"), SecretResult::userMessage(Status::NoSessionBus));
    QVERIFY(get<QPushButton>(dialog, "sessionOnlyButton")->isVisible());
    QVERIFY(profiles.connections().isEmpty());

    click(dialog, "sessionOnlyButton");
    QCOMPARE(saved.count(), 1);
    const auto c = saved.first().first().value<Connection>();
    QVERIFY(cache.isSessionOnly(c.id));
    QVERIFY(profiles.secretKeys(c.id).isEmpty());
    QVERIFY(!fileText(profiles.filePath()).contains(kPassword));
}

void tst_ConnectionDialog::keyringRoundTripAfterRestart()
{
    if (qEnvironmentVariable("ELBDESK_TEST_KEYRING") != QLatin1String("throwaway"))
        QSKIP("needs the throwaway keyring: run through tests/with-keyring.sh");
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("connections.ini"));
    const QString password =
        QStringLiteral("round-trip-\u00e4\u20ac-") + QString::number(QCoreApplication::applicationPid());
    QString id;
    {
        ProfileStore profiles(ini);
        KeychainSecretStore secrets;
        CredentialCache cache(&secrets);
        ConnectionDialog dialog(&profiles, &secrets, &cache, nullptr);
        fillPassword(dialog, QStringLiteral("Keyring round trip"), password);
        QSignalSpy saved(&dialog, &ConnectionDialog::connectionSaved);
        click(dialog, "saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kKeyringTimeoutMs);
        QVERIFY2(!get<QFrame>(dialog, "keychainErrorFrame")->isVisible(),
                 qPrintable(label(dialog, "keychainErrorLabel")));
        id = saved.first().first().value<Connection>().id;
        QVERIFY(!cache.isSessionOnly(id));
    } // everything gone, as when the app quits

    ProfileStore profiles(ini);
    KeychainSecretStore secrets;
    CredentialCache cache(&secrets);
    const std::optional<Connection> c = profiles.byName(QStringLiteral("Keyring round trip"));
    QVERIFY(c);
    QCOMPARE(c->id, id);
    QVERIFY(!fileText(ini).contains(password));
    SecretResult result;
    const Credentials credentials = readCredentials(cache, *c, &result);
    QVERIFY2(result.ok(),
             qPrintable(SecretResult::statusName(result.status) + QLatin1Char(' ') + result.detail));
    QCOMPARE(credentials.password, password);

    // Leave the keyring as we found it.
    bool removed = false;
    secrets.remove(SecretStore::keyFor(id, SecretStore::kindPassword()),
                   [&removed](const SecretResult &r) { removed = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(removed, kKeyringTimeoutMs);
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
