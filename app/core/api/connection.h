#pragma once

#include <QString>
#include <QUrl>

namespace ElbDesk {

enum class AuthMethod { Password, AkSk, Token };
enum class SigningScheme { A, B };

// Where and how to reach one cloud project. Holds no secret: those live in Credentials,
// which is filled from the keychain or the environment and kept in memory only.
struct Connection
{
    QString id;          // stable, e.g. a UUID without braces; names keychain entries
    QString name;        // what the operator calls it
    QString cloud;       // "otc", "otc-swiss", "huawei", "flexibleengine", "custom", "sandbox"
    QString region;      // "eu-de", …
    QUrl elbEndpoint;    // scheme + host [+ port], e.g. https://elb.eu-de.otc.t-systems.com
    QUrl iamEndpoint;    // scheme + host [+ port]; a trailing /v3 is accepted and removed
    AuthMethod auth = AuthMethod::Password;
    SigningScheme signing = SigningScheme::A;
    QString userName;
    QString domainName;
    QString projectName;
    QString projectId;   // learnt from the token when empty
    QString accessKey;   // the AK is not secret; the SK is
    QString caFile;      // extra CA certificates (PEM) trusted for this connection
    int pageSize = 500;  // members per page; the gateway cuts large bodies
    int maxMembersPerRequest = 0; // 0 = all selected members of a listener in one request
    int transferTimeoutMs = 30000;
};

struct Credentials
{
    QString password;
    QString secretKey;
    QString token;       // a pasted token (session only) or OS_AUTH_TOKEN
    [[nodiscard]] bool isEmpty() const { return password.isEmpty() && secretKey.isEmpty() && token.isEmpty(); }
};

} // namespace ElbDesk
