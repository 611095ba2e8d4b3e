#include "emulatorgatewayauth.h"

#include "auth/aksksigner.h"
#include "emulatorerrors.h"
#include "emulatoriam.h"
#include "emulatorstore.h"
#include "logging.h"

#include <QDateTime>

namespace ElbDesk::Emulator {

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

EmulatorGatewayAuth::EmulatorGatewayAuth(const EmulatorIam &iam, const EmulatorStore &store)
    : m_iam(iam)
    , m_store(store)
{
}

EmulatorGatewayAuth::Result EmulatorGatewayAuth::authenticate(const EmulatorRequest &request, qint64 nowMs) const
{
    Result result;
    if (request.hasHeader("X-Auth-Token")) {
        result.kind = AuthKind::Token;
        EmulatorIam::Token token;
        switch (m_iam.checkToken(request.header("X-Auth-Token"), nowMs, &token)) {
        case EmulatorIam::TokenState::Valid:
            result.ok = true;
            result.domainName = token.domainName;
            result.projectId = token.projectId;
            return result;
        case EmulatorIam::TokenState::Expired:
            result.failure = EmulatorErrors::unauthorized(QStringLiteral("token expired"));
            return result;
        case EmulatorIam::TokenState::Unknown:
            break;
        }
        result.failure = EmulatorErrors::unauthorized(QStringLiteral("decrypt token fail"));
        return result;
    }
    if (request.hasHeader("Authorization"))
        return verifySignature(request, nowMs);
    result.failure = EmulatorErrors::unauthorized(QStringLiteral("x-auth-token not found"));
    return result;
}

EmulatorGatewayAuth::Result EmulatorGatewayAuth::verifySignature(const EmulatorRequest &request, qint64 nowMs) const
{
    Result result;
    result.kind = AuthKind::AkSk;
    const AkSkSigner::ParsedAuthorization parsed = AkSkSigner::parseAuthorization(request.header("Authorization"));
    if (!parsed.ok) {
        result.failure = EmulatorErrors::unauthorized(QStringLiteral("verify aksk signature fail, unsupported Authorization header"));
        return result;
    }
    const AccessKey *key = m_iam.accessKey(parsed.accessKey);
    if (!key) {
        result.failure = EmulatorErrors::unauthorized(QStringLiteral("ak %1 not exist").arg(QString::fromLatin1(parsed.accessKey)));
        return result;
    }

    const QByteArray sdkDate = request.header("X-Sdk-Date");
    QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(sdkDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    signedAt.setTimeSpec(Qt::UTC);
    if (!parsed.signedHeaders.contains("x-sdk-date") || !signedAt.isValid()) {
        result.failure = EmulatorErrors::unauthorized(QStringLiteral("verify aksk signature fail, x-sdk-date must be signed and look like 20191115T033655Z"));
        return result;
    }
    if (qAbs(signedAt.toMSecsSinceEpoch() - nowMs) > kClockSkewMs) {
        result.failure = EmulatorErrors::unauthorized(
            QStringLiteral("calc aksk signature fail:signature expired, signature time:%1,server time:%2")
                .arg(QString::fromLatin1(sdkDate),
                     QString::fromLatin1(AkSkSigner::sdkDate(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)))));
        return result;
    }

    SigningInput input;
    input.method = request.method;
    input.url = request.url;
    input.body = request.body;
    for (const QByteArray &name : parsed.signedHeaders) {
        bool found = false;
        for (const auto &h : request.headers) {
            if (h.first.toLower() == name) {
                input.headers.append(h);
                found = true;
            }
        }
        if (!found) {
            result.failure = EmulatorErrors::unauthorized(
                QStringLiteral("verify aksk signature fail, signed header %1 is missing").arg(QString::fromLatin1(name)));
            return result;
        }
    }
    if (parsed.scheme == SigningScheme::B && parsed.scope != sdkDate.left(8) + "///sdk_request") {
        result.failure = EmulatorErrors::unauthorized(QStringLiteral("verify aksk signature fail, credential scope %1 does not match x-sdk-date")
                                                          .arg(QString::fromLatin1(parsed.scope)));
        return result;
    }

    const QByteArray canonical = AkSkSigner::canonicalRequest(input, parsed.scheme);
    const QByteArray expected = AkSkSigner::signature(AkSkSigner::stringToSign(canonical, sdkDate, parsed.scheme), sdkDate,
                                                      key->secretKey.toUtf8(), parsed.scheme);
    if (!constantTimeEquals(expected, parsed.signature.toLower())) {
        // Like the real gateway, show our canonical request ('|' for newlines): it holds no secret.
        QByteArray shown = canonical;
        shown.replace('\n', '|');
        qCInfo(lcEmulator) << "AK/SK signature mismatch for" << parsed.accessKey;
        result.failure = EmulatorErrors::unauthorized(QStringLiteral("verify aksk signature fail, canonicalRequest:%1")
                                                          .arg(QString::fromUtf8(shown)));
        return result;
    }
    result.ok = true;
    result.domainName = key->domain;
    return result;
}

bool EmulatorGatewayAuth::projectAllowed(const Result &auth, const EmulatorRequest &request, const QString &pathProjectId,
                                         EmulatorReply *failure) const
{
    if (auth.kind == AuthKind::Token) {
        if (auth.projectId == pathProjectId)
            return true;
        *failure = EmulatorErrors::projectMismatch();
        return false;
    }
    // AK/SK: X-Project-Id (unsigned, §2) names the project; it must be the path's, and the path's
    // project must belong to the key's domain.
    const QByteArray headerProject = request.header("X-Project-Id");
    const Project *project = m_store.project(pathProjectId);
    if ((!headerProject.isEmpty() && QString::fromLatin1(headerProject) != pathProjectId) || !project
        || project->domainName != auth.domainName) {
        *failure = EmulatorErrors::gateway(403, "APIGW.0306",
                                           QStringLiteral("The project in the request does not match the project of the credentials"));
        return false;
    }
    return true;
}

} // namespace ElbDesk::Emulator
