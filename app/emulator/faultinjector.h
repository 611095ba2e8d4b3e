#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ElbDesk::Emulator {

enum class FaultKind {
    None,
    Throttle429,
    Error500,
    Error502,
    Error503,
    Error504,
    Drop,        // close without applying
    Lost,        // apply, then close without answering
    Stall,       // apply, answer late
    Malformed,   // 200 with a truncated body, not applied
    Fail,        // the created job ends FAIL
    Stuck,       // the created job stays RUNNING
    ExpireToken, // the presented token expires now
};

// One scripted fault (see --help): which requests it hits and how often.
struct FaultRule
{
    QByteArray method;       // empty = any
    QString path;            // substring of the path; empty = any
    FaultKind kind = FaultKind::None;
    int count = 1;           // <= 0: unlimited
    int after = 0;           // matching requests to let through first
    int retryAfter = -1;     // 429: Retry-After seconds (-1 = the injector's default)
    int stallMs = -1;        // stall: delay (-1 = the injector's default)
    bool html = false;       // 503: an HTML page instead of JSON

    static bool fromJson(const QJsonObject &object, FaultRule *rule, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

// What one request is, as far as fault applicability goes.
struct FaultTarget
{
    QByteArray method;
    QString path;
    bool createsJob = false;  // member add/remove POST
    bool tokenAuth = false;   // carries X-Auth-Token
};

// The decision for one request.
struct FaultDecision
{
    FaultKind kind = FaultKind::None;
    int retryAfter = 1;
    int stallMs = 2000;
    bool html = false;
};

// Decides per request whether and how to misbehave: scripted rules first (consumed in order),
// then the seeded rate. Deterministic for a given seed and request sequence.
class FaultInjector
{
public:
    FaultInjector(double rate, const QStringList &kinds, quint32 seed, int retryAfterSeconds, int stallMs);

    FaultDecision decide(const FaultTarget &target);

    void addRule(const FaultRule &rule);
    // Parses and appends a JSON array of rules; nothing is added if any rule is invalid.
    bool addRules(const QJsonArray &rules, QString *error);
    void clearRules();
    [[nodiscard]] QJsonArray rulesJson() const;

    static FaultKind kindFromName(const QString &name);
    static QString kindName(FaultKind kind);
    static bool applies(FaultKind kind, const FaultTarget &target);

private:
    double m_rate;
    QList<FaultKind> m_kinds;
    QRandomGenerator m_random;
    int m_retryAfter;
    int m_stallMs;
    QList<FaultRule> m_rules;
    int m_503Count = 0;
};

} // namespace ElbDesk::Emulator
