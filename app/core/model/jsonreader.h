#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QString>

namespace ElbDesk {

// Reads fields of one API object, tolerating the documented quirks (null strings, numbers sent as
// strings) and recording the first real problem with the field's path, e.g.
// "members[3].id: expected a string, got a number". Never throws, never crashes.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QString &context);
    // The context "kind[index]" is only built when an error needs it: parsing 100,000 members
    // must not format 100,000 strings.
    JsonReader(const QJsonObject &object, const char *kind, qsizetype index);

    // A 32-hex id that must be present; anything else is an error naming the field.
    QString hexId(const char *key);
    // A string that may be absent or null (returned empty); a non-string is an error.
    QString optionalString(const char *key);
    // A string that must be present and non-null.
    QString requiredString(const char *key);
    // An integer; accepts a JSON number or a string of digits (instance_num is a string).
    int optionalInt(const char *key, int fallback = 0);
    // A boolean; accepts true/false and the integers 0/1 (admin_state_up differs by resource).
    bool optionalBool(const char *key, bool fallback = false);
    QJsonArray optionalArray(const char *key);
    QJsonObject optionalObject(const char *key);

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    void fail(const QString &message);
    // The full name of a field, e.g. "members[3].server_address", for messages.
    [[nodiscard]] QString fieldName(const char *key) const { return field(key); }

    static QString typeName(const QJsonValue &value);

private:
    QString field(const char *key) const;
    QString context() const;
    QJsonObject m_object;
    QString m_context;
    const char *m_kind = nullptr;
    qsizetype m_index = -1;
    QString m_error;
};

// The body of a successful answer: parsed value or a readable reason.
template<typename T>
struct Parsed
{
    T value{};
    QString error;
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Parses a body that must be a JSON document; empty `error` on success.
QJsonDocument parseJsonBody(const QByteArray &body, QString *error);

// Every element of `items` through T::fromJson(value, "kind[i]"); the first bad one fails all.
template<typename T>
Parsed<QList<T>> parseEach(const QJsonArray &items, const char *kind)
{
    Parsed<QList<T>> result;
    result.value.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Parsed<T> item = T::fromJson(items.at(i), QStringLiteral("%1[%2]").arg(QLatin1String(kind)).arg(i));
        if (!item.ok()) {
            result.error = item.error;
            result.value.clear();
            return result;
        }
        result.value.append(std::move(item.value));
    }
    return result;
}

// A body holding one T (a details call): T::fromJson(document, kind).
template<typename T>
Parsed<T> parseSingle(const QByteArray &body, const char *kind)
{
    Parsed<T> result;
    const QJsonDocument doc = parseJsonBody(body, &result.error);
    if (!result.ok())
        return result;
    return T::fromJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QLatin1String(kind));
}

} // namespace ElbDesk
