#pragma once

#include "emulatorelbapi.h"
#include "emulatorgatewayauth.h"
#include "emulatorjobs.h"
#include "emulatormemberapi.h"
#include "emulatorreply.h"
#include "emulatorrequest.h"
#include "emulatorroute.h"

namespace ElbDesk::Emulator {

class EmulatorIam;
class EmulatorStore;

// Request -> answer for the cloud API, in the order a real request meets the pieces: the
// gateway (routing table, --retired, authentication, project check), then IAM or ELB.
// Knows nothing about sockets, faults on the wire or the control API.
class EmulatorRouter
{
public:
    EmulatorRouter(EmulatorStore &store, EmulatorJobs &jobs, EmulatorIam &iam, bool retired, bool tls);

    EmulatorReply handle(const EmulatorRequest &request, const EmulatorRoute &route, JobFault fault, qint64 nowMs);

private:
    EmulatorReply handleElb(const EmulatorRequest &request, const EmulatorRoute &route, JobFault fault, qint64 nowMs);
    EmulatorReply versions(const EmulatorRequest &request) const;

    EmulatorIam &m_iam;
    EmulatorGatewayAuth m_auth;
    EmulatorElbApi m_elb;
    EmulatorMemberApi m_members;
    bool m_retired;
    bool m_tls;
};

} // namespace ElbDesk::Emulator
