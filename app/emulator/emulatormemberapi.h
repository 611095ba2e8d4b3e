#pragma once

#include "emulatorjobs.h"
#include "emulatorreply.h"
#include "emulatorrequest.h"

namespace ElbDesk::Emulator {

class EmulatorStore;
struct Listener;

// Backend members of a listener: list with paging and filters (§5), add (§6) and remove (§7),
// both answered with a job (§8). Callers have already authenticated for `projectId`.
class EmulatorMemberApi
{
public:
    EmulatorMemberApi(EmulatorStore &store, EmulatorJobs &jobs);

    EmulatorReply list(const QString &projectId, const QString &listenerId, const EmulatorRequest &request,
                       qint64 nowMs) const;
    EmulatorReply add(const QString &projectId, const QString &listenerId, const EmulatorRequest &request,
                      JobFault fault, qint64 nowMs);
    EmulatorReply remove(const QString &projectId, const QString &listenerId, const EmulatorRequest &request,
                         JobFault fault, qint64 nowMs);

private:
    // The listener, or the documented error in `failure`.
    Listener *findListener(const QString &projectId, const QString &listenerId, EmulatorReply *failure) const;
    static EmulatorReply jobReply(const QString &projectId, const QString &jobId);

    EmulatorStore &m_store;
    EmulatorJobs &m_jobs;
};

} // namespace ElbDesk::Emulator
