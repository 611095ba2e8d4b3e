#pragma once

#include <QStringList>

namespace ElbDesk::JournalSchema {

// Schema history of the journal (PRAGMA user_version):
//  1  operations(id, kind, connection_id, connection_name, user_name, region, project_id, loadbalancer_id,
//     listener_id, job_id, status, error_code, fail_reason, summary, created_at, updated_at, finished_at)
//     with timestamps as ISO-8601 whole seconds ("2024-01-02T03:04:05Z");
//     operation_members(id, operation_id → operations ON DELETE CASCADE, position, member_id, server_id,
//     server_address, outcome).
//  2  adds operations.group_id, undo_of, listener_name, resolution and operation_members.server_name;
//     timestamps carry milliseconds ("…05.000Z"), so that text order is time order.
// No version has, or may ever get, a column for a password, token or key.
//
// The statements that bring a database at `fromVersion` (0 = empty) to Journal::CurrentSchemaVersion,
// run in one transaction; they end by setting user_version. Empty when there is nothing to do.
[[nodiscard]] QStringList upgradeStatements(int fromVersion);

} // namespace ElbDesk::JournalSchema
