#pragma once

#include "api/apiclient.h"
#include "api/connection.h"
#include "emulatoroptions.h"
#include "emulatorserver.h"
#include "jobs/serversearch.h"
#include "historyview.h"
#include "jobs/journalresolver.h"
#include "removemembersdialog.h"
#include "store/journal.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QLabel;
class QNetworkAccessManager;
class QStackedWidget;
class QTreeView;

namespace ElbDesk {

class CredentialCache;
class JobCenter;
class JobsPanel;
class JournalRecorder;
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
// requests and operations from app/core. Every removal and re-add is written to the journal before
// it is sent (none is sent when the journal cannot be written); opening a connection settles the
// operations a previous run left unfinished; View → History shows the journal.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Uses the real profile store and the system keychain.
    explicit MainWindow(QWidget *parent = nullptr);
    // For tests: given stores (not owned) and a journal file (empty: Journal::defaultPath()).
    MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr,
               const QString &journalPath = QString());
    ~MainWindow() override;

    // Starts the embedded sandbox cloud on a random loopback port and opens it over real HTTP.
    void openSandbox(const Emulator::EmulatorOptions &options = demoOptions());
    // For --demo: shows the (empty) browse view now and opens the sandbox once that first frame is
    // painted, so the window does not wait for the sandbox to generate its thousands of members.
    void openSandboxAfterFirstPaint();
    void openConnection(const Connection &connection, const Credentials &credentials);
    void closeConnection();

    [[nodiscard]] static Emulator::EmulatorOptions demoOptions();
    [[nodiscard]] ApiClient *client() const { return m_client; }
    [[nodiscard]] JobCenter *jobCenter() const { return m_jobs; }
    [[nodiscard]] Emulator::EmulatorServer *sandbox() const { return m_sandbox; }
    [[nodiscard]] MemberPane *memberPane() const { return m_members; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] RemoveMembersDialog *reviewDialog() const { return m_review; }
    [[nodiscard]] JobsPanel *jobsPanel() const { return m_jobsPanel; }
    [[nodiscard]] Journal *journal() const { return m_journal; }
    [[nodiscard]] JournalRecorder *recorder() const { return m_recorder; }
    [[nodiscard]] HistoryView *historyView() const { return m_history; }
    // View → History: opens (or raises) the history window.
    void showHistory();
    // "Re-add these servers" for a journaled removal: lists the listener, reports servers already
    // on it, and adds the others back (journaled as an add with undo_of = removalId).
    void readdFromJournal(qint64 removalId);
    // Selects a listener in the tree (and so loads its members); false if it is not known.
    bool selectListener(const QString &listenerId);

Q_SIGNALS:
    void treeLoaded();
    // The resolver finished settling what a previous run left unfinished (settled may be 0).
    void journalResolved(int settled);

private:
    // Opens the journal on first need (or right after the first frame): SQLite and its driver cost
    // the first paint several milliseconds. False when it cannot be opened (m_journalError says why).
    bool ensureJournal();
    void setUpUi();
    void setUpActions();
    void applyIcons();
    void showOpenFailure(const QString &what);
    void loadTree();
    void onTreeSelection();
    void reviewRemoval();
    // Find a server everywhere (mainwindowfind.cpp).
    void findServerEverywhere();
    // Re-reads the reviewed listeners just before sending; sends only what is still as reviewed,
    // otherwise shows the difference for a second look.
    void confirmWithFreshData(const QList<ServerMembership> &reviewed);
    // One journaled removal per listener, all under one group id.
    void startGroupedRemoval(const QList<ServerMembership> &memberships);
    void onOperationFinished(MemberOperation *operation);
    void updateActions();
    void updateStatus();
    void showJournalProblem();
    void startResolver();
    void onResolverFinished();
    void startReadd(const JournalOperation &removal, const QList<Member> &listing);
    [[nodiscard]] JournalOperation journalContext(const QString &kind, const QString &loadBalancerId,
                                                  const QString &listenerId, const QString &listenerName) const;

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    CredentialCache *m_credentials;
    QNetworkAccessManager *m_nam;
    JobCenter *m_jobs;
    QPointer<ApiClient> m_client;
    Connection m_connection;
    QPointer<Emulator::EmulatorServer> m_sandbox;
    bool m_journalTried = false;
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
    Journal *m_journal = nullptr;
    JournalRecorder *m_recorder = nullptr;
    QString m_journalError; // why the journal could not be opened; empty when it is open
    QPointer<JournalResolver> m_resolver;
    bool m_resolvePending = false;
    QPointer<HistoryView> m_history;
    QAction *m_historyAction = nullptr;
    QAction *m_findAction = nullptr;
    QPointer<QDialog> m_findDialog;
    QSet<qint64> m_readdsInFlight; // removals whose re-add is being listed or running
    int m_treeGeneration = 0;
};

} // namespace ElbDesk
