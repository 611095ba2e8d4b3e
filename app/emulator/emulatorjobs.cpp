#include "emulatorjobs.h"

#include "emulatorformat.h"
#include "emulatorstore.h"
#include "logging.h"

namespace ElbDesk::Emulator {

EmulatorJobs::EmulatorJobs(EmulatorStore &store, quint32 seed, qint64 durationMs, qint64 healthDelayMs)
    : m_store(store), m_seed(seed), m_durationMs(durationMs), m_healthDelayMs(healthDelayMs)
{}

QString EmulatorJobs::createRemoval(const QString &projectId, const QString &listenerId,
                                    const QStringList &memberIds, JobFault fault, qint64 nowMs)
{
    Job job;
    job.type = QStringLiteral("removeMember");
    job.projectId = projectId;
    job.listenerId = listenerId;
    job.removeIds = memberIds;
    job.fault = fault;
    job.beginMs = nowMs;
    return create(std::move(job));
}

QString EmulatorJobs::createAddition(const QString &projectId, const QString &listenerId,
                                     const QList<PlannedMember> &members, JobFault fault, qint64 nowMs)
{
    Job job;
    job.type = QStringLiteral("createMember");
    job.projectId = projectId;
    job.listenerId = listenerId;
    job.adds = members;
    job.fault = fault;
    job.beginMs = nowMs;
    return create(std::move(job));
}

QString EmulatorJobs::create(Job job)
{
    job.id = EmulatorFormat::hexId(m_seed, "job", QString::number(m_counter++));
    const size_t index = m_jobs.size();
    m_index.insert(job.id, index);
    if (job.fault != JobFault::Stuck)
        m_pending.emplace(job.beginMs + m_durationMs, index);
    qCInfo(lcEmulator) << "job" << job.id << job.type << "listener" << job.listenerId
                       << (job.fault == JobFault::Fail    ? "(will fail)"
                           : job.fault == JobFault::Stuck ? "(stuck)"
                                                          : "");
    m_jobs.push_back(std::move(job));
    return m_jobs.back().id;
}

void EmulatorJobs::settle(qint64 nowMs)
{
    while (!m_pending.empty() && m_pending.begin()->first <= nowMs) {
        Job &job = m_jobs.at(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        complete(job);
    }
}

void EmulatorJobs::complete(Job &job)
{
    job.settled = true;
    Listener *listener = m_store.listener(job.listenerId);
    if (job.fault == JobFault::Fail || !listener) {
        job.errorCode = QStringLiteral("ELB.1009");
        job.failReason = job.type == QLatin1String("removeMember") ? QStringLiteral("RemoveMemberTask-fail")
                                                                   : QStringLiteral("CreateMemberTask-fail");
    } else if (job.type == QLatin1String("removeMember")) {
        // All or nothing: a member another job removed meanwhile fails the whole job.
        for (const QString &id : std::as_const(job.removeIds)) {
            if (!EmulatorStore::findMember(*listener, id)) {
                job.errorCode = QStringLiteral("ELB.2012");
                job.failReason = QStringLiteral("This member is not exist: %1").arg(id);
                break;
            }
        }
        if (job.errorCode.isEmpty()) {
            for (const QString &id : std::as_const(job.removeIds))
                EmulatorStore::removeMember(*listener, id);
        }
    } else {
        for (const PlannedMember &p : std::as_const(job.adds)) {
            if (EmulatorStore::hasServer(*listener, p.serverId)) {
                job.errorCode = QStringLiteral("ELB.1001");
                job.failReason =
                    QStringLiteral("The server is already a member of this listener: %1").arg(p.serverId);
                break;
            }
        }
        if (job.errorCode.isEmpty()) {
            const qint64 endMs = job.beginMs + m_durationMs;
            for (const PlannedMember &p : std::as_const(job.adds)) {
                Member m;
                m.id = p.id;
                m.serverId = p.serverId;
                m.serverAddress = p.serverAddress;
                const Server *known = m_store.server(p.serverId);
                m.serverName = known ? known->serverName : QString();
                m.address = p.address;
                m.status = QStringLiteral("ACTIVE");
                m.health = Health::Normal;
                m.healthyAtMs = endMs + m_healthDelayMs;
                m.createTime = endMs / 1000;
                m.updateTime = endMs / 1000;
                EmulatorStore::insertMember(*listener, std::move(m));
            }
        }
    }
    qCInfo(lcEmulator) << "job" << job.id << (job.errorCode.isEmpty() ? "SUCCESS" : "FAIL") << job.errorCode;
}

QString EmulatorJobs::status(const Job &job, qint64 nowMs) const
{
    if (nowMs < job.beginMs + m_durationMs / 5)
        return QStringLiteral("INIT");
    if (!job.settled)
        return QStringLiteral("RUNNING");
    return job.errorCode.isEmpty() ? QStringLiteral("SUCCESS") : QStringLiteral("FAIL");
}

QJsonObject EmulatorJobs::entities(const Job &job) const
{
    QJsonArray members;
    if (job.type == QLatin1String("removeMember")) {
        for (const QString &id : job.removeIds)
            members.append(QJsonObject{{QStringLiteral("id"), id}});
        return {{QStringLiteral("listener_id"), job.listenerId}, {QStringLiteral("members"), members}};
    }
    for (const PlannedMember &p : job.adds) {
        members.append(QJsonObject{{QStringLiteral("address"), p.address},
                                   {QStringLiteral("id"), p.id},
                                   {QStringLiteral("listener_id"), job.listenerId},
                                   {QStringLiteral("server_id"), p.serverId},
                                   {QStringLiteral("status"), QStringLiteral("ACTIVE")}});
    }
    return {{QStringLiteral("members"), members}};
}

QJsonObject EmulatorJobs::jobJson(const QString &projectId, const QString &jobId, qint64 nowMs) const
{
    const auto it = m_index.constFind(jobId);
    if (it == m_index.cend())
        return {};
    const Job &job = m_jobs.at(*it);
    if (job.projectId != projectId)
        return {};
    const QString state = status(job, nowMs);
    const bool done = state == QLatin1String("SUCCESS") || state == QLatin1String("FAIL");
    return {
        {QStringLiteral("status"), state},
        {QStringLiteral("entities"), state == QLatin1String("INIT") ? QJsonObject() : entities(job)},
        {QStringLiteral("job_id"), job.id},
        {QStringLiteral("job_type"), job.type},
        {QStringLiteral("begin_time"), EmulatorFormat::isoMillis(job.beginMs)},
        {QStringLiteral("end_time"),
         done ? EmulatorFormat::isoMillis(job.beginMs + m_durationMs) : QString(QLatin1String(""))},
        {QStringLiteral("error_code"),
         job.errorCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.errorCode)},
        {QStringLiteral("fail_reason"),
         job.failReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.failReason)},
    };
}

QJsonArray EmulatorJobs::summary(qint64 nowMs) const
{
    QJsonArray out;
    for (const Job &job : m_jobs) {
        // The member ids a removal names, or the new member ids an addition plans.
        QJsonArray memberIds;
        for (const QString &id : job.removeIds)
            memberIds.append(id);
        for (const PlannedMember &p : job.adds)
            memberIds.append(p.id);
        out.append(
            QJsonObject{{QStringLiteral("job_id"), job.id},
                        {QStringLiteral("job_type"), job.type},
                        {QStringLiteral("listener_id"), job.listenerId},
                        {QStringLiteral("member_ids"), memberIds},
                        {QStringLiteral("status"), status(job, nowMs)},
                        {QStringLiteral("error_code"), job.errorCode.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(job.errorCode)}});
    }
    return out;
}

} // namespace ElbDesk::Emulator
