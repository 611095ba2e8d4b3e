#include "soakemulator.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ElbDesk::Soak {

namespace {

const char kListeningPrefix[] = "elbdesk-emulator listening on ";
const char kProjectPrefix[] = "elbdesk-emulator project ";

} // namespace

SoakEmulator::~SoakEmulator()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SoakEmulator::start(const QString &program, const QStringList &arguments, const QString &logFile,
                         QString *error)
{
    m_process.setStandardErrorFile(logFile);
    m_process.start(program, arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0")},
                    QIODevice::ReadOnly);
    // Sanitizer builds start slowly on a loaded machine.
    const QDeadlineTimer deadline(120000);
    if (!m_process.waitForStarted(int(deadline.remainingTime()))) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    while (m_projectId.isEmpty()) {
        while (!m_process.canReadLine()) {
            if (deadline.hasExpired() || m_process.state() != QProcess::Running ||
                !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
                if (m_process.canReadLine())
                    break;
                *error = QStringLiteral("the sandbox did not start (exit code %1); see %2")
                             .arg(m_process.exitCode())
                             .arg(logFile);
                return false;
            }
        }
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith(kListeningPrefix))
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(int(sizeof(kListeningPrefix)) - 1)));
        else if (line.startsWith(kProjectPrefix))
            m_projectId = QString::fromUtf8(line.split(' ').constLast());
    }
    return m_baseUrl.isValid();
}

int SoakEmulator::control(const QByteArray &method, const QString &path, QByteArray *body,
                          int timeoutMs) const
{
    QNetworkAccessManager manager;
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(request, method, QByteArray());
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    int status = 0;
    if (reply->isFinished()) {
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (body)
            *body = reply->readAll();
    } else {
        reply->abort();
    }
    delete reply;
    return status;
}

QJsonObject SoakEmulator::state(bool withMembers) const
{
    QByteArray body;
    const QString path =
        withMembers ? QStringLiteral("/_sandbox/state?members=1") : QStringLiteral("/_sandbox/state");
    if (control("GET", path, &body) != 200)
        return {};
    return QJsonDocument::fromJson(body).object();
}

QJsonArray SoakEmulator::requests() const
{
    QByteArray body;
    if (control("GET", QStringLiteral("/_sandbox/requests"), &body) != 200)
        return {};
    return QJsonDocument::fromJson(body).array();
}

bool SoakEmulator::shutdown(QString *how)
{
    if (m_process.state() != QProcess::Running) {
        *how = m_process.exitStatus() == QProcess::CrashExit
                   ? QStringLiteral("the sandbox had crashed before the end of the run")
                   : QStringLiteral("the sandbox had exited (code %1) before the end of the run")
                         .arg(m_process.exitCode());
        return false;
    }
    control("POST", QStringLiteral("/_sandbox/shutdown"), nullptr, 10000);
    // It may have quit already while control() waited for the answer; waitForFinished() returns
    // false for a process that has finished, so ask only when it is still running.
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(60000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        *how = QStringLiteral("the sandbox did not quit when asked; killed");
        return false;
    }
    if (m_process.exitStatus() == QProcess::CrashExit) {
        *how = QStringLiteral("the sandbox crashed while quitting");
        return false;
    }
    if (m_process.exitCode() != 0) {
        *how =
            QStringLiteral("the sandbox exited with code %1 (a sanitizer report?)").arg(m_process.exitCode());
        return false;
    }
    *how = QStringLiteral("exited cleanly");
    return true;
}

} // namespace ElbDesk::Soak
