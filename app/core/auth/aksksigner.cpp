#include "aksksigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace ElbDesk {

namespace {

const char kAlgorithm[] = "SDK-HMAC-SHA256";
const char kContentSha256Header[] = "x-sdk-content-sha256";
const char kSdkDateHeader[] = "x-sdk-date";

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Own loop rather than QByteArray::toPercentEncoding so the kept set and the upper-case hex are
// pinned here, not by Qt's defaults.
QByteArray encode(const QByteArray &raw)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size() * 3);
    for (const char c : raw) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0F]);
        }
    }
    return out;
}

// Byte-exact decoding (no UTF-8 round trip, so "%FF" survives). A '%' not followed by two hex
// digits is kept literally. plusIsSpace: query components are form-decoded like Go's
// url.ParseQuery, which both reference Go signers use, so "a+b" signs as "a%20b".
QByteArray decode(const QByteArray &encoded, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '%' && i + 2 < encoded.size() && hexValue(encoded.at(i + 1)) >= 0 &&
            hexValue(encoded.at(i + 2)) >= 0) {
            out.append(static_cast<char>(hexValue(encoded.at(i + 1)) * 16 + hexValue(encoded.at(i + 2))));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

struct HeaderLine
{
    QByteArray name;
    QByteArray value;
};

QList<HeaderLine> normalisedHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<HeaderLine> lines;
    lines.reserve(headers.size());
    for (const auto &header : headers)
        lines.append({header.first.trimmed().toLower(), header.second.trimmed()});
    // Repeated headers give one line each, ordered by value (huaweicloud-sdk-go-v3 does the same).
    std::stable_sort(lines.begin(), lines.end(), [](const HeaderLine &a, const HeaderLine &b) {
        return a.name != b.name ? a.name < b.name : a.value < b.value;
    });
    return lines;
}

// The value of the first header with that lower-case name, trimmed; null when absent.
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const char *lowerName)
{
    for (const auto &header : headers) {
        if (header.first.trimmed().toLower() == lowerName)
            return header.second.trimmed();
    }
    return QByteArray();
}

QByteArray scopeFor(const QByteArray &sdkDate)
{
    // Region and service stay empty, as gophertelekomcloud sends them.
    return sdkDate.left(8) + "///sdk_request";
}

} // namespace

QByteArray AkSkSigner::canonicalUri(const QUrl &url)
{
    // Decode the whole path before splitting, like both Go signers (they split the decoded
    // URL.Path), so an encoded "%2F" counts as a separator there too.
    const QByteArray path = decode(url.path(QUrl::FullyEncoded).toUtf8(), false);
    const QList<QByteArray> segments = path.split('/');
    QByteArray out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(encode(segments.at(i)));
    }
    if (!out.endsWith('/'))
        out.append('/');
    return out;
}

QByteArray AkSkSigner::canonicalQuery(const QUrl &url, SigningScheme scheme)
{
    if (!url.hasQuery())
        return QByteArray();

    struct Param
    {
        QByteArray name;  // decoded
        QByteArray value; // decoded
    };
    QList<Param> params;
    // Split ourselves: QUrlQuery would merge or re-encode things the wire form keeps apart.
    const QList<QByteArray> pieces = url.query(QUrl::FullyEncoded).toUtf8().split('&');
    for (const QByteArray &piece : pieces) {
        if (piece.isEmpty())
            continue; // "a=1&&b=2" and a trailing '&' carry no parameter (Go's ParseQuery agrees)
        const qsizetype eq = piece.indexOf('=');
        const QByteArray name = eq < 0 ? piece : piece.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : piece.mid(eq + 1);
        params.append({decode(name, true), decode(value, true)});
    }

    QList<QByteArray> parts;
    if (scheme == SigningScheme::A) {
        // huaweicloud-sdk-go-v3 and -python-v3 sort the decoded names, then each name's values.
        std::stable_sort(params.begin(), params.end(), [](const Param &a, const Param &b) {
            return a.name != b.name ? a.name < b.name : a.value < b.value;
        });
        for (const Param &p : params)
            parts.append(encode(p.name) + '=' + encode(p.value));
    } else {
        // gophertelekomcloud: one entry per name with its first value, names sorted
        // case-insensitively after encoding. Exact-case ties fall back to byte order so the
        // result does not depend on the sort's stability.
        QList<QPair<QByteArray, QByteArray>> firsts; // encoded name, encoded value
        for (const Param &p : params) {
            const QByteArray name = encode(p.name);
            const bool seen = std::any_of(firsts.cbegin(), firsts.cend(),
                                          [&name](const auto &f) { return f.first == name; });
            if (!seen)
                firsts.append({name, encode(p.value)});
        }
        std::sort(firsts.begin(), firsts.end(), [](const auto &a, const auto &b) {
            const QByteArray la = a.first.toLower();
            const QByteArray lb = b.first.toLower();
            return la != lb ? la < lb : a.first < b.first;
        });
        for (const auto &f : firsts)
            parts.append(f.first + '=' + f.second);
    }
    return parts.join('&');
}

QByteArray AkSkSigner::canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out;
    for (const HeaderLine &line : normalisedHeaders(headers))
        out += line.name + ':' + line.value + '\n';
    return out;
}

QByteArray AkSkSigner::signedHeaderNames(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QByteArray> names;
    for (const HeaderLine &line : normalisedHeaders(headers)) {
        if (names.isEmpty() || names.constLast() != line.name)
            names.append(line.name);
    }
    return names.join(';');
}

QByteArray AkSkSigner::canonicalRequest(const SigningInput &input, SigningScheme scheme)
{
    QByteArray payloadHash = headerValue(input.headers, kContentSha256Header);
    if (payloadHash.isNull())
        payloadHash = sha256Hex(input.body);

    // canonicalHeaders already ends in '\n'; the separator adds the documented empty line.
    return input.method + '\n' + canonicalUri(input.url) + '\n' + canonicalQuery(input.url, scheme) + '\n' +
           canonicalHeaders(input.headers) + '\n' + signedHeaderNames(input.headers) + '\n' + payloadHash;
}

QByteArray AkSkSigner::stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate,
                                    SigningScheme scheme)
{
    QByteArray out = QByteArray(kAlgorithm) + '\n' + sdkDate + '\n';
    if (scheme == SigningScheme::B)
        out += scopeFor(sdkDate) + '\n';
    return out + sha256Hex(canonicalRequest);
}

QByteArray AkSkSigner::signature(const QByteArray &stringToSign, const QByteArray &sdkDate,
                                 const QByteArray &secretKey, SigningScheme scheme)
{
    QByteArray key = secretKey;
    if (scheme == SigningScheme::B) {
        const QByteArray kDate = hmac("SDK" + secretKey, sdkDate.left(8));
        const QByteArray kRegion = hmac(kDate, QByteArray());
        const QByteArray kService = hmac(kRegion, QByteArray());
        key = hmac(kService, "sdk_request");
    }
    return hmac(key, stringToSign).toHex();
}

QByteArray AkSkSigner::authorization(const SigningInput &input, const QByteArray &accessKey,
                                     const QByteArray &secretKey, SigningScheme scheme)
{
    const QByteArray date = headerValue(input.headers, kSdkDateHeader);
    // Without a signed date the gateway rejects any signature; say so with an empty value.
    if (date.isEmpty())
        return QByteArray();

    const QByteArray sts = stringToSign(canonicalRequest(input, scheme), date, scheme);
    const QByteArray sig = signature(sts, date, secretKey, scheme);
    const QByteArray who =
        scheme == SigningScheme::A ? "Access=" + accessKey : "Credential=" + accessKey + '/' + scopeFor(date);
    return QByteArray(kAlgorithm) + ' ' + who + ", SignedHeaders=" + signedHeaderNames(input.headers) +
           ", Signature=" + sig;
}

QByteArray AkSkSigner::sdkDate(const QDateTime &utc)
{
    if (!utc.isValid())
        return QByteArray();
    // Quoted literals: 'T' and 'Z' must never be read as format letters.
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

AkSkSigner::ParsedAuthorization AkSkSigner::parseAuthorization(const QByteArray &headerValue)
{
    ParsedAuthorization result;
    const QByteArray value = headerValue.trimmed();
    const QByteArray prefix = QByteArray(kAlgorithm) + ' ';
    if (!value.startsWith(prefix))
        return result;

    QByteArray access;
    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray sig;
    bool haveAccess = false;
    bool haveCredential = false;
    bool haveSignedHeaders = false;
    bool haveSignature = false;

    // Tolerant of spacing around the commas, strict about the keys: an unknown or repeated
    // key means it is not a header this gateway would accept.
    const QList<QByteArray> parts = value.mid(prefix.size()).split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return result;
        const QByteArray key = part.left(eq);
        const QByteArray val = part.mid(eq + 1);
        bool *have = nullptr;
        QByteArray *target = nullptr;
        if (key == "Access") {
            have = &haveAccess;
            target = &access;
        } else if (key == "Credential") {
            have = &haveCredential;
            target = &credential;
        } else if (key == "SignedHeaders") {
            have = &haveSignedHeaders;
            target = &signedHeaders;
        } else if (key == "Signature") {
            have = &haveSignature;
            target = &sig;
        } else {
            return result;
        }
        if (*have || val.isEmpty())
            return result;
        *have = true;
        *target = val;
    }

    if (haveAccess == haveCredential || !haveSignedHeaders || !haveSignature)
        return result;

    if (haveAccess) {
        result.scheme = SigningScheme::A;
        result.accessKey = access;
    } else {
        const qsizetype slash = credential.indexOf('/');
        if (slash <= 0 || slash + 1 >= credential.size())
            return result;
        result.scheme = SigningScheme::B;
        result.accessKey = credential.left(slash);
        result.scope = credential.mid(slash + 1);
    }

    result.signedHeaders = signedHeaders.split(';');
    for (const QByteArray &name : std::as_const(result.signedHeaders)) {
        if (name.isEmpty())
            return ParsedAuthorization();
    }
    result.signature = sig;
    result.ok = true;
    return result;
}

} // namespace ElbDesk
