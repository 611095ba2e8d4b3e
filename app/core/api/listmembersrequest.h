#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "model/member.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace ElbDesk {

class MemberPageRequest;

// Every member of a listener: pages with limit/marker (marker = last id of the previous page)
// until a short page, because a gateway may cut large pages and one page is never assumed to be
// all. Bounded: a listing whose pages never end or do not advance stops with a clear error.
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
    void start();
    void abort();

    [[nodiscard]] const QString &listenerId() const { return m_listenerId; }
    [[nodiscard]] const QList<Member> &members() const { return m_members; }
    [[nodiscard]] QList<Member> takeMembers() { return std::move(m_members); }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] int pages() const { return m_pages; }

Q_SIGNALS:
    // After each page: the members of that page and how many there are so far.
    void pageLoaded(const QList<ElbDesk::Member> &page, int loadedSoFar);
    void finished(ElbDesk::ListMembersRequest *request);

private:
    void requestPage();
    void onPage(MemberPageRequest *page);
    void finish(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_listenerId;
    QString m_marker;
    QList<Member> m_members;
    QSet<QString> m_seen;
    QPointer<MemberPageRequest> m_current;
    ApiError m_error;
    int m_pageSize = 500;
    int m_maxPages = 2000;
    int m_pages = 0;
    bool m_started = false;
    bool m_done = false;
    bool m_autoDelete = true;
    bool m_keepMembers = true;
};

} // namespace ElbDesk
