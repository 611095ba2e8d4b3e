#pragma once

#include "api/connection.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ElbDesk {

// One cloud of a clouds.yaml, as read (CloudsYamlReader), plus what ELB Desk infers from it.
// Holds secrets (password, sk) in memory only: importing moves them into the keychain, the CLI
// uses them for one run.
struct CloudEntry
{
    QString name;     // the key under "clouds:"
    int line = 0;     // where that key is in the file
    QString authType; // auth_type as written ("password", "v3password", "aksk", "token", …)
    QString profile;  // "otc", … (openstacksdk vendor profile), as written
    QString authUrl;  // auth.auth_url as written
    QString username;
    QString password;       // secret
    QString userDomainName; // auth.user_domain_name, else auth.domain_name
    QString projectName;
    QString projectId;
    QString ak; // not secret
    QString sk; // secret
    QString regionName;
    QString caFile; // cacert: extra CA certificates (PEM)

    // Inferred (CloudsYamlReader): where this cloud lives for ELB Desk.
    QString cloud;            // "otc", "huawei", …, "custom"
    QString region;           // region_name, else from the IAM host or the project name
    QUrl iamEndpoint;         // auth_url without /v3, else the region's preset
    QUrl elbEndpoint;         // elb_endpoint_override, else the region's preset; empty when unknown
    QUrl elbEndpointOverride; // elb_endpoint_override (openstacksdk's <service>_endpoint_override)
    AuthMethod auth = AuthMethod::Password;

    QStringList errors;   // this cloud cannot be imported / used as it is
    QStringList warnings; // it can, but the operator should know

    [[nodiscard]] bool usable() const { return errors.isEmpty(); }
    [[nodiscard]] bool hasPassword() const { return !password.isEmpty(); }
    [[nodiscard]] bool hasSecretKey() const { return !ak.isEmpty() && !sk.isEmpty(); }
    // The Connection for this cloud (no id, no secret), named `name`.
    [[nodiscard]] Connection toConnection() const;
    // The secret the chosen auth method uses (password or SK), empty when the file has none.
    [[nodiscard]] Credentials credentials() const;
};

} // namespace ElbDesk
