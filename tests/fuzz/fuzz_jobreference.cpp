// libFuzzer: the answer to an asynchronous POST, {"uri":"/v1/{p}/jobs/{id}","job_id":"…"}. The
// job id goes into the next URL path, so a success must carry a valid id and nothing else.
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
    const Parsed<JobReference> ref = JobReference::fromBody(Fuzz::bytes(data, size));
    if (ref.ok())
        Fuzz::check(Ids::isHexId(ref.value.jobId), "job reference without a hex job id", ref.value.jobId);
    else
        Fuzz::checkError(ref.error, "JobReference::fromBody");
    return 0;
}
