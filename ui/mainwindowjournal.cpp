// MainWindow's journal side: the context every journaled operation carries, the resolver that
// settles what a previous run left unfinished, the history window and re-adding removed servers.
// (A separate file only to keep mainwindow.cpp readable.)
#include "mainwindow.h"

#include "api/listmembersrequest.h"
#include "historyview.h"
#include "jobs/jobcenter.h"
#include "jobs/journalrecorder.h"
#include "jobs/crashseam.h"
#include "jobs/journalresolver.h"
#include "jobs/memberaddition.h"
#include "jobspanel.h"
#include "messagebar.h"

#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace ElbDesk {

JournalOperation MainWindow::journalContext(const QString &kind, const QString &loadBalancerId,
                                            const QString &listenerId, const QString &listenerName) const
{
    JournalOperation context;
    context.kind = kind;
    context.connectionId = m_connection.id;
    context.connectionName = m_connection.name;
    // Who sent it: the IAM user, or the access key (never a secret).
    context.userName = m_connection.auth == AuthMethod::AkSk && !m_connection.accessKey.isEmpty()
                           ? m_connection.accessKey
                           : m_connection.userName;
    context.region = m_connection.region;
    context.projectId = m_client ? m_client->projectId() : m_connection.projectId;
    context.loadBalancerId = loadBalancerId;
    context.listenerId = listenerId;
    context.listenerName = listenerName;
    return context;
}

void MainWindow::showJournalProblem()
{
    if (ensureJournal())
        return;
    m_messages->showMessage(
        MessageBar::Kind::Error,
        tr("The journal %1 could not be opened (%2). Removals and re-adds are refused until it "
           "can be written, because nothing may be sent without a record.")
            .arg(m_journal->path(), m_journalError));
}

void MainWindow::startResolver()
{
    if (!m_client || !ensureJournal())
        return;
    if (m_resolver) {
        m_resolver->disconnect(this);
        m_resolver->deleteLater();
    }
    m_resolver = new JournalResolver(m_journal, m_client, this);
    CrashSeam::tune(m_resolver); // test seam: ELBDESK_TEST_RESOLVE_QUIET_MS, as in the CLI
    connect(m_resolver, &JournalResolver::finished, this, &MainWindow::onResolverFinished);
    m_resolver->resolveUnfinished();
}

void MainWindow::onResolverFinished()
{
    JournalResolver *resolver = m_resolver;
    if (!resolver)
        return;
    int tookEffect = 0;
    int neverApplied = 0;
    int failed = 0;
    int open = 0;
    for (const JournalResolver::Result &r : resolver->results()) {
        if (!r.settled) {
            ++open;
            continue;
        }
        const auto count = [&r](std::initializer_list<const char *> words) {
            return int(std::count_if(r.members.cbegin(), r.members.cend(), [words](const JournalMember &m) {
                return std::any_of(words.begin(), words.end(),
                                   [&m](const char *w) { return m.outcome == QLatin1String(w); });
            }));
        };
        const int n = int(r.members.size());
        if (r.status == QLatin1String("SUCCESS"))
            ++tookEffect;
        else if (n > 0 && count({"still-present", "not-present"}) == n)
            ++neverApplied;
        else
            ++failed;
    }
    const int settled = tookEffect + neverApplied + failed;
    Q_EMIT journalResolved(settled);
    if (settled == 0 && open == 0)
        return;
    QStringList how;
    if (tookEffect)
        how << (tookEffect == 1 ? tr("1 had taken effect") : tr("%1 had taken effect").arg(tookEffect));
    if (neverApplied)
        how << (neverApplied == 1 ? tr("1 was never applied")
                                  : tr("%1 were never applied").arg(neverApplied));
    if (failed)
        how << (failed == 1 ? tr("1 failed or took partial effect")
                            : tr("%1 failed or took partial effect").arg(failed));
    QString text;
    if (settled > 0) {
        text =
            (settled == 1 ? tr("1 operation left unfinished by the last run was settled: %1")
                          : tr("%1 operations left unfinished by the last run were settled: %2").arg(settled))
                .arg(how.join(QLatin1String(", ")));
    }
    if (open > 0) {
        const QString still = open == 1 ? tr("1 is still unknown and will be checked again")
                                        : tr("%1 are still unknown and will be checked again").arg(open);
        text = text.isEmpty() ? tr("Operations left unfinished by the last run: %1").arg(still)
                              : tr("%1; %2").arg(text, still);
    }
    text += tr(" — see History");
    m_messages->showMessage(open > 0 ? MessageBar::Kind::Warning : MessageBar::Kind::Information, text,
                            tr("Show history"), [this] { showHistory(); });
    if (m_history)
        m_history->reload();
}

void MainWindow::showHistory()
{
    if (!m_history) {
        ensureJournal();
        m_history = new HistoryView(m_journal, this);
        connect(m_history, &HistoryView::readdRequested, this, &MainWindow::readdFromJournal);
    } else {
        m_history->reload();
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void MainWindow::readdFromJournal(qint64 removalId)
{
    if (!ensureJournal()) {
        showJournalProblem();
        return;
    }
    const std::optional<JournalOperation> removal = m_journal->operation(removalId);
    if (!removal || removal->kind != QLatin1String("remove")) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("Operation %1 is not a removal in the journal.").arg(removalId));
        return;
    }
    if (!m_client || removal->connectionId != m_connection.id ||
        (!removal->projectId.isEmpty() && removal->projectId != m_client->projectId())) {
        m_messages->showMessage(
            MessageBar::Kind::Warning,
            tr("This removal was made with connection %1 (project %2). Open that connection to "
               "re-add its servers.")
                .arg(removal->connectionName, removal->projectId));
        return;
    }
    if (m_readdsInFlight.contains(removalId)) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("A re-add of these servers is already under way; see the Jobs panel."));
        return;
    }
    m_readdsInFlight.insert(removalId);
    // List the listener first: a server already on it is reported, never added twice.
    auto *listing = new ListMembersRequest(m_client, removal->listenerId, this);
    const JournalOperation op = *removal;
    connect(listing, &ListMembersRequest::finished, this, [this, op](ListMembersRequest *request) {
        if (request->error().isError()) {
            m_readdsInFlight.remove(op.id);
            m_messages->showError(request->error(),
                                  tr("The listener %1 could not be listed, so nothing was re-added.")
                                      .arg(op.listenerName.isEmpty() ? op.listenerId : op.listenerName));
            return;
        }
        startReadd(op, request->members());
    });
    listing->start();
}

void MainWindow::startReadd(const JournalOperation &removal, const QList<Member> &listing)
{
    m_readdsInFlight.remove(removal.id);
    if (!m_client)
        return;
    QSet<QString> present;
    for (const Member &m : listing)
        present.insert(m.serverId);
    const QString listenerLabel = removal.listenerName.isEmpty() ? removal.listenerId : removal.listenerName;
    QList<MemberOperation::Target> targets;
    QStringList already;
    for (const JournalMember &m : removal.members) {
        if (m.outcome != QLatin1String("removed"))
            continue;
        const QString label = m.serverName.isEmpty() ? m.serverAddress : m.serverName;
        if (present.contains(m.serverId)) {
            already << label;
            continue;
        }
        MemberOperation::Target t;
        t.serverId = m.serverId;
        t.serverAddress = m.serverAddress; // the private IP, never the internal 100.x address
        t.serverName = m.serverName;
        targets << t;
    }
    if (!already.isEmpty()) {
        m_messages->showMessage(
            MessageBar::Kind::Information,
            targets.isEmpty() ? tr("Nothing was sent: every server is already present on listener %1 (%2).")
                                    .arg(listenerLabel, already.join(QLatin1String(", ")))
                              : tr("Already present on listener %1, not added again: %2.")
                                    .arg(listenerLabel, already.join(QLatin1String(", "))));
    }
    if (targets.isEmpty()) {
        if (already.isEmpty())
            m_messages->showMessage(MessageBar::Kind::Information,
                                    tr("This removal took no server out: nothing to re-add."));
        return;
    }
    auto *operation = new MemberAddition(m_client, removal.listenerId, targets);
    operation->setListenerName(listenerLabel);
    JournalOperation context = journalContext(QStringLiteral("add"), removal.loadBalancerId,
                                              removal.listenerId, removal.listenerName);
    context.undoOf = removal.id;
    if (!JournalRecorder::startRecorded(m_jobs, m_recorder, operation, context)) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("Nothing was sent: the re-add could not be written to the journal (%1).")
                                    .arg(m_recorder->lastError()));
        return;
    }
    // Until it ends, a second click must not add the same servers again.
    m_readdsInFlight.insert(removal.id);
    connect(operation, &MemberOperation::finished, this,
            [this, id = removal.id] { m_readdsInFlight.remove(id); });
    if (m_jobsPanel->isHidden()) {
        m_jobsPanel->show();
        resizeDocks({m_jobsPanel}, {std::max(160, height() / 4)}, Qt::Vertical);
    }
    m_jobsPanel->raise();
    m_jobsPanel->showOperation(operation);
}

} // namespace ElbDesk
