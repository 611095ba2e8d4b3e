#pragma once
// Shared by the end-to-end tests: CLI arguments for one emulator, and request-log queries.

#include "cliprocess.h"
#include "emulatorprocess.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ElbDesk::Test {

inline QStringList endpointArgs(const EmulatorProcess &emulator)
{
    const QString url = emulator.baseUrl().toString();
    return {QStringLiteral("--elb-endpoint"), url, QStringLiteral("--iam-endpoint"), url};
}

inline CliResult cli(const EmulatorProcess &emulator, const QStringList &args,
                     const QProcessEnvironment &env = CliProcess::sandboxPasswordEnvironment(), int timeoutMs = 60000)
{
    return CliProcess::run(endpointArgs(emulator) + args, env, timeoutMs);
}

// Requests in the emulator's log whose method matches and whose path contains `pathPart`.
inline QJsonArray requestsMatching(const EmulatorProcess &emulator, const QString &method, const QString &pathPart)
{
    QJsonArray matching;
    const QJsonArray all = emulator.requests();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("method")).toString() == method
            && o.value(QLatin1String("path")).toString().contains(pathPart))
            matching.append(o);
    }
    return matching;
}

// A listener of the first load balancer with at least `minMembers` members.
inline QString listenerWithMembers(const EmulatorProcess &emulator, int minMembers,
                                   const QProcessEnvironment &env = CliProcess::sandboxPasswordEnvironment())
{
    const CliResult r = cli(emulator, {QStringLiteral("--json"), QStringLiteral("listeners")}, env);
    const QJsonArray listeners = r.json().array();
    for (const QJsonValue &v : listeners) {
        if (v.toObject().value(QLatin1String("member_number")).toInt() >= minMembers)
            return v.toObject().value(QLatin1String("id")).toString();
    }
    return QString();
}

inline QJsonArray membersOf(const EmulatorProcess &emulator, const QString &listenerId,
                            const QProcessEnvironment &env = CliProcess::sandboxPasswordEnvironment())
{
    return cli(emulator, {QStringLiteral("--json"), QStringLiteral("members"), listenerId}, env).json().array();
}

} // namespace ElbDesk::Test
