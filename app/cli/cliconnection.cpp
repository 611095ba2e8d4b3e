#include "cliconnection.h"

#include "api/regionpresets.h"
#include "config/cloudsyamllocator.h"
#include "config/cloudsyamlreader.h"
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

// The cloud `name` of clouds.yaml (+ secure.yaml) with the OS_* variables over its values, as
// openstacksdk does. The file is only read; its secrets stay in memory.
static bool loadCloud(const QString &name, const QProcessEnvironment &env, CloudEntry *entry, QString *error)
{
    const CloudsYamlLocator::Found found = CloudsYamlLocator::locate(env);
    if (found.cloudsFile.isEmpty()) {
        *error = tr("OS_CLOUD is \"%1\" but no clouds.yaml was found (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, "
                    "~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml)")
                     .arg(name);
        return false;
    }
    QByteArray clouds;
    QByteArray secure;
    if (!CloudsYamlLocator::readFile(found.cloudsFile, &clouds, error))
        return false;
    if (!found.secureFile.isEmpty() && !CloudsYamlLocator::readFile(found.secureFile, &secure, error))
        return false;
    const CloudsYamlReader::Result result = CloudsYamlReader::parse(clouds, secure);
    if (!result.ok()) {
        *error = tr("%1: %2").arg(found.cloudsFile, result.error);
        return false;
    }
    const CloudEntry *cloud = result.find(name);
    if (!cloud) {
        *error = tr("no cloud \"%1\" in %2").arg(name, found.cloudsFile);
        return false;
    }
    *entry = *cloud;
    const auto over = [&env](const char *variable, QString *field) {
        const QString value = env.value(QLatin1String(variable));
        if (!value.trimmed().isEmpty())
            *field = value;
    };
    over("OS_AUTH_URL", &entry->authUrl);
    over("OS_USERNAME", &entry->username);
    over("OS_PASSWORD", &entry->password);
    over("OS_DOMAIN_NAME", &entry->userDomainName);
    over("OS_USER_DOMAIN_NAME", &entry->userDomainName);
    over("OS_PROJECT_NAME", &entry->projectName);
    over("OS_PROJECT_ID", &entry->projectId);
    over("OS_REGION_NAME", &entry->regionName);
    over("OS_ACCESS_KEY", &entry->ak);
    over("OS_SECRET_KEY", &entry->sk);
    over("OS_AUTH_TYPE", &entry->authType);
    entry->errors.clear();
    entry->warnings.clear();
    CloudsYamlReader::infer(entry);
    return true;
}

ResolvedConnection resolveConnection(const CliOptions &o, const QProcessEnvironment &env)
{
    ResolvedConnection r;
    Connection &c = r.connection;
    const auto envValue = [&env](const char *name) { return env.value(QLatin1String(name)).trimmed(); };

    const QString cloudName = !o.cloud.isEmpty() ? o.cloud : envValue("OS_CLOUD");
    const bool fromCloud = o.profile.isEmpty() && !cloudName.isEmpty();
    CloudEntry cloud;
    if (fromCloud) {
        if (!loadCloud(cloudName, env, &cloud, &r.error))
            return r;
        c = cloud.toConnection();
        c.name = tr("cloud %1").arg(cloudName);
        if (!cloud.errors.isEmpty() && o.auth.isEmpty()) {
            r.error = tr("cloud \"%1\": %2").arg(cloudName, cloud.errors.join(QStringLiteral("; ")));
            return r;
        }
    } else if (!o.profile.isEmpty()) {
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
        r.error = fromCloud
                      ? tr("no ELB endpoint for cloud \"%1\": give --elb-endpoint URL, a known region or "
                           "elb_endpoint_override in clouds.yaml")
                            .arg(cloudName)
                      : tr("no ELB endpoint: give --elb-endpoint URL or a known --region");
        return r;
    }
    if (!c.elbEndpoint.isValid() || c.elbEndpoint.host().isEmpty()) {
        r.error = tr("--elb-endpoint \"%1\" is not a URL").arg(o.elbEndpoint);
        return r;
    }

    Credentials &cred = r.credentials;
    cred.password = fromCloud ? cloud.password : env.value(QStringLiteral("OS_PASSWORD"));
    cred.secretKey = fromCloud ? cloud.sk : env.value(QStringLiteral("OS_SECRET_KEY"));
    cred.token = env.value(QStringLiteral("OS_AUTH_TOKEN")).trimmed();
    if (fromCloud && c.accessKey.isEmpty())
        c.accessKey = cloud.ak; // --auth aksk on a cloud whose file also holds a password

    QString method = o.auth;
    if (method.isEmpty() && (!o.profile.isEmpty() || fromCloud))
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
