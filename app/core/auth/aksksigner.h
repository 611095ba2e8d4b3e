#pragma once

#include "api/connection.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

namespace ElbDesk {

// One HTTP request as the signer sees it: the exact bytes that go on the wire.
struct SigningInput
{
    QByteArray method;                              // "GET", "POST", …
    QUrl url;                                       // scheme, host, port, path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;   // the headers to sign, name as sent + value
    QByteArray body;                                // exact body bytes (never re-serialised)
};

// Huawei/OTC API gateway AK/SK signing (elb-classic-api.md §10.2 scheme A, §10.3 scheme B).
// Pure functions, shared by the client and the emulator's verifier; pinned by the fixed vectors.
class AkSkSigner
{
public:
    // "/v1.0/p/x" -> "/v1.0/p/x/": each segment decoded then re-encoded (unreserved kept), trailing '/'.
    static QByteArray canonicalUri(const QUrl &url);
    // Sorted "k=v&k2=v2", names and values encoded like path segments; "" when there is no query.
    // Scheme B (gophertelekomcloud) sorts keys case-insensitively and keeps only a key's first value.
    static QByteArray canonicalQuery(const QUrl &url, SigningScheme scheme);
    // "name:value\n" per signed header (lower-cased name, trimmed value), sorted by name.
    static QByteArray canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    // "a;b;c": the lower-cased, sorted header names.
    static QByteArray signedHeaderNames(const QList<QPair<QByteArray, QByteArray>> &headers);
    // METHOD\nURI\nQUERY\nHEADERS\nSIGNED\nhex(sha256(body)). An X-Sdk-Content-Sha256 header,
    // when among the headers, replaces the body hash.
    static QByteArray canonicalRequest(const SigningInput &input, SigningScheme scheme);
    // Scheme A: "SDK-HMAC-SHA256\n<date>\n<hex sha256(canonical)>".
    // Scheme B: "SDK-HMAC-SHA256\n<date>\n<yyyymmdd>///sdk_request\n<hex sha256(canonical)>".
    static QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate,
                                   SigningScheme scheme);
    // Lower-case hex signature over stringToSign with the SK (scheme A) or the derived key (scheme B).
    static QByteArray signature(const QByteArray &stringToSign, const QByteArray &sdkDate,
                                const QByteArray &secretKey, SigningScheme scheme);
    // The complete Authorization header value for a request whose headers already include
    // X-Sdk-Date (and Host, if it is to be signed).
    static QByteArray authorization(const SigningInput &input, const QByteArray &accessKey,
                                    const QByteArray &secretKey, SigningScheme scheme);
    // "20191115T033655Z" for the given UTC time.
    static QByteArray sdkDate(const QDateTime &utc);

    // The parts of a received Authorization header; ok == false if it is in neither form.
    struct ParsedAuthorization
    {
        bool ok = false;
        SigningScheme scheme = SigningScheme::A;
        QByteArray accessKey;
        QByteArray scope;            // scheme B: "20201019///sdk_request"
        QList<QByteArray> signedHeaders;
        QByteArray signature;
    };
    static ParsedAuthorization parseAuthorization(const QByteArray &headerValue);
};

} // namespace ElbDesk
