// The desktop half of tests/secrets/secrets-scan.sh: drives the real app offscreen with the real
// profile store and the system keychain (the throwaway keyring of tests/with-keyring.sh):
//   1. adds a password connection and an AK/SK connection through ConnectionDialog (keychain),
//   2. tests a wrong password in the dialog (an IAM 401 with debug logs on),
//   3. opens each connection (secret read back from the keychain), lists a listener's members,
//   4. imports clouds.yaml through the welcome screen's CloudsImportDialog.
// Secrets come on stdin (password, access key, secret key; one per line), never the command line.
//
//   elbdesk-secrets-driver --endpoint http://127.0.0.1:PORT [--clouds FILE] < secrets

#include "api/envproxyfactory.h"
#include "cloudsimportdialog.h"
#include "connectiondialog.h"
#include "mainwindow.h"
#include "memberpane.h"
#include "redactor.h"
#include "welcomewidget.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

#include <cstdio>

using namespace ElbDesk;

namespace {

constexpr int kTimeoutMs = 60000;

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "secrets-driver: FAILED: " << message << '\n';
    std::fflush(stderr);
    std::_Exit(1);
}

void step(const QString &what)
{
    QTextStream(stdout) << "secrets-driver: " << what << '\n';
}

template<class T> T *child(const QObject *parent, const char *name)
{
    T *found = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!found)
        die(QStringLiteral("no widget %1").arg(QLatin1String(name)));
    return found;
}

void setText(const QObject *dialog, const char *name, const QString &text)
{
    child<QLineEdit>(dialog, name)->setText(text);
}

ConnectionDialog *newConnectionDialog(WelcomeWidget *welcome, const QString &name, const QString &endpoint,
                                      AuthMethod auth)
{
    welcome->addConnection();
    ConnectionDialog *dialog = welcome->connectionDialog();
    if (!dialog)
        die(QStringLiteral("the Add dialog did not open"));
    setText(dialog, "nameEdit", name);
    auto *region = child<QComboBox>(dialog, "regionCombo");
    region->setCurrentIndex(region->findData(-1)); // custom endpoints
    setText(dialog, "elbEndpointEdit", endpoint);
    setText(dialog, "iamEndpointEdit", endpoint);
    auto *authCombo = child<QComboBox>(dialog, "authCombo");
    authCombo->setCurrentIndex(authCombo->findData(int(auth)));
    setText(dialog, "projectNameEdit", QStringLiteral("eu-de"));
    return dialog;
}

void saveAndWait(ConnectionDialog *dialog)
{
    QPointer<ConnectionDialog> guard(dialog);
    QSignalSpy saved(dialog, &ConnectionDialog::connectionSaved);
    child<QPushButton>(dialog, "saveButton")->click();
    if (!QTest::qWaitFor(
            [&] {
                return saved.size() > 0 || (guard && child<QFrame>(guard, "keychainErrorFrame")->isVisible());
            },
            kTimeoutMs))
        die(QStringLiteral("saving did not finish"));
    if (saved.isEmpty())
        die(QStringLiteral("the keychain refused: %1")
                .arg(child<QLabel>(guard, "keychainErrorLabel")->text()));
}

void openAndList(MainWindow *window, WelcomeWidget *welcome, const QString &name)
{
    auto *list = child<QListWidget>(welcome, "connectionList");
    bool found = false;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name + QLatin1Char('\n'))) {
            list->setCurrentRow(row);
            found = true;
        }
    }
    if (!found)
        die(QStringLiteral("connection %1 is not listed").arg(name));
    QSignalSpy tree(window, &MainWindow::treeLoaded);
    child<QPushButton>(welcome, "openButton")->click();
    if (!QTest::qWaitFor([&] { return tree.size() > 0; }, kTimeoutMs))
        die(QStringLiteral("%1: the load balancers were not listed").arg(name));
    // The first listener with members: its list is one more authenticated request.
    auto *view = window->findChild<QTreeView *>();
    QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model || model->rowCount() == 0)
        die(QStringLiteral("%1: empty tree").arg(name));
    const QModelIndex lb = model->index(0, 0);
    if (model->rowCount(lb) > 0) {
        QSignalSpy loaded(window->memberPane(), &MemberPane::loaded);
        view->setCurrentIndex(model->index(0, 0, lb));
        if (!QTest::qWaitFor([&] { return loaded.size() > 0; }, kTimeoutMs))
            die(QStringLiteral("%1: the members were not listed").arg(name));
    }
    step(QStringLiteral("opened %1 and listed members").arg(name));
    window->closeConnection();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("elbdesk"));
    QApplication::setApplicationVersion(QStringLiteral(ELBDESK_VERSION));
    Redactor::install();
    EnvProxyFactory::install();

    QCommandLineParser parser;
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"), QStringLiteral("Sandbox URL."),
                                            QStringLiteral("url"));
    const QCommandLineOption cloudsOption(QStringLiteral("clouds"), QStringLiteral("clouds.yaml to import."),
                                          QStringLiteral("file"));
    parser.addOptions({endpointOption, cloudsOption});
    parser.addHelpOption();
    parser.process(app);
    const QString endpoint = parser.value(endpointOption);
    if (endpoint.isEmpty())
        die(QStringLiteral("--endpoint is required"));
    QTextStream in(stdin);
    const QString password = in.readLine();
    const QString accessKey = in.readLine();
    const QString secretKey = in.readLine();
    if (password.isEmpty() || accessKey.isEmpty() || secretKey.isEmpty())
        die(QStringLiteral("stdin must carry password, access key and secret key, one per line"));

    MainWindow window; // the real ProfileStore and the system keychain
    window.show();
    auto *welcome = window.findChild<WelcomeWidget *>();
    if (!welcome)
        die(QStringLiteral("no welcome screen"));

    {
        ConnectionDialog *dialog =
            newConnectionDialog(welcome, QStringLiteral("scan-password"), endpoint, AuthMethod::Password);
        setText(dialog, "userNameEdit", QStringLiteral("operator"));
        setText(dialog, "domainEdit", QStringLiteral("scan-domain"));
        // First a wrong password through "Test": an IAM 401 with the logs on.
        setText(dialog, "passwordEdit", password + QStringLiteral("-wrong"));
        auto *result = child<QLabel>(dialog, "testResultLabel");
        child<QPushButton>(dialog, "testButton")->click();
        if (!QTest::qWaitFor(
                [&] { return !result->text().isEmpty() && !result->text().endsWith(QChar(0x2026)); },
                kTimeoutMs))
            die(QStringLiteral("the connection test did not finish"));
        step(QStringLiteral("wrong password tested: %1").arg(result->text()));
        setText(dialog, "passwordEdit", password);
        saveAndWait(dialog);
        step(QStringLiteral("saved scan-password (password in the keychain)"));
    }
    {
        ConnectionDialog *dialog =
            newConnectionDialog(welcome, QStringLiteral("scan-aksk"), endpoint, AuthMethod::AkSk);
        setText(dialog, "accessKeyEdit", accessKey);
        setText(dialog, "secretKeyEdit", secretKey);
        saveAndWait(dialog);
        step(QStringLiteral("saved scan-aksk (secret key in the keychain)"));
    }
    openAndList(&window, welcome, QStringLiteral("scan-password"));
    openAndList(&window, welcome, QStringLiteral("scan-aksk"));

    const QString clouds = parser.value(cloudsOption);
    if (!clouds.isEmpty()) {
        welcome->importClouds();
        CloudsImportDialog *dialog = welcome->importDialog();
        if (!dialog)
            die(QStringLiteral("the import dialog did not open"));
        dialog->loadFile(clouds);
        QSignalSpy finished(dialog, &CloudsImportDialog::importFinished);
        dialog->importChecked();
        if (!QTest::qWaitFor([&] { return finished.size() > 0; }, kTimeoutMs))
            die(QStringLiteral("the import did not finish"));
        const int imported = int(finished.first().at(0).toStringList().size());
        if (imported == 0 || finished.first().at(1).toInt() != 0)
            die(QStringLiteral("clouds.yaml: %1 imported, %2 failed")
                    .arg(imported)
                    .arg(finished.first().at(1).toInt()));
        step(QStringLiteral("imported %1 clouds from clouds.yaml").arg(imported));
        dialog->close();
        openAndList(&window, welcome, QStringLiteral("yaml-password"));
    }
    step(QStringLiteral("ok"));
    return 0;
}
