#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/memberpagedigest.h"
#include "model/member.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace ElbDesk {

class MemberPageRequest;

// Every member of a listener: pages with limit/marker (marker = last id of the previous page)
// until a short page, because a gateway may cut large pages and one page is never assumed to be
// all. Bounded: a listing whose pages never end or do not advance stops with a clear error.
//
// Pages are parsed and checked for repeated members on a worker thread, one at a time and in
// order, so the GUI thread stays free for the rows; a full page's successor is asked for when the
// page is handed to the worker (at most one page ahead of the pages digested).
class ListMembersRequest : public QObject
{
    Q_OBJECT
public:
    ListMembersRequest(ApiClient *client, const QString &listenerId, QObject *parent = nullptr);
    ~ListMembersRequest() override;

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // Off: members() stays empty and each member is only passed on with pageLoaded() (a view that
    // keeps its own rows need not hold a second copy of 100,000 members).
    void setKeepMembers(bool keep) { m_keepMembers = keep; }
    // On: pageLoaded() also carries MemberRowKeys::of() each page, worked out on the worker thread
    // (for a MemberModel that is filled as the pages arrive).
    void setRowKeys(bool withKeys) { m_rowKeys = withKeys; }
    // Off: members come without Member::rawJson (only the command line prints it).
    void setKeepRawJson(bool keep) { m_rawJson = keep ? RawJson::Keep : RawJson::Drop; }
    void start();
    // Finishes at once with Aborted; no pageLoaded() follows.
    void abort();

    [[nodiscard]] const QString &listenerId() const { return m_listenerId; }
    [[nodiscard]] const QList<Member> &members() const { return m_members; }
    [[nodiscard]] QList<Member> takeMembers() { return std::move(m_members); }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] int pages() const { return m_pages; }

Q_SIGNALS:
    // After each page: the members of that page, their row keys (empty unless setRowKeys(true))
    // and how many members there are so far.
    void pageLoaded(const QList<ElbDesk::Member> &page, const QList<ElbDesk::MemberRowKeys> &keys,
                    int loadedSoFar);
    void finished(ElbDesk::ListMembersRequest *request);

private:
    void requestPage();
    void onPage(MemberPageRequest *page);
    void digestNext();
    void onDigested();
    void dropPages();
    void finish(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_listenerId;
    QString m_marker;
    QSet<QString> m_markers; // every marker asked with: a page ending on one does not advance
    QList<Member> m_members;
    // The ids listed so far: only the page being digested touches it (on the worker thread), and
    // a digest still running when this request is gone keeps it alive.
    std::shared_ptr<MemberIdSet> m_seen = std::make_shared<MemberIdSet>();
    QPointer<MemberPageRequest> m_current;    // on the wire
    QList<MemberPageRequest *> m_arrived;     // answered, waiting for their digest, in page order
    MemberPageRequest *m_digesting = nullptr; // owned (a child) until its digest is back
    bool m_digestAskedAhead = false;
    QFutureWatcher<MemberPageDigest> m_digest;
    ApiError m_error;
    int m_pageSize = 500;
    int m_maxPages = 2000;
    int m_pages = 0;
    bool m_started = false;
    bool m_done = false;
    bool m_autoDelete = true;
    bool m_keepMembers = true;
    bool m_rowKeys = false;
    RawJson m_rawJson = RawJson::Keep;
};

} // namespace ElbDesk
