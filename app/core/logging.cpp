#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "elbdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "elbdesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "elbdesk.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "elbdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmulator, "elbdesk.emulator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "elbdesk.cli", QtWarningMsg)
