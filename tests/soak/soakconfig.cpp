#include "soakconfig.h"

#include <QCommandLineParser>

namespace ElbDesk::Soak {

namespace {

bool readInt(const QCommandLineParser &parser, const QString &name, int minimum, int *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        *error = QStringLiteral("--%1 must be an integer >= %2").arg(name).arg(minimum);
        return false;
    }
    *out = value;
    return true;
}

bool readDouble(const QCommandLineParser &parser, const QString &name, double minimum, double maximum,
                double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = QStringLiteral("--%1 must be a number in %2..%3").arg(name).arg(minimum).arg(maximum);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

bool SoakConfig::fromArguments(const QStringList &arguments, SoakConfig *config, QString *error, bool *help,
                               QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fault soak: removes members through the core (ApiClient, password authenticator, MemberRemoval,\n"
        "JobCenter, JournalRecorder on a real SQLite journal) from a real elbdesk-emulator that faults a\n"
        "share of all requests, then checks every outcome against the sandbox's own state and request log.\n"
        "Exit code 0: no violation; 1: a violation (lost, duplicate POST, unrequested removal, outcome\n"
        "contradicting the sandbox, journal gap, crash); 2: the run could not be set up."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    auto value = [&parser](const char *name, const char *text, const char *valueName) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(text),
                                            QString::fromLatin1(valueName)));
    };
    auto flag = [&parser](const char *name, const char *text) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(text)));
    };
    value("listeners", "Listeners removals are spread over (default 10).", "n");
    value("members-per-listener", "Members removed per listener (default 10).", "n");
    value("keep-per-listener", "Extra members per listener that must survive (default 2).", "n");
    value("members-per-request", "Members one removal request carries (default 1).", "n");
    value("fault-rate", "Share of cloud requests the sandbox faults, 0..1 (default 0.3).", "r");
    value("faults", "Fault kinds (default 429,503,drop,lost,stall,malformed,fail,stuck,expire-token).",
          "list");
    value("seed", "Seed of the sandbox's data and of its fault draws (default 1).", "n");
    value("job-seconds", "Duration of a cloud job (default 1).", "s");
    value("stall-ms", "Delay of a stalled answer (default 2000).", "ms");
    value("token-lifetime", "IAM token lifetime in seconds (default 20).", "s");
    value("deadline-ms", "Job deadline of the client's JobTracker (default 8000).", "ms");
    value("parallel", "Operations in flight at once (default 20).", "n");
    value("per-listener", "Operations in flight on one listener at once (default 2).", "n");
    value("max-seconds", "Give up after this long; unfinished operations count as lost (default 1500).", "s");
    value("max-body-bytes", "The client's body cap (default: the client's own).", "bytes");
    value("emulator", "The elbdesk-emulator binary (default: the one built with this program).", "path");
    flag("json", "Print the summary as JSON.");
    flag("verbose", "Log the core's and the sandbox's messages to stderr.");
    flag("keep", "Keep the work directory (journal, logs) even when the run passed.");

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(helpOption)) {
        *help = true;
        *helpText = parser.helpText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    SoakConfig c = *config;
    int seed = int(c.seed);
    int stallMs = c.stallMs;
    if (!readInt(parser, QStringLiteral("listeners"), 1, &c.listeners, error) ||
        !readInt(parser, QStringLiteral("members-per-listener"), 1, &c.membersPerListener, error) ||
        !readInt(parser, QStringLiteral("keep-per-listener"), 0, &c.keepPerListener, error) ||
        !readInt(parser, QStringLiteral("members-per-request"), 1, &c.membersPerRequest, error) ||
        !readDouble(parser, QStringLiteral("fault-rate"), 0.0, 1.0, &c.faultRate, error) ||
        !readInt(parser, QStringLiteral("seed"), 0, &seed, error) ||
        !readDouble(parser, QStringLiteral("job-seconds"), 0.05, 600.0, &c.jobSeconds, error) ||
        !readInt(parser, QStringLiteral("stall-ms"), 0, &stallMs, error) ||
        !readInt(parser, QStringLiteral("token-lifetime"), 5, &c.tokenLifetimeSeconds, error) ||
        !readInt(parser, QStringLiteral("deadline-ms"), 100, &c.deadlineMs, error) ||
        !readInt(parser, QStringLiteral("parallel"), 1, &c.parallel, error) ||
        !readInt(parser, QStringLiteral("per-listener"), 1, &c.perListener, error) ||
        !readInt(parser, QStringLiteral("max-seconds"), 10, &c.maxSeconds, error)) {
        return false;
    }
    if (parser.isSet(QStringLiteral("max-body-bytes"))) {
        bool ok = false;
        c.maxBodyBytes = parser.value(QStringLiteral("max-body-bytes")).toLongLong(&ok);
        if (!ok || c.maxBodyBytes < 1024) {
            *error = QStringLiteral("--max-body-bytes must be an integer >= 1024");
            return false;
        }
    }
    c.seed = quint32(seed);
    c.stallMs = stallMs;
    if (parser.isSet(QStringLiteral("faults")))
        c.faultKinds = parser.value(QStringLiteral("faults")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("emulator")))
        c.emulator = parser.value(QStringLiteral("emulator"));
    c.json = parser.isSet(QStringLiteral("json"));
    c.verbose = parser.isSet(QStringLiteral("verbose"));
    c.keep = parser.isSet(QStringLiteral("keep"));
    *config = c;
    return true;
}

} // namespace ElbDesk::Soak
