#pragma once

#include <QString>
#include <QStringList>

namespace ElbDesk::Soak {

// Everything one soak run is shaped by: the sandbox's seed and fault mix, the client's timing and
// how many removals run at once. The defaults are the CI-sized run (100 removals, 30 % faults).
struct SoakConfig
{
    int listeners = 10;          // listeners removals are spread over
    int membersPerListener = 10; // removals per listener (one member per request by default)
    int keepPerListener = 2;     // extra members on every listener that must NOT be removed
    int membersPerRequest = 1;   // members one removal request carries
    double faultRate = 0.3;
    QStringList faultKinds{QStringLiteral("429"),  QStringLiteral("503"),   QStringLiteral("drop"),
                           QStringLiteral("lost"), QStringLiteral("stall"), QStringLiteral("malformed"),
                           QStringLiteral("fail"), QStringLiteral("stuck"), QStringLiteral("expire-token")};
    quint32 seed = 1;
    double jobSeconds = 1.0; // how long a cloud job runs
    int stallMs = 2000;
    int retryAfterSeconds = 1;
    int tokenLifetimeSeconds = 20; // short, so tokens expire (and are renewed) mid-run
    int deadlineMs = 8000;         // JobTracker: a job still RUNNING after this ends Unknown
    int parallel = 20;             // operations in flight at once
    int perListener = 2;           // operations in flight on one listener at once
    qint64 maxBodyBytes = 0;       // the client's body cap; 0 = the client's default
    int maxSeconds = 1500;         // the whole run, after which unfinished operations count as lost
    bool json = false;
    bool verbose = false;
    bool keep = false; // keep the work directory (journal, logs) even when all passed
    QString emulator;  // the elbdesk-emulator binary

    [[nodiscard]] int intents() const
    {
        const int perRequest = qMax(1, membersPerRequest);
        return listeners * ((membersPerListener + perRequest - 1) / perRequest);
    }
    [[nodiscard]] int removals() const { return listeners * membersPerListener; }

    // Parses the command line; false with *error (or *help set) when the run should not start.
    static bool fromArguments(const QStringList &arguments, SoakConfig *config, QString *error, bool *help,
                              QString *helpText);
};

} // namespace ElbDesk::Soak
