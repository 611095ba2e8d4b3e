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
    connect(page, &ApiRequest::finished, this, [this, page] { onPage(page); });
    page->start();
}

void ListMembersRequest::onPage(MemberPageRequest *page)
{
    m_current = nullptr;
    if (page->error().isError()) {
        finish(page->error());
        return;
    }
    QList<Member> &items = page->members();
    ++m_pages;
    int fresh = 0;
    for (const Member &m : std::as_const(items)) {
        if (!m_seen.contains(m.id))
            ++fresh;
    }
    const bool shortPage = m_pageSize <= 0 || items.size() < m_pageSize;
    // A server that repeats a full page (marker ignored) would otherwise loop for ever. A short page
    // ends the listing anyway, and with a server that reads the marker inclusively ("start from")
    // the last page may hold only the marker member: that is the end, not an error.
    if (!items.isEmpty() && fresh == 0 && !shortPage) {
        finish(ApiError::badBody(tr("page %1 of the member list repeats members already listed; the "
                                    "server ignores the page marker")
                                     .arg(m_pages)));
        return;
    }
    // No reserve() here: reserving exactly one page more per page reallocates (and moves) every
    // member listed so far on each page, quadratic over 200 pages; append() grows geometrically.
    qsizetype appended = 0;
    for (Member &m : items) {
        if (m_seen.contains(m.id))
            continue;
        m_seen.insert(m.id);
        m_members.append(std::move(m));
        ++appended;
    }
    const QList<Member> pageCopy = m_members.mid(m_members.size() - appended);
    const int soFar = int(m_members.size());
    if (shortPage || items.isEmpty()) {
        qCDebug(lcApi) << "listed" << m_members.size() << "members of" << m_listenerId << "in" << m_pages
                       << "pages";
        Q_EMIT pageLoaded(pageCopy, soFar);
        finish(ApiError());
        return;
    }
    if (m_pages >= m_maxPages) {
        Q_EMIT pageLoaded(pageCopy, soFar);
        finish(ApiError::badBody(tr("the member list did not end after %1 pages (%2 members); stopped")
                                     .arg(m_maxPages)
                                     .arg(m_members.size())));
        return;
    }
    // Ask for the next page before the receivers digest this one (model rows, search keys, the
    // view): the server prepares and sends it meanwhile, so listing costs little more than the
    // transfer itself.
    m_marker = m_members.constLast().id;
    requestPage();
    if (!m_done) // a refused next page has finished the listing already
        Q_EMIT pageLoaded(pageCopy, soFar);
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
