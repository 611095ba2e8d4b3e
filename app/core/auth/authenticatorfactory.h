#pragma once

#include "api/connection.h"

namespace ElbDesk {

class Authenticator;

// The authenticator a connection's auth method calls for (the caller owns it).
Authenticator *makeAuthenticator(const Connection &connection, const Credentials &credentials);

} // namespace ElbDesk
