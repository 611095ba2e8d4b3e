#include "listmembersrequest.h"

#include "api/apiclient.h"
#include "api/memberpagerequest.h"
#include "logging.h"

#include <QCoreApplication>

namespace ElbDesk {

ListMembersRequest::ListMembersRequest(ApiClient *client, const QString &listenerId, QObject *parent)
    : QObject(parent), m_client(client), m_listenerId(listenerId)
{
    if (client && client->connection().pageSize > 0)
        m_pageSize = client->connection().pageSize;
}

ListMembersRequest::~ListMembersRequest()
{
    if (m_current)
        m_current->abort();
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
    if (m_current)
        m_current->abort(); // finishes through onPage() with Aborted
}

void ListMembersRequest::requestPage()
{
    if (!m_client) {
        finish(ApiError::refused(tr("no API client")));
        return;
    }
    auto *page = new MemberPageRequest(m_client, m_listenerId, m_pageSize, m_marker, this);
    m_current = page;
    page->setDeferParse(true);
    connect(page, &ApiRequest::finished, this, [this, page] { onPage(page); });
    // The first page as any request (whoever started the listing may connect afterwards); the next
    // ones go out at once, before the page just received is digested.
    if (m_pages == 0)
        page->start();
    else
        page->startNow();
}

void ListMembersRequest::onPage(MemberPageRequest *page)
{
    m_current = nullptr;
    if (page->error().isError()) {
        finish(page->error());
        return;
    }
    ++m_pages;
    // A full page, so far only sliced and its last member read: ask for the next page (marker = that
    // id) before this one is parsed and digested (ids here, rows and search keys in the receivers), so
    // the server prepares it meanwhile. A page that would not advance, or the last allowed one, is left
    // to the checks below; any other page asks for its successor after the duplicate check.
    bool askedAhead = false;
    if (page->isDeferred()) {
        QPointer<MemberPageRequest> ahead;
        if (m_pages < m_maxPages && !m_seen.contains(page->lastId())) {
            m_marker = page->lastId();
            requestPage();
            if (m_done) // the next page was refused before it was sent
                return;
            ahead = m_current;
            askedAhead = true;
        }
        const ApiError error = page->completeParse();
        if (error.isError()) {
            if (ahead) { // not wanted any more: no answer of it may reach onPage()
                disconnect(ahead, nullptr, this, nullptr);
                m_current = nullptr;
                ahead->abort();
            }
            finish(error);
            return;
        }
    }
    QList<Member> &items = page->members();
    const bool shortPage = m_pageSize <= 0 || items.size() < m_pageSize;
    // One pass: each id is looked up once, and the page's new members are what is passed on.
    QList<Member> fresh;
    fresh.reserve(items.size());
    for (Member &m : items) {
        const qsizetype before = m_seen.size();
        m_seen.insert(m.id);
        if (m_seen.size() != before)
            fresh.append(std::move(m));
    }
    // A server that repeats a full page (marker ignored) would otherwise loop for ever. A short page
    // ends the listing anyway, and with a server that reads the marker inclusively ("start from")
    // the last page may hold only the marker member: that is the end, not an error.
    if (!items.isEmpty() && fresh.isEmpty() && !shortPage) {
        finish(ApiError::badBody(tr("page %1 of the member list repeats members already listed; the "
                                    "server ignores the page marker")
                                     .arg(m_pages)));
        return;
    }
    if (m_keepMembers)
        m_members.append(fresh); // no reserve(): append() grows geometrically over 200 pages
    const int soFar = int(m_seen.size());
    if (shortPage || items.isEmpty()) {
        qCDebug(lcApi) << "listed" << m_seen.size() << "members of" << m_listenerId << "in" << m_pages
                       << "pages";
        Q_EMIT pageLoaded(fresh, soFar);
        finish(ApiError());
        return;
    }
    if (m_pages >= m_maxPages) {
        Q_EMIT pageLoaded(fresh, soFar);
        finish(ApiError::badBody(tr("the member list did not end after %1 pages (%2 members); stopped")
                                     .arg(m_maxPages)
                                     .arg(m_seen.size())));
        return;
    }
    if (!askedAhead) { // a full page that did not repeat: it has new members
        m_marker = fresh.constLast().id;
        requestPage();
    }
    if (!m_done) // a refused next page has finished the listing already
        Q_EMIT pageLoaded(fresh, soFar);
}

void ListMembersRequest::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (error.isError())
        m_members.clear();
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace ElbDesk
