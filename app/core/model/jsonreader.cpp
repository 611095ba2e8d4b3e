#include "jsonreader.h"

#include "api/ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>
#include <limits>

namespace ElbDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("ElbDesk::JsonReader", text);
}

JsonReader::JsonReader(const QJsonObject &object, const QString &context)
    : m_object(object), m_context(context)
{}

JsonReader::JsonReader(const QJsonObject &object, const char *kind, qsizetype index)
    : m_object(object), m_kind(kind), m_index(index)
{}

QString JsonReader::context() const
{
    if (m_kind)
        return QStringLiteral("%1[%2]").arg(QLatin1String(m_kind)).arg(m_index);
    return m_context;
}

QString JsonReader::field(const char *key) const
{
    const QString ctx = context();
    return ctx.isEmpty() ? QString::fromLatin1(key) : ctx + QLatin1Char('.') + QLatin1String(key);
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonReader::hexId(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isString()) {
        fail(tr("%1: expected an id string, got %2").arg(field(key), typeName(v)));
        return QString();
    }
    const QString id = v.toString();
    if (!Ids::isHexId(id)) {
        fail(tr("%1: \"%2\" is not a 32-character lower-case hex id").arg(field(key), id.left(64)));
        return QString();
    }
    return id;
}

QString JsonReader::optionalString(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString()) {
        fail(tr("%1: expected a string, got %2").arg(field(key), typeName(v)));
        return QString();
    }
    return v.toString();
}

QString JsonReader::requiredString(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isString()) {
        fail(tr("%1: expected a string, got %2").arg(field(key), typeName(v)));
        return QString();
    }
    return v.toString();
}

int JsonReader::optionalInt(const char *key, int fallback)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= std::numeric_limits<int>::max())
            return int(d);
        fail(tr("%1: expected an integer, got %2").arg(field(key)).arg(d));
        return fallback;
    }
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (ok)
            return n;
        fail(tr("%1: expected an integer, got \"%2\"").arg(field(key), v.toString().left(40)));
        return fallback;
    }
    fail(tr("%1: expected an integer, got %2").arg(field(key), typeName(v)));
    return fallback;
}

bool JsonReader::optionalBool(const char *key, bool fallback)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isBool())
        return v.toBool();
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    fail(tr("%1: expected a boolean, got %2").arg(field(key), typeName(v)));
    return fallback;
}

QJsonArray JsonReader::optionalArray(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray()) {
        fail(tr("%1: expected an array, got %2").arg(field(key), typeName(v)));
        return QJsonArray();
    }
    return v.toArray();
}

QJsonObject JsonReader::optionalObject(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QJsonObject();
    if (!v.isObject()) {
        fail(tr("%1: expected an object, got %2").arg(field(key), typeName(v)));
        return QJsonObject();
    }
    return v.toObject();
}

QJsonDocument parseJsonBody(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("ElbDesk::JsonReader", "the body is empty");
        return QJsonDocument();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("ElbDesk::JsonReader", "not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return QJsonDocument();
    }
    error->clear();
    return doc;
}

} // namespace ElbDesk
