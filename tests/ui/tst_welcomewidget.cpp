// WelcomeWidget: the two ways in, the saved connections, and deleting one together with its
// keychain secrets.

#include "welcomewidget.h"

#include "api/regionpresets.h"
#include "connectiondialog.h"
#include "store/credentialcache.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ElbDesk;
using Status = SecretResult::Status;

namespace {

template<class T> T *get(const QObject &parent, const char *name)
{
    T *child = parent.findChild<T *>(QLatin1String(name));
    if (!child)
        qFatal("no child %s", name);
    return child;
}

void click(const QObject &parent, const char *name)
{
    auto *button = get<QPushButton>(parent, name);
    QVERIFY2(button->isEnabled(), name);
    button->click();
}

struct Env
{
    QTemporaryDir dir;
    std::unique_ptr<ProfileStore> profiles{new ProfileStore(dir.filePath(QStringLiteral("connections.ini")))};
    MemorySecretStore secrets;
    CredentialCache cache{&secrets};

    // A saved connection with its secrets in the store and recorded in the profile.
    Connection add(const QString &name, AuthMethod auth = AuthMethod::Password, const QStringList &kinds = {})
    {
        Connection c;
        c.name = name;
        c.cloud = QStringLiteral("otc");
        c.region = QStringLiteral("eu-de");
        c.elbEndpoint = RegionPresets::find(c.region)->elbEndpoint;
        c.iamEndpoint = RegionPresets::find(c.region)->iamEndpoint;
        c.auth = auth;
        c.userName = QStringLiteral("operator");
        c.id = profiles->save(c);
        for (const QString &kind : kinds) {
            const QString key = SecretStore::keyFor(c.id, kind);
            bool written = false;
            secrets.write(key, QStringLiteral("secret of ") + name,
                          [&written](const SecretResult &) { written = true; });
            if (!QTest::qWaitFor([&written] { return written; }))
                qFatal("memory store did not answer");
            profiles->recordSecretKey(c.id, key);
        }
        return c;
    }
};

} // namespace

class tst_WelcomeWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sandboxButton_emitsOpenSandbox();
    void emptyList_saysSo();
    void addButton_opensDialog_andListsTheSavedConnection();
    void openButton_emitsTheSelectedConnection();
    void tokenConnectionWithoutToken_opensDialogFirst();
    void secretNotInKeyring_asksForItThenOpens();
    void delete_asksInline_thenRemovesProfileAndSecrets();
    void delete_keepIt_removesNothing();
    void delete_keychainFailure_namesTheLeftover();
    void showError_isInline();
};

void tst_WelcomeWidget::sandboxButton_emitsOpenSandbox()
{
    Env env;
    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    QSignalSpy sandbox(&widget, &WelcomeWidget::openSandboxRequested);
    QSignalSpy open(&widget, &WelcomeWidget::openConnectionRequested);
    auto *button = get<QPushButton>(widget, "openSandboxButton");
    QVERIFY(button->isVisible());
    QVERIFY(button->text().contains(QStringLiteral("Sandbox"), Qt::CaseInsensitive));
    QVERIFY(get<QLabel>(widget, "sandboxHintLabel")->text().contains(QStringLiteral("No account needed")));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(sandbox.count(), 1);
    QCOMPARE(open.count(), 0);
}

void tst_WelcomeWidget::emptyList_saysSo()
{
    Env env;
    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    QVERIFY(get<QLabel>(widget, "emptyListLabel")->isVisible());
    QVERIFY(!get<QPushButton>(widget, "openButton")->isEnabled());
    QVERIFY(!get<QPushButton>(widget, "deleteButton")->isEnabled());

    env.add(QStringLiteral("Later")); // the list follows the store
    QVERIFY(!get<QLabel>(widget, "emptyListLabel")->isVisible());
    QCOMPARE(get<QListWidget>(widget, "connectionList")->count(), 1);
    QVERIFY(get<QPushButton>(widget, "openButton")->isEnabled());
}

void tst_WelcomeWidget::addButton_opensDialog_andListsTheSavedConnection()
{
    Env env;
    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    click(widget, "addConnectionButton");
    QPointer<ConnectionDialog> dialog = widget.connectionDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isEditing());

    get<QLineEdit>(*dialog, "nameEdit")->setText(QStringLiteral("From the welcome page"));
    get<QLineEdit>(*dialog, "userNameEdit")->setText(QStringLiteral("operator"));
    get<QLineEdit>(*dialog, "passwordEdit")->setText(QStringLiteral("pw"));
    get<QLineEdit>(*dialog, "domainEdit")->setText(QStringLiteral("domain"));
    get<QLineEdit>(*dialog, "projectNameEdit")->setText(QStringLiteral("eu-de"));
    click(*dialog, "saveButton");
    QTRY_VERIFY(!dialog); // closed and deleted
    auto *list = get<QListWidget>(widget, "connectionList");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("From the welcome page")));
    QCOMPARE(widget.selectedId(), env.profiles->connections().first().id);
}

void tst_WelcomeWidget::openButton_emitsTheSelectedConnection()
{
    Env env;
    env.add(QStringLiteral("Alpha"), AuthMethod::Password, {SecretStore::kindPassword()});
    const Connection beta =
        env.add(QStringLiteral("Beta"), AuthMethod::Password, {SecretStore::kindPassword()});
    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    QSignalSpy open(&widget, &WelcomeWidget::openConnectionRequested);
    widget.selectConnection(beta.id);
    click(widget, "openButton");
    QCOMPARE(open.count(), 1);
    const auto opened = open.first().first().value<Connection>();
    QCOMPARE(opened.id, beta.id);
    QCOMPARE(opened.name, QStringLiteral("Beta"));
    QVERIFY(!widget.connectionDialog());
}

void tst_WelcomeWidget::tokenConnectionWithoutToken_opensDialogFirst()
{
    Env env;
    const Connection c = env.add(QStringLiteral("Token"), AuthMethod::Token);
    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    QSignalSpy open(&widget, &WelcomeWidget::openConnectionRequested);
    widget.selectConnection(c.id);
    click(widget, "openButton");
    QCOMPARE(open.count(), 0);
    QPointer<ConnectionDialog> dialog = widget.connectionDialog();
    QVERIFY(dialog && dialog->isEditing());
    QVERIFY(get<QLabel>(widget, "welcomeInfoLabel")->isVisible());

    get<QLineEdit>(*dialog, "tokenEdit")->setText(QStringLiteral("MIIpasted"));
    click(*dialog, "saveButton");
    QCOMPARE(open.count(), 1); // saved with the token, then opened
    QVERIFY(env.cache.isSessionOnly(c.id));

    // With a token for this session, Open opens at once.
    QTRY_VERIFY(!dialog);
    widget.selectConnection(c.id);
    click(widget, "openButton");
    QCOMPARE(open.count(), 2);
}

void tst_WelcomeWidget::secretNotInKeyring_asksForItThenOpens()
{
    Env env;
    // Saved "for this session only" in an earlier run: no keychain entry recorded.
    const Connection c = env.add(QStringLiteral("Session only before"));
    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    QSignalSpy open(&widget, &WelcomeWidget::openConnectionRequested);
    widget.selectConnection(c.id);
    click(widget, "openButton");
    QCOMPARE(open.count(), 0);
    QPointer<ConnectionDialog> dialog = widget.connectionDialog();
    QVERIFY(dialog && dialog->isEditing());
    QVERIFY(get<QLabel>(widget, "welcomeInfoLabel")->text().contains(QStringLiteral("Session only before")));

    get<QLineEdit>(*dialog, "passwordEdit")->setText(QStringLiteral("entered again"));
    get<QLineEdit>(*dialog, "domainEdit")->setText(QStringLiteral("domain"));
    get<QLineEdit>(*dialog, "projectNameEdit")->setText(QStringLiteral("eu-de"));
    click(*dialog, "saveButton");
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<Connection>().id, c.id);
    QCOMPARE(env.secrets.keys(), QStringList{SecretStore::keyFor(c.id, SecretStore::kindPassword())});

    // Next time it opens straight away.
    QTRY_VERIFY(!dialog);
    click(widget, "openButton");
    QCOMPARE(open.count(), 2);
}

void tst_WelcomeWidget::delete_asksInline_thenRemovesProfileAndSecrets()
{
    Env env;
    const Connection keep =
        env.add(QStringLiteral("Keep"), AuthMethod::Password, {SecretStore::kindPassword()});
    const Connection doomed = env.add(QStringLiteral("Doomed"), AuthMethod::AkSk,
                                      {SecretStore::kindPassword(), SecretStore::kindSecretKey()});
    Credentials session;
    session.secretKey = QStringLiteral("cached");
    env.cache.remember(doomed.id, session);
    QCOMPARE(env.secrets.keys().size(), 3);

    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    widget.selectConnection(doomed.id);
    click(widget, "deleteButton");
    auto *confirm = get<QFrame>(widget, "deleteConfirmFrame");
    QVERIFY(confirm->isVisible());
    QVERIFY(get<QLabel>(widget, "deleteConfirmLabel")->text().contains(QStringLiteral("Doomed")));
    QCOMPARE(env.profiles->connections().size(), 2); // nothing happens before the confirmation

    click(widget, "confirmDeleteButton");
    QVERIFY(!confirm->isVisible());
    QVERIFY(!env.profiles->byId(doomed.id));
    QVERIFY(env.profiles->byId(keep.id));
    QTRY_COMPARE(env.secrets.keys(), QStringList{SecretStore::keyFor(keep.id, SecretStore::kindPassword())});
    QVERIFY(!env.cache.has(doomed.id, AuthMethod::AkSk));
    QCOMPARE(get<QListWidget>(widget, "connectionList")->count(), 1);
    QVERIFY(!get<QLabel>(widget, "welcomeErrorLabel")->isVisible());
}

void tst_WelcomeWidget::delete_keepIt_removesNothing()
{
    Env env;
    const Connection c =
        env.add(QStringLiteral("Stays"), AuthMethod::Password, {SecretStore::kindPassword()});
    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    widget.selectConnection(c.id);
    click(widget, "deleteButton");
    click(widget, "cancelDeleteButton");
    QVERIFY(!get<QFrame>(widget, "deleteConfirmFrame")->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(env.profiles->byId(c.id));
    QCOMPARE(env.secrets.keys().size(), 1);
}

void tst_WelcomeWidget::delete_keychainFailure_namesTheLeftover()
{
    Env env;
    const Connection c =
        env.add(QStringLiteral("Locked away"), AuthMethod::Password, {SecretStore::kindPassword()});
    env.secrets.setFailure(Status::Locked);
    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    widget.selectConnection(c.id);
    click(widget, "deleteButton");
    click(widget, "confirmDeleteButton");
    QVERIFY(!env.profiles->byId(c.id));
    auto *error = get<QLabel>(widget, "welcomeErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(SecretResult::userMessage(Status::Locked)));
    QVERIFY(error->text().contains(SecretStore::keyFor(c.id, SecretStore::kindPassword())));
}

void tst_WelcomeWidget::showError_isInline()
{
    Env env;
    WelcomeWidget widget(env.profiles.get(), &env.secrets, &env.cache);
    widget.show();
    widget.showError(QStringLiteral("Could not open"));
    auto *error = get<QLabel>(widget, "welcomeErrorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Could not open"));
    widget.clearError();
    QVERIFY(!error->isVisible());
}

QTEST_MAIN(tst_WelcomeWidget)
#include "tst_welcomewidget.moc"
