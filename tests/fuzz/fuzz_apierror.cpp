// libFuzzer: error bodies in the three documented shapes (ELB {"error":{"message","code"}},
// gateway {"error_msg","error_code","request_id"}, Keystone {"error":{"message","code":401,
// "title"}}) and anything else. The first two bytes pick the HTTP status (100–599).
#include "fuzzsupport.h"

#include "api/apierror.h"

using namespace ElbDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return -1; // not added to the corpus
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const ApiError e = parseErrorBody(status, Fuzz::bytes(data + 2, size - 2));
    Fuzz::check(e.kind == ApiError::Kind::Http && e.httpStatus == status, "status or kind changed");
    Fuzz::check(!e.message.isEmpty(), "an error without a message");
    const QString text = e.describe();
    Fuzz::check(!text.isEmpty(), "describe() said nothing");
    Fuzz::check(text.contains(QString::number(status)), "describe() lost the HTTP status", text);
    if (e.isApiNotAvailable())
        Fuzz::check(status == 404, "API not available without a 404");
    return 0;
}
