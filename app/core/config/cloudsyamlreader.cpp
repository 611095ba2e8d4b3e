#include "cloudsyamlreader.h"

#include "api/regionpresets.h"
#include "yamlsubsetparser.h"

#include <QCoreApplication>

namespace ElbDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ElbDesk::CloudsYamlReader", text);
}

// Reads scalar values of one mapping, noting a value of the wrong shape as an error.
class Fields
{
    // The file's context: lupdate would otherwise file this class's strings under "ElbDesk::Fields".
    Q_DECLARE_TR_FUNCTIONS(ElbDesk::CloudsYamlReader)

public:
    Fields(const YamlNode *node, QString prefix, QStringList *errors)
        : m_node(node), m_prefix(std::move(prefix)), m_errors(errors)
    {}

    QString text(const char *key) const
    {
        const YamlNode *value = m_node && m_node->isMap() ? m_node->value(QLatin1String(key)) : nullptr;
        if (!value || value->kind == YamlNode::Kind::Null)
            return QString();
        if (!value->isScalar()) {
            m_errors->append(tr("line %1: %2%3 must be a single value")
                                 .arg(value->line)
                                 .arg(m_prefix, QLatin1String(key)));
            return QString();
        }
        return value->scalar;
    }

private:
    const YamlNode *m_node;
    QString m_prefix;
    QStringList *m_errors;
};

QString firstOf(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : a;
}

// "https://iam.eu-de.otc.t-systems.com/v3" -> "https://iam.eu-de.otc.t-systems.com"
QUrl endpointFrom(const QString &written)
{
    QUrl url(written.trimmed(), QUrl::StrictMode);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.compare(QLatin1String("/v3"), Qt::CaseInsensitive) == 0)
        path.clear();
    url.setPath(path);
    return url;
}

} // namespace

const CloudEntry *CloudsYamlReader::Result::find(const QString &name) const
{
    for (const CloudEntry &entry : clouds) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

CloudsYamlReader::Result CloudsYamlReader::parse(const QByteArray &clouds)
{
    return parse(clouds, QByteArray());
}

CloudsYamlReader::Result CloudsYamlReader::parse(const QByteArray &clouds, const QByteArray &secure)
{
    Result result;
    const YamlSubsetParser::Result parsed = YamlSubsetParser::parse(clouds);
    if (!parsed.ok()) {
        result.error = parsed.error;
        result.errorLine = parsed.errorLine;
        return result;
    }
    YamlNode root = parsed.root;
    if (root.kind == YamlNode::Kind::Null) {
        result.error = tr("the file holds no clouds");
        result.errorLine = 1;
        return result;
    }
    if (!root.isMap()) {
        result.error = tr("line %1: expected \"clouds:\" at the top").arg(root.line);
        result.errorLine = root.line;
        return result;
    }
    if (!secure.trimmed().isEmpty()) {
        const YamlSubsetParser::Result secureParsed = YamlSubsetParser::parse(secure);
        if (!secureParsed.ok()) {
            result.error = tr("secure.yaml: %1").arg(secureParsed.error);
            result.errorLine = secureParsed.errorLine;
            return result;
        }
        if (secureParsed.root.isMap())
            root = merged(root, secureParsed.root);
    }
    const YamlNode *cloudsNode = root.value(QStringLiteral("clouds"));
    if (!cloudsNode) {
        result.error = tr("no \"clouds:\" section");
        result.errorLine = 1;
        return result;
    }
    if (!cloudsNode->isMap()) {
        result.error = tr("line %1: \"clouds:\" must hold one entry per cloud").arg(cloudsNode->line);
        result.errorLine = cloudsNode->line;
        return result;
    }
    for (const auto &[name, node] : cloudsNode->map)
        result.clouds.append(entryFrom(name, node));
    return result;
}

CloudEntry CloudsYamlReader::entryFrom(const QString &name, const YamlNode &node)
{
    CloudEntry e;
    e.name = name;
    e.line = node.line;
    if (!node.isMap()) {
        e.errors << tr("line %1: the cloud must be a mapping (auth:, region_name:, \u2026)").arg(node.line);
        return e;
    }
    const YamlNode *authNode = node.value(QStringLiteral("auth"));
    if (authNode && authNode->kind != YamlNode::Kind::Null && !authNode->isMap())
        e.errors << tr("line %1: auth must be a mapping").arg(authNode->line);
    const Fields cloud(&node, QString(), &e.errors);
    const Fields auth(authNode, QStringLiteral("auth."), &e.errors);

    e.authType = cloud.text("auth_type").trimmed();
    e.profile = cloud.text("profile").trimmed();
    e.authUrl = auth.text("auth_url").trimmed();
    e.username = auth.text("username");
    e.password = auth.text("password");
    e.userDomainName = firstOf(auth.text("user_domain_name"), auth.text("domain_name")).trimmed();
    e.projectName = auth.text("project_name").trimmed();
    e.projectId = auth.text("project_id").trimmed();
    e.ak = firstOf(firstOf(cloud.text("ak"), auth.text("ak")), auth.text("access_key")).trimmed();
    e.sk = firstOf(firstOf(cloud.text("sk"), auth.text("sk")), auth.text("secret_key"));
    e.regionName = cloud.text("region_name").trimmed();
    if (e.regionName.isEmpty()) {
        // openstacksdk also takes "regions:", a list of names or of {name: …}; the first one here.
        if (const YamlNode *regions = node.value(QStringLiteral("regions"));
            regions && !regions->seq.isEmpty()) {
            const YamlNode &first = regions->seq.first();
            e.regionName =
                first.isScalar() ? first.scalar.trimmed() : first.text(QStringLiteral("name")).trimmed();
            if (regions->seq.size() > 1)
                e.warnings << tr("several regions are listed; %1 is used").arg(e.regionName);
        }
    }
    if (e.userDomainName.isEmpty() && !auth.text("user_domain_id").isEmpty())
        e.errors << tr(
            "auth.user_domain_id is not supported: give auth.user_domain_name (the domain's name)");
    if (cloud.text("verify").compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        e.warnings << tr("\"verify: false\" is ignored: certificates are always checked (use cacert)");

    const QString elbOverride = cloud.text("elb_endpoint_override").trimmed();
    if (!elbOverride.isEmpty()) {
        const QUrl url(elbOverride, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            e.elbEndpointOverride = endpointFrom(elbOverride);
        else
            e.errors << tr("elb_endpoint_override is not an http(s) URL");
    }
    const QString caFile = cloud.text("cacert").trimmed();
    infer(&e);
    e.caFile = caFile;
    return e;
}

void CloudsYamlReader::infer(CloudEntry *e)
{
    // Auth method: what auth_type says, else what the file carries (a password wins: it is what
    // openstacksdk itself would use; the keys are for otcextensions' signed services).
    const QString type = e->authType.toLower();
    const bool hasUser = !e->username.isEmpty() || !e->password.isEmpty();
    if (type.contains(QLatin1String("aksk"))) {
        e->auth = AuthMethod::AkSk;
    } else if (type.isEmpty() || type == QLatin1String("password") || type == QLatin1String("v3password")) {
        e->auth = hasUser || e->ak.isEmpty() ? AuthMethod::Password : AuthMethod::AkSk;
        if (hasUser && !e->ak.isEmpty())
            e->warnings << tr(
                "holds a password and AK/SK; the password is used (auth_type: aksk uses the keys)");
    } else if (type.contains(QLatin1String("token"))) {
        e->errors
            << tr("auth_type %1 is not imported: tokens expire; use a password or AK/SK").arg(e->authType);
    } else {
        e->errors << tr("auth_type %1 is not supported (password, v3password or aksk)").arg(e->authType);
    }
    if (e->auth == AuthMethod::Password) {
        if (e->username.isEmpty())
            e->errors << tr("auth.username is missing");
        if (e->userDomainName.isEmpty())
            e->errors << tr("auth.user_domain_name (or auth.domain_name) is missing");
        if (e->password.isEmpty())
            e->warnings << tr("no password in the file: it is asked for when the connection is opened");
    } else if (e->auth == AuthMethod::AkSk) {
        if (e->ak.isEmpty())
            e->errors << tr("ak is missing");
        else if (e->sk.isEmpty())
            e->warnings << tr("no sk in the file: it is asked for when the connection is opened");
    }

    // Where: the region, then the presets.
    QUrl iam;
    if (!e->authUrl.isEmpty()) {
        iam = endpointFrom(e->authUrl);
        if (!iam.isValid() || iam.host().isEmpty() ||
            (iam.scheme() != QLatin1String("https") && iam.scheme() != QLatin1String("http"))) {
            e->errors << tr("auth.auth_url is not an http(s) URL");
            iam = QUrl();
        }
    }
    e->region = e->regionName;
    const RegionPreset *preset = nullptr;
    if (e->region.isEmpty() && iam.isValid()) {
        for (const RegionPreset &p : RegionPresets::all()) {
            if (p.iamEndpoint.host().compare(iam.host(), Qt::CaseInsensitive) == 0) {
                preset = &p;
                e->region = p.region;
                break;
            }
        }
    }
    if (e->region.isEmpty() && !e->projectName.isEmpty()) {
        // OTC project names are the region, or "<region>_<sub-project>".
        const QString candidate = e->projectName.section(QLatin1Char('_'), 0, 0);
        if (RegionPresets::find(candidate))
            e->region = candidate;
    }
    if (!preset && !e->region.isEmpty())
        preset = RegionPresets::find(e->region);

    e->cloud = preset ? preset->cloud : QStringLiteral("custom");
    if (iam.isValid()) {
        e->iamEndpoint = iam;
    } else if (e->authUrl.isEmpty()) {
        if (preset) {
            e->iamEndpoint = preset->iamEndpoint;
            e->warnings << tr("no auth.auth_url: the IAM endpoint of %1 is used").arg(preset->region);
        } else {
            e->errors << tr("auth.auth_url is missing (and no known region_name to take it from)");
        }
    }
    if (!e->elbEndpointOverride.isEmpty()) {
        e->elbEndpoint = e->elbEndpointOverride;
    } else if (preset) {
        e->elbEndpoint = preset->elbEndpoint;
        if (!preset->classicSupported && !preset->note.isEmpty())
            e->warnings << preset->note;
    } else {
        e->warnings << tr(
            "No ELB endpoint is known for this cloud: enter it (Edit) before opening the connection");
    }
    if (e->projectName.isEmpty() && e->projectId.isEmpty()) {
        if (!e->region.isEmpty()) {
            e->projectName = e->region;
            e->warnings << tr("no project_name or project_id: the project %1 is used").arg(e->region);
        } else {
            e->errors << tr("auth.project_name (or auth.project_id) is missing");
        }
    }
}

YamlNode CloudsYamlReader::merged(const YamlNode &base, const YamlNode &over)
{
    if (!base.isMap() || !over.isMap())
        return over.kind == YamlNode::Kind::Null ? base : over;
    YamlNode out = base;
    for (const auto &[key, value] : over.map) {
        bool found = false;
        for (auto &entry : out.map) {
            if (entry.first == key) {
                entry.second = merged(entry.second, value);
                found = true;
                break;
            }
        }
        if (!found)
            out.map.append({key, value});
    }
    return out;
}

Connection CloudEntry::toConnection() const
{
    Connection c;
    c.name = name;
    c.cloud = cloud;
    c.region = region;
    c.elbEndpoint = elbEndpoint;
    c.iamEndpoint = iamEndpoint;
    c.auth = auth;
    c.userName = auth == AuthMethod::Password ? username : QString();
    c.domainName = userDomainName;
    c.projectName = projectName;
    c.projectId = projectId;
    c.accessKey = auth == AuthMethod::AkSk ? ak : QString();
    c.caFile = caFile;
    return c;
}

Credentials CloudEntry::credentials() const
{
    Credentials c;
    if (auth == AuthMethod::Password)
        c.password = password;
    else if (auth == AuthMethod::AkSk)
        c.secretKey = sk;
    return c;
}

} // namespace ElbDesk
