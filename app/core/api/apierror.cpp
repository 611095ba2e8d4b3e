#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ElbDesk {

static QString tr(const char *text)
{
    return QCoreApplication::translate("ElbDesk::ApiError", text);
}

bool ApiError::isApiNotAvailable() const
{
    // Some gateways spell the prefix APIG instead of APIGW; the number is what matters.
    return kind == Kind::Http && httpStatus == 404 &&
           (code == QLatin1String("APIGW.0101") || code == QLatin1String("APIG.0101"));
}

ApiError ApiError::http(int status, const QString &code, const QString &message)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.code = code;
    e.message = message;
    return e;
}

ApiError ApiError::badBody(const QString &message)
{
    ApiError e;
    e.kind = Kind::BadBody;
    e.message = message;
    return e;
}

ApiError ApiError::aborted(const QString &message)
{
    ApiError e;
    e.kind = Kind::Aborted;
    e.message = message;
    return e;
}

ApiError ApiError::refused(const QString &message)
{
    ApiError e;
    e.kind = Kind::Refused;
    e.message = message;
    return e;
}

QString ApiError::describe() const
{
    const QString codePart = code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(code);
    switch (kind) {
    case Kind::None:
        return tr("No error.");
    case Kind::Network:
        return tr("Network failure: %1.").arg(message);
    case Kind::Timeout:
        return tr("No complete answer from the server in time: %1.").arg(message);
    case Kind::Aborted:
        return tr("The request was cancelled.");
    case Kind::BadBody:
        return tr("The server's answer could not be read: %1.").arg(message);
    case Kind::TooLarge:
        return tr("The server's answer was too large: %1.").arg(message);
    case Kind::Refused:
        return tr("Refused before sending: %1.").arg(message);
    case Kind::Http:
        break;
    }
    if (isApiNotAvailable())
        return tr("Classic ELB is not available in this region or project: the API gateway answered "
                  "HTTP 404%1: %2.")
            .arg(codePart, message);
    QString what;
    switch (httpStatus) {
    case 401:
        what = tr("Authentication failed");
        break;
    case 403:
        what = tr("Permission denied");
        break;
    case 404:
        what = tr("Not found");
        break;
    case 409:
        what = tr("The load balancer is busy");
        break;
    case 429:
        what = tr("Throttled by the API gateway");
        break;
    default:
        what = httpStatus >= 500 ? tr("Server failure") : tr("The API refused the request");
        break;
    }
    QString text = tr("%1: HTTP %2%3: %4.").arg(what).arg(httpStatus).arg(codePart, message);
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + tr("Request id %1.").arg(requestId);
    return text;
}

// Keeps an unreadable body useful in a message without flooding the terminal.
static QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    if (body.size() > 200)
        text += QStringLiteral("…");
    return text;
}

static QString stringOrNumber(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInt());
    return QString();
}

ApiError parseErrorBody(int httpStatus, const QByteArray &body)
{
    ApiError e = ApiError::http(httpStatus, QString(), QString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue inner = o.value(QLatin1String("error"));
        if (inner.isObject()) {
            // ELB {"error":{"message","code":"ELB.x"}} or Keystone {"error":{"message","code":401,"title"}}.
            const QJsonObject err = inner.toObject();
            e.code = stringOrNumber(err.value(QLatin1String("code")));
            e.message = err.value(QLatin1String("message")).toString();
            const QString title = err.value(QLatin1String("title")).toString();
            if (e.message.isEmpty())
                e.message = title;
        } else if (o.contains(QLatin1String("error_code")) || o.contains(QLatin1String("error_msg"))) {
            // API gateway {"error_msg","error_code","request_id"}.
            e.code = stringOrNumber(o.value(QLatin1String("error_code")));
            e.message = o.value(QLatin1String("error_msg")).toString();
            e.requestId = o.value(QLatin1String("request_id")).toString();
        } else if (o.value(QLatin1String("message")).isString()) {
            e.message = o.value(QLatin1String("message")).toString();
            e.code = stringOrNumber(o.value(QLatin1String("code")));
        }
    }
    if (e.message.isEmpty()) {
        e.message = body.isEmpty()
                        ? QCoreApplication::translate("ElbDesk::ApiError", "no details in the answer")
                        : QCoreApplication::translate("ElbDesk::ApiError", "unrecognised error body \"%1\"")
                              .arg(excerpt(body));
    }
    return e;
}

} // namespace ElbDesk
