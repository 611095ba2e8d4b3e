#include "mainwindow.h"

#include "appearance.h"
#include "appearancemenu.h"
#include "languagemenu.h"
#include "themeicons.h"

#include "api/listlistenersrequest.h"
#include "api/listloadbalancersrequest.h"
#include "auth/authenticator.h"
#include "auth/authenticatorfactory.h"
#include "connectiondialog.h"
#include "emulatorserver.h"
#include "firstpainttrigger.h"
#include "jobs/jobcenter.h"
#include "jobs/journalrecorder.h"
#include "jobs/memberremoval.h"
#include "jobspanel.h"
#include "memberpane.h"
#include "messagebar.h"
#include "model/listenertreemodel.h"
#include "removemembersdialog.h"
#include "store/credentialcache.h"
#include "store/keychainsecretstore.h"
#include "store/profilestore.h"
#include "welcomewidget.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace ElbDesk {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(new ProfileStore(ProfileStore::defaultFilePath()), new KeychainSecretStore(), parent)
{
    // The stores made above belong to this window.
    m_profiles->setParent(this);
    m_secrets->setParent(this);
}

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent, const QString &journalPath)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_credentials(new CredentialCache(secrets, this))
    , m_nam(new QNetworkAccessManager(this))
    , m_jobs(new JobCenter(this))
    , m_journal(new Journal(journalPath.isEmpty() ? Journal::defaultPath() : journalPath, this))
    , m_recorder(new JournalRecorder(m_journal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ELB Desk"));
    setUpUi();
    setUpActions();
    auto *tokenTimer = new QTimer(this);
    connect(tokenTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    tokenTimer->start(30000);
    updateActions();
    updateStatus();
    new FirstPaintTrigger(this, [this] { ensureJournal(); });
}

bool MainWindow::ensureJournal()
{
    if (!m_journalTried) {
        m_journalTried = true;
        QString journalError;
        if (!m_journal->open(&journalError))
            m_journalError = journalError.isEmpty() ? tr("unknown error") : journalError;
        updateActions();
    }
    return m_journal->isOpen();
}

MainWindow::~MainWindow()
{
    // Children go after this body: nothing they emit while dying may reach this window.
    m_members->disconnect(this);
    m_jobs->disconnect(this);
    m_recorder->disconnect(this);
    if (m_resolver)
        m_resolver->disconnect(this);
    if (m_history)
        m_history->disconnect(this);
    if (m_review) {
        m_review->disconnect(this);
        delete m_review;
    }
}

Emulator::EmulatorOptions MainWindow::demoOptions()
{
    Emulator::EmulatorOptions options;
    options.loadBalancers = 3;
    options.listenersPerLb = 4;
    options.membersPerListener = 24;
    options.largeListenerMembers = 5000;
    options.jobSeconds = 4;
    return options;
}

void MainWindow::setUpUi()
{
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomeWidget(m_profiles, m_secrets, m_credentials, m_stack);
    m_stack->addWidget(m_welcome);

    auto *browse = new QWidget(m_stack);
    browse->setObjectName(QStringLiteral("browseView"));
    m_treeModel = new ListenerTreeModel(this);
    m_tree = new QTreeView(browse);
    m_tree->setObjectName(QStringLiteral("listenerTree"));
    m_tree->setAccessibleName(tr("Load balancers and listeners"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    for (int column = 0; column < m_treeModel->columnCount(); ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_members = new MemberPane(browse);
    m_messages = new MessageBar(browse);
    auto *centre = new QWidget(browse);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_messages);
    centreLayout->addWidget(m_members, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, browse);
    splitter->setObjectName(QStringLiteral("browseSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(centre);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({470, 1100});
    auto *browseLayout = new QVBoxLayout(browse);
    browseLayout->setContentsMargins(6, 6, 6, 6);
    browseLayout->addWidget(splitter);
    m_stack->addWidget(browse);
    setCentralWidget(m_stack);

    m_jobsPanel = new JobsPanel(m_jobs, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsPanel);
    m_jobsPanel->hide();

    m_statusConnection = new QLabel(this);
    m_statusConnection->setObjectName(QStringLiteral("statusConnection"));
    m_statusToken = new QLabel(this);
    m_statusToken->setObjectName(QStringLiteral("statusToken"));
    statusBar()->addPermanentWidget(m_statusConnection);
    statusBar()->addPermanentWidget(m_statusToken);

    connect(m_welcome, &WelcomeWidget::openSandboxRequested, this, [this] { openSandbox(); });
    connect(m_welcome, &WelcomeWidget::openConnectionRequested, this, [this](const Connection &c) {
        m_credentials->credentialsFor(c, [this, c](const Credentials &credentials, const SecretResult &result) {
            if (!result.ok() && credentials.isEmpty()) {
                // Re-enter it, or keep it for this session only while the keychain is unavailable.
                m_welcome->askForSecretAndOpen(c, result.userMessage());
                return;
            }
            openConnection(c, credentials);
        });
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeSelection);
    connect(m_members, &MemberPane::selectionCountChanged, this, &MainWindow::updateActions);
    connect(m_members, &MemberPane::loadFailed, this, [this](const ApiError &error) {
        m_messages->showError(error, tr("The members could not be listed."), [this] { m_members->reload(); });
        updateActions();
    });
    connect(m_members, &MemberPane::loaded, this, [this](const QString &listenerId, int count, int) {
        m_treeModel->setMemberCount(listenerId, count);
        updateActions();
    });
    connect(m_jobs, &JobCenter::operationFinished, this, &MainWindow::onOperationFinished);
    connect(m_jobsPanel, &JobsPanel::readdRequested, this, [this](MemberOperation *operation) {
        const qint64 id = m_recorder->journalId(operation);
        if (id == 0) {
            m_messages->showMessage(MessageBar::Kind::Error,
                                    tr("This removal is not in the journal, so it cannot be re-added from here."));
            return;
        }
        readdFromJournal(id);
    });
    connect(m_recorder, &JournalRecorder::journalError, this, [this](const QString &message) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("The journal could not be updated: %1. The job goes on; the history may lag "
                                   "behind it.")
                                    .arg(message));
    });
    resize(1500, 900);
}

void MainWindow::setUpActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *sandbox = file->addAction(tr("Open the &sandbox"), this, [this] { openSandbox(); });
    sandbox->setObjectName(QStringLiteral("openSandboxAction"));
    m_closeAction = file->addAction(tr("&Close connection"), this, &MainWindow::closeConnection);
    m_closeAction->setObjectName(QStringLiteral("closeConnectionAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    // Toolbar texts without accelerators: Qt strips "&" but not the "(&R)" some languages append.
    m_refreshAction->setIconText(tr("Refresh"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("List the load balancers, listeners and members again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        loadTree();
        m_members->reload();
    });
    m_removeAction = new QAction(tr("Re&move from listener…"), this);
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_removeAction->setIconText(tr("Remove from listener…"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::reviewRemoval);
    m_filterAction = new QAction(tr("&Filter members"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setIconText(tr("Filter members"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, m_members, &MemberPane::focusFilter);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_removeAction);
    edit->addAction(m_filterAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_jobsPanel->toggleViewAction());
    m_historyAction = view->addAction(tr("&History"), this, &MainWindow::showHistory);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("Every removal and re-add the journal holds (Ctrl+H)"));
    m_findAction = new QAction(tr("Find server &everywhere…"), this);
    m_findAction->setObjectName(QStringLiteral("findServerAction"));
    m_findAction->setIconText(tr("Find server everywhere…"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_findAction->setToolTip(tr("Find a server by name, private IP or id in every listener of the project "
                                "(Ctrl+Shift+F)"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::findServerEverywhere);
    edit->addAction(m_findAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_removeAction);
    toolbar->addAction(m_filterAction);
    toolbar->addAction(m_findAction);
    toolbar->addAction(m_jobsPanel->toggleViewAction());

    view->addSeparator();
    view->addMenu(new AppearanceMenu(this));
    view->addMenu(new LanguageMenu(this));
    applyIcons();
    connect(Appearance::instance(), &Appearance::modeChanged, this, &MainWindow::applyIcons);
}

void MainWindow::applyIcons()
{
    // Theme icons where the platform has them, else ours tinted for the current palette.
    const QPalette p = QApplication::palette(this);
    m_refreshAction->setIcon(ThemeIcons::icon(QStringLiteral("view-refresh"), p));
    m_removeAction->setIcon(ThemeIcons::icon(QStringLiteral("list-remove"), p));
    m_filterAction->setIcon(ThemeIcons::icon(QStringLiteral("edit-find"), p));
    m_findAction->setIcon(ThemeIcons::icon(QStringLiteral("system-search"), p));
    m_historyAction->setIcon(ThemeIcons::icon(QStringLiteral("view-history"), p));
    m_jobsPanel->toggleViewAction()->setIcon(ThemeIcons::icon(QStringLiteral("view-jobs"), p));
}

void MainWindow::openSandboxAfterFirstPaint()
{
    m_stack->setCurrentIndex(1);
    m_statusConnection->setText(tr("Starting the sandbox…"));
    // The tree's viewport paints in the first frame of the browse view; right after that frame
    // (the next event-loop turn) the sandbox is generated and opened.
    new FirstPaintTrigger(m_tree->viewport(), [this] { openSandbox(); });
}

void MainWindow::openSandbox(const Emulator::EmulatorOptions &options)
{
    if (!m_sandbox) {
        auto *server = new Emulator::EmulatorServer(options, this);
        if (server->listen(QHostAddress::LocalHost, 0) == 0) {
            showOpenFailure(tr("The sandbox could not start: %1").arg(server->errorString()));
            delete server;
            return;
        }
        m_sandbox = server;
    }
    Connection c;
    c.id = QStringLiteral("sandbox");
    c.name = tr("Sandbox");
    c.cloud = QStringLiteral("sandbox");
    c.region = QStringLiteral("sandbox");
    c.elbEndpoint = m_sandbox->baseUrl();
    c.iamEndpoint = m_sandbox->baseUrl();
    c.auth = AuthMethod::Password;
    c.userName = QLatin1String(Emulator::EmulatorServer::kDefaultUser);
    c.domainName = QLatin1String(Emulator::EmulatorServer::kDefaultDomain);
    c.projectName = QLatin1String(Emulator::EmulatorServer::kProjectName);
    Credentials credentials;
    credentials.password = QLatin1String(Emulator::EmulatorServer::kDefaultPassword);
    openConnection(c, credentials);
}

void MainWindow::openConnection(const Connection &connection, const Credentials &credentials)
{
    closeConnection();
    ensureJournal();
    m_connection = connection;
    m_client = new ApiClient(m_nam, connection, makeAuthenticator(connection, credentials), this);
    const QString caError = m_client->loadCaFile();
    connect(m_client, &ApiClient::throttled, this, [this](Service, int delayMs, bool capped) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                capped ? tr("Throttled by the API gateway; its Retry-After is very long, so ELB Desk "
                                            "retries in %1 s instead.")
                                             .arg(delayMs / 1000)
                                       : tr("Throttled by the API gateway; retrying in %1 s.")
                                             .arg(QString::number(delayMs / 1000.0, 'f', 1)));
    });
    if (Authenticator *auth = m_client->authenticator())
        connect(auth, &Authenticator::credentialChanged, this, &MainWindow::updateStatus);
    setWindowTitle(tr("%1 — ELB Desk").arg(connection.name));
    m_stack->setCurrentIndex(1);
    if (!caError.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, caError);
    showJournalProblem();
    // Once the tree is there the token (and so the project id) is known: then settle what a previous
    // run left unfinished.
    m_resolvePending = true;
    loadTree();
    updateActions();
    updateStatus();
}

void MainWindow::closeConnection()
{
    if (m_review)
        m_review->reject();
    m_members->clearListener();
    m_treeModel->setLoadBalancers({});
    m_messages->clear();
    ++m_treeGeneration;
    m_resolvePending = false;
    if (m_resolver) {
        m_resolver->disconnect(this);
        m_resolver->deleteLater();
    }
    m_resolver = nullptr;
    if (m_client) {
        // Operations still running keep their own pointer; the client goes once they are done.
        m_client->setParent(nullptr);
        m_client->deleteLater();
    }
    m_client = nullptr;
    m_connection = Connection();
    setWindowTitle(tr("ELB Desk"));
    m_stack->setCurrentIndex(0);
    updateActions();
    updateStatus();
}

void MainWindow::showOpenFailure(const QString &what)
{
    m_stack->setCurrentIndex(0);
    m_welcome->showError(what);
}

void MainWindow::loadTree()
{
    if (!m_client)
        return;
    const int generation = ++m_treeGeneration;
    auto *lbs = new ListLoadBalancersRequest(m_client, this);
    connect(lbs, &ApiRequest::finished, this, [this, lbs, generation] {
        if (generation != m_treeGeneration)
            return;
        if (lbs->error().isError()) {
            m_messages->showError(lbs->error(), tr("The load balancers could not be listed."), [this] { loadTree(); });
            return;
        }
        m_treeModel->setLoadBalancers(lbs->loadBalancers());
        // One request for every listener of the project, grouped here.
        auto *listeners = new ListListenersRequest(m_client, QString(), this);
        connect(listeners, &ApiRequest::finished, this, [this, listeners, generation] {
            if (generation != m_treeGeneration)
                return;
            if (listeners->error().isError()) {
                m_messages->showError(listeners->error(), tr("The listeners could not be listed."),
                                      [this] { loadTree(); });
                return;
            }
            QHash<QString, QList<Listener>> byLb;
            // Every known load balancer gets its list, an empty one too, so vanished listeners go.
            for (int row = 0; row < m_treeModel->rowCount(); ++row)
                byLb.insert(m_treeModel->index(row, 0).data(ListenerTreeModel::IdRole).toString(), {});
            for (const Listener &l : listeners->listeners())
                byLb[l.loadBalancerId].append(l);
            for (auto it = byLb.cbegin(); it != byLb.cend(); ++it)
                m_treeModel->setListeners(it.key(), it.value());
            m_tree->expandAll();
            if (!m_members->hasListener() || !selectListener(m_members->listener().id)) {
                // Start where the most is: the listener with the most members.
                QString biggest;
                int most = -1;
                for (const Listener &l : listeners->listeners()) {
                    if (l.memberNumber > most) {
                        most = l.memberNumber;
                        biggest = l.id;
                    }
                }
                if (!biggest.isEmpty())
                    selectListener(biggest);
            }
            if (m_resolvePending) {
                m_resolvePending = false;
                startResolver();
            }
            Q_EMIT treeLoaded();
        });
        listeners->start();
    });
    lbs->start();
}

bool MainWindow::selectListener(const QString &listenerId)
{
    const QModelIndex index = m_treeModel->indexForListener(listenerId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::onTreeSelection()
{
    const std::optional<Listener> listener = m_treeModel->listener(m_tree->currentIndex());
    if (!listener || !m_client)
        return;
    if (m_members->hasListener() && m_members->listener().id == listener->id && m_members->isLoading())
        return;
    m_messages->clear();
    showJournalProblem();
    m_members->showListener(m_client, *listener);
    updateActions();
}

void MainWindow::updateActions()
{
    const int selected = int(m_members->selectedMembers().size());
    const bool journalOk = !m_journalTried || m_journal->isOpen(); // not tried: no connection yet
    // Not while the listing is incomplete: the review must show everything the operator selected.
    const bool canRemove =
        m_client && m_members->hasListener() && selected > 0 && !m_review && journalOk && !m_members->isLoading();
    m_removeAction->setEnabled(canRemove);
    m_removeAction->setToolTip(canRemove    ? tr("Review and remove the %n selected server(s) (Delete)", nullptr, selected)
                               : !journalOk ? tr("Removals are refused: the journal cannot be written")
                                            : tr("Select members of a listener to remove them"));
    m_refreshAction->setEnabled(m_client != nullptr);
    m_filterAction->setEnabled(m_client != nullptr);
    m_closeAction->setEnabled(m_client != nullptr);
    if (m_findAction)
        m_findAction->setEnabled(m_client != nullptr);
}

void MainWindow::updateStatus()
{
    if (!m_client) {
        m_statusConnection->setText(tr("Not connected"));
        m_statusToken->clear();
        return;
    }
    const QString project = m_client->projectId().isEmpty() ? tr("project not known yet") : m_client->projectId();
    m_statusConnection->setText(tr("%1 · region %2 · project %3")
                                    .arg(m_connection.name,
                                         m_connection.region.isEmpty() ? tr("custom") : m_connection.region, project));
    Authenticator *auth = m_client->authenticator();
    const QDateTime expires = auth ? auth->expiresAt() : QDateTime();
    if (!expires.isValid()) {
        m_statusToken->setText(auth ? auth->describe() : QString());
        return;
    }
    const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(expires) / 60;
    m_statusToken->setText(minutes > 0 ? tr("Token valid for %1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'))
                                       : tr("Token expired; it is renewed with the next request"));
}

void MainWindow::reviewRemoval()
{
    if (m_members->isLoading()) {
        // Pages are still arriving: a review now would show only part of the selection.
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("The members of this listener are still being listed. Review the removal "
                                   "once the list is complete."));
        return;
    }
    if (!m_removeAction->isEnabled() || m_review)
        return;
    const Listener listener = m_members->listener();
    const QList<Member> selected = m_members->selectedMembers();
    if (selected.isEmpty())
        return;
    // The listener as the review shows it, so the fresh-data check can tell what changed since; read
    // now, not on confirm, when a refresh in flight may have emptied the pane.
    const QList<Member> all = m_members->allMembers();
    const int healthy = int(std::count_if(all.cbegin(), all.cend(), [](const Member &m) { return m.isHealthy(); }));
    auto *dialog = new RemoveMembersDialog(listener, selected, all, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_review = dialog;
    // Exactly what the operator reviewed (the dialog drops repeated ids), not a re-read selection.
    connect(dialog, &RemoveMembersDialog::confirmed, this, [this, listener, dialog, all, healthy] {
        QList<ServerMembership> reviewed;
        for (const Member &m : dialog->members())
            reviewed.append(ServerMembership{listener.loadBalancerId, QString(), listener.id, listener.name, m,
                                             int(all.size()), healthy});
        confirmWithFreshData(reviewed);
    });
    // finished(), not destroyed(): the QPointer is still set while a dialog emits destroyed().
    connect(dialog, &QDialog::finished, this, [this] {
        m_review = nullptr;
        updateActions();
    });
    updateActions();
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::onOperationFinished(MemberOperation *operation)
{
    // The listener changed on the server: show what it holds now.
    if (m_members->hasListener() && m_members->listener().id == operation->listenerId())
        m_members->reload();
    if (operation->kind() == QLatin1String("add") && operation->outcome() == MemberOperation::Outcome::Succeeded) {
        QStringList added;
        for (const MemberOperation::Target &t : operation->targets()) {
            if (t.state == MemberOperation::TargetState::Done)
                added << tr("%1 → member %2").arg(t.serverName.isEmpty() ? t.serverAddress : t.serverName, t.memberId);
        }
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Re-added to listener %1: %2.")
                                    .arg(operation->listenerName(), added.join(QLatin1String(", "))));
    }
    updateStatus();
}

} // namespace ElbDesk
