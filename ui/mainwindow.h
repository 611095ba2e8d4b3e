#pragma once

#include "api/apiclient.h"
#include "api/connection.h"
#include "emulatoroptions.h"
#include "emulatorserver.h"
#include "removemembersdialog.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QNetworkAccessManager;
class QStackedWidget;
class QTreeView;

namespace ElbDesk {

class CredentialCache;
class JobCenter;
class JobsPanel;
class ListenerTreeModel;
class MemberOperation;
class MemberPane;
class MessageBar;
class ProfileStore;
class SecretStore;
class WelcomeWidget;
struct Listener;
struct Member;

// The operator's window: the welcome view until a connection is open, then load balancers and
// listeners on the left, the members of the selected listener in the centre, problems in a message
// bar above them, and the jobs panel docked below. It owns no network code beyond starting
// requests and operations from app/core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Uses the real profile store and the system keychain.
    explicit MainWindow(QWidget *parent = nullptr);
    // For tests: given stores (not owned).
    MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the embedded sandbox cloud on a random loopback port and opens it over real HTTP.
    void openSandbox(const Emulator::EmulatorOptions &options = demoOptions());
    void openConnection(const Connection &connection, const Credentials &credentials);
    void closeConnection();

    [[nodiscard]] static Emulator::EmulatorOptions demoOptions();
    [[nodiscard]] ApiClient *client() const { return m_client; }
    [[nodiscard]] JobCenter *jobCenter() const { return m_jobs; }
    [[nodiscard]] Emulator::EmulatorServer *sandbox() const { return m_sandbox; }
    [[nodiscard]] MemberPane *memberPane() const { return m_members; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] RemoveMembersDialog *reviewDialog() const { return m_review; }
    // Selects a listener in the tree (and so loads its members); false if it is not known.
    bool selectListener(const QString &listenerId);

Q_SIGNALS:
    void treeLoaded();

private:
    void setUpUi();
    void setUpActions();
    void showOpenFailure(const QString &what);
    void loadTree();
    void onTreeSelection();
    void reviewRemoval();
    void startRemoval(const Listener &listener, const QList<Member> &members);
    void onOperationFinished(MemberOperation *operation);
    void updateActions();
    void updateStatus();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    CredentialCache *m_credentials;
    QNetworkAccessManager *m_nam;
    JobCenter *m_jobs;
    QPointer<ApiClient> m_client;
    Connection m_connection;
    QPointer<Emulator::EmulatorServer> m_sandbox;
    QStackedWidget *m_stack = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    QTreeView *m_tree = nullptr;
    ListenerTreeModel *m_treeModel = nullptr;
    MemberPane *m_members = nullptr;
    MessageBar *m_messages = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    QLabel *m_statusConnection = nullptr;
    QLabel *m_statusToken = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_closeAction = nullptr;
    QPointer<RemoveMembersDialog> m_review;
    int m_treeGeneration = 0;
};

} // namespace ElbDesk
