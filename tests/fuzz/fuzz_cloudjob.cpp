// libFuzzer: GET …/jobs/{id} bodies (CloudJob): status, entities and the member ids they name.
#include "fuzzsupport.h"

#include "api/ids.h"
#include "model/cloudjob.h"

using namespace ElbDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Parsed<CloudJob> job = CloudJob::fromBody(Fuzz::bytes(data, size));
    if (!job.ok()) {
        Fuzz::checkError(job.error, "CloudJob::fromBody");
        return 0;
    }
    const CloudJob &j = job.value;
    Fuzz::check(Ids::isHexId(j.jobId), "job without a hex job id", j.jobId);
    // Only the two documented terminal strings end a job; anything else keeps it pending.
    Fuzz::check((j.state == CloudJob::State::Succeeded) == (j.status == QLatin1String("SUCCESS")),
                "SUCCESS and Succeeded disagree", j.status);
    Fuzz::check((j.state == CloudJob::State::Failed) == (j.status == QLatin1String("FAIL")),
                "FAIL and Failed disagree", j.status);
    Fuzz::check(j.isTerminal() == (j.state != CloudJob::State::Pending), "isTerminal disagrees");
    if (j.isTerminal())
        Fuzz::check(j.isKnownStatus(), "a terminal job with an unknown status", j.status);
    const QStringList ids = j.entityMemberIds();
    for (const QString &id : ids)
        Fuzz::check(!id.isEmpty(), "an empty entity member id");
    return 0;
}
