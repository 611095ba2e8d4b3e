#include "authenticatorfactory.h"

#include "auth/akskauthenticator.h"
#include "auth/passwordauthenticator.h"
#include "auth/tokenauthenticator.h"

namespace ElbDesk {

Authenticator *makeAuthenticator(const Connection &c, const Credentials &cred)
{
    switch (c.auth) {
    case AuthMethod::AkSk:
        return new AkSkAuthenticator(c.accessKey, cred.secretKey, c.signing);
    case AuthMethod::Password:
        return new PasswordAuthenticator(cred.password);
    case AuthMethod::Token:
        break;
    }
    return new TokenAuthenticator(cred.token);
}

} // namespace ElbDesk
