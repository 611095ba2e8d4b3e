#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ElbDesk::Cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("ElbDesk::Cli", text);
}

static QString commandsText()
{
    return tr(
        "Commands:\n"
        "  loadbalancers                           list the load balancers of the project\n"
        "  listeners [--loadbalancer LB_ID]        list listeners (of one load balancer)\n"
        "  members LISTENER_ID                     list every member of a listener (all pages)\n"
        "  remove LISTENER_ID MEMBER_ID... [--yes] remove members in one request, wait for the job,\n"
        "                                          verify by re-listing\n"
        "  add LISTENER_ID SERVER_ID:PRIVATE_IP... add servers (undo of a removal), wait for the job\n"
        "  job JOB_ID                              show a job\n"
        "  journal                                 every removal and re-add sent from this computer,\n"
        "                                          oldest first; operations a crash left unfinished\n"
        "                                          are resolved first (never re-sent)\n"
        "  undo OPERATION_ID                       re-add the servers of a journaled removal (of its\n"
        "                                          whole group, for remove-server) with their server\n"
        "                                          id and private IP; servers already present are\n"
        "                                          reported, not added twice; waits for the job\n"
        "  find QUERY                              every listener of every load balancer a server\n"
        "                                          sits in\n"
        "  remove-server QUERY [--yes]             remove a server from every listener it sits in:\n"
        "                                          one request per listener, journaled as one group\n"
        "QUERY is a server id (exact), a private IP (exact) or part of a server name (any case).\n"
        "\n"
        "Every removal and re-add is written to the journal before it is sent (nothing is sent\n"
        "when it cannot be written). The journal is the desktop app's, in the application data\n"
        "folder; ELBDESK_JOURNAL=PATH uses another file.\n"
        "\n"
        "Credentials come from the environment, never from the command line:\n"
        "  OS_USERNAME, OS_PASSWORD, OS_USER_DOMAIN_NAME (or OS_DOMAIN_NAME)   IAM password\n"
        "  OS_ACCESS_KEY, OS_SECRET_KEY                                        AK/SK signing\n"
        "  OS_AUTH_TOKEN                                                       an IAM token\n"
        "  OS_PROJECT_NAME, OS_PROJECT_ID, OS_REGION_NAME, OS_AUTH_URL (IAM, with or without /v3)\n"
        "or from the system keychain for --profile NAME, or from clouds.yaml for OS_CLOUD=NAME\n"
        "(or --os-cloud NAME): $OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml,\n"
        "/etc/openstack/clouds.yaml, with secure.yaml merged; OS_* variables override its values.\n"
        "The file is only read; its password or sk is used for this run only.\n"
        "Proxies: https_proxy/HTTPS_PROXY, http_proxy/HTTP_PROXY, no_proxy/NO_PROXY, else the\n"
        "system's settings; loopback is never proxied.\n"
        "--auth defaults to aksk when both keys are set, else password, else token.\n"
        "\n"
        "Exit status: 0 success; 1 the job ended FAIL or its outcome is unknown; 2 usage error;\n"
        "3 authentication failed; 4 the API refused the request (4xx); 5 network or server failure\n"
        "after retries, or the journal cannot be written (then nothing is sent). remove-server\n"
        "exits 4 when no member matches and 0 only when every listener's removal succeeded.");
}

static void addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("elbdesk-cli: list, remove and re-add backend servers of classic Elastic Load Balancer listeners "
           "(Open Telekom Cloud, Huawei Cloud, Flexible Engine).\n\n") +
        commandsText());
    parser.addOptions({
        {QStringLiteral("elb-endpoint"), tr("ELB endpoint, e.g. https://elb.eu-de.otc.t-systems.com."),
         tr("URL")},
        {QStringLiteral("iam-endpoint"), tr("IAM endpoint (default: OS_AUTH_URL or the region's)."),
         tr("URL")},
        {QStringLiteral("project-id"), tr("Project id (default: OS_PROJECT_ID, or learnt from IAM)."),
         tr("ID")},
        {QStringLiteral("project-name"), tr("Project name (default: OS_PROJECT_NAME, or the region)."),
         tr("NAME")},
        {QStringLiteral("region"), tr("Region, e.g. eu-de; picks the endpoints (default: OS_REGION_NAME)."),
         tr("NAME")},
        {QStringLiteral("auth"), tr("Authentication: password, aksk or token."), tr("METHOD")},
        {QStringLiteral("signing"), tr("AK/SK signing scheme: a (default) or b."), tr("SCHEME")},
        {QStringLiteral("json"), tr("Print JSON with the API's own field names (journal: the journal's).")},
        {QStringLiteral("timeout"),
         tr("Seconds to wait for a job before its outcome is unknown (default 600)."), tr("SECONDS")},
        {QStringLiteral("ca-file"), tr("Extra CA certificates (PEM) to trust."), tr("PATH")},
        {QStringLiteral("profile"), tr("Use a saved connection; its secret comes from the keychain."),
         tr("NAME")},
        {QStringLiteral("os-cloud"), tr("Use a cloud of clouds.yaml (default: OS_CLOUD)."), tr("NAME")},
        {QStringLiteral("loadbalancer"), tr("listeners: only those of this load balancer."), tr("LB_ID")},
        {QStringLiteral("yes"), tr("remove, remove-server: do not ask for confirmation.")},
    });
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see Commands)."));
    parser.addPositionalArgument(QStringLiteral("arguments"), tr("The command's arguments."),
                                 tr("[arguments...]"));
}

QString helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

ParseResult parseCommandLine(const QStringList &argv, CliOptions *o, QString *message)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(argv)) {
        *message = parser.errorText();
        return ParseResult::Error;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *message = parser.helpText();
        return ParseResult::Exit;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *message = QStringLiteral("elbdesk-cli ") + QCoreApplication::applicationVersion();
        return ParseResult::Exit;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *message = tr("no command given; see --help");
        return ParseResult::Error;
    }
    o->command = positional.takeFirst();
    o->arguments = positional;
    o->elbEndpoint = parser.value(QStringLiteral("elb-endpoint"));
    o->iamEndpoint = parser.value(QStringLiteral("iam-endpoint"));
    o->projectId = parser.value(QStringLiteral("project-id"));
    o->projectName = parser.value(QStringLiteral("project-name"));
    o->region = parser.value(QStringLiteral("region"));
    o->auth = parser.value(QStringLiteral("auth")).toLower();
    o->caFile = parser.value(QStringLiteral("ca-file"));
    o->profile = parser.value(QStringLiteral("profile"));
    o->cloud = parser.value(QStringLiteral("os-cloud"));
    o->loadBalancerId = parser.value(QStringLiteral("loadbalancer"));
    o->json = parser.isSet(QStringLiteral("json"));
    o->yes = parser.isSet(QStringLiteral("yes"));
    if (parser.isSet(QStringLiteral("signing")))
        o->signing = parser.value(QStringLiteral("signing")).toLower();
    if (o->signing != QLatin1String("a") && o->signing != QLatin1String("b")) {
        *message = tr("--signing must be a or b, not \"%1\"").arg(o->signing);
        return ParseResult::Error;
    }
    if (!o->auth.isEmpty() && o->auth != QLatin1String("password") && o->auth != QLatin1String("aksk") &&
        o->auth != QLatin1String("token")) {
        *message = tr("--auth must be password, aksk or token, not \"%1\"").arg(o->auth);
        return ParseResult::Error;
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        o->timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || o->timeoutSeconds <= 0) {
            *message = tr("--timeout takes a positive number of seconds");
            return ParseResult::Error;
        }
    }
    const QStringList known{QStringLiteral("loadbalancers"), QStringLiteral("listeners"),
                            QStringLiteral("members"),       QStringLiteral("remove"),
                            QStringLiteral("add"),           QStringLiteral("job"),
                            QStringLiteral("journal"),       QStringLiteral("undo"),
                            QStringLiteral("find"),          QStringLiteral("remove-server")};
    if (!known.contains(o->command)) {
        *message = tr("unknown command \"%1\"; see --help").arg(o->command);
        return ParseResult::Error;
    }
    const auto need = [&](int minimum, int maximum, const QString &usage) {
        if (o->arguments.size() < minimum || (maximum >= 0 && o->arguments.size() > maximum)) {
            *message = tr("usage: elbdesk-cli [options] %1").arg(usage);
            return false;
        }
        return true;
    };
    bool ok = true;
    if (o->command == QLatin1String("loadbalancers"))
        ok = need(0, 0, QStringLiteral("loadbalancers"));
    else if (o->command == QLatin1String("listeners"))
        ok = need(0, 0, QStringLiteral("listeners [--loadbalancer LB_ID]"));
    else if (o->command == QLatin1String("members"))
        ok = need(1, 1, QStringLiteral("members LISTENER_ID"));
    else if (o->command == QLatin1String("remove"))
        ok = need(2, -1, QStringLiteral("remove LISTENER_ID MEMBER_ID... [--yes]"));
    else if (o->command == QLatin1String("add"))
        ok = need(2, -1, QStringLiteral("add LISTENER_ID SERVER_ID:PRIVATE_IP..."));
    else if (o->command == QLatin1String("job"))
        ok = need(1, 1, QStringLiteral("job JOB_ID"));
    else if (o->command == QLatin1String("journal"))
        ok = need(0, 0, QStringLiteral("journal [--json]"));
    else if (o->command == QLatin1String("undo"))
        ok = need(1, 1, QStringLiteral("undo OPERATION_ID"));
    else if (o->command == QLatin1String("find"))
        ok = need(1, 1, QStringLiteral("find QUERY [--json]"));
    else if (o->command == QLatin1String("remove-server"))
        ok = need(1, 1, QStringLiteral("remove-server QUERY [--yes]"));
    if (ok && o->command == QLatin1String("undo")) {
        bool isNumber = false;
        const qint64 id = o->arguments.at(0).toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            *message = tr("undo takes an operation id from \"journal\" (a positive number), not \"%1\"")
                           .arg(o->arguments.at(0));
            return ParseResult::Error;
        }
    }
    if (ok && (o->command == QLatin1String("find") || o->command == QLatin1String("remove-server")) &&
        o->arguments.at(0).trimmed().isEmpty()) {
        *message = tr("%1 needs a server name, private IP or server id").arg(o->command);
        return ParseResult::Error;
    }
    return ok ? ParseResult::Ok : ParseResult::Error;
}

} // namespace ElbDesk::Cli
