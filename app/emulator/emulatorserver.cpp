#include "emulatorserver.h"

#include "emulatorcontrolapi.h"
#include "emulatorerrors.h"
#include "emulatoriam.h"
#include "emulatorjobs.h"
#include "emulatorroute.h"
#include "emulatorrouter.h"
#include "emulatorseeder.h"
#include "emulatorstore.h"
#include "faultreplies.h"
#include "logging.h"
#include "requestlog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

namespace ElbDesk::Emulator {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        break;
    }
    return "UNKNOWN";
}

JobFault jobFaultFor(FaultKind kind)
{
    if (kind == FaultKind::Fail)
        return JobFault::Fail;
    if (kind == FaultKind::Stuck)
        return JobFault::Stuck;
    return JobFault::None;
}

} // namespace

EmulatorServer::EmulatorServer(const EmulatorOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_store(std::make_unique<EmulatorStore>(options.seed))
    , m_address(options.listenAddress)
    , m_port(options.port)
{
    QElapsedTimer timer;
    timer.start();
    EmulatorSeeder(m_options, *m_store).run();
    m_jobs = std::make_unique<EmulatorJobs>(*m_store, options.seed, static_cast<qint64>(options.jobSeconds * 1000.0),
                                            static_cast<qint64>(options.healthDelaySeconds * 1000.0));
    m_iam = std::make_unique<EmulatorIam>(m_options, *m_store);
    m_faults = std::make_unique<FaultInjector>(options.faultRate, options.faultKinds, options.faultSeed,
                                               options.retryAfterSeconds, options.stallMs);
    m_log = std::make_unique<RequestLog>();
    m_tls = !options.tlsCertFile.isEmpty();
    m_router = std::make_unique<EmulatorRouter>(*m_store, *m_jobs, *m_iam, options.retired, m_tls);
    m_control = std::make_unique<EmulatorControlApi>(*m_store, *m_jobs, *m_iam, *m_faults, *m_log);
    if (m_tls)
        setupTls();
    if (!options.faultScriptFile.isEmpty())
        loadFaultScript(options.faultScriptFile);
    qCInfo(lcEmulator) << "seeded" << m_store->loadBalancers().size() << "load balancers and"
                       << m_store->listeners().size() << "listeners in" << timer.elapsed() << "ms";
}

EmulatorServer::~EmulatorServer() = default;

void EmulatorServer::setupTls()
{
    QFile certFile(m_options.tlsCertFile);
    QFile keyFile(m_options.tlsKeyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the TLS certificate or key");
        return;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        keyFile.seek(0);
        key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    }
    if (certificate.isNull() || key.isNull()) {
        m_error = QStringLiteral("the TLS certificate or key is not valid PEM");
        return;
    }
    sslSetup(certificate, key);
}

void EmulatorServer::loadFaultScript(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the fault script %1").arg(fileName);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QString error;
    if (!doc.isArray())
        m_error = QStringLiteral("the fault script %1 is not a JSON array").arg(fileName);
    else if (!m_faults->addRules(doc.array(), &error))
        m_error = QStringLiteral("fault script %1: %2").arg(fileName, error);
}

quint16 EmulatorServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_error.isEmpty())
        return 0;
    m_address = address;
    m_port = QAbstractHttpServer::listen(address, port);
    if (m_port == 0)
        m_error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
    return m_port;
}

QUrl EmulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    // A wildcard address is reachable on loopback; print something a client can connect to.
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

QString EmulatorServer::projectId() const
{
    return m_store->projects().constFirst().id;
}

void EmulatorServer::addFaultRule(const FaultRule &rule)
{
    m_faults->addRule(rule);
}

bool EmulatorServer::addFaultRules(const QJsonArray &rules, QString *error)
{
    QString message;
    const bool ok = m_faults->addRules(rules, &message);
    if (error)
        *error = message;
    return ok;
}

QJsonArray EmulatorServer::requestsJson() const
{
    return m_log->toJson();
}

QJsonObject EmulatorServer::stateJson() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_jobs->settle(now);
    return m_control->state(now);
}

void EmulatorServer::expireAllTokens()
{
    m_iam->expireAll(QDateTime::currentMSecsSinceEpoch());
}

EmulatorRequest EmulatorServer::copyRequest(const QHttpServerRequest &request)
{
    EmulatorRequest r;
    r.method = methodName(request.method());
    r.url = request.url();
    r.path = r.url.path(QUrl::FullyDecoded);
    r.headers = request.headers();
    r.body = request.body();
    return r;
}

void EmulatorServer::write(QHttpServerResponder &responder, const EmulatorReply &reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
}

void EmulatorServer::closeWithoutAnswer(QTcpSocket *socket)
{
    // Closing (not aborting) is what a gateway that gave up looks like: the client reads EOF.
    socket->disconnectFromHost();
}

void EmulatorServer::finish(size_t logIndex, const EmulatorRequest &request, int status, const QString &fault)
{
    m_log->setStatus(logIndex, status);
    qCInfo(lcEmulator).noquote() << request.method << request.path << (status ? QString::number(status) : QStringLiteral("(no answer)"))
                                 << (fault.isEmpty() ? QString() : QStringLiteral("fault=") + fault);
    Q_EMIT requestFinished(QString::fromLatin1(request.method), request.path, status, fault);
}

void EmulatorServer::sendLater(const QHttpServerRequest &request, QTcpSocket *socket, const EmulatorReply &reply,
                               int delayMs, size_t logIndex, const EmulatorRequest &copy, const QString &fault)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this, [this, responder, guard, reply, logIndex, copy, fault]() {
        // The client may have given up meanwhile; then there is nobody to answer.
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            finish(logIndex, copy, 0, fault);
            return;
        }
        write(*responder, reply);
        finish(logIndex, copy, reply.status, fault);
    });
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const EmulatorRequest r = copyRequest(request);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Jobs finish by the clock; apply every finished one before looking at the state.
    m_jobs->settle(now);

    const EmulatorRoute route = EmulatorRoute::match(r);
    if (route.op == EmulatorRoute::Op::Control) {
        QHttpServerResponder responder = makeResponder(request, socket);
        if (r.method == "POST" && r.path == QLatin1String("/_sandbox/shutdown")) {
            // Only the standalone program connects this (to quit, so sanitizers see a normal exit).
            write(responder, EmulatorReply::json(200, QJsonObject{{QStringLiteral("shutdown"), true}}));
            Q_EMIT shutdownRequested();
            return true;
        }
        write(responder, m_control->handle(r, now));
        return true;
    }

    FaultDecision fault;
    if (!route.isIam() || m_options.faultsIam)
        fault = m_faults->decide({r.method, r.path, route.createsJob(), r.hasHeader("X-Auth-Token")});
    const QString faultName = FaultInjector::kindName(fault.kind);
    const size_t logIndex = m_log->append(r, now);
    m_log->setFault(logIndex, faultName);

    switch (fault.kind) {
    case FaultKind::Drop:
        closeWithoutAnswer(socket);
        finish(logIndex, r, 0, faultName);
        return true;
    case FaultKind::Throttle429:
    case FaultKind::Error500:
    case FaultKind::Error502:
    case FaultKind::Error503:
    case FaultKind::Error504:
    case FaultKind::Malformed: {
        const EmulatorReply reply = FaultReplies::forDecision(fault);
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, reply);
        finish(logIndex, r, reply.status, faultName);
        return true;
    }
    case FaultKind::ExpireToken:
        m_iam->expireToken(r.header("X-Auth-Token"), now);
        break;
    default:
        break;
    }

    const EmulatorReply reply = m_router->handle(r, route, jobFaultFor(fault.kind), now);
    if (route.createsJob() && reply.status == 200) {
        // The request was applied: record which job it created, even if the answer is lost below.
        const QJsonValue jobId = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("job_id"));
        m_log->setJobId(logIndex, jobId.toString());
    }
    if (fault.kind == FaultKind::Lost) {
        closeWithoutAnswer(socket);
        finish(logIndex, r, 0, faultName);
        return true;
    }
    if (fault.kind == FaultKind::Stall) {
        sendLater(request, socket, reply, fault.stallMs, logIndex, r, faultName);
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, reply);
    finish(logIndex, r, reply.status, faultName);
    return true;
}

void EmulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, EmulatorErrors::apiNotFound());
}

} // namespace ElbDesk::Emulator
