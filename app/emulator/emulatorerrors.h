#pragma once

#include "emulatorreply.h"

#include <QString>

namespace ElbDesk::Emulator {

// The three error shapes of elb-classic-api.md §9: ELB service, API gateway and Keystone IAM.
class EmulatorErrors
{
public:
    // {"error":{"message":…,"code":"ELB.xxxx"}}
    static EmulatorReply elb(int status, const char *code, const QString &message);
    // {"error_msg":…,"error_code":…,"request_id":…}
    static EmulatorReply gateway(int status, const char *code, const QString &message);
    // {"error":{"message":…,"code":<number>,"title":…}}
    static EmulatorReply keystone(int status, const QString &message);

    // Frequent ones, with the documented texts.
    static EmulatorReply apiNotFound();                        // 404 APIGW.0101
    static EmulatorReply unauthorized(const QString &detail);  // 401 APIGW.0301
    static EmulatorReply projectMismatch();                    // 403 APIGW.0306
};

} // namespace ElbDesk::Emulator
