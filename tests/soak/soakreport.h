#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ElbDesk::Soak {

// The figures of one soak run and every violation found, printed as a table or as JSON.
struct SoakReport
{
    // The run
    int listeners = 0;
    int removalsRequested = 0;
    int intents = 0;
    double faultRate = 0;
    quint32 seed = 0;
    double wallSeconds = 0;

    // What the sandbox saw
    int cloudRequests = 0;
    QMap<QString, int> faultsByKind;
    int faultsTotal = 0;
    int postsSent = 0;    // member-removal POSTs that reached the sandbox (429'd ones included)
    int postsApplied = 0; // of which the sandbox applied (created a job)
    int jobsFailedByCloud = 0;
    int jobsStuck = 0;
    int tokensIssued = 0; // POST /v3/auth/tokens answered 201

    // What the operator was told
    int started = 0;
    int succeeded = 0;
    int failed = 0;
    int rejected = 0;
    int unknownWithJob = 0;
    int unknownWithoutJob = 0;
    int unknownActuallyRemoved = 0;
    int membersRemoved = 0;

    // Violations (each must be 0)
    int lost = 0;                // no told state
    int untold = 0;              // a state without its reason / job id
    int duplicatePosts = 0;      // intents with more than one applied POST
    int unrequestedPosts = 0;    // applied POSTs that match no intent
    int unrequestedRemovals = 0; // members gone that no intent named
    int membersAppeared = 0;     // members that were not there before
    int contradictions = 0;      // told state contradicts the sandbox's truth
    int journalMissing = 0;      // intents without their journal record
    int journalMismatches = 0;   // journal record disagreeing with the outcome
    int listingMismatches = 0;   // the API's listing disagreeing with the sandbox's state
    int notSent = 0;             // intents never sent (journal refused)
    int crashes = 0;
    QString emulatorExit;
    QStringList violations; // the first ones, in words

    [[nodiscard]] int violationCount() const
    {
        return lost + untold + duplicatePosts + unrequestedPosts + unrequestedRemovals + membersAppeared +
               contradictions + journalMissing + journalMismatches + listingMismatches + notSent + crashes;
    }
    void addViolation(const QString &what)
    {
        if (violations.size() < 40)
            violations.append(what);
    }
    [[nodiscard]] QString table() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace ElbDesk::Soak
