#include "iamrequests.h"

#include "api/apiclient.h"
#include "api/ids.h"
#include "model/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace ElbDesk {

bool parseTokenBody(const QByteArray &body, TokenInfo *info, QString *why)
{
    const QJsonDocument doc = parseJsonBody(body, why);
    if (!why->isEmpty())
        return false;
    const QJsonObject token = doc.object().value(QLatin1String("token")).toObject();
    if (token.isEmpty()) {
        // A free function: lupdate would file a plain tr() under "ElbDesk", so the context is named.
        *why = QCoreApplication::translate("ElbDesk::IamRequests", "the IAM answer has no \"token\" object");
        return false;
    }
    JsonReader r(token, QStringLiteral("token"));
    const QString expires = r.requiredString("expires_at");
    const QString issued = r.optionalString("issued_at");
    const QJsonObject project = r.optionalObject("project");
    const QJsonObject user = r.optionalObject("user");
    if (!r.ok()) {
        *why = r.error();
        return false;
    }
    info->expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
    if (!info->expiresAt.isValid()) {
        *why = QCoreApplication::translate("ElbDesk::IamRequests",
                                           "token.expires_at: \"%1\" is not an ISO-8601 time")
                   .arg(expires.left(40));
        return false;
    }
    info->issuedAt = QDateTime::fromString(issued, Qt::ISODateWithMs);
    info->projectId = project.value(QLatin1String("id")).toString();
    info->projectName = project.value(QLatin1String("name")).toString();
    info->userName = user.value(QLatin1String("name")).toString();
    if (!info->projectId.isEmpty() && !Ids::isHexId(info->projectId)) {
        *why = QCoreApplication::translate("ElbDesk::IamRequests",
                                           "token.project.id: \"%1\" is not a 32-character hex id")
                   .arg(info->projectId.left(64));
        return false;
    }
    return true;
}

IssueTokenRequest::IssueTokenRequest(ApiClient *client, const QString &password, QObject *parent)
    : ApiRequest(client, parent), m_password(password)
{}

HttpCall IssueTokenRequest::buildCall(QString *refusal)
{
    HttpCall call;
    const Connection &c = client()->connection();
    if (c.userName.isEmpty() || c.domainName.isEmpty() || m_password.isEmpty()) {
        *refusal = tr("password authentication needs a user name, a domain name and a password");
        return call;
    }
    QJsonObject scope;
    if (!c.projectId.isEmpty())
        scope = QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), c.projectId}}}};
    else if (!c.projectName.isEmpty())
        scope =
            QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), c.projectName}}}};
    else {
        *refusal = tr("password authentication needs a project id or a project name to scope the token");
        return call;
    }
    const QJsonObject user{{QStringLiteral("name"), c.userName},
                           {QStringLiteral("password"), m_password},
                           {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), c.domainName}}}};
    const QJsonObject identity{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                               {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
    const QJsonObject auth{{QStringLiteral("identity"), identity}, {QStringLiteral("scope"), scope}};
    call.service = Service::Iam;
    call.method = "POST";
    call.path = QStringLiteral("/v3/auth/tokens");
    call.query.append({QStringLiteral("nocatalog"), QStringLiteral("true")});
    call.body = QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
    call.authenticated = false;
    call.idempotent = true; // a second token changes nothing in the cloud
    return call;
}

void IssueTokenRequest::readHeaders(QNetworkReply *reply)
{
    m_info.token = QString::fromLatin1(reply->rawHeader("X-Subject-Token"));
}

bool IssueTokenRequest::parse(const QByteArray &body, QString *why)
{
    if (m_info.token.isEmpty()) {
        *why = tr("the IAM answer carries no X-Subject-Token header");
        return false;
    }
    return parseTokenBody(body, &m_info, why);
}

ValidateTokenRequest::ValidateTokenRequest(ApiClient *client, const QString &token, QObject *parent)
    : ApiRequest(client, parent), m_token(token)
{}

HttpCall ValidateTokenRequest::buildCall(QString *)
{
    HttpCall call;
    call.service = Service::Iam;
    call.path = QStringLiteral("/v3/auth/tokens");
    call.query.append({QStringLiteral("nocatalog"), QStringLiteral("true")});
    call.extraHeaders.append({"X-Subject-Token", m_token.toLatin1()});
    call.prepareAuth = false;
    return call;
}

bool ValidateTokenRequest::parse(const QByteArray &body, QString *why)
{
    m_info.token = m_token;
    return parseTokenBody(body, &m_info, why);
}

FindProjectRequest::FindProjectRequest(ApiClient *client, const QString &projectName, QObject *parent)
    : ApiRequest(client, parent), m_projectName(projectName)
{}

HttpCall FindProjectRequest::buildCall(QString *)
{
    HttpCall call;
    call.service = Service::Iam;
    call.path = QStringLiteral("/v3/projects");
    call.query.append({QStringLiteral("name"), m_projectName});
    call.prepareAuth = false;
    return call;
}

bool FindProjectRequest::parse(const QByteArray &body, QString *why)
{
    const QJsonDocument doc = parseJsonBody(body, why);
    if (!why->isEmpty())
        return false;
    const QJsonArray projects = doc.object().value(QLatin1String("projects")).toArray();
    for (const QJsonValue &p : projects) {
        const QJsonObject o = p.toObject();
        if (o.value(QLatin1String("name")).toString() == m_projectName) {
            m_projectId = o.value(QLatin1String("id")).toString();
            if (!Ids::isHexId(m_projectId)) {
                *why = tr("projects[].id: \"%1\" is not a 32-character hex id").arg(m_projectId.left(64));
                return false;
            }
            return true;
        }
    }
    *why = tr("IAM knows no project named \"%1\"").arg(m_projectName);
    return false;
}

} // namespace ElbDesk
