#pragma once

#include <QLoggingCategory>

// One category per area, so operators can switch on exactly what they need
// (QT_LOGGING_RULES="elbdesk.api.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
