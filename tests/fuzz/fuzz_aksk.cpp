// libFuzzer: the AK/SK canonicaliser and the Authorization parser, which the emulator's verifier
// runs on whatever a client sends. Input, one item a line: method, URL, Authorization value,
// then "Name: value" headers up to an empty line, then the body.
#include "fuzzsupport.h"

#include "auth/aksksigner.h"

#include <QUrl>

#include <cstring>

using namespace ElbDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

namespace {

// What the canonical forms may contain: unreserved characters, %XX escapes and their separators.
bool onlyCanonical(const QByteArray &text, const char *separators)
{
    for (const char c : text) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '_' || c == '.' || c == '~' || c == '%';
        if (!unreserved && !std::strchr(separators, c))
            return false;
    }
    return true;
}

// An RFC 9110 token: the header names a client really signs.
bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              std::strchr("!#$%&'*+-.^_`|~", c)))
            return false;
    }
    return true;
}

void checkParsed(const AkSkSigner::ParsedAuthorization &p)
{
    if (!p.ok)
        return;
    Fuzz::check(!p.accessKey.isEmpty() && !p.signature.isEmpty() && !p.signedHeaders.isEmpty(),
                "parsed Authorization with an empty part");
    for (const QByteArray &name : p.signedHeaders)
        Fuzz::check(!name.isEmpty(), "parsed Authorization with an empty signed header name");
    if (p.scheme == SigningScheme::B)
        Fuzz::check(!p.scope.isEmpty(), "scheme B without a scope");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype blank = input.indexOf("\n\n");
    const QList<QByteArray> lines = (blank < 0 ? input : input.left(blank)).split('\n');
    SigningInput request;
    request.method = lines.value(0);
    request.url = QUrl::fromEncoded(lines.value(1));
    const QByteArray authorization = lines.value(2);
    bool tokenNames = true;
    bool plainDate = false; // the signer uses the first X-Sdk-Date, as the gateway does
    bool seenDate = false;
    for (qsizetype i = 3; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray name = colon < 0 ? lines.at(i) : lines.at(i).left(colon);
        const QByteArray value = colon < 0 ? QByteArray() : lines.at(i).mid(colon + 1);
        request.headers.append({name, value});
        tokenNames = tokenNames && isToken(name.trimmed());
        if (!seenDate && name.trimmed().toLower() == "x-sdk-date") {
            const QByteArray date = value.trimmed();
            plainDate = !date.isEmpty() && onlyCanonical(date, "") && !date.contains('%');
            seenDate = true;
        }
    }
    request.body = blank < 0 ? QByteArray() : input.mid(blank + 2);

    checkParsed(AkSkSigner::parseAuthorization(authorization));

    const QByteArray uri = AkSkSigner::canonicalUri(request.url);
    Fuzz::check(uri.endsWith('/') && onlyCanonical(uri, "/"), "canonical URI", QString::fromLatin1(uri));
    // The client signs the URL it holds; the server sees its encoded form: both must agree
    // (for a URL the client would send at all).
    const QUrl received = QUrl::fromEncoded(request.url.toEncoded());
    const bool sendable = request.url.isValid() && received.isValid();
    Fuzz::check(!sendable || AkSkSigner::canonicalUri(received) == uri, "canonical URI changes on the wire",
                QString::fromLatin1(request.url.toEncoded()));
    for (const SigningScheme scheme : {SigningScheme::A, SigningScheme::B}) {
        const QByteArray query = AkSkSigner::canonicalQuery(request.url, scheme);
        Fuzz::check(onlyCanonical(query, "=&"), "canonical query", QString::fromLatin1(query));
        Fuzz::check(!sendable || AkSkSigner::canonicalQuery(received, scheme) == query,
                    "canonical query changes on the wire", QString::fromLatin1(request.url.toEncoded()));
        const QByteArray canonical = AkSkSigner::canonicalRequest(request, scheme);
        Fuzz::check(canonical.startsWith(request.method + '\n'), "canonical request lost the method");
        const QByteArray header = AkSkSigner::authorization(request, "AK", "SK", scheme);
        if (header.isEmpty())
            continue;
        // What the client sends, the verifier must read back: same scheme, key and header names.
        const AkSkSigner::ParsedAuthorization back = AkSkSigner::parseAuthorization(header);
        checkParsed(back);
        if (tokenNames && plainDate) {
            Fuzz::check(back.ok && back.scheme == scheme && back.accessKey == "AK",
                        "the verifier cannot read the client's Authorization", QString::fromLatin1(header));
            Fuzz::check(back.signedHeaders == AkSkSigner::signedHeaderNames(request.headers).split(';'),
                        "signed header names change on the wire", QString::fromLatin1(header));
        }
    }
    return 0;
}
