#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace ElbDesk::Emulator {

// One IAM user the sandbox accepts for password authentication.
struct UserAccount
{
    QString name;
    QString password;
    QString domain;
};

// One AK/SK pair; requests signed with it act inside `domain`.
struct AccessKey
{
    QString accessKey;
    QString secretKey;
    QString domain;
};

// Everything that shapes one sandbox cloud. Shared by the command line (main.cpp) and by
// in-process users (tests, the desktop app's demo mode), so both get exactly the same cloud.
struct EmulatorOptions
{
    // The sandbox credentials. Not secrets: they are printed by --help on purpose.
    static constexpr const char *kDefaultDomain = "sandbox-domain";
    static constexpr const char *kDefaultUser = "operator";
    static constexpr const char *kDefaultPassword = "sandbox-password";
    static constexpr const char *kDefaultAccessKey = "SANDBOXACCESSKEY0001";
    static constexpr const char *kDefaultSecretKey = "sandboxSecretKey0123456789abcdefghijklmn";
    static constexpr const char *kProjectName = "eu-de";

    // Network
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString tlsCertFile;
    QString tlsKeyFile;

    // Seeded data
    quint32 seed = 1;
    int loadBalancers = 3;
    int listenersPerLb = 4;
    int membersPerListener = 20;
    int largeListenerMembers = 0;

    // Behaviour
    double jobSeconds = 3.0;
    double healthDelaySeconds = 2.0;
    double tokenLifetimeSeconds = 86400.0;
    bool retired = false;

    // Identities; empty lists mean "the defaults above".
    QList<UserAccount> users;
    QList<AccessKey> accessKeys;

    // Faults
    double faultRate = 0.0;
    QStringList faultKinds;
    quint32 faultSeed = 1;
    bool faultsIam = false;
    int retryAfterSeconds = 1;
    int stallMs = 2000;
    QString faultScriptFile;

    // The accounts actually in force (the defaults when none were given).
    [[nodiscard]] QList<UserAccount> effectiveUsers() const;
    [[nodiscard]] QList<AccessKey> effectiveAccessKeys() const;

    // Parses arguments (arguments[0] is the program name). On error returns false with a
    // message; `helpRequested` is set for --help, in which case `helpText()` is what to print.
    static bool fromCommandLine(const QStringList &arguments, EmulatorOptions *options,
                                QString *errorMessage, bool *helpRequested = nullptr);
    // Convenience for tests: parse or return the defaults plus a warning in the log.
    static EmulatorOptions fromCommandLine(const QStringList &arguments);
    static QString helpText();
};

} // namespace ElbDesk::Emulator
