#include "emulatorerrors.h"

#include "emulatorformat.h"

namespace ElbDesk::Emulator {

EmulatorReply EmulatorErrors::elb(int status, const char *code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("code"), QLatin1String(code)}};
    return EmulatorReply::json(status, QJsonObject{{QStringLiteral("error"), error}});
}

EmulatorReply EmulatorErrors::gateway(int status, const char *code, const QString &message)
{
    return EmulatorReply::json(status, QJsonObject{{QStringLiteral("error_msg"), message},
                                                   {QStringLiteral("error_code"), QLatin1String(code)},
                                                   {QStringLiteral("request_id"), EmulatorFormat::requestId()}});
}

EmulatorReply EmulatorErrors::keystone(int status, const QString &message)
{
    QString title;
    switch (status) {
    case 400:
        title = QStringLiteral("Bad Request");
        break;
    case 401:
        title = QStringLiteral("Unauthorized");
        break;
    case 403:
        title = QStringLiteral("Forbidden");
        break;
    case 404:
        title = QStringLiteral("Not Found");
        break;
    default:
        title = QStringLiteral("Error");
        break;
    }
    // Keystone's "code" is a number, unlike the ELB shape's string.
    const QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("code"), status},
                            {QStringLiteral("title"), title}};
    return EmulatorReply::json(status, QJsonObject{{QStringLiteral("error"), error}});
}

EmulatorReply EmulatorErrors::apiNotFound()
{
    return gateway(404, "APIGW.0101", QStringLiteral("The API does not exist or has not been published in the environment"));
}

EmulatorReply EmulatorErrors::unauthorized(const QString &detail)
{
    return gateway(401, "APIGW.0301", QStringLiteral("Incorrect IAM authentication information: ") + detail);
}

EmulatorReply EmulatorErrors::projectMismatch()
{
    return gateway(403, "APIGW.0306", QStringLiteral("The token's project does not match the requested project"));
}

} // namespace ElbDesk::Emulator
