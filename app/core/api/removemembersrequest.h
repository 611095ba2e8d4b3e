#pragma once

#include "api/apirequest.h"
#include "model/cloudjob.h"

#include <QStringList>

namespace ElbDesk {

// POST /v1.0/{p}/elbaas/listeners/{l}/members/action {"removeMember":[{"id":…},…]}.
// Never retried after an ambiguous failure: the caller re-lists the listener first.
class RemoveMembersRequest final : public ApiRequest
{
    Q_OBJECT
public:
    RemoveMembersRequest(ApiClient *client, const QString &listenerId, const QStringList &memberIds,
                         QObject *parent = nullptr);
    [[nodiscard]] const JobReference &job() const { return m_job; }
    static QByteArray bodyFor(const QStringList &memberIds);

protected:
    HttpCall buildCall(QString *refusal) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QString m_listenerId;
    QStringList m_memberIds;
    JobReference m_job;
};

} // namespace ElbDesk
