#include "emulatorprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ElbDesk::Test {

namespace {

const char kListeningPrefix[] = "elbdesk-emulator listening on ";
const char kProjectPrefix[] = "elbdesk-emulator project ";

} // namespace

EmulatorProcess::EmulatorProcess(const QStringList &extraArguments, int startTimeoutMs)
{
    if (qEnvironmentVariableIsSet("ELBDESK_EMULATOR_LOG"))
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    else
        m_process.setStandardErrorFile(QProcess::nullDevice());

    QStringList arguments = extraArguments;
    arguments << QStringLiteral("--port") << QStringLiteral("0");
    m_process.start(QStringLiteral(ELBDESK_EMULATOR_BIN), arguments, QIODevice::ReadOnly);

    const QDeadlineTimer deadline(startTimeoutMs);
    if (!m_process.waitForStarted(static_cast<int>(deadline.remainingTime()))) {
        m_error = QStringLiteral("cannot start %1: %2").arg(QStringLiteral(ELBDESK_EMULATOR_BIN), m_process.errorString());
        return;
    }
    // Read whole lines until both start-up lines are there; waitForReadyRead blocks on the pipe.
    while (m_projectId.isEmpty()) {
        while (!m_process.canReadLine()) {
            if (deadline.hasExpired() || m_process.state() != QProcess::Running
                || !m_process.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())))) {
                if (m_process.canReadLine())
                    break;
                m_error = QStringLiteral("the emulator did not start (exit code %1)").arg(m_process.exitCode());
                m_baseUrl.clear();
                return;
            }
        }
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith(kListeningPrefix))
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(int(sizeof(kListeningPrefix)) - 1)));
        else if (line.startsWith(kProjectPrefix))
            m_projectId = QString::fromUtf8(line.split(' ').constLast());
    }
}

EmulatorProcess::~EmulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool EmulatorProcess::isRunning() const
{
    return m_process.state() == QProcess::Running && m_baseUrl.isValid() && !m_projectId.isEmpty();
}

qint64 EmulatorProcess::processId() const
{
    return m_process.processId();
}

int EmulatorProcess::control(const QByteArray &method, const QString &path, const QByteArray &requestBody,
                             QByteArray *body, int timeoutMs) const
{
    if (!m_baseUrl.isValid())
        return 0;
    QNetworkAccessManager manager;
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(request, method, requestBody);
    // The sandbox's certificate is whatever the test generated.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply]() { reply->ignoreSslErrors(); });

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        delete reply;
        return 0;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = reply->readAll();
    delete reply;
    return status;
}

QJsonArray EmulatorProcess::requests(int timeoutMs) const
{
    QByteArray body;
    if (control("GET", QStringLiteral("/_sandbox/requests"), QByteArray(), &body, timeoutMs) != 200)
        return {};
    return QJsonDocument::fromJson(body).array();
}

QJsonObject EmulatorProcess::state(int timeoutMs) const
{
    QByteArray body;
    if (control("GET", QStringLiteral("/_sandbox/state"), QByteArray(), &body, timeoutMs) != 200)
        return {};
    return QJsonDocument::fromJson(body).object();
}

bool EmulatorProcess::addFaultRules(const QJsonArray &rules, int timeoutMs) const
{
    return control("POST", QStringLiteral("/_sandbox/faults"), QJsonDocument(rules).toJson(QJsonDocument::Compact),
                   nullptr, timeoutMs)
        == 200;
}

bool EmulatorProcess::clearFaultRules(int timeoutMs) const
{
    return control("DELETE", QStringLiteral("/_sandbox/faults"), QByteArray(), nullptr, timeoutMs) == 200;
}

bool EmulatorProcess::clearRequests(int timeoutMs) const
{
    return control("POST", QStringLiteral("/_sandbox/requests/clear"), QByteArray(), nullptr, timeoutMs) == 200;
}

bool EmulatorProcess::expireTokens(int timeoutMs) const
{
    return control("POST", QStringLiteral("/_sandbox/expire-tokens"), QByteArray(), nullptr, timeoutMs) == 200;
}

} // namespace ElbDesk::Test
