#include "clirunner.h"

#include "api/apiclient.h"
#include "api/getjobrequest.h"
#include "api/listlistenersrequest.h"
#include "api/listloadbalancersrequest.h"
#include "api/listmembersrequest.h"
#include "auth/authenticator.h"
#include "auth/authenticatorfactory.h"
#include "cliconnection.h"
#include "clijournal.h"
#include "logging.h"
#include "store/journal.h"
#include "store/keychainsecretstore.h"
#include "tableprinter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace ElbDesk::Cli {

CliRunner::CliRunner(const CliOptions &options, const QProcessEnvironment &env, QObject *parent)
    : QObject(parent), m_options(options), m_env(env), m_out(stdout), m_err(stderr)
{
    m_crashAt = crashPointFrom(m_env);
}

CliRunner::~CliRunner() = default;

static bool hasUnfinished(const Journal *journal)
{
    return !journal->unfinished().isEmpty();
}

void CliRunner::start()
{
    const QString &cmd = m_options.command;
    const bool journaled = cmd == QLatin1String("remove") || cmd == QLatin1String("add") ||
                           cmd == QLatin1String("undo") || cmd == QLatin1String("remove-server");
    const bool isJournal = cmd == QLatin1String("journal");
    if (m_env.contains(QLatin1String(kCrashEnv)) && m_crashAt == CrashPoint::None) {
        fail(tr("%1 must be after-intent, after-post or while-polling").arg(QLatin1String(kCrashEnv)),
             ExitUsage);
        return;
    }
    if (isJournal) {
        if (!openJournal())
            return;
        if (!hasUnfinished(m_journal)) {
            printJournal(); // nothing to resolve: no connection needed
            return;
        }
    }
    const ResolvedConnection resolved = resolveConnection(m_options, m_env);
    if (!resolved.error.isEmpty()) {
        if (isJournal) {
            progress(tr("Operations whose outcome is not known cannot be resolved without a connection (%1); "
                        "they are listed as they are.")
                         .arg(resolved.error));
            printJournal();
            return;
        }
        fail(resolved.error, ExitUsage);
        return;
    }
    if ((cmd == QLatin1String("remove") || cmd == QLatin1String("remove-server")) && !m_options.yes &&
        !isatty(fileno(stdin))) {
        fail(tr("refusing to remove members without confirmation: no terminal to ask on; pass --yes"),
             ExitUsage);
        return;
    }
    // Before anything is asked or sent: nothing is sent when the journal cannot be written.
    if (journaled && !openJournal())
        return;
    if (resolved.keychainKey.isEmpty()) {
        connectAndRun(resolved.connection, resolved.credentials);
        return;
    }
    // The secret of a saved connection: read once from the system keychain, kept in memory only.
    auto *store = new KeychainSecretStore(this);
    const Connection connection = resolved.connection;
    Credentials credentials = resolved.credentials;
    store->read(resolved.keychainKey, [this, connection, credentials](const SecretResult &result) mutable {
        if (!result.ok()) {
            fail(tr("cannot read the secret of connection \"%1\" from the keychain: %2")
                     .arg(connection.name, result.userMessage()),
                 ExitAuthentication);
            return;
        }
        if (connection.auth == AuthMethod::AkSk)
            credentials.secretKey = result.secret;
        else
            credentials.password = result.secret;
        connectAndRun(connection, credentials);
    });
}

void CliRunner::connectAndRun(const Connection &connection, const Credentials &credentials)
{
    m_nam = new QNetworkAccessManager(this);
    m_client = new ApiClient(m_nam, connection, makeAuthenticator(connection, credentials), this);
    const QString caError = m_client->loadCaFile();
    if (!caError.isEmpty()) {
        fail(caError, ExitUsage);
        return;
    }
    const QString refusal = ApiClient::refusalFor(connection.elbEndpoint);
    if (!refusal.isEmpty()) {
        fail(tr("ELB endpoint refused: %1").arg(refusal), ExitUsage);
        return;
    }
    connect(m_client, &ApiClient::throttled, this, [this](Service, int delayMs, bool capped) {
        progress(
            capped
                ? tr("Throttled by the API gateway; its Retry-After is too long, retrying in %1 s instead.")
                      .arg(delayMs / 1000)
                : tr("Throttled by the API gateway; retrying in %1 s.").arg(delayMs / 1000.0, 0, 'f', 1));
    });
    runCommand();
}

void CliRunner::runCommand()
{
    const QString &cmd = m_options.command;
    if (cmd == QLatin1String("loadbalancers"))
        listLoadBalancers();
    else if (cmd == QLatin1String("listeners"))
        listListeners();
    else if (cmd == QLatin1String("members"))
        listMembers();
    else if (cmd == QLatin1String("remove"))
        remove();
    else if (cmd == QLatin1String("add"))
        add();
    else if (cmd == QLatin1String("job"))
        showJob();
    else if (cmd == QLatin1String("journal"))
        showJournal();
    else if (cmd == QLatin1String("undo"))
        undo();
    else if (cmd == QLatin1String("find"))
        find();
    else if (cmd == QLatin1String("remove-server"))
        removeServer();
    else
        fail(tr("unknown command \"%1\"").arg(cmd), ExitUsage);
}

static void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << doc.toJson(QJsonDocument::Indented);
}

void CliRunner::listLoadBalancers()
{
    auto *request = new ListLoadBalancersRequest(m_client, this);
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (request->error().isError())
            return fail(request->error());
        if (m_options.json) {
            QJsonArray array;
            for (const LoadBalancer &lb : request->loadBalancers())
                array.append(lb.raw);
            printJson(m_out, array);
        } else {
            TablePrinter table(
                {tr("ID"), tr("NAME"), tr("STATUS"), tr("TYPE"), tr("VIP"), tr("ADMIN"), tr("BANDWIDTH")});
            for (const LoadBalancer &lb : request->loadBalancers())
                table.addRow({lb.id, lb.name, lb.status, lb.type, lb.vipAddress,
                              QString::number(lb.adminStateUp), QString::number(lb.bandwidth)});
            table.print(m_out);
        }
        done(ExitSuccess);
    });
    request->start();
}

void CliRunner::listListeners()
{
    auto *request = new ListListenersRequest(m_client, m_options.loadBalancerId, this);
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (request->error().isError())
            return fail(request->error());
        if (m_options.json) {
            QJsonArray array;
            for (const Listener &l : request->listeners())
                array.append(l.raw);
            printJson(m_out, array);
        } else {
            TablePrinter table({tr("ID"), tr("NAME"), tr("LOAD BALANCER"), tr("FRONT END"), tr("BACK END"),
                                tr("STATUS"), tr("MEMBERS")});
            for (const Listener &l : request->listeners())
                table.addRow({l.id, l.name, l.loadBalancerId,
                              QStringLiteral("%1:%2").arg(l.protocol).arg(l.port),
                              QStringLiteral("%1:%2").arg(l.backendProtocol).arg(l.backendPort), l.status,
                              QString::number(l.memberNumber)});
            table.print(m_out);
        }
        done(ExitSuccess);
    });
    request->start();
}

void CliRunner::listMembers()
{
    auto *request = new ListMembersRequest(m_client, m_options.arguments.at(0), this);
    connect(request, &ListMembersRequest::finished, this, [this](ListMembersRequest *r) {
        if (r->error().isError())
            return fail(r->error());
        if (m_options.json) {
            // The cloud's own bytes for each member, one per line: nothing re-serialised.
            const QList<Member> &members = r->members();
            QByteArray text = "[";
            for (qsizetype i = 0; i < members.size(); ++i) {
                text += i ? ",\n" : "\n";
                text += members.at(i).rawJson;
            }
            text += members.isEmpty() ? "]\n" : "\n]\n";
            m_out.flush();
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            std::fflush(stdout);
        } else {
            TablePrinter table({tr("MEMBER ID"), tr("SERVER NAME"), tr("PRIVATE IP"), tr("SERVER ID"),
                                tr("HEALTH"), tr("STATUS")});
            for (const Member &m : r->members())
                table.addRow({m.id, m.serverName.isEmpty() ? QStringLiteral("-") : m.serverName,
                              m.serverAddress, m.serverId, m.healthStatus, m.status});
            table.print(m_out);
        }
        done(ExitSuccess);
    });
    request->start();
}

void CliRunner::showJob()
{
    auto *request = new GetJobRequest(m_client, m_options.arguments.at(0), m_client->jobPathPrefix(), this);
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (request->error().isError() && request->error().httpStatus == 404 &&
            request->prefix() == QLatin1String("/v1.0")) {
            // Documented form missing: the /v1 form the POST's uri names (elb-classic-api.md §8.1).
            m_client->setJobPathPrefix(QStringLiteral("/v1"));
            showJob();
            return;
        }
        if (request->error().isError())
            return fail(request->error());
        const CloudJob &job = request->job();
        if (m_options.json) {
            printJson(m_out, job.raw);
        } else {
            TablePrinter table({tr("JOB ID"), tr("TYPE"), tr("STATUS"), tr("BEGIN"), tr("END"), tr("ERROR")});
            table.addRow({job.jobId, job.jobType, job.status, job.beginTime, job.endTime,
                          job.errorCode.isEmpty() ? QString()
                                                  : job.errorCode + QStringLiteral(": ") + job.failReason});
            table.print(m_out);
        }
        if (job.state == CloudJob::State::Succeeded)
            return done(ExitSuccess);
        progress(job.state == CloudJob::State::Failed
                     ? tr("Job %1 failed with %2: %3").arg(job.jobId, job.errorCode, job.failReason)
                     : tr("Job %1 has not finished (%2): its outcome is not known yet.")
                           .arg(job.jobId, job.status));
        done(ExitJobFailedOrUnknown);
    });
    request->start();
}

void CliRunner::progress(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

void CliRunner::fail(const ApiError &error)
{
    fail(error.describe(), exitCodeFor(error));
}

void CliRunner::fail(const QString &message, ExitCode code)
{
    m_err << "elbdesk-cli: " << message << '\n';
    done(code);
}

void CliRunner::done(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

} // namespace ElbDesk::Cli
