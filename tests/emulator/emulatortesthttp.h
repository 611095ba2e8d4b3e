#pragma once

// Header-only helpers shared by the tst_emulator*.cpp files: a tiny HTTP client over a plain
// QNetworkAccessManager (deliberately not the product client: the emulator is tested against
// the documented wire format, not against our own parser), plus an in-process sandbox.

#include "auth/aksksigner.h"
#include "emulatorserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

namespace ElbDesk::Test {

struct HttpResult
{
    int status = 0;                               // 0 = no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }
    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    [[nodiscard]] bool isJson() const { return !QJsonDocument::fromJson(body).isNull(); }
    // {"error":{"code":…}} (ELB, Keystone) or {"error_code":…} (gateway)
    [[nodiscard]] QString errorCode() const
    {
        const QJsonObject o = object();
        if (o.contains(QStringLiteral("error_code")))
            return o.value(QStringLiteral("error_code")).toString();
        const QJsonValue code = o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code"));
        return code.isDouble() ? QString::number(code.toInt()) : code.toString();
    }
};

class TestHttp
{
public:
    explicit TestHttp(const QUrl &base)
        : m_base(base)
    {
    }

    void setToken(const QByteArray &token) { m_token = token; }
    [[nodiscard]] QByteArray token() const { return m_token; }
    [[nodiscard]] QUrl url(const QString &path, const QString &query = QString()) const
    {
        QUrl u = m_base;
        u.setPath(path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    HttpResult send(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &body, int timeoutMs = 20000)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs);
        HttpResult result;
        result.elapsedMs = timer.elapsed();
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        return result;
    }

    HttpResult get(const QString &path, const QString &query = QString())
    {
        return send("GET", url(path, query), authHeaders(), QByteArray());
    }
    HttpResult post(const QString &path, const QByteArray &body)
    {
        auto headers = authHeaders();
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return send("POST", url(path), headers, body);
    }
    HttpResult post(const QString &path, const QJsonDocument &body)
    {
        return post(path, body.toJson(QJsonDocument::Compact));
    }

    // AK/SK request: signs host, content-type and x-sdk-date; X-Project-Id is added unsigned (§2).
    HttpResult sendSigned(const QByteArray &method, const QString &path, const QString &query, const QByteArray &body,
                          const QByteArray &ak, const QByteArray &sk, SigningScheme scheme,
                          const QByteArray &projectId = QByteArray(), const QDateTime &at = QDateTime::currentDateTimeUtc(),
                          bool tamperBody = false)
    {
        SigningInput input;
        input.method = method;
        input.url = url(path, query);
        input.body = body;
        const QByteArray host = (input.url.host() + QLatin1Char(':') + QString::number(input.url.port())).toLatin1();
        input.headers = {{"Host", host}, {"Content-Type", "application/json"}, {"X-Sdk-Date", AkSkSigner::sdkDate(at)}};
        const QByteArray authorization = AkSkSigner::authorization(input, ak, sk, scheme);
        auto headers = input.headers;
        headers.append(qMakePair(QByteArray("Authorization"), authorization));
        if (!projectId.isEmpty())
            headers.append(qMakePair(QByteArray("X-Project-Id"), projectId));
        return send(method, input.url, headers, tamperBody ? body + ' ' : body);
    }

    QByteArray issueToken(const QString &user = QStringLiteral("operator"),
                          const QString &password = QStringLiteral("sandbox-password"),
                          const QString &domain = QStringLiteral("sandbox-domain"), const QString &project = QStringLiteral("eu-de"),
                          HttpResult *result = nullptr)
    {
        const QJsonObject body{{QStringLiteral("auth"), QJsonObject{
            {QStringLiteral("identity"), QJsonObject{
                {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), QJsonObject{
                    {QStringLiteral("name"), user}, {QStringLiteral("password"), password},
                    {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), domain}}}}}}}}},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), project}}}}}}}};
        const HttpResult r = send("POST", url(QStringLiteral("/v3/auth/tokens")),
                                  {{"Content-Type", "application/json;charset=utf8"}},
                                  QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (result)
            *result = r;
        return r.header("X-Subject-Token");
    }

private:
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> authHeaders() const
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Accept", "application/json"}};
        if (!m_token.isEmpty())
            headers.append(qMakePair(QByteArray("X-Auth-Token"), m_token));
        return headers;
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_token;
};

// An in-process sandbox on a random loopback port plus a client holding a valid token.
struct Sandbox
{
    explicit Sandbox(const QStringList &arguments = {})
        : quiet(quietEmulatorLog())
        , server(Emulator::EmulatorOptions::fromCommandLine(QStringList{QStringLiteral("emulator")} + arguments))
    {
        server.listen();
        http = std::make_unique<TestHttp>(server.baseUrl());
        http->setToken(http->issueToken());
        project = server.projectId();
    }
    [[nodiscard]] QString elb(const QString &rest) const { return QStringLiteral("/v1.0/%1/elbaas/%2").arg(project, rest); }
    [[nodiscard]] QString job(const QString &id, bool v1 = false) const
    {
        return QStringLiteral("/%1/%2/jobs/%3").arg(v1 ? QStringLiteral("v1") : QStringLiteral("v1.0"), project, id);
    }
    // The listeners in list order, fetched once.
    QJsonArray listeners() { return http->get(elb(QStringLiteral("listeners"))).array(); }
    QJsonArray members(const QString &listenerId, const QString &query = QString())
    {
        return http->get(elb(QStringLiteral("listeners/%1/members").arg(listenerId)), query).array();
    }
    QString jobStatus(const QString &jobId) { return http->get(job(jobId)).object().value(QStringLiteral("status")).toString(); }

    // One info line per request drowns test output; ELBDESK_EMULATOR_LOG=1 brings it back.
    static bool quietEmulatorLog()
    {
        if (!qEnvironmentVariableIsSet("ELBDESK_EMULATOR_LOG"))
            QLoggingCategory::setFilterRules(QStringLiteral("elbdesk.emulator.info=false"));
        return true;
    }

    bool quiet;
    Emulator::EmulatorServer server;
    std::unique_ptr<TestHttp> http;
    QString project;
};

} // namespace ElbDesk::Test
