#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <map>

namespace ElbDesk::Emulator {

class EmulatorStore;

// What a fault rule asked of a job-creating request.
enum class JobFault { None, Fail, Stuck };

// A member a createMember job will add, decided when the job is created so its entities can
// name the new member id while the job is still RUNNING.
struct PlannedMember
{
    QString id;
    QString serverId;
    QString serverAddress;
    QString address;
};

// The asynchronous jobs. A job's status is a function of the clock (INIT for the first 20 % of
// its duration, RUNNING, then its outcome), so thousands of jobs need no timers; the outcome is
// applied to the store by settle(), which the server calls before serving each request.
class EmulatorJobs
{
public:
    EmulatorJobs(EmulatorStore &store, quint32 seed, qint64 durationMs, qint64 healthDelayMs);

    QString createRemoval(const QString &projectId, const QString &listenerId, const QStringList &memberIds,
                          JobFault fault, qint64 nowMs);
    QString createAddition(const QString &projectId, const QString &listenerId, const QList<PlannedMember> &members,
                           JobFault fault, qint64 nowMs);

    // Applies, in completion order, every job that has finished by `nowMs`.
    void settle(qint64 nowMs);

    // The documented job body (§8) as of `nowMs`; empty when the job is unknown in that project.
    [[nodiscard]] QJsonObject jobJson(const QString &projectId, const QString &jobId, qint64 nowMs) const;
    // Every job, for /_sandbox/state.
    [[nodiscard]] QJsonArray summary(qint64 nowMs) const;

private:
    struct Job
    {
        QString id;
        QString type;
        QString projectId;
        QString listenerId;
        QStringList removeIds;
        QList<PlannedMember> adds;
        qint64 beginMs = 0;
        JobFault fault = JobFault::None;
        bool settled = false;
        QString errorCode;   // empty = success
        QString failReason;
    };

    QString create(Job job);
    void complete(Job &job);
    [[nodiscard]] QString status(const Job &job, qint64 nowMs) const;
    [[nodiscard]] QJsonObject entities(const Job &job) const;

    EmulatorStore &m_store;
    quint32 m_seed;
    qint64 m_durationMs;
    qint64 m_healthDelayMs;
    quint64 m_counter = 0;
    std::deque<Job> m_jobs;
    QHash<QString, size_t> m_index;
    std::multimap<qint64, size_t> m_pending; // completion time -> job, in creation order on ties
};

} // namespace ElbDesk::Emulator
