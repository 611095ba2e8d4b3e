#include "exitcodes.h"

namespace ElbDesk::Cli {

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitSuccess;
    case ApiError::Kind::Refused:
        // Refused before sending: a bad id, an insecure endpoint or a redirect; the last is the server's
        // doing.
        return error.httpStatus >= 300 && error.httpStatus < 400 ? ExitNetwork : ExitUsage;
    case ApiError::Kind::Http:
        if (error.httpStatus == 401 ||
            (error.duringAuthentication && error.httpStatus < 500 && error.httpStatus != 429))
            return ExitAuthentication;
        if (error.httpStatus == 429 || error.httpStatus >= 500)
            return ExitNetwork;
        return ExitApiRefused;
    case ApiError::Kind::BadBody:
        return error.duringAuthentication ? ExitAuthentication : ExitNetwork;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::Aborted:
        return ExitNetwork;
    }
    return ExitNetwork;
}

} // namespace ElbDesk::Cli
