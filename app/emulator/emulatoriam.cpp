#include "emulatoriam.h"

#include "emulatorerrors.h"
#include "emulatorformat.h"
#include "emulatorstore.h"
#include "logging.h"

#include <QJsonParseError>
#include <QRandomGenerator>

namespace ElbDesk::Emulator {

EmulatorIam::EmulatorIam(const EmulatorOptions &options, const EmulatorStore &store)
    : m_store(store)
    , m_seed(options.seed)
    , m_lifetimeMs(static_cast<qint64>(options.tokenLifetimeSeconds * 1000.0))
    , m_users(options.effectiveUsers())
    , m_keys(options.effectiveAccessKeys())
{
}

QByteArray EmulatorIam::newTokenValue()
{
    // Opaque and long like real PKI tokens ("MII…", thousands of characters on OTC); random,
    // not derived from the seed, so a token cannot be guessed from the command line.
    QByteArray bytes(180, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 45);
    return "MIIE" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

EmulatorReply EmulatorIam::issueToken(const EmulatorRequest &request, qint64 nowMs)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject identity = doc.object().value(QStringLiteral("auth")).toObject().value(QStringLiteral("identity")).toObject();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || identity.isEmpty())
        return EmulatorErrors::keystone(400, QStringLiteral("The request body is malformed: expecting auth.identity."));

    const QJsonArray methods = identity.value(QStringLiteral("methods")).toArray();
    const QJsonObject user = identity.value(QStringLiteral("password")).toObject().value(QStringLiteral("user")).toObject();
    if (!methods.contains(QStringLiteral("password")) || user.isEmpty())
        return EmulatorErrors::keystone(400, QStringLiteral("Only the password method is supported by the sandbox."));

    const QString name = user.value(QStringLiteral("name")).toString();
    const QString password = user.value(QStringLiteral("password")).toString();
    const QJsonObject domain = user.value(QStringLiteral("domain")).toObject();
    const QString domainName = domain.value(QStringLiteral("name")).toString();
    const QString domainId = domain.value(QStringLiteral("id")).toString();
    if (name.isEmpty() || password.isEmpty() || (domainName.isEmpty() && domainId.isEmpty()))
        return EmulatorErrors::keystone(400, QStringLiteral("The request body is malformed: user name, password and domain are required."));

    const UserAccount *account = nullptr;
    for (const UserAccount &u : std::as_const(m_users)) {
        const bool domainMatches = domainName.isEmpty() ? EmulatorFormat::hexId(m_seed, "domain", u.domain) == domainId
                                                        : u.domain == domainName;
        if (u.name == name && u.password == password && domainMatches)
            account = &u;
    }
    if (!account) {
        qCInfo(lcEmulator) << "IAM: wrong user name or password for" << name;
        return EmulatorErrors::keystone(401, QStringLiteral("The username or password is wrong."));
    }

    Token token;
    token.userName = account->name;
    token.userId = EmulatorFormat::hexId(m_seed, "user", account->domain + QLatin1Char('/') + account->name);
    token.domainName = account->domain;
    token.domainId = EmulatorFormat::hexId(m_seed, "domain", account->domain);
    token.issuedMs = nowMs;
    token.expiresMs = nowMs + m_lifetimeMs;

    const QJsonObject scope = doc.object().value(QStringLiteral("auth")).toObject().value(QStringLiteral("scope")).toObject();
    if (scope.contains(QStringLiteral("project"))) {
        const QJsonObject p = scope.value(QStringLiteral("project")).toObject();
        const Project *project = nullptr;
        if (p.contains(QStringLiteral("id")))
            project = m_store.project(p.value(QStringLiteral("id")).toString());
        else
            project = m_store.projectByName(account->domain, p.value(QStringLiteral("name")).toString());
        if (!project || project->domainName != account->domain)
            return EmulatorErrors::keystone(401, QStringLiteral("The project in the requested scope does not exist or the user has no access to it."));
        token.projectId = project->id;
    } else if (scope.contains(QStringLiteral("domain"))) {
        token.domainScoped = true;
    }

    const QByteArray value = newTokenValue();
    m_tokens.insert(value, token);
    qCInfo(lcEmulator) << "IAM: issued a token for" << account->name << "project" << token.projectId;
    EmulatorReply reply = EmulatorReply::json(201, tokenBody(token));
    reply.headers.append({"X-Subject-Token", value});
    return reply;
}

EmulatorReply EmulatorIam::validateToken(const EmulatorRequest &request, qint64 nowMs) const
{
    if (checkToken(request.header("X-Auth-Token"), nowMs) != TokenState::Valid)
        return EmulatorErrors::keystone(401, QStringLiteral("The request you have made requires authentication."));
    const QByteArray subject = request.header("X-Subject-Token");
    Token info;
    if (checkToken(subject, nowMs, &info) != TokenState::Valid)
        return EmulatorErrors::keystone(404, QStringLiteral("The resource could not be found."));
    EmulatorReply reply = EmulatorReply::json(200, tokenBody(info));
    reply.headers.append({"X-Subject-Token", subject});
    return reply;
}

EmulatorReply EmulatorIam::listProjects(const QString &domainName, const EmulatorRequest &request) const
{
    const QString name = request.queryValue(QStringLiteral("name"));
    QJsonArray projects;
    const QList<Project> all = m_store.projects();
    for (const Project &p : all) {
        if (p.domainName != domainName || (!name.isEmpty() && p.name != name))
            continue;
        projects.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("domain_id"), p.domainId},
                                    {QStringLiteral("enabled"), true}});
    }
    return EmulatorReply::json(200, QJsonObject{{QStringLiteral("projects"), projects}});
}

EmulatorIam::TokenState EmulatorIam::checkToken(const QByteArray &token, qint64 nowMs, Token *info) const
{
    const auto it = m_tokens.constFind(token);
    if (token.isEmpty() || it == m_tokens.cend())
        return TokenState::Unknown;
    if (info)
        *info = *it;
    return nowMs < it->expiresMs ? TokenState::Valid : TokenState::Expired;
}

void EmulatorIam::expireToken(const QByteArray &token, qint64 nowMs)
{
    const auto it = m_tokens.find(token);
    if (it != m_tokens.end())
        it->expiresMs = qMin(it->expiresMs, nowMs);
}

void EmulatorIam::expireAll(qint64 nowMs)
{
    for (Token &t : m_tokens)
        t.expiresMs = qMin(t.expiresMs, nowMs);
}

const AccessKey *EmulatorIam::accessKey(const QByteArray &ak) const
{
    for (const AccessKey &k : m_keys) {
        if (k.accessKey.toUtf8() == ak)
            return &k;
    }
    return nullptr;
}

QJsonObject EmulatorIam::tokenBody(const Token &t) const
{
    const QJsonObject domain{{QStringLiteral("id"), t.domainId}, {QStringLiteral("name"), t.domainName}};
    QJsonObject token{
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("expires_at"), EmulatorFormat::isoMicros(t.expiresMs)},
        {QStringLiteral("issued_at"), EmulatorFormat::isoMicros(t.issuedMs)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("domain"), domain},
                                             {QStringLiteral("id"), t.userId},
                                             {QStringLiteral("name"), t.userName},
                                             {QStringLiteral("password_expires_at"), QString(QLatin1String(""))}}},
        {QStringLiteral("catalog"), QJsonArray()},
        {QStringLiteral("roles"), QJsonArray{QJsonObject{{QStringLiteral("id"), EmulatorFormat::hexId(m_seed, "role", QStringLiteral("te_admin"))},
                                                         {QStringLiteral("name"), QStringLiteral("te_admin")}}}},
    };
    if (const Project *p = m_store.project(t.projectId)) {
        token.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), p->id},
                                                            {QStringLiteral("name"), p->name},
                                                            {QStringLiteral("domain"), domain}});
    } else if (t.domainScoped) {
        token.insert(QStringLiteral("domain"), domain);
    }
    return {{QStringLiteral("token"), token}};
}

} // namespace ElbDesk::Emulator
