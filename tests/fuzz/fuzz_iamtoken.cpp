// libFuzzer: the IAM token answer ({"token":{"expires_at",…,"project":{"id","name"}}}), read for
// a password login and to validate a pasted token.
#include "fuzzsupport.h"

#include "api/ids.h"
#include "auth/iamrequests.h"

using namespace ElbDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TokenInfo info;
    QString why;
    if (parseTokenBody(Fuzz::bytes(data, size), &info, &why)) {
        Fuzz::check(why.isEmpty(), "success with a reason");
        Fuzz::check(info.expiresAt.isValid(), "a token without a valid expiry");
        // The project id becomes part of every ELB URL path.
        Fuzz::check(info.projectId.isEmpty() || Ids::isHexId(info.projectId), "project id not hex",
                    info.projectId);
    } else {
        Fuzz::checkError(why, "parseTokenBody");
    }
    return 0;
}
