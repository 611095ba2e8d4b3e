#pragma once

#include "api/connection.h"
#include "clioptions.h"

#include <QProcessEnvironment>

namespace ElbDesk::Cli {

// Turns options, the OS_* environment and (for --profile) a saved connection into a Connection,
// the Credentials that go with it, and which keychain entry still has to be read.
struct ResolvedConnection
{
    Connection connection;
    Credentials credentials;
    QString keychainKey; // non-empty: read this secret from the keychain before connecting
    QString error;       // a usage problem: nothing is sent
};

ResolvedConnection resolveConnection(const CliOptions &options, const QProcessEnvironment &env);

} // namespace ElbDesk::Cli
