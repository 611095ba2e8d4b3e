// MainWindow: finding a server everywhere, and the fresh-data check just before any removal is sent.
#include "mainwindow.h"

#include "findserverdialog.h"
#include "jobs/crashseam.h"
#include "jobs/freshnesscheck.h"
#include "jobs/jobcenter.h"
#include "jobs/journalrecorder.h"
#include "jobs/memberremoval.h"
#include "jobspanel.h"
#include "memberpane.h"
#include "messagebar.h"
#include "multiremovedialog.h"

#include <QAction>
#include <QHash>
#include <QUuid>

namespace ElbDesk {

void MainWindow::findServerEverywhere()
{
    if (!m_client)
        return;
    if (m_findDialog) {
        m_findDialog->raise();
        m_findDialog->activateWindow();
        return;
    }
    auto *dialog = new FindServerDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_findDialog = dialog;
    connect(dialog, &FindServerDialog::removalConfirmed, this, &MainWindow::confirmWithFreshData);
    dialog->show();
}

void MainWindow::confirmWithFreshData(const QList<ServerMembership> &reviewed)
{
    if (!m_client || reviewed.isEmpty())
        return;
    m_messages->showMessage(MessageBar::Kind::Information,
                            tr("Checking that the reviewed servers are still as shown before sending…"));
    auto *check = new FreshnessCheck(m_client, this);
    connect(check, &FreshnessCheck::finished, this, [this, check, reviewed](bool unchanged) {
        check->deleteLater();
        m_messages->clear();
        if (unchanged) {
            startGroupedRemoval(reviewed);
            return;
        }
        const QList<ServerMembership> fresh = check->refreshed(reviewed);
        if (fresh.isEmpty()) {
            m_messages->showMessage(MessageBar::Kind::Warning,
                                    tr("Nothing was sent: the listeners changed since the review. %1").arg(check->describe()));
            return;
        }
        // A second look at what is true now, instead of sending stale ids.
        auto *again = new MultiRemoveDialog(fresh, this);
        again->setAttribute(Qt::WA_DeleteOnClose);
        again->setChangesNote(check->describe());
        connect(again, &MultiRemoveDialog::confirmed, this, [this, again] { startGroupedRemoval(again->memberships()); });
        again->open();
    });
    check->check(FreshnessCheck::selectionsFor(reviewed));
}

void MainWindow::startGroupedRemoval(const QList<ServerMembership> &memberships)
{
    if (!m_client || memberships.isEmpty())
        return;
    if (!ensureJournal()) {
        showJournalProblem();
        return;
    }
    // One request per listener, in the order the review showed them.
    QList<QString> order;
    QHash<QString, QList<ServerMembership>> byListener;
    for (const ServerMembership &m : memberships) {
        if (!byListener.contains(m.listenerId))
            order.append(m.listenerId);
        byListener[m.listenerId].append(m);
    }
    const QString groupId = order.size() > 1 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    MemberOperation *first = nullptr;
    for (const QString &listenerId : std::as_const(order)) {
        const QList<ServerMembership> &group = byListener.value(listenerId);
        QList<Member> members;
        for (const ServerMembership &m : group)
            members.append(m.member);
        const ServerMembership &head = group.first();
        auto *operation = new MemberRemoval(m_client, listenerId, members);
        operation->setListenerName(head.listenerName.isEmpty() ? listenerId : head.listenerName);
        // One grouped entry in the jobs panel, as in the journal (set before it is started).
        operation->setGroupId(groupId);
        JournalOperation context =
            journalContext(QStringLiteral("remove"), head.loadBalancerId, listenerId, head.listenerName);
        context.groupId = groupId;
        CrashSeam::watch(operation); // test seam: nothing unless ELBDESK_TEST_CRASH_AT is set
        // Intent first: when it cannot be written the operation is deleted unsent.
        if (!JournalRecorder::startRecorded(m_jobs, m_recorder, operation, context)) {
            m_messages->showMessage(MessageBar::Kind::Error,
                                    tr("Nothing more was sent: the removal from listener %1 could not be written to "
                                       "the journal (%2).")
                                        .arg(head.listenerName.isEmpty() ? listenerId : head.listenerName,
                                             m_recorder->lastError()));
            break;
        }
        if (!first)
            first = operation;
    }
    if (!first)
        return;
    if (m_jobsPanel->isHidden()) {
        m_jobsPanel->show();
        // Room for a few jobs without squeezing the members the operator is working in.
        resizeDocks({m_jobsPanel}, {std::max(160, height() / 4)}, Qt::Vertical);
    }
    m_jobsPanel->raise();
    m_jobsPanel->showOperation(first);
}

} // namespace ElbDesk
