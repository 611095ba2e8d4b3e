// "Find a server everywhere" in CliRunner: `find QUERY` lists every listener of every load
// balancer a server sits in; `remove-server QUERY` takes it out of all of them with one request
// per listener, journaled as one group, after showing what each listener keeps.
#include "clirunner.h"

#include "jobs/memberremoval.h"
#include "jobs/serversearch.h"
#include "store/journal.h"
#include "tableprinter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace ElbDesk::Cli {

static QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

ServerSearch *CliRunner::startSearch()
{
    auto *search = new ServerSearch(m_client, m_options.arguments.at(0), this);
    // Progress only for a person watching; scripts get the summary line at the end.
    if (isatty(fileno(stderr))) {
        connect(search, &ServerSearch::progress, this, [this](int done, int total) {
            m_err << '\r' << tr("Searching the members of %1 listeners: %2 done…").arg(total).arg(done);
            if (done == total)
                m_err << '\n';
            m_err.flush();
        });
    }
    return search;
}

// Listeners that could not be listed are named, never skipped silently.
static void reportFailures(const ServerSearch *search, const std::function<void(const QString &)> &say)
{
    for (const ServerSearchFailure &f : search->failures())
        say(QCoreApplication::translate("ElbDesk::Cli", "Listener %1 (%2) could not be searched: %3")
                .arg(orDash(f.listenerName), f.listenerId, f.error.describe()));
}

void CliRunner::find()
{
    ServerSearch *search = startSearch();
    connect(search, &ServerSearch::finished, this, [this, search] {
        search->deleteLater();
        if (search->error().isError())
            return fail(search->error());
        const QList<ServerMembership> found = search->results();
        QSet<QString> listeners;
        for (const ServerMembership &s : found)
            listeners.insert(s.listenerId);
        if (m_options.json) {
            QJsonArray array;
            for (const ServerMembership &s : found) {
                const Member &m = s.member;
                array.append(QJsonObject{{QStringLiteral("loadbalancer_id"), s.loadBalancerId},
                                         {QStringLiteral("loadbalancer_name"), s.loadBalancerName},
                                         {QStringLiteral("listener_id"), s.listenerId},
                                         {QStringLiteral("listener_name"), s.listenerName},
                                         {QStringLiteral("id"), m.id},
                                         {QStringLiteral("server_id"), m.serverId},
                                         {QStringLiteral("server_address"), m.serverAddress},
                                         {QStringLiteral("server_name"),
                                          m.serverName.isEmpty() ? QJsonValue() : QJsonValue(m.serverName)},
                                         {QStringLiteral("health_status"), m.healthStatus},
                                         {QStringLiteral("status"), m.status}});
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else if (!found.isEmpty()) {
            TablePrinter table({tr("LOAD BALANCER"), tr("LISTENER"), tr("LISTENER ID"), tr("MEMBER ID"),
                                tr("SERVER NAME"), tr("PRIVATE IP"), tr("SERVER ID"), tr("HEALTH")});
            for (const ServerMembership &s : found)
                table.addRow({orDash(s.loadBalancerName), orDash(s.listenerName), s.listenerId, s.member.id,
                              orDash(s.member.serverName), s.member.serverAddress, s.member.serverId,
                              s.member.healthStatus});
            table.print(m_out);
        }
        if (found.isEmpty())
            progress(tr("No member of the %1 listeners matches \"%2\".")
                         .arg(search->listenersTotal())
                         .arg(search->query()));
        else
            progress(tr("\"%1\" is in %n listener(s) of the %2 searched.", nullptr, int(listeners.size()))
                         .arg(search->query())
                         .arg(search->listenersTotal()));
        reportFailures(search, [this](const QString &line) { progress(line); });
        if (!search->failures().isEmpty())
            return fail(tr("%n listener(s) could not be searched: the list may be incomplete", nullptr,
                           int(search->failures().size())),
                        exitCodeFor(search->failures().first().error));
        done(ExitSuccess);
    });
    search->start();
}

void CliRunner::removeServer()
{
    ServerSearch *search = startSearch();
    connect(search, &ServerSearch::finished, this, [this, search] {
        search->deleteLater();
        if (search->error().isError())
            return fail(search->error());
        if (!search->failures().isEmpty()) {
            reportFailures(search, [this](const QString &line) { progress(line); });
            // Taking a server out of only some of its listeners is not what was asked for.
            return fail(
                tr("%n listener(s) could not be searched, so the server may sit in more listeners than "
                   "were found; nothing was sent",
                   nullptr, int(search->failures().size())),
                exitCodeFor(search->failures().first().error));
        }
        const QList<ServerMembership> found = search->results();
        if (found.isEmpty())
            return fail(tr("no member of any of the %1 listeners matches \"%2\"; nothing was sent")
                            .arg(search->listenersTotal())
                            .arg(search->query()),
                        ExitApiRefused);
        reviewAndRemove(found);
    });
    search->start();
}

void CliRunner::reviewAndRemove(const QList<ServerMembership> &found)
{
    // One group per listener, in listing order: one request each.
    QList<QList<ServerMembership>> groups;
    QHash<QString, qsizetype> groupOf;
    QSet<QString> servers;
    QSet<QString> loadBalancers;
    for (const ServerMembership &s : found) {
        const auto it = groupOf.constFind(s.listenerId);
        if (it == groupOf.constEnd()) {
            groupOf.insert(s.listenerId, groups.size());
            groups.append({s});
        } else {
            groups[*it].append(s);
        }
        servers.insert(s.member.serverId);
        loadBalancers.insert(s.loadBalancerId);
    }

    m_err << tr("\"%1\" matches %n membership(s)", nullptr, int(found.size())).arg(m_options.arguments.at(0))
          << ' ' << tr("in %n listener(s)", nullptr, int(groups.size())) << ' '
          << tr("of %n load balancer(s):", nullptr, int(loadBalancers.size())) << '\n';
    if (servers.size() > 1)
        m_err
            << tr("Note: %1 different servers match; every one of them will be removed.").arg(servers.size())
            << '\n';
    for (const QList<ServerMembership> &group : std::as_const(groups)) {
        const ServerMembership &first = group.first();
        const int removing = int(group.size());
        const int healthyRemoving = int(std::count_if(
            group.cbegin(), group.cend(), [](const ServerMembership &s) { return s.member.isHealthy(); }));
        const int remain = first.listenerMembers - removing;
        const int healthyRemain = first.listenerHealthy - healthyRemoving;
        m_err << '\n'
              << tr("Listener %1 (%2) of load balancer %3:")
                     .arg(orDash(first.listenerName), first.listenerId, orDash(first.loadBalancerName))
              << '\n'
              << tr("  removes %1 of %2 members; %3 remain, %4 of them healthy")
                     .arg(removing)
                     .arg(first.listenerMembers)
                     .arg(remain)
                     .arg(healthyRemain)
              << '\n';
        if (remain == 0)
            m_err << tr("  WARNING: this leaves the listener without any member.") << '\n';
        else if (healthyRemain == 0)
            m_err << tr("  WARNING: this leaves the listener without a healthy member.") << '\n';
        TablePrinter table(
            {tr("SERVER NAME"), tr("PRIVATE IP"), tr("SERVER ID"), tr("MEMBER ID"), tr("HEALTH")});
        for (const ServerMembership &s : group)
            table.addRow({orDash(s.member.serverName), s.member.serverAddress, s.member.serverId, s.member.id,
                          s.member.healthStatus});
        table.print(m_err);
    }
    m_err << '\n' << tr("Established connections continue until they time out.") << '\n';
    m_err.flush();
    if (!m_options.yes && !confirm(tr("Remove from these %n listener(s)?", nullptr, int(groups.size()))))
        return fail(tr("removal cancelled; nothing was sent"), ExitUsage);

    const QString groupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<Planned> plans;
    for (const QList<ServerMembership> &group : std::as_const(groups)) {
        QList<Member> members;
        for (const ServerMembership &s : group)
            members.append(s.member);
        auto *operation = new MemberRemoval(m_client, group.first().listenerId, members, this);
        operation->setListenerName(group.first().listenerName);
        JournalOperation context = journalContext(operation);
        context.groupId = groupId;
        context.loadBalancerId = group.first().loadBalancerId;
        plans.append({operation, context});
    }
    progress(tr("Removing from %n listener(s), one request each…", nullptr, int(plans.size())));
    runOperations(plans, true);
}

} // namespace ElbDesk::Cli
