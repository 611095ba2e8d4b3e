#pragma once

#include "api/apirequest.h"
#include "model/cloudjob.h"

namespace ElbDesk {

// GET {prefix}/{p}/jobs/{id}: prefix "/v1.0" as documented, or "/v1" as the returned uri says.
class GetJobRequest final : public ApiRequest
{
    Q_OBJECT
public:
    GetJobRequest(ApiClient *client, const QString &jobId, const QString &prefix, QObject *parent = nullptr);
    [[nodiscard]] const CloudJob &job() const { return m_job; }
    [[nodiscard]] const QString &prefix() const { return m_prefix; }

protected:
    HttpCall buildCall(QString *refusal) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QString m_jobId;
    QString m_prefix;
    CloudJob m_job;
};

} // namespace ElbDesk
