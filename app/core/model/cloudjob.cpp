#include "cloudjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ElbDesk {

static QJsonObject bodyObject(const QByteArray &body, QString *error, const char *what)
{
    const QJsonDocument doc = parseJsonBody(body, error);
    if (!error->isEmpty())
        return QJsonObject();
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("ElbDesk::JsonReader", "expected %1 as a JSON object")
                     .arg(QLatin1String(what));
        return QJsonObject();
    }
    return doc.object();
}

Parsed<JobReference> JobReference::fromBody(const QByteArray &body)
{
    Parsed<JobReference> result;
    const QJsonObject o = bodyObject(body, &result.error, "the job reference");
    if (!result.ok())
        return result;
    JsonReader r(o, QString());
    result.value.jobId = r.hexId("job_id");
    result.value.uri = r.optionalString("uri");
    result.error = r.error();
    return result;
}

bool CloudJob::isKnownStatus() const
{
    return status == QLatin1String("INIT") || status == QLatin1String("RUNNING") ||
           status == QLatin1String("SUCCESS") || status == QLatin1String("FAIL");
}

QStringList CloudJob::entityMemberIds() const
{
    QStringList ids;
    const QJsonArray members = entities.value(QLatin1String("members")).toArray();
    for (const QJsonValue &m : members) {
        const QString id = m.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

Parsed<CloudJob> CloudJob::fromBody(const QByteArray &body)
{
    Parsed<CloudJob> result;
    const QJsonObject o = bodyObject(body, &result.error, "the job");
    if (!result.ok())
        return result;
    JsonReader r(o, QStringLiteral("job"));
    CloudJob &job = result.value;
    job.jobId = r.hexId("job_id");
    job.status = r.requiredString("status");
    job.jobType = r.optionalString("job_type");
    job.errorCode = r.optionalString("error_code");
    job.failReason = r.optionalString("fail_reason");
    job.beginTime = r.optionalString("begin_time");
    job.endTime = r.optionalString("end_time");
    job.entities = r.optionalObject("entities");
    job.raw = o;
    if (job.status == QLatin1String("SUCCESS"))
        job.state = State::Succeeded;
    else if (job.status == QLatin1String("FAIL"))
        job.state = State::Failed;
    else
        job.state = State::Pending;
    result.error = r.error();
    return result;
}

} // namespace ElbDesk
