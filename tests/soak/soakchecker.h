#pragma once

#include "soakconfig.h"
#include "soakintent.h"
#include "soakreport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace ElbDesk::Soak {

// Compares what the operator was told (the intents' outcomes and the journal) with the sandbox's
// truth: its member lists before and after, its jobs, and its request log.
//
// How duplicate POSTs are counted: the sandbox records, for every member-removal POST it APPLIED
// (created a job for, whether or not the answer reached the client), the job id in its request
// log entry ("job_id"), and lists every job with its member ids in /_sandbox/state. A POST refused
// before it was applied (429, 5xx, drop, malformed, 401) has no job id. An intent is matched by
// listener and member ids; more than one applied POST (or job) for one intent is a duplicate.
class SoakChecker
{
public:
    SoakChecker(const SoakConfig &config, const QList<SoakIntent> &intents);

    // Member ids per listener, from GET /_sandbox/state?members=1.
    static QHash<QString, QSet<QString>> membersOf(const QJsonObject &state);

    void checkListing(const QHash<QString, QStringList> &listed, const QHash<QString, QSet<QString>> &before);
    void checkSandbox(const QJsonArray &requests, const QJsonObject &finalState);
    void checkOperations(const QHash<QString, QSet<QString>> &before,
                         const QHash<QString, QSet<QString>> &after);
    void checkJournal(const QString &journalPath);

    [[nodiscard]] SoakReport &report() { return m_report; }

private:
    struct JobRecord
    {
        QString key;
        QString status;
        QString errorCode;
    };

    SoakConfig m_config;
    const QList<SoakIntent> &m_intents;
    QHash<QString, int> m_appliedByKey; // intent key -> applied POSTs / jobs
    QHash<QString, JobRecord> m_jobs;   // job id -> what the sandbox knows of it
    SoakReport m_report;
};

} // namespace ElbDesk::Soak
