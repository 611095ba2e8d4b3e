#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "model/listener.h"
#include "model/loadbalancer.h"
#include "model/member.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ElbDesk {

class ListMembersRequest;

// One listener a searched-for server sits in, with what removing it there would leave.
struct ServerMembership
{
    QString loadBalancerId;
    QString loadBalancerName;
    QString listenerId;
    QString listenerName;
    Member member;
    int listenerMembers = 0; // every member of the listener when it was listed
    int listenerHealthy = 0; // of those, how many were NORMAL
};

// A listener whose members could not be listed: the search result is incomplete there.
struct ServerSearchFailure
{
    QString loadBalancerId;
    QString listenerId;
    QString listenerName;
    ApiError error;
};

// "Find a server everywhere": every membership, across every load balancer and listener of the
// project, of the server(s) a query names. One ListLoadBalancersRequest (for the names) and one
// ListListenersRequest without a load balancer filter, then every listener's members page by page,
// a few listeners at a time (default 4 in flight) so the search stays within the gateway's rate
// limit. A listener that cannot be listed is reported in failures(), never silently skipped.
//
// The query rule (matches()), decided by the query's shape so that one query never means two things:
// - a server id (dashed UUID): members whose server_id equals it (case-insensitively);
// - an IP address (dotted quad or IPv6): members whose server_address (the private IP) equals it
//   exactly;
// - anything else: members whose server_name contains it, case-insensitively.
// An IP is never matched as a substring: "10.0.0.1" must not take out 10.0.0.10 … 10.0.0.19.
class ServerSearch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSearch)
public:
    enum class QueryKind { ServerId, IpAddress, NameSubstring, Invalid };
    Q_ENUM(QueryKind)

    ServerSearch(ApiClient *client, const QString &query, QObject *parent = nullptr);
    ~ServerSearch() override;

    void setMaxInFlight(int listeners) { m_maxInFlight = qMax(1, listeners); }
    void start();
    // Stops listing; finished() follows with error() Aborted.
    void abort();

    [[nodiscard]] static QueryKind queryKind(const QString &query);
    [[nodiscard]] static bool matches(const Member &member, const QString &query);

    [[nodiscard]] const QString &query() const { return m_query; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // Listing the load balancers or listeners failed (or the query is empty): nothing was searched.
    [[nodiscard]] const ApiError &error() const { return m_error; }
    // In the order the listeners were listed, not the order their members arrived.
    [[nodiscard]] QList<ServerMembership> results() const;
    [[nodiscard]] const QList<ServerSearchFailure> &failures() const { return m_failures; }
    [[nodiscard]] int listenersTotal() const { return int(m_listeners.size()); }
    [[nodiscard]] int listenersDone() const { return m_done; }

Q_SIGNALS:
    void progress(int listenersDone, int listenersTotal);
    void finished();

private:
    void onTopLevelListed();
    void startMore();
    void onMembers(int index, ListMembersRequest *request);
    void finish(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_query;
    QList<Listener> m_listeners;
    QHash<QString, QString> m_loadBalancerNames;
    QList<QList<ServerMembership>> m_perListener; // indexed like m_listeners
    QList<ServerSearchFailure> m_failures;
    QList<QPointer<ListMembersRequest>> m_inFlight;
    ApiError m_error;
    int m_maxInFlight = 4;
    int m_next = 0;
    int m_done = 0;
    int m_topLevelPending = 0;
    bool m_listenersOk = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace ElbDesk
