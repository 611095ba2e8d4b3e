#pragma once

#include "api/connection.h"

#include <QString>
#include <QStringList>

namespace ElbDesk::Cli {

// Everything the command line says. Secrets never come from here: only from the environment
// (OS_PASSWORD, OS_SECRET_KEY, OS_AUTH_TOKEN) or the keychain (--profile).
struct CliOptions
{
    QString command;       // loadbalancers, listeners, members, remove, add, job, journal, undo, find,
                           // remove-server
    QStringList arguments; // the command's positional arguments
    QString elbEndpoint;
    QString iamEndpoint;
    QString projectId;
    QString projectName;
    QString region;
    QString auth; // password | aksk | token | empty = choose from the environment
    QString signing = QStringLiteral("a");
    QString caFile;
    QString profile;
    QString cloud; // --os-cloud, else OS_CLOUD: a cloud of clouds.yaml
    QString loadBalancerId;
    int timeoutSeconds = 600; // how long remove/add wait for their job
    bool json = false;
    bool yes = false;
};

enum class ParseResult { Ok, Exit, Error };

// Parses argv; on Exit the text (help/version) is in *message, on Error the reason is.
ParseResult parseCommandLine(const QStringList &argv, CliOptions *options, QString *message);
QString helpText();

} // namespace ElbDesk::Cli
