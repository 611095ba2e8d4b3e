#include "freshnesscheck.h"

#include "api/listmembersrequest.h"
#include "logging.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace ElbDesk {

FreshnessCheck::FreshnessCheck(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

FreshnessCheck::~FreshnessCheck()
{
    for (const QPointer<ListMembersRequest> &request : std::as_const(m_inFlight)) {
        if (request)
            request->abort();
    }
}

void FreshnessCheck::check(const QList<ListenerSelection> &selections)
{
    if (m_running)
        return;
    m_running = true;
    m_selections = selections;
    m_differences.clear();
    m_fresh.clear();
    m_next = 0;
    m_done = 0;
    // Always asynchronous, so a caller can connect after check() and still hear the answer.
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        Q_EMIT progress(0, int(m_selections.size()));
        if (m_selections.isEmpty())
            finish();
        else
            startMore();
    });
}

void FreshnessCheck::startMore()
{
    m_inFlight.removeAll(nullptr);
    while (m_running && m_next < m_selections.size() && m_inFlight.size() < m_maxInFlight) {
        const int index = m_next++;
        auto *request = new ListMembersRequest(m_client, m_selections.at(index).listenerId, this);
        m_inFlight.append(request);
        connect(request, &ListMembersRequest::finished, this,
                [this, index](ListMembersRequest *r) { onListed(index, r); });
        request->start();
    }
}

void FreshnessCheck::onListed(int index, ListMembersRequest *request)
{
    // Not in flight any more: aborted, and already reported as such.
    if (m_inFlight.removeAll(request) == 0 || !m_running)
        return;
    const ListenerSelection &selection = m_selections.at(index);
    ++m_done;
    if (request->error().isError()) {
        qCWarning(lcJobs).noquote() << "freshness: re-reading listener" << selection.listenerId
                                    << "failed:" << request->error().describe();
        FreshnessDifference d;
        d.listenerId = selection.listenerId;
        d.listenerName = selection.listenerName;
        d.healthyBefore = selection.healthyShown;
        d.healthyNow = -1;
        d.error = request->error();
        m_differences.append(d);
    } else {
        m_fresh.insert(selection.listenerId, request->members());
        compare(index, request->members());
    }
    Q_EMIT progress(m_done, int(m_selections.size()));
    if (m_done == m_selections.size())
        finish();
    else
        startMore();
}

void FreshnessCheck::compare(int index, const QList<Member> &now)
{
    const ListenerSelection &selection = m_selections.at(index);
    QHash<QString, Member> byId;
    for (const Member &m : now)
        byId.insert(m.id, m);

    FreshnessDifference d;
    d.listenerId = selection.listenerId;
    d.listenerName = selection.listenerName;
    d.healthyBefore = selection.healthyShown;
    d.healthyNow = int(std::count_if(now.cbegin(), now.cend(), [](const Member &m) { return m.isHealthy(); }));
    for (const Member &reviewed : selection.selected) {
        const auto it = byId.constFind(reviewed.id);
        if (it == byId.constEnd())
            d.gone.append(reviewed);
        else if (it->healthStatus != reviewed.healthStatus)
            d.healthChanged.append({reviewed, *it});
    }
    // More healthy members than reviewed is no risk; fewer is exactly what the review must not hide.
    if (!d.gone.isEmpty() || !d.healthChanged.isEmpty() || d.healthyNow < d.healthyBefore)
        m_differences.append(d);
}

void FreshnessCheck::abort()
{
    if (!m_running)
        return;
    // Listeners not re-read are unknown: reported, so that nobody mistakes an abort for "unchanged".
    QList<bool> answered(m_selections.size(), false);
    for (const FreshnessDifference &d : std::as_const(m_differences)) {
        for (int i = 0; i < m_selections.size(); ++i) {
            if (m_selections.at(i).listenerId == d.listenerId)
                answered[i] = true;
        }
    }
    for (int i = 0; i < m_selections.size(); ++i) {
        const ListenerSelection &s = m_selections.at(i);
        if (answered.at(i) || m_fresh.contains(s.listenerId))
            continue;
        FreshnessDifference d;
        d.listenerId = s.listenerId;
        d.listenerName = s.listenerName;
        d.healthyBefore = s.healthyShown;
        d.healthyNow = -1;
        d.error = ApiError::aborted(tr("the check was cancelled"));
        m_differences.append(d);
    }
    // Cleared before aborting: their finished() must not count any more (see onListed()).
    const QList<QPointer<ListMembersRequest>> inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<ListMembersRequest> &request : inFlight) {
        if (request)
            request->abort();
    }
    finish();
}

void FreshnessCheck::finish()
{
    if (!m_running)
        return;
    m_running = false;
    QHash<QString, int> position;
    for (int i = 0; i < m_selections.size(); ++i)
        position.insert(m_selections.at(i).listenerId, i);
    std::stable_sort(m_differences.begin(), m_differences.end(),
                     [&position](const FreshnessDifference &a, const FreshnessDifference &b) {
                         return position.value(a.listenerId) < position.value(b.listenerId);
                     });
    qCDebug(lcJobs).noquote() << "freshness:" << m_selections.size() << "listeners re-read,"
                              << m_differences.size() << "differ";
    Q_EMIT finished(m_differences.isEmpty());
}

QList<FreshnessDifference> FreshnessCheck::differences() const
{
    return m_differences;
}

QString FreshnessCheck::memberLabel(const Member &member)
{
    if (!member.serverName.isEmpty())
        return member.serverName;
    if (!member.serverAddress.isEmpty())
        return member.serverAddress;
    return tr("member %1").arg(member.id);
}

QString FreshnessCheck::healthWords(const QString &healthStatus)
{
    if (healthStatus == QLatin1String("NORMAL"))
        return tr("healthy");
    if (healthStatus == QLatin1String("ABNORMAL"))
        return tr("unhealthy");
    if (healthStatus == QLatin1String("UNAVAILABLE"))
        return tr("without health check");
    if (healthStatus.isEmpty())
        return tr("of unknown health");
    return tr("in health state %1", "%1 is the value the cloud sent").arg(healthStatus);
}

QString FreshnessCheck::describe(const FreshnessDifference &d)
{
    const QString listener = d.listenerName.isEmpty() ? d.listenerId : d.listenerName;
    QStringList lines;
    if (d.error.isError()) {
        lines.append(tr("Listener %1 could not be read again, so its members are not known now: %2")
                         .arg(listener, d.error.describe()));
        return lines.join(QLatin1Char('\n'));
    }
    for (const Member &m : d.gone)
        lines.append(tr("%1 is no longer on listener %2.").arg(memberLabel(m), listener));
    for (const QPair<Member, Member> &change : d.healthChanged) {
        lines.append(tr("%1 on listener %2 is %3 now, %4 when reviewed.")
                         .arg(memberLabel(change.second), listener, healthWords(change.second.healthStatus),
                              healthWords(change.first.healthStatus)));
    }
    if (d.healthyNow < d.healthyBefore) {
        // English has no plural for "when reviewed"; the count that matters goes through %n.
        lines.append(d.healthyNow == 1
                         ? tr("Listener %1 has 1 healthy member now, %2 when reviewed.").arg(listener).arg(d.healthyBefore)
                         : tr("Listener %1 has %n healthy members now, %2 when reviewed.", nullptr, d.healthyNow)
                               .arg(listener)
                               .arg(d.healthyBefore));
    }
    return lines.join(QLatin1Char('\n'));
}

QString FreshnessCheck::describe() const
{
    QStringList parts;
    for (const FreshnessDifference &d : m_differences)
        parts.append(describe(d));
    return parts.join(QLatin1Char('\n'));
}

QList<ListenerSelection> FreshnessCheck::selectionsFor(const QList<ServerMembership> &memberships)
{
    QList<ListenerSelection> selections;
    QHash<QString, int> position;
    QSet<QString> seen;
    for (const ServerMembership &m : memberships) {
        if (!seen.contains(m.listenerId + QLatin1Char('/') + m.member.id)) {
            seen.insert(m.listenerId + QLatin1Char('/') + m.member.id);
            auto it = position.constFind(m.listenerId);
            if (it == position.constEnd()) {
                it = position.insert(m.listenerId, int(selections.size()));
                selections.append({m.listenerId, m.listenerName, {}, m.listenerHealthy});
            }
            selections[*it].selected.append(m.member);
        }
    }
    return selections;
}

QList<ServerMembership> FreshnessCheck::refreshed(const QList<ServerMembership> &reviewed) const
{
    QList<ServerMembership> now;
    for (const ServerMembership &m : reviewed) {
        const auto fresh = m_fresh.constFind(m.listenerId);
        if (fresh == m_fresh.constEnd()) {
            now.append(m); // not re-read: nothing newer is known
            continue;
        }
        const auto current = std::find_if(fresh->cbegin(), fresh->cend(),
                                          [&m](const Member &f) { return f.id == m.member.id; });
        if (current == fresh->cend())
            continue; // gone
        ServerMembership updated = m;
        updated.member = *current;
        updated.listenerMembers = int(fresh->size());
        updated.listenerHealthy =
            int(std::count_if(fresh->cbegin(), fresh->cend(), [](const Member &f) { return f.isHealthy(); }));
        now.append(updated);
    }
    return now;
}

} // namespace ElbDesk
