#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>

namespace ElbDesk {

// The answer to an asynchronous POST: {"uri":"/v1/{p}/jobs/{id}","job_id":"…"}.
struct JobReference
{
    QString jobId;
    QString uri;
    static Parsed<JobReference> fromBody(const QByteArray &body);
};

// A cloud job as GET …/jobs/{id} describes it.
struct CloudJob
{
    enum class State { Pending, Succeeded, Failed };

    QString jobId;
    QString jobType;     // removeMember, createMember, …
    QString status;      // as sent: INIT, RUNNING, SUCCESS, FAIL, or something unknown
    State state = State::Pending;
    QString errorCode;
    QString failReason;
    QString beginTime;
    QString endTime;
    QJsonObject entities;
    QJsonObject raw;

    [[nodiscard]] bool isTerminal() const { return state != State::Pending; }
    // INIT/RUNNING and unknown strings (the documented "RUNNIGN" typo among them) are pending.
    [[nodiscard]] bool isKnownStatus() const;
    // Member ids the job names in its entities ({"members":[{"id":…}]}).
    [[nodiscard]] QStringList entityMemberIds() const;
    static Parsed<CloudJob> fromBody(const QByteArray &body);
};

} // namespace ElbDesk
