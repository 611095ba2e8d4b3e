// The state-changing commands of CliRunner: remove and add. Both list the listener first, so
// the operator sees (and the verification knows) exactly which members are meant.
#include "clirunner.h"

#include "api/apiclient.h"
#include "api/ids.h"
#include "api/listmembersrequest.h"
#include "jobs/memberaddition.h"
#include "jobs/memberremoval.h"
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
            return fail(tr("not on listener %1: %2; nothing was sent").arg(r->listenerId(), missing.join(u' ')),
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
    m_err << tr("Established connections continue until they time out.") << '\n'
          << tr("Remove them? Type \"yes\" to confirm: ");
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
    operation->setOptions(operationOptions(m_options.timeoutSeconds));
    connect(operation, &MemberOperation::jobIdKnown, this,
            [this](const QString &jobId) { progress(tr("Job %1 started; following it.").arg(jobId)); });
    connect(operation, &MemberOperation::finished, this, &CliRunner::onOperationFinished);
    operation->start();
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
    auto *operation = new MemberAddition(m_client, m_options.arguments.at(0), MemberRemoval::targetsFor(servers), this);
    operation->setOptions(operationOptions(m_options.timeoutSeconds));
    connect(operation, &MemberOperation::jobIdKnown, this,
            [this](const QString &jobId) { progress(tr("Job %1 started; following it.").arg(jobId)); });
    connect(operation, &MemberOperation::finished, this, &CliRunner::onOperationFinished);
    operation->start();
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

void CliRunner::onOperationFinished(MemberOperation *operation)
{
    const MemberOperation::Outcome outcome = operation->outcome();
    if (outcome == MemberOperation::Outcome::Rejected)
        return fail(operation->error());
    const bool removal = operation->kind() == QLatin1String("remove");
    if (m_options.json) {
        QJsonObject job = operation->job().raw;
        if (job.isEmpty()) {
            // No job answer (the POST's answer was lost): the same shape, with what re-listing showed.
            QJsonArray members;
            for (const MemberOperation::Target &t : operation->targets())
                members.append(QJsonObject{{QStringLiteral("id"), t.memberId}});
            job = QJsonObject{
                {QStringLiteral("job_id"), operation->jobId().isEmpty() ? QJsonValue() : QJsonValue(operation->jobId())},
                {QStringLiteral("job_type"), removal ? QStringLiteral("removeMember") : QStringLiteral("createMember")},
                {QStringLiteral("status"),
                 outcome == MemberOperation::Outcome::Succeeded ? QStringLiteral("SUCCESS") : QStringLiteral("UNKNOWN")},
                {QStringLiteral("entities"), QJsonObject{{QStringLiteral("listener_id"), operation->listenerId()},
                                                         {QStringLiteral("members"), members}}},
                {QStringLiteral("error_code"), QJsonValue()},
                {QStringLiteral("fail_reason"), QJsonValue()}};
        }
        m_out << QJsonDocument(job).toJson(QJsonDocument::Indented);
    } else {
        TablePrinter table({removal ? tr("MEMBER ID") : tr("NEW MEMBER ID"), tr("SERVER NAME"), tr("PRIVATE IP"),
                            tr("SERVER ID"), tr("RESULT")});
        for (const MemberOperation::Target &t : operation->targets())
            table.addRow({t.memberId.isEmpty() ? QStringLiteral("-") : t.memberId,
                          t.serverName.isEmpty() ? QStringLiteral("-") : t.serverName, t.serverAddress, t.serverId,
                          targetStateText(t.state, removal)});
        table.print(m_out);
    }
    progress(operation->summary());
    done(outcome == MemberOperation::Outcome::Succeeded ? ExitSuccess : ExitJobFailedOrUnknown);
}

} // namespace ElbDesk::Cli
