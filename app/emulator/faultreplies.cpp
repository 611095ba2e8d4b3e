#include "faultreplies.h"

#include "emulatorerrors.h"

namespace ElbDesk::Emulator {

EmulatorReply FaultReplies::forDecision(const FaultDecision &decision)
{
    switch (decision.kind) {
    case FaultKind::Throttle429: {
        EmulatorReply reply = EmulatorErrors::gateway(
            429, "APIG.0308",
            QStringLiteral("The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 second"));
        reply.headers.append({"Retry-After", QByteArray::number(decision.retryAfter)});
        return reply;
    }
    case FaultKind::Error500:
        return EmulatorErrors::gateway(500, "APIGW.9999", QStringLiteral("System error"));
    case FaultKind::Error502:
        return EmulatorErrors::gateway(502, "APIGW.0201", QStringLiteral("Backend unavailable"));
    case FaultKind::Error503:
        if (decision.html) {
            // Load balancers in front of the gateway answer with a page, not JSON.
            return EmulatorReply::raw(503, "text/html",
                                      "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n"
                                      "<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n"
                                      "</body>\r\n</html>\r\n");
        }
        return EmulatorErrors::gateway(503, "APIGW.0203", QStringLiteral("Service temporarily unavailable"));
    case FaultKind::Error504:
        return EmulatorErrors::gateway(504, "APIGW.0202", QStringLiteral("Backend timeout"));
    case FaultKind::Malformed:
        // Cut off mid-document, as a proxy that gave up half-way would deliver it.
        return EmulatorReply::raw(200, "application/json",
                                  "[{\"server_address\":\"10.0.0.17\",\"id\":\"4ac8777333bc20777147ab160ea61baf\","
                                  "\"status\":\"ACTIVE\",\"address\":\"100.64.27.96\",\"listeners\":[{\"id\":\"65093734fb96");
    default:
        break;
    }
    return EmulatorErrors::gateway(500, "APIGW.9999", QStringLiteral("System error"));
}

} // namespace ElbDesk::Emulator
