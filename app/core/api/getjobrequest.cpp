#include "getjobrequest.h"

#include "api/apiclient.h"
#include "api/elbpaths.h"

#include <QCoreApplication>

namespace ElbDesk {

GetJobRequest::GetJobRequest(ApiClient *client, const QString &jobId, const QString &prefix, QObject *parent)
    : ApiRequest(client, parent)
    , m_jobId(jobId)
    , m_prefix(prefix)
{}

HttpCall GetJobRequest::buildCall(QString *refusal)
{
    HttpCall call;
    if (m_prefix != QLatin1String("/v1.0") && m_prefix != QLatin1String("/v1")) {
        *refusal = QStringLiteral("unknown job path prefix");
        return call;
    }
    call.path = ElbPaths::job(m_prefix, projectId(), m_jobId, refusal);
    return call;
}

bool GetJobRequest::parse(const QByteArray &body, QString *why)
{
    auto parsed = CloudJob::fromBody(body);
    *why = parsed.error;
    if (parsed.ok() && parsed.value.jobId != m_jobId) {
        *why = QCoreApplication::translate("ElbDesk::GetJobRequest",
                                           "asked for job %1 but the answer describes job %2")
                   .arg(m_jobId, parsed.value.jobId);
        return false;
    }
    m_job = parsed.value;
    return parsed.ok();
}

} // namespace ElbDesk
