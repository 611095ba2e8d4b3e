#pragma once

#include "emulatorreply.h"
#include "emulatorrequest.h"

namespace ElbDesk::Emulator {

class EmulatorIam;
class EmulatorJobs;
class EmulatorStore;
class FaultInjector;
class RequestLog;

// /_sandbox/*: lets tests in other processes see and steer the sandbox. Not part of the cloud
// API: never faulted, never logged, no authentication (the emulator listens on loopback).
class EmulatorControlApi
{
public:
    EmulatorControlApi(EmulatorStore &store, EmulatorJobs &jobs, EmulatorIam &iam, FaultInjector &faults,
                       RequestLog &log);

    EmulatorReply handle(const EmulatorRequest &request, qint64 nowMs);
    // withMembers: each listener also lists its member ids (GET /_sandbox/state?members=1).
    [[nodiscard]] QJsonObject state(qint64 nowMs, bool withMembers = false) const;

private:
    EmulatorStore &m_store;
    EmulatorJobs &m_jobs;
    EmulatorIam &m_iam;
    FaultInjector &m_faults;
    RequestLog &m_log;
};

} // namespace ElbDesk::Emulator
