#pragma once

#include <QByteArray>
#include <QString>

namespace ElbDesk {

// What went wrong with one request, in a form both the CLI and the GUI can put into words.
struct ApiError
{
    enum class Kind {
        None,
        Network,  // connection refused, reset, DNS, TLS: no HTTP answer
        Timeout,  // no complete answer within the transfer timeout
        Aborted,  // cancelled by us
        Http,     // the server answered with a 3xx/4xx/5xx status
        BadBody,  // a 2xx answer whose body is not what the API documents
        TooLarge, // the body exceeded the cap
        Refused,  // refused by the client before sending (insecure URL, invalid id, redirect)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;                // 0 when no HTTP answer arrived
    QString code;                      // "ELB.2012", "APIGW.0101", "APIG.0308", "401" (IAM) …
    QString message;                   // the server's text, or our own description
    QString requestId;                 // gateway request_id or our X-Request-Id, for support
    int retryAfterSeconds = -1;        // from Retry-After, when the server sent one
    bool duringAuthentication = false; // raised while obtaining credentials (IAM token, project id)
    bool ambiguous = false; // the request may have reached the cloud and taken effect: the answer was lost

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    [[nodiscard]] bool isAmbiguous() const { return ambiguous; }
    [[nodiscard]] bool isAuthFailure() const { return kind == Kind::Http && httpStatus == 401; }
    [[nodiscard]] bool isThrottled() const { return kind == Kind::Http && httpStatus == 429; }
    // 404 APIGW.0101: the classic API is not published in this region.
    [[nodiscard]] bool isApiNotAvailable() const;
    // One sentence naming the cause and the code, for stderr and the message bar.
    [[nodiscard]] QString describe() const;

    static ApiError http(int status, const QString &code, const QString &message);
    static ApiError badBody(const QString &message);
    static ApiError refused(const QString &message);
    static ApiError aborted(const QString &message);
};

// Reads any of the three documented error shapes: ELB {"error":{"message","code"}}, gateway
// {"error_msg","error_code","request_id"} and Keystone {"error":{"message","code":<int>,"title"}}.
// A body in none of them still gives an error carrying the HTTP status and a short excerpt.
[[nodiscard]] ApiError parseErrorBody(int httpStatus, const QByteArray &body);

} // namespace ElbDesk
