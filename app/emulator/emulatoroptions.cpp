#include "emulatoroptions.h"

#include "faultinjector.h"
#include "logging.h"

#include <QCommandLineParser>

namespace ElbDesk::Emulator {

namespace {

const char kDescription[] = R"(Sandbox cloud for ELB Desk: a local implementation of the classic ELB v1.0 API,
the IAM token API and the API-gateway behaviour (AK/SK signing, throttling, errors),
serving IAM and ELB on the same port.

First stdout line: "elbdesk-emulator listening on http(s)://ADDR:PORT" (flushed);
second stdout line: "elbdesk-emulator project eu-de <project id>". Logs go to stderr.

Default credentials (sandbox only, not secrets):
  password  domain "sandbox-domain", user "operator", password "sandbox-password"
  AK/SK     AK "SANDBOXACCESSKEY0001", SK "sandboxSecretKey0123456789abcdefghijklmn"
  project   "eu-de", id derived from --seed (also in GET /_sandbox/state)
--user and --aksk replace these defaults (give them several times for more accounts).
Every domain gets its own project "eu-de"; only the first domain's project holds seeded data.

Cloud API (paths as documented): GET /; POST|GET /v3/auth/tokens; GET /v3/projects?name=;
GET /v1.0/{p}/elbaas/loadbalancers[/{id}] (limit, marker, exact-match filters);
GET /v1.0/{p}/elbaas/listeners[/{id}] (filters, bare array);
GET /v1.0/{p}/elbaas/healthcheck/{id};
GET|POST /v1.0/{p}/elbaas/listeners/{l}/members (limit, marker, filters; POST = JSON array);
POST /v1.0/{p}/elbaas/listeners/{l}/members/action ({"removeMember":[{"id":...}]});
GET /v1.0/{p}/jobs/{id} and GET /v1/{p}/jobs/{id}.
Choices where the documentation is silent: removing an id that is not a member of the
listener fails synchronously with 400 ELB.2012; a job whose member is gone by the time it
completes ends FAIL with ELB.2012 and changes nothing; limit must be a positive integer
(else 400 ELB.1004); unknown query filters are ignored; members are ordered by id and a
marker works even if that member no longer exists; unknown jobs answer 404 ELB.1001;
load balancers are ordered by id and instance_num counts all that match, not the page.
Jobs: INIT (entities {}) for the first 20 % of --job-seconds, RUNNING, then SUCCESS/FAIL.

Control API (not part of the cloud; never faulted, never logged):
  GET    /_sandbox/requests        every cloud request: seq, time, method, path, query,
                                   status (null when no answer was sent), fault, body, auth,
                                   job_id (the job a member POST created: it was applied)
  POST   /_sandbox/requests/clear  forget the request log
  POST   /_sandbox/faults          append fault rules (JSON array of rules, see below)
  DELETE /_sandbox/faults          remove every scripted rule
  GET    /_sandbox/state           project, listeners with member counts, jobs with status
                                   and member ids; ?members=1 adds each listener's member ids
  POST   /_sandbox/expire-tokens   expire every issued token now
  POST   /_sandbox/shutdown        quit (exit code 0), so sanitizer builds check at exit

Faults. Kinds: 429 500 502 503 504 drop lost stall malformed fail stuck expire-token.
  429         gateway 429 APIG.0308 with Retry-After (--retry-after, rule "retry_after")
  500..504    gateway error bodies (every second 503 is an HTML page); nothing applied
  drop        connection closed without an answer; the request is NOT applied
  lost        the request IS applied (e.g. the removal job exists), then the connection closes
  stall       the request is applied at once, the answer is sent after --stall-ms / "stall_ms"
  malformed   200 with a truncated JSON body; nothing applied
  fail        (job-creating POSTs) the job ends FAIL with ELB.1009
  stuck       (job-creating POSTs) the job stays RUNNING forever
  expire-token (token requests) the presented token expires now -> 401 APIGW.0301
Rate mode: --fault-rate R --faults LIST --fault-seed N: each request (not /_sandbox/*, not
/v3/* unless --faults-iam) draws from the seed; a kind that does not apply to the request is
replaced by an applicable one from LIST, or no fault if none applies.
Script mode: --fault-script FILE or POST /_sandbox/faults, a JSON array of rules:
  {"method":"POST","path":"/members/action","kind":"lost","count":1,"after":0,
   "retry_after":5,"stall_ms":2000,"html":false}
  method (optional, any if absent), path (substring of the URL path, optional), kind;
  count = how many requests to hit (default 1, 0 or negative = unlimited); after = skip the
  first N matching requests. The first rule matching a request decides; used-up rules go.
  Scripted rules take precedence over the rate.

Note: HTTP stacks re-send requests on their own when a connection closes before any answer;
Qt's QNetworkAccessManager does it even for a POST (one extra attempt observed with Qt 6.4).
So give drop/lost rules "count":2 or more (0 = unlimited) to reach such a client, and expect
"lost" to be applied once per attempt - as a real gateway would.)";

struct OptionSet
{
    QCommandLineOption listen{QStringLiteral("listen"),
                              QStringLiteral("Address to listen on (default 127.0.0.1)."),
                              QStringLiteral("addr"), QStringLiteral("127.0.0.1")};
    QCommandLineOption port{QStringLiteral("port"), QStringLiteral("TCP port, 0 = random (default 0)."),
                            QStringLiteral("port"), QStringLiteral("0")};
    QCommandLineOption tlsCert{QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."),
                               QStringLiteral("pem")};
    QCommandLineOption tlsKey{QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."),
                              QStringLiteral("pem")};
    QCommandLineOption seed{QStringLiteral("seed"), QStringLiteral("Seed of all derived data (default 1)."),
                            QStringLiteral("n"), QStringLiteral("1")};
    QCommandLineOption lbs{QStringLiteral("lbs"), QStringLiteral("Load balancers (default 3)."),
                           QStringLiteral("n"), QStringLiteral("3")};
    QCommandLineOption listeners{QStringLiteral("listeners"),
                                 QStringLiteral("Listeners per load balancer (default 4); the last load "
                                                "balancer also gets a 2-member listener with one NORMAL "
                                                "member and an empty listener."),
                                 QStringLiteral("n"), QStringLiteral("4")};
    QCommandLineOption members{QStringLiteral("members"),
                               QStringLiteral("Members per listener (default 20)."), QStringLiteral("n"),
                               QStringLiteral("20")};
    QCommandLineOption large{QStringLiteral("large-listener"),
                             QStringLiteral("Members of the first listener of the first load balancer "
                                            "(0 = off, default 0; up to 100000)."),
                             QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption jobSeconds{QStringLiteral("job-seconds"),
                                  QStringLiteral("Duration of a member job in seconds (default 3)."),
                                  QStringLiteral("s"), QStringLiteral("3")};
    QCommandLineOption healthDelay{QStringLiteral("health-delay"),
                                   QStringLiteral("Seconds an added member stays UNAVAILABLE before NORMAL "
                                                  "(default 2)."),
                                   QStringLiteral("s"), QStringLiteral("2")};
    QCommandLineOption tokenLifetime{QStringLiteral("token-lifetime"),
                                     QStringLiteral("Token lifetime in seconds (default 86400)."),
                                     QStringLiteral("s"), QStringLiteral("86400")};
    QCommandLineOption retired{QStringLiteral("retired"),
                               QStringLiteral("Region without classic ELB: every /v1.0/ and /v1/ path "
                                              "answers 404 APIGW.0101.")};
    QCommandLineOption user{QStringLiteral("user"),
                            QStringLiteral("IAM user NAME:PASSWORD[:DOMAIN] (repeatable; replaces the "
                                           "default operator:sandbox-password:sandbox-domain)."),
                            QStringLiteral("spec")};
    QCommandLineOption aksk{QStringLiteral("aksk"),
                            QStringLiteral("Access key AK:SK[:DOMAIN] (repeatable; replaces the default "
                                           "SANDBOXACCESSKEY0001 pair)."),
                            QStringLiteral("spec")};
    QCommandLineOption faultRate{QStringLiteral("fault-rate"),
                                 QStringLiteral("Probability 0..1 that a request gets a fault (default 0)."),
                                 QStringLiteral("r"), QStringLiteral("0")};
    QCommandLineOption faults{QStringLiteral("faults"),
                              QStringLiteral("Comma-separated fault kinds for --fault-rate."),
                              QStringLiteral("list")};
    QCommandLineOption faultSeed{QStringLiteral("fault-seed"),
                                 QStringLiteral("Seed of the fault draws (default 1)."), QStringLiteral("n"),
                                 QStringLiteral("1")};
    QCommandLineOption faultsIam{QStringLiteral("faults-iam"),
                                 QStringLiteral("Let --fault-rate hit /v3/* (IAM) requests too.")};
    QCommandLineOption faultScript{QStringLiteral("fault-script"),
                                   QStringLiteral("JSON file with an array of fault rules."),
                                   QStringLiteral("file")};
    QCommandLineOption retryAfter{QStringLiteral("retry-after"),
                                  QStringLiteral("Retry-After seconds of a 429 (default 1)."),
                                  QStringLiteral("s"), QStringLiteral("1")};
    QCommandLineOption stallMs{QStringLiteral("stall-ms"),
                               QStringLiteral("Delay of a stalled answer in ms (default 2000)."),
                               QStringLiteral("ms"), QStringLiteral("2000")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QString::fromUtf8(kDescription));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({listen,    port,        tlsCert,    tlsKey,     seed,        lbs,
                           listeners, members,     large,      jobSeconds, healthDelay, tokenLifetime,
                           retired,   user,        aksk,       faultRate,  faults,      faultSeed,
                           faultsIam, faultScript, retryAfter, stallMs});
    }
};

bool parseInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

bool parseDouble(const QString &text, double min, double max, double *out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

QList<UserAccount> EmulatorOptions::effectiveUsers() const
{
    if (!users.isEmpty())
        return users;
    return {{QString::fromLatin1(kDefaultUser), QString::fromLatin1(kDefaultPassword),
             QString::fromLatin1(kDefaultDomain)}};
}

QList<AccessKey> EmulatorOptions::effectiveAccessKeys() const
{
    if (!accessKeys.isEmpty())
        return accessKeys;
    return {{QString::fromLatin1(kDefaultAccessKey), QString::fromLatin1(kDefaultSecretKey),
             QString::fromLatin1(kDefaultDomain)}};
}

bool EmulatorOptions::fromCommandLine(const QStringList &arguments, EmulatorOptions *options,
                                      QString *errorMessage, bool *helpRequested)
{
    const OptionSet set;
    QCommandLineParser parser;
    set.addTo(parser);
    if (helpRequested)
        *helpRequested = false;
    if (!parser.parse(arguments)) {
        *errorMessage = parser.errorText();
        return false;
    }
    // --version is answered by main() before parsing; here it only must not count as an error.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        if (helpRequested)
            *helpRequested = true;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *errorMessage =
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }

    EmulatorOptions o;
    auto fail = [errorMessage](const QCommandLineOption &option, const QString &value) {
        *errorMessage = QStringLiteral("invalid value for --%1: %2").arg(option.names().constFirst(), value);
        return false;
    };

    if (!o.listenAddress.setAddress(parser.value(set.listen)))
        return fail(set.listen, parser.value(set.listen));
    int number = 0;
    if (!parseInt(parser.value(set.port), 0, 65535, &number))
        return fail(set.port, parser.value(set.port));
    o.port = static_cast<quint16>(number);
    o.tlsCertFile = parser.value(set.tlsCert);
    o.tlsKeyFile = parser.value(set.tlsKey);
    if (o.tlsCertFile.isEmpty() != o.tlsKeyFile.isEmpty()) {
        *errorMessage = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }

    bool ok = false;
    o.seed = parser.value(set.seed).toUInt(&ok);
    if (!ok)
        return fail(set.seed, parser.value(set.seed));
    if (!parseInt(parser.value(set.lbs), 1, 1000, &o.loadBalancers))
        return fail(set.lbs, parser.value(set.lbs));
    if (!parseInt(parser.value(set.listeners), 0, 1000, &o.listenersPerLb))
        return fail(set.listeners, parser.value(set.listeners));
    if (!parseInt(parser.value(set.members), 0, 100000, &o.membersPerListener))
        return fail(set.members, parser.value(set.members));
    if (!parseInt(parser.value(set.large), 0, 1000000, &o.largeListenerMembers))
        return fail(set.large, parser.value(set.large));
    if (!parseDouble(parser.value(set.jobSeconds), 0, 1e7, &o.jobSeconds))
        return fail(set.jobSeconds, parser.value(set.jobSeconds));
    if (!parseDouble(parser.value(set.healthDelay), 0, 1e7, &o.healthDelaySeconds))
        return fail(set.healthDelay, parser.value(set.healthDelay));
    if (!parseDouble(parser.value(set.tokenLifetime), 0, 1e9, &o.tokenLifetimeSeconds))
        return fail(set.tokenLifetime, parser.value(set.tokenLifetime));
    o.retired = parser.isSet(set.retired);

    const QStringList userSpecs = parser.values(set.user);
    for (const QString &spec : userSpecs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
            return fail(set.user, spec);
        o.users.append({parts.at(0), parts.at(1),
                        parts.size() == 3 && !parts.at(2).isEmpty() ? parts.at(2)
                                                                    : QString::fromLatin1(kDefaultDomain)});
    }
    const QStringList keySpecs = parser.values(set.aksk);
    for (const QString &spec : keySpecs) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
            return fail(set.aksk, spec);
        o.accessKeys.append({parts.at(0), parts.at(1),
                             parts.size() == 3 && !parts.at(2).isEmpty()
                                 ? parts.at(2)
                                 : QString::fromLatin1(kDefaultDomain)});
    }

    if (!parseDouble(parser.value(set.faultRate), 0, 1, &o.faultRate))
        return fail(set.faultRate, parser.value(set.faultRate));
    const QStringList kinds = parser.value(set.faults).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &kind : kinds) {
        if (FaultInjector::kindFromName(kind.trimmed()) == FaultKind::None)
            return fail(set.faults, kind);
        o.faultKinds.append(kind.trimmed());
    }
    if (o.faultRate > 0 && o.faultKinds.isEmpty()) {
        *errorMessage = QStringLiteral("--fault-rate needs --faults");
        return false;
    }
    o.faultSeed = parser.value(set.faultSeed).toUInt(&ok);
    if (!ok)
        return fail(set.faultSeed, parser.value(set.faultSeed));
    o.faultsIam = parser.isSet(set.faultsIam);
    o.faultScriptFile = parser.value(set.faultScript);
    if (!parseInt(parser.value(set.retryAfter), 0, 86400, &o.retryAfterSeconds))
        return fail(set.retryAfter, parser.value(set.retryAfter));
    if (!parseInt(parser.value(set.stallMs), 0, 3600000, &o.stallMs))
        return fail(set.stallMs, parser.value(set.stallMs));

    *options = o;
    return true;
}

EmulatorOptions EmulatorOptions::fromCommandLine(const QStringList &arguments)
{
    EmulatorOptions options;
    QString error;
    if (!fromCommandLine(arguments, &options, &error))
        qCWarning(lcEmulator) << "ignoring invalid emulator arguments:" << error;
    return options;
}

QString EmulatorOptions::helpText()
{
    const OptionSet set;
    QCommandLineParser parser;
    set.addTo(parser);
    return parser.helpText();
}

} // namespace ElbDesk::Emulator
