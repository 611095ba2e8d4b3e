#include "memberpagerequest.h"

#include "api/apiclient.h"
#include "api/elbpaths.h"
#include "model/jsonarrayslicer.h"

namespace ElbDesk {

MemberPageRequest::MemberPageRequest(ApiClient *client, const QString &listenerId, int limit,
                                     const QString &marker, QObject *parent)
    : ApiRequest(client, parent), m_listenerId(listenerId), m_limit(limit), m_marker(marker)
{}

void MemberPageRequest::addFilter(const QString &field, const QString &value)
{
    m_filters.append({field, value});
}

HttpCall MemberPageRequest::buildCall(QString *refusal)
{
    HttpCall call;
    if (!m_marker.isEmpty() && !ElbPaths::checkIds({m_marker}, "page marker", refusal))
        return call;
    call.path = ElbPaths::listener(projectId(), m_listenerId, QStringLiteral("/members"), refusal);
    if (m_limit > 0)
        call.query.append({QStringLiteral("limit"), QString::number(m_limit)});
    if (!m_marker.isEmpty())
        call.query.append({QStringLiteral("marker"), m_marker});
    call.query.append(m_filters);
    return call;
}

bool MemberPageRequest::parse(const QByteArray &body, QString *why)
{
    if (m_deferAllowed) {
        m_deferredBody = body;
        QList<QByteArrayView> elements;
        if (m_limit > 0 && sliceJsonArray(body, &elements) && elements.size() == m_limit) {
            // The last member through the same parser as the whole page, so the marker is the id the
            // full parse gives.
            const QByteArrayView last = elements.constLast();
            QByteArray one;
            one.reserve(last.size() + 2);
            one.append('[').append(last).append(']');
            const auto parsed = parseMemberList(one, RawJson::Drop);
            if (parsed.ok() && parsed.value.size() == 1)
                m_lastId = parsed.value.constFirst().id;
        }
        return true;
    }
    auto parsed = parseMemberList(body);
    *why = parsed.error;
    m_result = std::move(parsed.value);
    return parsed.ok();
}

} // namespace ElbDesk
