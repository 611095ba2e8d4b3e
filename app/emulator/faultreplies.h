#pragma once

#include "emulatorreply.h"
#include "faultinjector.h"

namespace ElbDesk::Emulator {

// The answers of the faults that replace the real answer (429, 5xx, malformed), shaped like
// what the API gateway in front of classic ELB sends (§9.2, §12).
class FaultReplies
{
public:
    static EmulatorReply forDecision(const FaultDecision &decision);
};

} // namespace ElbDesk::Emulator
