// libFuzzer: the listener list (a bare array) and listener details bodies.
#include "fuzzsupport.h"

#include "api/ids.h"
#include "model/listener.h"

using namespace ElbDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const Parsed<QList<Listener>> list = parseListenerList(body);
    if (list.ok()) {
        for (const Listener &l : list.value)
            Fuzz::check(Ids::isHexId(l.id), "listed listener without a hex id", l.id);
    } else {
        Fuzz::checkError(list.error, "parseListenerList");
        Fuzz::check(list.value.isEmpty(), "a failed list still holds listeners");
    }
    const Parsed<Listener> single = parseListener(body);
    if (single.ok())
        Fuzz::check(Ids::isHexId(single.value.id), "listener without a hex id", single.value.id);
    else
        Fuzz::checkError(single.error, "parseListener");
    return 0;
}
