#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "jobs/serversearch.h"
#include "model/member.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

namespace ElbDesk {

class ListMembersRequest;

// What the operator reviewed on one listener: the members selected for removal as the review showed
// them, and how many healthy members the listener had then.
struct ListenerSelection
{
    QString listenerId;
    QString listenerName;
    QList<Member> selected;
    int healthyShown = 0;
};

// How one listener differs now from what the review showed. Only listeners that do differ are
// reported.
struct FreshnessDifference
{
    QString listenerId;
    QString listenerName;
    QList<Member> gone;                        // selected, but no longer on the listener
    QList<QPair<Member, Member>> healthChanged; // selected members whose health changed: (reviewed, now)
    int healthyBefore = 0;                     // healthy members when reviewed
    int healthyNow = 0;                        // healthy members now (-1 when the listing failed)
    ApiError error;                            // the listener could not be re-read: nothing is known
};

// "Fresh data at the moment of truth": just before a removal is sent, re-reads every affected
// listener (ListMembersRequest, a few listeners at a time) and compares with what the review showed.
// A selected member that is gone, a selected member whose health changed, fewer healthy members on
// the listener than reviewed, or a listener that cannot be re-read all count as a difference. The
// caller sends only when finished(true) arrives, or after the operator looked at describe() again.
// It never sends anything itself.
class FreshnessCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreshnessCheck)
public:
    explicit FreshnessCheck(ApiClient *client, QObject *parent = nullptr);
    ~FreshnessCheck() override;

    void setMaxInFlight(int listeners) { m_maxInFlight = qMax(1, listeners); }
    // Starts the check; finished() always follows (asynchronously, also for an empty selection).
    // A second call while one runs is ignored.
    void check(const QList<ListenerSelection> &selections);
    // Stops re-reading; finished(false) follows with every unchecked listener reported as an error.
    void abort();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isUnchanged() const { return m_differences.isEmpty(); }
    // In the order of the selections.
    [[nodiscard]] QList<FreshnessDifference> differences() const;
    // The members of a listener as re-read now (empty when its listing failed).
    [[nodiscard]] QList<Member> freshMembers(const QString &listenerId) const { return m_fresh.value(listenerId); }
    // One line per difference, for the operator's second look; empty when nothing changed.
    [[nodiscard]] QString describe() const;
    [[nodiscard]] static QString describe(const FreshnessDifference &difference);

    // What a review of found memberships showed, per listener (listenerHealthy as healthyShown),
    // listeners in order of first appearance, each member once.
    [[nodiscard]] static QList<ListenerSelection> selectionsFor(const QList<ServerMembership> &memberships);
    // The reviewed memberships brought up to date from the re-read listings, for a second review:
    // gone members dropped, health and listener counts as they are now. Memberships of listeners
    // that could not be re-read are kept as reviewed.
    [[nodiscard]] QList<ServerMembership> refreshed(const QList<ServerMembership> &reviewed) const;

Q_SIGNALS:
    void progress(int listenersDone, int listenersTotal);
    void finished(bool unchanged);

private:
    void startMore();
    void onListed(int index, ListMembersRequest *request);
    void compare(int index, const QList<Member> &now);
    void finish();
    [[nodiscard]] static QString memberLabel(const Member &member);
    [[nodiscard]] static QString healthWords(const QString &healthStatus);

    QPointer<ApiClient> m_client;
    QList<ListenerSelection> m_selections;
    QList<FreshnessDifference> m_differences; // unordered until finish()
    QHash<QString, QList<Member>> m_fresh;
    QList<QPointer<ListMembersRequest>> m_inFlight;
    int m_maxInFlight = 4;
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace ElbDesk
