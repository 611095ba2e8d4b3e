#include "serversearch.h"

#include "api/ids.h"
#include "api/listlistenersrequest.h"
#include "api/listloadbalancersrequest.h"
#include "api/listmembersrequest.h"
#include "logging.h"

#include <algorithm>

namespace ElbDesk {

ServerSearch::ServerSearch(ApiClient *client, const QString &query, QObject *parent)
    : QObject(parent), m_client(client), m_query(query.trimmed())
{}

ServerSearch::~ServerSearch()
{
    // Nothing may be emitted from a half-destroyed search: cut the requests loose first.
    m_finished = true;
    for (const QPointer<ListMembersRequest> &request : std::as_const(m_inFlight)) {
        if (!request)
            continue;
        disconnect(request, nullptr, this, nullptr);
        request->abort();
    }
}

ServerSearch::QueryKind ServerSearch::queryKind(const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return QueryKind::Invalid;
    if (Ids::isServerId(q))
        return QueryKind::ServerId;
    // Only a written-out address (dotted quad or IPv6): QHostAddress also takes "97444148" or
    // "10.1" as IPv4, and such a query is far likelier to be part of a name.
    if (Ids::isIpAddress(q) && (q.count(u'.') == 3 || q.contains(u':')))
        return QueryKind::IpAddress;
    return QueryKind::NameSubstring;
}

bool ServerSearch::matches(const Member &member, const QString &query)
{
    const QString q = query.trimmed();
    switch (queryKind(q)) {
    case QueryKind::ServerId:
        return member.serverId.compare(q, Qt::CaseInsensitive) == 0;
    case QueryKind::IpAddress:
        return member.serverAddress == q;
    case QueryKind::NameSubstring:
        return member.serverName.contains(q, Qt::CaseInsensitive);
    case QueryKind::Invalid:
        break;
    }
    return false;
}

void ServerSearch::start()
{
    if (m_started)
        return;
    m_started = true;
    if (queryKind(m_query) == QueryKind::Invalid) {
        finish(
            ApiError::refused(tr("the search query is empty: give a server name, private IP or server id")));
        return;
    }
    // Both lists at once: the load balancers only for their names, the listeners to search.
    m_topLevelPending = 2;
    auto *lbs = new ListLoadBalancersRequest(m_client, this);
    connect(lbs, &ApiRequest::finished, this, [this, lbs] {
        if (m_finished)
            return;
        if (lbs->error().isError() && !m_error.isError())
            m_error = lbs->error();
        for (const LoadBalancer &lb : lbs->loadBalancers())
            m_loadBalancerNames.insert(lb.id, lb.name);
        onTopLevelListed();
    });
    auto *listeners = new ListListenersRequest(m_client, QString(), this);
    connect(listeners, &ApiRequest::finished, this, [this, listeners] {
        if (m_finished)
            return;
        if (listeners->error().isError())
            m_error = listeners->error(); // the listeners' error names the real problem
        else
            m_listeners = listeners->listeners();
        onTopLevelListed();
    });
    lbs->start();
    listeners->start();
}

void ServerSearch::onTopLevelListed()
{
    if (--m_topLevelPending > 0)
        return;
    if (m_error.isError()) {
        finish(m_error);
        return;
    }
    m_perListener.resize(m_listeners.size());
    qCDebug(lcJobs).noquote() << "searching" << m_listeners.size() << "listeners for" << m_query;
    Q_EMIT progress(0, listenersTotal());
    if (m_listeners.isEmpty()) {
        finish(ApiError());
        return;
    }
    startMore();
}

void ServerSearch::startMore()
{
    m_inFlight.removeAll(nullptr);
    while (!m_finished && m_next < m_listeners.size() && m_inFlight.size() < m_maxInFlight) {
        const int index = m_next++;
        auto *request = new ListMembersRequest(m_client, m_listeners.at(index).id, this);
        m_inFlight.append(request);
        connect(request, &ListMembersRequest::finished, this,
                [this, index](ListMembersRequest *r) { onMembers(index, r); });
        request->start();
    }
}

void ServerSearch::onMembers(int index, ListMembersRequest *request)
{
    m_inFlight.removeAll(request);
    if (m_finished)
        return;
    const Listener &listener = m_listeners.at(index);
    ++m_done;
    if (request->error().isError()) {
        qCWarning(lcJobs).noquote() << "search: listing listener" << listener.id
                                    << "failed:" << request->error().describe();
        m_failures.append({listener.loadBalancerId, listener.id, listener.name, request->error()});
    } else {
        const QList<Member> &members = request->members();
        const int healthy = int(
            std::count_if(members.cbegin(), members.cend(), [](const Member &m) { return m.isHealthy(); }));
        QList<ServerMembership> &found = m_perListener[index];
        for (const Member &m : members) {
            if (!matches(m, m_query))
                continue;
            found.append({listener.loadBalancerId, m_loadBalancerNames.value(listener.loadBalancerId),
                          listener.id, listener.name, m, int(members.size()), healthy});
        }
    }
    Q_EMIT progress(m_done, listenersTotal());
    if (m_done == listenersTotal()) {
        finish(ApiError());
        return;
    }
    startMore();
}

void ServerSearch::abort()
{
    if (m_finished)
        return;
    finish(ApiError::aborted(tr("the search was cancelled")));
    for (const QPointer<ListMembersRequest> &request : std::as_const(m_inFlight)) {
        if (request)
            request->abort();
    }
}

void ServerSearch::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    // Failures in listing order, like the results.
    QHash<QString, int> position;
    for (int i = 0; i < m_listeners.size(); ++i)
        position.insert(m_listeners.at(i).id, i);
    std::stable_sort(m_failures.begin(), m_failures.end(),
                     [&position](const ServerSearchFailure &a, const ServerSearchFailure &b) {
                         return position.value(a.listenerId) < position.value(b.listenerId);
                     });
    Q_EMIT finished();
}

QList<ServerMembership> ServerSearch::results() const
{
    QList<ServerMembership> all;
    for (const QList<ServerMembership> &found : m_perListener)
        all.append(found);
    return all;
}

} // namespace ElbDesk
