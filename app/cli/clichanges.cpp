// The state-changing commands of CliRunner: remove and add. Both list the listener first, so
// the operator sees (and the verification knows) exactly which members are meant. Every request
// goes through the journal (recordAndStart), and runOperations follows any number of them.
#include "clirunner.h"

#include "api/apiclient.h"
#include "api/ids.h"
#include "api/listmembersrequest.h"
#include "jobs/journalrecorder.h"
#include "jobs/memberaddition.h"
#include "jobs/memberremoval.h"
#include "store/journal.h"
#include "tableprinter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cstdio>

namespace ElbDesk::Cli {

static MemberOperation::Options operationOptions(int timeoutSeconds)
{
    MemberOperation::Options options;
    options.timing.deadlineMs = timeoutSeconds * 1000;
    return options;
}

void CliRunner::remove()
{
    const QString listenerId = m_options.arguments.at(0);
    const QStringList wanted = m_options.arguments.mid(1);
    for (const QString &id : wanted) {
        if (!Ids::isHexId(id))
            return fail(tr("invalid member id \"%1\": expected 32 lower-case hex characters (the member id "
                           "from \"members\", not the server id)")
                            .arg(id),
                        ExitUsage);
    }
    if (QSet<QString>(wanted.cbegin(), wanted.cend()).size() != wanted.size())
        return fail(tr("a member id is given more than once"), ExitUsage);
    auto *listing = new ListMembersRequest(m_client, listenerId, this);
    connect(listing, &ListMembersRequest::finished, this, [this, wanted](ListMembersRequest *r) {
        if (r->error().isError())
            return fail(r->error());
        QHash<QString, const Member *> byId;
        for (const Member &m : r->members())
            byId.insert(m.id, &m);
        QList<Member> selected;
        QStringList missing;
        for (const QString &id : wanted) {
            if (const Member *m = byId.value(id))
                selected.append(*m);
            else
                missing.append(id);
        }
        if (!missing.isEmpty())
            return fail(
                tr("not on listener %1: %2; nothing was sent").arg(r->listenerId(), missing.join(u' ')),
                ExitApiRefused);
        if (!m_options.yes && !confirmRemoval(selected))
            return fail(tr("removal cancelled; nothing was sent"), ExitUsage);
        startRemoval(selected);
    });
    listing->start();
}

bool CliRunner::confirmRemoval(const QList<Member> &members)
{
    m_err << tr("About to remove %n member(s) from listener %1:", nullptr, int(members.size()))
                 .arg(m_options.arguments.at(0))
          << '\n';
    TablePrinter table({tr("SERVER NAME"), tr("PRIVATE IP"), tr("MEMBER ID"), tr("HEALTH")});
    for (const Member &m : members)
        table.addRow({m.serverName.isEmpty() ? QStringLiteral("-") : m.serverName, m.serverAddress, m.id,
                      m.healthStatus});
    table.print(m_err);
    m_err << tr("Established connections continue until they time out.") << '\n';
    return confirm(tr("Remove them?"));
}

bool CliRunner::confirm(const QString &question)
{
    m_err << question << ' ' << tr("Type \"yes\" to confirm: ");
    m_err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("yes") || answer == QLatin1String("y");
}

void CliRunner::startRemoval(const QList<Member> &members)
{
    progress(tr("Removing %n member(s) from listener %1 in one request…", nullptr, int(members.size()))
                 .arg(m_options.arguments.at(0)));
    auto *operation = new MemberRemoval(m_client, m_options.arguments.at(0), members, this);
    runOperations({{operation, journalContext(operation)}}, false);
}

void CliRunner::add()
{
    const QString listenerId = m_options.arguments.at(0);
    QList<Member> servers;
    for (const QString &arg : m_options.arguments.mid(1)) {
        const qsizetype colon = arg.indexOf(u':');
        Member m;
        m.serverId = arg.left(colon);
        m.serverAddress = colon < 0 ? QString() : arg.mid(colon + 1);
        if (!Ids::isServerId(m.serverId) || !Ids::isIpAddress(m.serverAddress))
            return fail(tr("\"%1\" is not SERVER_ID:PRIVATE_IP (a server UUID and its private IP)").arg(arg),
                        ExitUsage);
        servers.append(m);
    }
    auto *listing = new ListMembersRequest(m_client, listenerId, this);
    connect(listing, &ListMembersRequest::finished, this, [this, servers](ListMembersRequest *r) {
        if (r->error().isError())
            return fail(r->error());
        QHash<QString, Member> present;
        for (const Member &m : r->members())
            present.insert(m.serverId, m);
        QList<Member> toAdd;
        for (const Member &s : servers) {
            const auto it = present.constFind(s.serverId);
            if (it == present.constEnd()) {
                toAdd.append(s);
                continue;
            }
            // Reported, not duplicated.
            progress(tr("Server %1 (%2) is already a member of listener %3 (member id %4); not added again.")
                         .arg(s.serverId, it->serverAddress, r->listenerId(), it->id));
        }
        if (toAdd.isEmpty())
            return done(ExitSuccess);
        startAddition(toAdd);
    });
    listing->start();
}

void CliRunner::startAddition(const QList<Member> &servers)
{
    progress(tr("Adding %n server(s) to listener %1 in one request…", nullptr, int(servers.size()))
                 .arg(m_options.arguments.at(0)));
    auto *operation =
        new MemberAddition(m_client, m_options.arguments.at(0), MemberRemoval::targetsFor(servers), this);
    runOperations({{operation, journalContext(operation)}}, false);
}

void CliRunner::runOperations(const QList<Planned> &planned, bool jsonArray)
{
    m_jsonArray = jsonArray;
    m_starting = true;
    for (const Planned &p : planned) {
        MemberOperation *operation = p.first;
        if (!m_notSent.isEmpty()) { // the journal failed for an earlier one: send nothing more
            operation->deleteLater();
            continue;
        }
        operation->setOptions(operationOptions(m_options.timeoutSeconds));
        const bool several = planned.size() > 1;
        connect(operation, &MemberOperation::jobIdKnown, this,
                [this, operation, several](const QString &jobId) {
                    progress(several ? tr("Job %1 started for listener %2; following it.")
                                           .arg(jobId, operation->listenerId())
                                     : tr("Job %1 started; following it.").arg(jobId));
                });
        m_operations.append(operation);
        if (!recordAndStart(operation, p.second)) {
            m_operations.removeAll(operation);
            operation->deleteLater();
        }
    }
    m_starting = false;
    onOperationFinished();
}

void CliRunner::onOperationFinished()
{
    if (m_starting)
        return;
    for (const QPointer<MemberOperation> &op : std::as_const(m_operations)) {
        if (op && op->outcome() == MemberOperation::Outcome::Pending)
            return;
    }
    reportOperations();
}

static QString targetStateText(MemberOperation::TargetState state, bool removal)
{
    switch (state) {
    case MemberOperation::TargetState::Done:
        return removal ? QCoreApplication::translate("ElbDesk::Cli", "removed")
                       : QCoreApplication::translate("ElbDesk::Cli", "added");
    case MemberOperation::TargetState::NotDone:
        return removal ? QCoreApplication::translate("ElbDesk::Cli", "still present")
                       : QCoreApplication::translate("ElbDesk::Cli", "not present");
    case MemberOperation::TargetState::Unknown:
    case MemberOperation::TargetState::Pending:
        break;
    }
    return QCoreApplication::translate("ElbDesk::Cli", "unknown");
}

static QJsonObject jobObject(const MemberOperation *operation)
{
    QJsonObject job = operation->job().raw;
    if (!job.isEmpty())
        return job;
    // No job answer (the POST's answer was lost, or it was refused): the same shape, with what
    // re-listing showed.
    const bool removal = operation->kind() == QLatin1String("remove");
    QJsonArray members;
    for (const MemberOperation::Target &t : operation->targets())
        members.append(QJsonObject{{QStringLiteral("id"), t.memberId}});
    const MemberOperation::Outcome outcome = operation->outcome();
    return QJsonObject{
        {QStringLiteral("job_id"),
         operation->jobId().isEmpty() ? QJsonValue() : QJsonValue(operation->jobId())},
        {QStringLiteral("job_type"),
         removal ? QStringLiteral("removeMember") : QStringLiteral("createMember")},
        {QStringLiteral("status"), outcome == MemberOperation::Outcome::Succeeded
                                       ? QStringLiteral("SUCCESS")
                                       : QStringLiteral("UNKNOWN")},
        {QStringLiteral("entities"), QJsonObject{{QStringLiteral("listener_id"), operation->listenerId()},
                                                 {QStringLiteral("members"), members}}},
        {QStringLiteral("error_code"), QJsonValue()},
        {QStringLiteral("fail_reason"), QJsonValue()}};
}

void CliRunner::reportOperations()
{
    QList<MemberOperation *> ops;
    for (const QPointer<MemberOperation> &op : std::as_const(m_operations)) {
        if (op)
            ops.append(op);
    }
    if (ops.isEmpty()) // nothing was sent: the journal could not be written
        return fail(m_notSent, ExitNetwork);
    // A single operation refused by the API: its error, as before the journal existed.
    if (!m_jsonArray && ops.size() == 1 && ops.first()->outcome() == MemberOperation::Outcome::Rejected &&
        m_notSent.isEmpty())
        return fail(ops.first()->error());

    const bool several = m_jsonArray || ops.size() > 1;
    if (m_options.json) {
        QJsonArray jobs;
        for (const MemberOperation *op : std::as_const(ops)) {
            if (op->outcome() != MemberOperation::Outcome::Rejected)
                jobs.append(jobObject(op));
        }
        if (several)
            m_out << QJsonDocument(jobs).toJson(QJsonDocument::Indented);
        else if (!jobs.isEmpty())
            m_out << QJsonDocument(jobs.first().toObject()).toJson(QJsonDocument::Indented);
    } else {
        const bool removal = ops.first()->kind() == QLatin1String("remove");
        QStringList headers{removal ? tr("MEMBER ID") : tr("NEW MEMBER ID"), tr("SERVER NAME"),
                            tr("PRIVATE IP"), tr("SERVER ID"), tr("RESULT")};
        if (several)
            headers.prepend(tr("LISTENER"));
        TablePrinter table(headers);
        for (const MemberOperation *op : std::as_const(ops)) {
            for (const MemberOperation::Target &t : op->targets()) {
                QStringList row{
                    t.memberId.isEmpty() ? QStringLiteral("-") : t.memberId,
                    t.serverName.isEmpty() ? QStringLiteral("-") : t.serverName, t.serverAddress, t.serverId,
                    op->outcome() == MemberOperation::Outcome::Rejected ? tr("refused")
                                                                        : targetStateText(t.state, removal)};
                if (several)
                    row.prepend(op->listenerName().isEmpty() ? op->listenerId() : op->listenerName());
                table.addRow(row);
            }
        }
        table.print(m_out);
    }
    int code = ExitSuccess;
    for (const MemberOperation *op : std::as_const(ops)) {
        const QString where =
            several ? tr("Listener %1: ")
                          .arg(op->listenerName().isEmpty() ? op->listenerId() : op->listenerName())
                    : QString();
        switch (op->outcome()) {
        case MemberOperation::Outcome::Rejected:
            progress(where + op->error().describe());
            if (code == ExitSuccess || code == ExitJobFailedOrUnknown)
                code = exitCodeFor(op->error());
            break;
        case MemberOperation::Outcome::Succeeded:
            progress(where + op->summary());
            break;
        default:
            progress(where + op->summary());
            if (code == ExitSuccess)
                code = ExitJobFailedOrUnknown;
            break;
        }
    }
    // How to put removed servers back (undo takes any operation of a group and re-adds all of it).
    if (ops.first()->kind() == QLatin1String("remove")) {
        for (const MemberOperation *op : std::as_const(ops)) {
            const qint64 id = m_recorder->journalId(op);
            if (id == 0 || op->outcome() == MemberOperation::Outcome::Rejected)
                continue;
            progress(tr("Journaled as operation %1; to put the servers back: elbdesk-cli undo %1").arg(id));
            break;
        }
    }
    if (!m_notSent.isEmpty()) {
        m_err << "elbdesk-cli: " << m_notSent << '\n';
        code = ExitNetwork;
    }
    done(code);
}

} // namespace ElbDesk::Cli
