#include "cliconnection.h"

#include "api/regionpresets.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QCoreApplication>

namespace ElbDesk::Cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("ElbDesk::Cli", text);
}

static QString firstOf(const QString &a, const QString &b, const QString &c = QString())
{
    return !a.isEmpty() ? a : (!b.isEmpty() ? b : c);
}

ResolvedConnection resolveConnection(const CliOptions &o, const QProcessEnvironment &env)
{
    ResolvedConnection r;
    Connection &c = r.connection;
    const auto envValue = [&env](const char *name) { return env.value(QLatin1String(name)).trimmed(); };

    if (!o.profile.isEmpty()) {
        ProfileStore profiles;
        const std::optional<Connection> saved = profiles.byName(o.profile);
        if (!saved) {
            r.error = tr("no saved connection named \"%1\"").arg(o.profile);
            return r;
        }
        c = *saved;
    } else {
        c.name = QStringLiteral("command line");
        c.cloud = QStringLiteral("custom");
    }

    c.region = firstOf(o.region, c.region, envValue("OS_REGION_NAME"));
    c.projectId = firstOf(o.projectId, c.projectId, envValue("OS_PROJECT_ID"));
    c.projectName = firstOf(o.projectName, c.projectName, envValue("OS_PROJECT_NAME"));
    if (c.projectName.isEmpty() && c.projectId.isEmpty())
        c.projectName = c.region; // on OTC the project name is usually the region name
    c.userName = firstOf(c.userName, envValue("OS_USERNAME"));
    c.domainName = firstOf(c.domainName, envValue("OS_USER_DOMAIN_NAME"), envValue("OS_DOMAIN_NAME"));
    c.accessKey = firstOf(c.accessKey, envValue("OS_ACCESS_KEY"));
    if (!o.caFile.isEmpty())
        c.caFile = o.caFile;

    const RegionPreset *preset = RegionPresets::find(c.region);
    if (!o.elbEndpoint.isEmpty())
        c.elbEndpoint = QUrl(o.elbEndpoint);
    else if (c.elbEndpoint.isEmpty() && preset)
        c.elbEndpoint = preset->elbEndpoint;
    const QString iam = firstOf(o.iamEndpoint, QString(), envValue("OS_AUTH_URL"));
    if (!iam.isEmpty())
        c.iamEndpoint = QUrl(iam);
    else if (c.iamEndpoint.isEmpty() && preset)
        c.iamEndpoint = preset->iamEndpoint;
    if (c.elbEndpoint.isEmpty()) {
        r.error = tr("no ELB endpoint: give --elb-endpoint URL or a known --region");
        return r;
    }
    if (!c.elbEndpoint.isValid() || c.elbEndpoint.host().isEmpty()) {
        r.error = tr("--elb-endpoint \"%1\" is not a URL").arg(o.elbEndpoint);
        return r;
    }

    Credentials &cred = r.credentials;
    cred.password = env.value(QStringLiteral("OS_PASSWORD"));
    cred.secretKey = env.value(QStringLiteral("OS_SECRET_KEY"));
    cred.token = env.value(QStringLiteral("OS_AUTH_TOKEN")).trimmed();

    QString method = o.auth;
    if (method.isEmpty() && !o.profile.isEmpty())
        method = c.auth == AuthMethod::AkSk
                     ? QStringLiteral("aksk")
                     : (c.auth == AuthMethod::Token ? QStringLiteral("token") : QStringLiteral("password"));
    if (method.isEmpty()) {
        if (!c.accessKey.isEmpty() && !cred.secretKey.isEmpty())
            method = QStringLiteral("aksk");
        else if (!cred.password.isEmpty() || !c.userName.isEmpty())
            method = QStringLiteral("password");
        else
            method = QStringLiteral("token");
    }
    c.signing = o.signing == QLatin1String("b") ? SigningScheme::B : SigningScheme::A;
    if (method == QLatin1String("aksk")) {
        c.auth = AuthMethod::AkSk;
        if (c.accessKey.isEmpty())
            r.error = tr("AK/SK authentication needs OS_ACCESS_KEY");
        else if (cred.secretKey.isEmpty() && !o.profile.isEmpty())
            r.keychainKey = SecretStore::keyFor(c.id, SecretStore::kindSecretKey());
        else if (cred.secretKey.isEmpty())
            r.error = tr("AK/SK authentication needs OS_SECRET_KEY in the environment");
    } else if (method == QLatin1String("password")) {
        c.auth = AuthMethod::Password;
        if (c.userName.isEmpty() || c.domainName.isEmpty())
            r.error =
                tr("password authentication needs OS_USERNAME and OS_USER_DOMAIN_NAME (or OS_DOMAIN_NAME)");
        else if (cred.password.isEmpty() && !o.profile.isEmpty())
            r.keychainKey = SecretStore::keyFor(c.id, SecretStore::kindPassword());
        else if (cred.password.isEmpty())
            r.error =
                tr("password authentication needs OS_PASSWORD in the environment (credentials are never "
                   "taken from the command line)");
        else if (c.iamEndpoint.isEmpty())
            r.error =
                tr("password authentication needs an IAM endpoint: --iam-endpoint, OS_AUTH_URL or a known "
                   "--region");
    } else {
        c.auth = AuthMethod::Token;
        if (cred.token.isEmpty())
            r.error = tr("no credentials: set OS_USERNAME/OS_PASSWORD/OS_USER_DOMAIN_NAME, "
                         "OS_ACCESS_KEY/OS_SECRET_KEY or OS_AUTH_TOKEN, or use --profile");
        else if (c.projectId.isEmpty() && c.iamEndpoint.isEmpty())
            r.error = tr("token authentication needs --project-id (or an IAM endpoint to look it up)");
    }
    return r;
}

} // namespace ElbDesk::Cli
