// The journal commands of CliRunner: writing every removal and re-add to the journal before it is
// sent, `journal` (resolving what a crash left open first) and `undo` (re-adding the servers of a
// journaled removal). Also the crash test seam.
#include "clijournal.h"
#include "clirunner.h"

#include "api/apiclient.h"
#include "api/listmembersrequest.h"
#include "jobs/journalrecorder.h"
#include "jobs/journalresolver.h"
#include "jobs/memberaddition.h"
#include "jobs/memberremoval.h"
#include "store/journal.h"
#include "tableprinter.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <cstdio>
#include <memory>

namespace ElbDesk::Cli {

QString CliRunner::journalPath() const
{
    // ELBDESK_JOURNAL: another journal file (tests); by default the one the desktop app uses.
    const QString path = m_env.value(QStringLiteral("ELBDESK_JOURNAL")).trimmed();
    return path.isEmpty() ? Journal::defaultPath() : path;
}

bool CliRunner::openJournal()
{
    if (m_journal && m_journal->isOpen())
        return true;
    if (!m_journal) {
        m_journal = new Journal(journalPath(), this);
        m_recorder = new JournalRecorder(m_journal, this);
        connect(m_recorder, &JournalRecorder::journalError, this, [this](const QString &message) {
            progress(
                tr("Warning: the journal could not be updated (%1); the operation goes on.").arg(message));
        });
    }
    QString error;
    if (m_journal->open(&error))
        return true;
    fail(tr("cannot open the journal %1: %2; nothing was sent").arg(m_journal->path(), error), ExitNetwork);
    return false;
}

JournalOperation CliRunner::journalContext(const MemberOperation *operation) const
{
    const Connection &c = m_client->connection();
    JournalOperation context;
    context.kind = operation->kind();
    context.connectionId = c.id;
    context.connectionName = c.name;
    // Who: the IAM user or the access key, never a secret.
    context.userName = c.auth == AuthMethod::AkSk ? c.accessKey : c.userName;
    context.region = c.region;
    context.projectId = m_client->projectId();
    context.listenerId = operation->listenerId();
    context.listenerName = operation->listenerName();
    for (const MemberOperation::Target &t : operation->targets())
        context.members.append(
            {t.memberId, t.serverId, t.serverAddress, t.serverName, QStringLiteral("pending")});
    return context;
}

bool CliRunner::recordAndStart(MemberOperation *operation, const JournalOperation &context)
{
    // Before record(): the seam's jobIdKnown connection must run before the recorder's (after-post).
    CrashSeam::watch(operation, m_crashAt);
    if (!m_recorder->record(operation, context)) {
        m_notSent = tr("cannot write the journal %1 (%2), so the request for listener %3 was not sent")
                        .arg(m_journal->path(), m_recorder->lastError(), operation->listenerId());
        return false;
    }
    // After the recorder's own connection: the journal holds the final state before it is reported.
    connect(operation, &MemberOperation::finished, this, &CliRunner::onOperationFinished);
    operation->start();
    return true;
}

void CliRunner::resolveThen(const std::function<void()> &next)
{
    auto *resolver = new JournalResolver(m_journal, m_client, this);
    CrashSeam::tune(resolver, m_env);
    connect(resolver, &JournalResolver::started, this, [this](int count) {
        if (count > 0)
            progress(
                tr("Resolving %n operation(s) left unfinished (nothing is sent again)…", nullptr, count));
    });
    connect(resolver, &JournalResolver::resolved, this, [this](qint64 id, const QString &resolution) {
        progress(tr("Operation %1 resolved: %2").arg(id).arg(resolution));
    });
    connect(resolver, &JournalResolver::unresolved, this, [this](qint64 id, const QString &reason) {
        progress(tr("Operation %1 is still unresolved: %2").arg(id).arg(reason));
    });
    connect(resolver, &JournalResolver::finished, this, [resolver, next] {
        resolver->deleteLater();
        next();
    });
    resolver->resolveUnfinished();
}

void CliRunner::showJournal()
{
    resolveThen([this] { printJournal(); });
}

static QString serversText(const JournalOperation &op)
{
    QStringList servers;
    for (const JournalMember &m : op.members)
        servers.append(m.serverName.isEmpty() ? m.serverAddress : m.serverName);
    return servers.isEmpty() ? QStringLiteral("-") : servers.join(QStringLiteral(", "));
}

void CliRunner::printJournal()
{
    const QList<JournalOperation> operations = m_journal->operations();
    if (m_options.json) {
        const QByteArray json = Journal::toJson(operations);
        m_out.flush();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return done(ExitSuccess);
    }
    TablePrinter table(
        {tr("ID"), tr("WHEN"), tr("KIND"), tr("LISTENER"), tr("SERVERS"), tr("JOB ID"), tr("STATUS")});
    for (const JournalOperation &op : operations) {
        QString kind = op.kind;
        if (op.undoOf != 0)
            kind += tr(" (undo of %1)").arg(op.undoOf);
        table.addRow({QString::number(op.id),
                      op.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), kind,
                      op.listenerName.isEmpty() ? op.listenerId : op.listenerName, serversText(op),
                      op.jobId.isEmpty() ? QStringLiteral("-") : op.jobId,
                      op.isFinished() ? op.status : tr("%1 (unfinished)").arg(op.status)});
    }
    if (operations.isEmpty())
        progress(tr("The journal %1 is empty.").arg(m_journal->path()));
    else
        table.print(m_out);
    done(ExitSuccess);
}

void CliRunner::undo()
{
    const qint64 id = m_options.arguments.at(0).toLongLong();
    const std::optional<JournalOperation> op = m_journal->operation(id);
    if (!op)
        return fail(tr("no operation %1 in the journal %2").arg(id).arg(m_journal->path()), ExitUsage);
    if (op->kind != QLatin1String("remove"))
        return fail(tr("operation %1 is a re-add, not a removal; only a removal can be undone").arg(id),
                    ExitUsage);
    const auto collect = [this, op]() {
        // A removal sent with others (remove-server) is undone with all of them: one re-add.
        QList<JournalOperation> removals;
        if (op->groupId.isEmpty()) {
            removals.append(*m_journal->operation(op->id));
        } else {
            for (const JournalOperation &o : m_journal->operations()) {
                if (o.groupId == op->groupId && o.kind == QLatin1String("remove"))
                    removals.append(o);
            }
        }
        startUndo(removals);
    };
    // A removal whose outcome is not known yet is resolved first (never re-sent).
    if (!m_journal->unfinished().isEmpty())
        resolveThen(collect);
    else
        collect();
}

void CliRunner::startUndo(const QList<JournalOperation> &removals)
{
    // Each listener is re-listed first: a server already present is reported, not added twice.
    auto pending = std::make_shared<int>(int(removals.size()));
    auto plans = std::make_shared<QList<Planned>>();
    auto failed = std::make_shared<ApiError>();
    const QString groupId =
        removals.size() > 1 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    for (const JournalOperation &removal : removals) {
        auto *listing = new ListMembersRequest(m_client, removal.listenerId, this);
        connect(
            listing, &ListMembersRequest::finished, this,
            [this, removals, removal, pending, plans, failed, groupId](ListMembersRequest *r) {
                if (r->error().isError() && !failed->isError())
                    *failed = r->error();
                if (!r->error().isError()) {
                    QHash<QString, const Member *> present;
                    for (const Member &m : r->members())
                        present.insert(m.serverId, &m);
                    QList<MemberOperation::Target> toAdd;
                    for (const JournalMember &jm : removal.members) {
                        if (jm.serverId.isEmpty() || jm.serverAddress.isEmpty()) {
                            progress(tr("Member %1 of operation %2 has no server id or private IP in the "
                                        "journal; it cannot be re-added.")
                                         .arg(jm.memberId)
                                         .arg(removal.id));
                            continue;
                        }
                        if (const Member *m = present.value(jm.serverId)) {
                            progress(tr("Server %1 (%2) is already a member of listener %3 (member id %4); "
                                        "not added again.")
                                         .arg(jm.serverName.isEmpty() ? jm.serverId : jm.serverName,
                                              jm.serverAddress, removal.listenerId, m->id));
                            continue;
                        }
                        MemberOperation::Target t;
                        t.serverId = jm.serverId;
                        t.serverAddress = jm.serverAddress; // the private IP, never the internal 100.x
                        t.serverName = jm.serverName;
                        toAdd.append(t);
                    }
                    if (!toAdd.isEmpty()) {
                        auto *operation = new MemberAddition(m_client, removal.listenerId, toAdd, this);
                        operation->setListenerName(removal.listenerName);
                        JournalOperation context = journalContext(operation);
                        context.undoOf = removal.id;
                        context.groupId = groupId;
                        context.loadBalancerId = removal.loadBalancerId;
                        plans->append({operation, context});
                    }
                }
                if (--*pending > 0)
                    return;
                if (failed->isError()) {
                    for (const Planned &p : std::as_const(*plans))
                        p.first->deleteLater();
                    return fail(failed->describe() + QLatin1Char(' ') + tr("Nothing was sent."),
                                exitCodeFor(*failed));
                }
                // Only now is the project certain (it may come from the token).
                const QString projectId = m_client->projectId();
                for (const JournalOperation &o : removals) {
                    if (o.projectId.isEmpty() || o.projectId == projectId)
                        continue;
                    for (const Planned &p : std::as_const(*plans))
                        p.first->deleteLater();
                    return fail(tr("operation %1 was in project %2, not in this connection's project %3; "
                                   "nothing was sent")
                                    .arg(o.id)
                                    .arg(o.projectId, projectId),
                                ExitUsage);
                }
                if (plans->isEmpty()) {
                    progress(tr("Every server of the removal is on its listener already; nothing was sent."));
                    return done(ExitSuccess);
                }
                runOperations(*plans, plans->size() > 1);
            });
        listing->start();
    }
}

} // namespace ElbDesk::Cli
