#pragma once

#include "api/apierror.h"

namespace ElbDesk::Cli {

// The CLI's exit statuses are a contract with scripts and acceptance tests.
enum ExitCode {
    ExitSuccess = 0,
    ExitJobFailedOrUnknown = 1,
    ExitUsage = 2,
    ExitAuthentication = 3,
    ExitApiRefused = 4,
    ExitNetwork = 5,
};

[[nodiscard]] ExitCode exitCodeFor(const ApiError &error);

} // namespace ElbDesk::Cli
