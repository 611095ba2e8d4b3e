#pragma once

#include "emulatorreply.h"
#include "emulatorrequest.h"

#include <QString>

namespace ElbDesk::Emulator {

class EmulatorIam;
class EmulatorStore;

// The API gateway's authentication (§9.2, §10): an IAM token in X-Auth-Token, or an AK/SK
// signature in Authorization (scheme A "Access=" or scheme B "Credential="), re-computed from
// the client's declared SignedHeaders with the shared AkSkSigner.
class EmulatorGatewayAuth
{
public:
    struct Result
    {
        AuthKind kind = AuthKind::None;
        bool ok = false;
        EmulatorReply failure;   // the 401 to send when !ok
        QString domainName;      // whose credentials these are
        QString projectId;       // token scope (empty for AK/SK and unscoped tokens)
    };

    EmulatorGatewayAuth(const EmulatorIam &iam, const EmulatorStore &store);

    [[nodiscard]] Result authenticate(const EmulatorRequest &request, qint64 nowMs) const;
    // 403 APIGW.0306 unless the authenticated caller may act in `pathProjectId`; ok = empty body.
    [[nodiscard]] bool projectAllowed(const Result &auth, const EmulatorRequest &request, const QString &pathProjectId,
                                      EmulatorReply *failure) const;

    // ±15 minutes (§10.2).
    static constexpr qint64 kClockSkewMs = 15 * 60 * 1000;

private:
    [[nodiscard]] Result verifySignature(const EmulatorRequest &request, qint64 nowMs) const;

    const EmulatorIam &m_iam;
    const EmulatorStore &m_store;
};

} // namespace ElbDesk::Emulator
