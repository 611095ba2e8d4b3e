#pragma once

#include "api/apirequest.h"

#include <QDateTime>

namespace ElbDesk {

// What an IAM token answer tells us.
struct TokenInfo
{
    QString token;        // from X-Subject-Token; memory only
    QDateTime expiresAt;
    QDateTime issuedAt;
    QString projectId;
    QString projectName;
    QString userName;
};

// POST {iam}/v3/auth/tokens with a password, scoped to a project (by id or by name).
class IssueTokenRequest final : public ApiRequest
{
    Q_OBJECT
public:
    IssueTokenRequest(ApiClient *client, const QString &password, QObject *parent = nullptr);
    [[nodiscard]] const TokenInfo &info() const { return m_info; }

protected:
    HttpCall buildCall(QString *refusal) override;
    void readHeaders(QNetworkReply *reply) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QString m_password;
    TokenInfo m_info;
};

// GET {iam}/v3/auth/tokens with X-Subject-Token: learns the project of a pasted token.
class ValidateTokenRequest final : public ApiRequest
{
    Q_OBJECT
public:
    ValidateTokenRequest(ApiClient *client, const QString &token, QObject *parent = nullptr);
    [[nodiscard]] const TokenInfo &info() const { return m_info; }

protected:
    HttpCall buildCall(QString *refusal) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QString m_token;
    TokenInfo m_info;
};

// GET {iam}/v3/projects?name=…: the project id for a project name (AK/SK connections).
class FindProjectRequest final : public ApiRequest
{
    Q_OBJECT
public:
    FindProjectRequest(ApiClient *client, const QString &projectName, QObject *parent = nullptr);
    [[nodiscard]] const QString &projectId() const { return m_projectId; }

protected:
    HttpCall buildCall(QString *refusal) override;
    bool parse(const QByteArray &body, QString *why) override;

private:
    QString m_projectName;
    QString m_projectId;
};

// Reads {"token":{…}} as IAM documents it.
bool parseTokenBody(const QByteArray &body, TokenInfo *info, QString *why);

} // namespace ElbDesk
