// libFuzzer: one page of the member list (a bare array), and JsonArraySlicer, which must agree
// with the JSON parser on every body the parser accepts: each member's raw text is what --json
// prints and what the journal keeps.
#include "fuzzsupport.h"

#include "api/ids.h"
#include "model/jsonarrayslicer.h"
#include "model/member.h"

#include <QJsonArray>
#include <QJsonDocument>

// The byte-level fast path of parseMemberList() promises the document path's result, field for
// field, whenever it accepts a page: checked here while it exists.
#if __has_include("model/memberfastparser.h")
#include "model/memberfastparser.h"
#define ELBDESK_FUZZ_FAST_PATH 1
#endif

using namespace ElbDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

// The slicer on the fuzzer's exact buffer (reads past the end are ASan findings), checked
// element by element against the parsed document.
static void checkSlicer(const uint8_t *data, size_t size)
{
    QList<QByteArrayView> slices;
    const bool sliced = sliceJsonArray(Fuzz::rawBytes(data, size), &slices);
    const auto *begin = reinterpret_cast<const char *>(data);
    for (const QByteArrayView &slice : std::as_const(slices)) {
        Fuzz::check(slice.data() >= begin && slice.data() + slice.size() <= begin + size,
                    "a slice points outside the body");
        Fuzz::check(!slice.isEmpty(), "an empty slice");
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || !sliced)
        return;
    const QJsonArray items = doc.array();
    Fuzz::check(slices.size() == items.size(), "slicer and parser disagree on the element count",
                QStringLiteral("%1 vs %2").arg(slices.size()).arg(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray wrapped = '[' + slices.at(i).toByteArray() + ']';
        const QJsonDocument one = QJsonDocument::fromJson(wrapped);
        Fuzz::check(one.isArray() && one.array().size() == 1 && one.array().at(0) == items.at(i),
                    "a slice is not the element the parser read", QString::fromUtf8(wrapped.left(200)));
    }
}

#ifdef ELBDESK_FUZZ_FAST_PATH
static void checkFastPath(const QByteArray &body)
{
    QList<Member> fast;
    if (!MemberFastParser::parse(body, &fast))
        return;
    const Parsed<QList<Member>> doc = parseMemberListWithDocument(body);
    Fuzz::check(doc.ok(), "the fast path accepts a page the document path refuses", doc.error);
    Fuzz::check(fast.size() == doc.value.size(), "the fast path counts other members");
    for (qsizetype i = 0; i < fast.size(); ++i) {
        const Member &a = fast.at(i);
        const Member &b = doc.value.at(i);
        Fuzz::check(a.id == b.id && a.serverId == b.serverId && a.serverAddress == b.serverAddress &&
                        a.address == b.address && a.serverName == b.serverName && a.status == b.status &&
                        a.healthStatus == b.healthStatus && a.listenerIds == b.listenerIds &&
                        a.rawJson == b.rawJson,
                    "the fast path reads a member differently", b.id);
    }
}
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkSlicer(data, size);
#ifdef ELBDESK_FUZZ_FAST_PATH
    checkFastPath(Fuzz::bytes(data, size));
#endif
    const Parsed<QList<Member>> page = parseMemberList(Fuzz::bytes(data, size));
    // Without the raw JSON (what a table asks for): the same verdict and the same members, minus it.
    const Parsed<QList<Member>> lean = parseMemberList(Fuzz::bytes(data, size), RawJson::Drop);
    Fuzz::check(lean.error == page.error, "dropping the raw JSON changes the verdict", lean.error);
    Fuzz::check(lean.value.size() == page.value.size(), "dropping the raw JSON changes the count");
    for (qsizetype i = 0; i < lean.value.size() && i < page.value.size(); ++i) {
        const Member &a = lean.value.at(i);
        const Member &b = page.value.at(i);
        Fuzz::check(a.rawJson.isEmpty() && a.id == b.id && a.serverId == b.serverId &&
                        a.serverAddress == b.serverAddress && a.address == b.address &&
                        a.serverName == b.serverName && a.status == b.status &&
                        a.healthStatus == b.healthStatus && a.listenerIds == b.listenerIds,
                    "dropping the raw JSON reads a member differently", b.id);
    }
    if (!page.ok()) {
        Fuzz::checkError(page.error, "parseMemberList");
        Fuzz::check(page.value.isEmpty(), "a failed page still holds members");
        return 0;
    }
    for (const Member &m : page.value) {
        Fuzz::check(Ids::isHexId(m.id), "member without a hex id", m.id);
        Fuzz::check(m.serverAddress.isEmpty() || Ids::isIpAddress(m.serverAddress),
                    "member with a server_address that is no IP", m.serverAddress);
        for (const QString &listener : m.listenerIds)
            Fuzz::check(Ids::isHexId(listener), "member of a listener without a hex id", listener);
        if (!m.rawJson.isEmpty()) {
            const QJsonDocument raw = QJsonDocument::fromJson(m.rawJson);
            Fuzz::check(raw.isObject() && raw.object().value(QLatin1String("id")).toString() == m.id,
                        "a member's raw JSON is not that member", QString::fromUtf8(m.rawJson.left(200)));
        }
    }
    return 0;
}
