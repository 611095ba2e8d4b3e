#include "listmembersrequest.h"

#include "api/apiclient.h"
#include "api/backgroundwork.h"
#include "api/memberpagerequest.h"
#include "logging.h"

#include <QPromise>

namespace ElbDesk {

ListMembersRequest::ListMembersRequest(ApiClient *client, const QString &listenerId, QObject *parent)
    : QObject(parent), m_client(client), m_listenerId(listenerId)
{
    if (client && client->connection().pageSize > 0)
        m_pageSize = client->connection().pageSize;
    connect(&m_digest, &QFutureWatcherBase::finished, this, &ListMembersRequest::onDigested);
}

ListMembersRequest::~ListMembersRequest()
{
    dropPages();
}

void ListMembersRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    requestPage();
}

void ListMembersRequest::abort()
{
    if (m_done)
        return;
    finish(ApiRequest::cancelled());
}

void ListMembersRequest::requestPage()
{
    if (!m_client) {
        finish(ApiError::refused(tr("no API client")));
        return;
    }
    if (!m_marker.isEmpty())
        m_markers.insert(m_marker);
    auto *page = new MemberPageRequest(m_client, m_listenerId, m_pageSize, m_marker, this);
    m_current = page;
    page->setDeferParse(true);
    page->setAutoDelete(false); // kept until its digest is back (its error context)
    connect(page, &ApiRequest::finished, this, [this, page] { onPage(page); });
    // The first page as any request (whoever started the listing may connect afterwards); the next
    // ones go out at once.
    if (m_pages == 0)
        page->start();
    else
        page->startNow();
}

void ListMembersRequest::onPage(MemberPageRequest *page)
{
    if (page == m_current)
        m_current = nullptr;
    m_arrived.append(page);
    digestNext();
}

void ListMembersRequest::digestNext()
{
    if (m_done || m_digesting || m_arrived.isEmpty())
        return;
    MemberPageRequest *page = m_arrived.takeFirst();
    if (page->error().isError()) { // after the pages before it, as they were sent
        const ApiError error = page->error();
        page->deleteLater();
        finish(error);
        return;
    }
    ++m_pages;
    m_digesting = page;
    // A full page, so far only sliced and its last member read: ask for the next page (marker =
    // that id) now, so the server prepares it while this one is parsed. A page ending on a marker
    // already asked with would not advance, and the last allowed page asks for nothing; both are
    // left to the checks in onDigested().
    m_digestAskedAhead = false;
    const QString &lastId = page->lastId();
    if (!lastId.isEmpty() && m_pages < m_maxPages && !m_current && !m_markers.contains(lastId)) {
        m_marker = lastId;
        requestPage();
        if (m_done) // the next page was refused before it was sent
            return;
        m_digestAskedAhead = true;
    }
    auto promise = std::make_shared<QPromise<MemberPageDigest>>();
    m_digest.setFuture(promise->future());
    promise->start();
    runInBackground(
        [promise, body = page->takeDeferredBody(), seen = m_seen, withKeys = m_rowKeys, raw = m_rawJson] {
            promise->addResult(digestMemberPage(body, seen.get(), withKeys, raw));
            promise->finish();
        });
}

void ListMembersRequest::onDigested()
{
    if (m_done || !m_digesting)
        return;
    MemberPageRequest *page = std::exchange(m_digesting, nullptr);
    page->deleteLater();
    MemberPageDigest digest = m_digest.future().takeResult();
    if (!digest.ok()) {
        finish(page->deferredError(digest.parseError)); // drops the page asked ahead, if any
        return;
    }
    const bool shortPage = m_pageSize <= 0 || digest.received < m_pageSize;
    QList<Member> &fresh = digest.fresh;
    // A server that repeats a full page (marker ignored) would otherwise loop for ever. A short page
    // ends the listing anyway, and with a server that reads the marker inclusively ("start from")
    // the last page may hold only the marker member: that is the end, not an error.
    if (digest.received > 0 && fresh.isEmpty() && !shortPage) {
        finish(ApiError::badBody(tr("page %1 of the member list repeats members already listed; the "
                                    "server ignores the page marker")
                                     .arg(m_pages)));
        return;
    }
    if (m_keepMembers)
        m_members.append(fresh); // no reserve(): append() grows geometrically over 200 pages
    const int soFar = int(digest.seen);
    if (shortPage) {
        qCDebug(lcApi) << "listed" << soFar << "members of" << m_listenerId << "in" << m_pages << "pages";
        Q_EMIT pageLoaded(fresh, digest.keys, soFar);
        finish(ApiError());
        return;
    }
    if (m_pages >= m_maxPages) {
        Q_EMIT pageLoaded(fresh, digest.keys, soFar);
        finish(ApiError::badBody(tr("the member list did not end after %1 pages (%2 members); stopped")
                                     .arg(m_maxPages)
                                     .arg(soFar)));
        return;
    }
    if (!m_digestAskedAhead) { // a full page that did not repeat: it has new members
        m_marker = fresh.constLast().id;
        requestPage();
    }
    if (m_done) // a refused next page has finished the listing already
        return;
    Q_EMIT pageLoaded(fresh, digest.keys, soFar);
    digestNext(); // the page asked ahead may be here already
}

void ListMembersRequest::dropPages()
{
    if (m_current) { // no answer of it may reach onPage() any more
        disconnect(m_current, nullptr, this, nullptr);
        m_current->abort();
        m_current->deleteLater();
        m_current = nullptr;
    }
    for (MemberPageRequest *page : std::as_const(m_arrived))
        page->deleteLater();
    m_arrived.clear();
    if (m_digesting) { // its digest may still run; its result is not wanted
        m_digest.disconnect(this);
        m_digesting->deleteLater();
        m_digesting = nullptr;
    }
}

void ListMembersRequest::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    dropPages();
    m_error = error;
    if (error.isError())
        m_members.clear();
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace ElbDesk
