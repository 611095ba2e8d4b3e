#include "requestlog.h"

#include "emulatorformat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ElbDesk::Emulator {

namespace {

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k == QLatin1String("password") || k.contains(QLatin1String("secret")) || k == QLatin1String("sk")
        || k == QLatin1String("access_token");
}

// Replaces secret leaves by "***" and keeps the structure (user names stay readable).
// insideToken: the "token" auth method carries the token as {"token":{"id":…}}.
QJsonValue redact(const QJsonValue &value, bool insideToken = false)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool leaf = !it.value().isObject() && !it.value().isArray();
            if (leaf && (isSecretKey(it.key()) || (insideToken && it.key() == QLatin1String("id"))))
                it.value() = QStringLiteral("***");
            else if (!leaf)
                it.value() = redact(it.value(), insideToken || it.key() == QLatin1String("token"));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redact(*it, insideToken);
        return array;
    }
    return value;
}

QString authName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Token:
        return QStringLiteral("token");
    case AuthKind::AkSk:
        return QStringLiteral("aksk");
    case AuthKind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QString RequestLog::redactedBody(const EmulatorRequest &request)
{
    if (request.body.isEmpty() && request.method != "POST" && request.method != "PUT")
        return QString();
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    // IAM bodies carry passwords: keep only what survives redaction, never the raw bytes.
    if (request.path.startsWith(QLatin1String("/v3/"))) {
        if (doc.isNull())
            return QStringLiteral("<unparsable IAM body, redacted>");
        const QJsonValue clean = redact(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        return QString::fromUtf8(clean.isObject() ? QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(clean.toArray()).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(request.body);
}

size_t RequestLog::append(const EmulatorRequest &request, qint64 nowMs)
{
    Entry e;
    e.seq = m_nextSeq++;
    e.timeMs = nowMs;
    e.method = QString::fromLatin1(request.method);
    e.path = request.path;
    e.query = request.url.query(QUrl::FullyDecoded);
    e.body = redactedBody(request);
    e.auth = request.presentedAuth();
    m_entries.push_back(e);
    if (m_entries.size() > kMaxEntries) {
        m_entries.pop_front();
        ++m_offset;
    }
    return m_offset + m_entries.size() - 1;
}

void RequestLog::setStatus(size_t index, int status)
{
    if (index >= m_offset && index - m_offset < m_entries.size())
        m_entries[index - m_offset].status = status;
}

void RequestLog::setFault(size_t index, const QString &fault)
{
    if (index >= m_offset && index - m_offset < m_entries.size())
        m_entries[index - m_offset].fault = fault;
}

void RequestLog::setAuth(size_t index, AuthKind auth)
{
    if (index >= m_offset && index - m_offset < m_entries.size())
        m_entries[index - m_offset].auth = auth;
}

void RequestLog::setJobId(size_t index, const QString &jobId)
{
    if (index >= m_offset && index - m_offset < m_entries.size())
        m_entries[index - m_offset].jobId = jobId;
}

void RequestLog::clear()
{
    m_offset += m_entries.size();
    m_entries.clear();
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray out;
    for (const Entry &e : m_entries) {
        out.append(QJsonObject{
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("time"), EmulatorFormat::isoMillis(e.timeMs)},
            {QStringLiteral("method"), e.method},
            {QStringLiteral("path"), e.path},
            {QStringLiteral("query"), e.query},
            {QStringLiteral("status"), e.status > 0 ? QJsonValue(e.status) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("fault"), e.fault.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.fault)},
            {QStringLiteral("body"), e.body.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.body)},
            {QStringLiteral("auth"), authName(e.auth)},
            // Set only when the request was applied (a job was created), whether or not the
            // client got the answer: what a soak counts duplicate POSTs by.
            {QStringLiteral("job_id"), e.jobId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.jobId)},
        });
    }
    return out;
}

} // namespace ElbDesk::Emulator
