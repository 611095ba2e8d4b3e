#include "faultinjector.h"

#include "logging.h"

namespace ElbDesk::Emulator {

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
};

const KindName kKindNames[] = {
    {FaultKind::Throttle429, "429"}, {FaultKind::Error500, "500"},   {FaultKind::Error502, "502"},
    {FaultKind::Error503, "503"},    {FaultKind::Error504, "504"},   {FaultKind::Drop, "drop"},
    {FaultKind::Lost, "lost"},       {FaultKind::Stall, "stall"},    {FaultKind::Malformed, "malformed"},
    {FaultKind::Fail, "fail"},       {FaultKind::Stuck, "stuck"},    {FaultKind::ExpireToken, "expire-token"},
};

} // namespace

bool FaultRule::fromJson(const QJsonObject &object, FaultRule *rule, QString *error)
{
    FaultRule r;
    // "kind" may be given as a number for the HTTP statuses ({"kind":429}).
    const QJsonValue kindValue = object.value(QStringLiteral("kind"));
    const QString kindText = kindValue.isDouble() ? QString::number(kindValue.toInt()) : kindValue.toString();
    r.kind = FaultInjector::kindFromName(kindText);
    if (r.kind == FaultKind::None) {
        *error = QStringLiteral("unknown fault kind \"%1\"").arg(kindText);
        return false;
    }
    r.method = object.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    r.path = object.value(QStringLiteral("path")).toString();
    r.count = object.value(QStringLiteral("count")).toInt(1);
    r.after = qMax(0, object.value(QStringLiteral("after")).toInt(0));
    r.retryAfter = object.value(QStringLiteral("retry_after")).toInt(-1);
    r.stallMs = object.value(QStringLiteral("stall_ms")).toInt(-1);
    r.html = object.value(QStringLiteral("html")).toBool(false);
    *rule = r;
    return true;
}

QJsonObject FaultRule::toJson() const
{
    return {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"), path},
            {QStringLiteral("kind"), FaultInjector::kindName(kind)},
            {QStringLiteral("count"), count},
            {QStringLiteral("after"), after},
            {QStringLiteral("retry_after"), retryAfter},
            {QStringLiteral("stall_ms"), stallMs},
            {QStringLiteral("html"), html}};
}

FaultInjector::FaultInjector(double rate, const QStringList &kinds, quint32 seed, int retryAfterSeconds, int stallMs)
    : m_rate(rate)
    , m_random(seed)
    , m_retryAfter(retryAfterSeconds)
    , m_stallMs(stallMs)
{
    for (const QString &name : kinds) {
        const FaultKind kind = kindFromName(name);
        if (kind != FaultKind::None)
            m_kinds.append(kind);
    }
}

FaultKind FaultInjector::kindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return FaultKind::None;
}

QString FaultInjector::kindName(FaultKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QString();
}

bool FaultInjector::applies(FaultKind kind, const FaultTarget &target)
{
    switch (kind) {
    case FaultKind::None:
        return false;
    case FaultKind::Lost:
        // "Applied but unanswered" only means something for a request that changes state.
        return target.method != "GET" && target.method != "HEAD";
    case FaultKind::Fail:
    case FaultKind::Stuck:
        return target.createsJob;
    case FaultKind::ExpireToken:
        return target.tokenAuth;
    default:
        return true;
    }
}

FaultDecision FaultInjector::decide(const FaultTarget &target)
{
    FaultDecision decision;
    decision.retryAfter = m_retryAfter;
    decision.stallMs = m_stallMs;

    for (int i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if ((!rule.method.isEmpty() && rule.method != target.method) || !target.path.contains(rule.path)
            || !applies(rule.kind, target)) {
            continue;
        }
        if (rule.after > 0) {
            --rule.after;
            break; // the first matching rule decides, and it lets this one through
        }
        decision.kind = rule.kind;
        if (rule.retryAfter >= 0)
            decision.retryAfter = rule.retryAfter;
        if (rule.stallMs >= 0)
            decision.stallMs = rule.stallMs;
        decision.html = rule.html;
        if (rule.count > 0 && --rule.count == 0)
            m_rules.removeAt(i);
        return decision;
    }

    if (m_rate > 0 && !m_kinds.isEmpty() && m_random.generateDouble() < m_rate) {
        // A kind that cannot hit this request is replaced by one that can, drawn from the same list.
        QList<FaultKind> usable;
        for (const FaultKind kind : std::as_const(m_kinds)) {
            if (applies(kind, target))
                usable.append(kind);
        }
        const quint32 pick = m_random.bounded(static_cast<quint32>(qMax<qsizetype>(1, m_kinds.size())));
        if (!usable.isEmpty()) {
            const FaultKind drawn = m_kinds.at(pick);
            decision.kind = applies(drawn, target) ? drawn : usable.at(static_cast<qsizetype>(pick) % usable.size());
        }
        // Real gateways answer 503 both ways; alternate so clients meet both.
        if (decision.kind == FaultKind::Error503)
            decision.html = m_503Count++ % 2 == 1;
    }
    return decision;
}

void FaultInjector::addRule(const FaultRule &rule)
{
    m_rules.append(rule);
}

bool FaultInjector::addRules(const QJsonArray &rules, QString *error)
{
    QList<FaultRule> parsed;
    for (const QJsonValue &value : rules) {
        FaultRule rule;
        if (!value.isObject()) {
            *error = QStringLiteral("every rule must be a JSON object");
            return false;
        }
        if (!FaultRule::fromJson(value.toObject(), &rule, error))
            return false;
        parsed.append(rule);
    }
    m_rules.append(parsed);
    qCInfo(lcEmulator) << "fault rules:" << m_rules.size();
    return true;
}

void FaultInjector::clearRules()
{
    m_rules.clear();
}

QJsonArray FaultInjector::rulesJson() const
{
    QJsonArray out;
    for (const FaultRule &rule : m_rules)
        out.append(rule.toJson());
    return out;
}

} // namespace ElbDesk::Emulator
