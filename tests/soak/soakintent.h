#pragma once

#include "api/apierror.h"
#include "jobs/memberoperation.h"
#include "model/member.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace ElbDesk::Soak {

// One removal the soak asked for (one request's worth of members on one listener) and what the
// core told the operator about it.
struct SoakIntent
{
    int index = 0;
    QString listenerId;
    QList<Member> members;
    QStringList memberIds; // sorted
    QPointer<MemberOperation> operation;
    bool started = false; // recorded in the journal and started
    QString notStarted;   // why it was never sent (journal refused …)
    qint64 journalId = 0;
    bool finished = false; // the operation emitted finished()
    int finishCount = 0;   // finished() more than once is a bug too
    MemberOperation::Outcome outcome = MemberOperation::Outcome::Pending;
    QString summary;
    QString jobId;
    ApiError error;
    QString jobErrorCode;
    QString jobFailReason;
    QList<MemberOperation::Target> targets;
    int postsSent = 0;

    // "listener:id,id": how the sandbox's records are matched to intents.
    [[nodiscard]] QString key() const
    {
        return listenerId + QLatin1Char(':') + memberIds.join(QLatin1Char(','));
    }
};

} // namespace ElbDesk::Soak
