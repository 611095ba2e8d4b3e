#include "journalschema.h"

#include "journal.h"

namespace ElbDesk::JournalSchema {

QStringList upgradeStatements(int fromVersion)
{
    QStringList statements;
    if (fromVersion == 0) {
        statements = {
            QStringLiteral(
                "CREATE TABLE operations ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                "group_id TEXT NOT NULL DEFAULT '', undo_of INTEGER NOT NULL DEFAULT 0, "
                "connection_id TEXT NOT NULL DEFAULT '', connection_name TEXT NOT NULL DEFAULT '', "
                "user_name TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '', "
                "project_id TEXT NOT NULL DEFAULT '', loadbalancer_id TEXT NOT NULL DEFAULT '', "
                "listener_id TEXT NOT NULL DEFAULT '', listener_name TEXT NOT NULL DEFAULT '', "
                "job_id TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'INIT', "
                "error_code TEXT NOT NULL DEFAULT '', fail_reason TEXT NOT NULL DEFAULT '', "
                "summary TEXT NOT NULL DEFAULT '', resolution TEXT NOT NULL DEFAULT '', "
                "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, finished_at TEXT)"),
            QStringLiteral("CREATE TABLE operation_members ("
                           "id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE, "
                           "position INTEGER NOT NULL DEFAULT 0, member_id TEXT NOT NULL DEFAULT '', "
                           "server_id TEXT NOT NULL DEFAULT '', server_address TEXT NOT NULL DEFAULT '', "
                           "server_name TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT 'pending')"),
        };
    } else if (fromVersion == 1) {
        statements = {
            QStringLiteral("ALTER TABLE operations ADD COLUMN group_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN undo_of INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN listener_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN resolution TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operation_members ADD COLUMN server_name TEXT NOT NULL DEFAULT ''"),
        };
        // Version 1 wrote whole seconds; give them milliseconds so that text order stays time order.
        for (const char *column : {"created_at", "updated_at", "finished_at"}) {
            statements << QStringLiteral("UPDATE operations SET %1 = substr(%1, 1, 19) || '.000Z' "
                                         "WHERE length(%1) = 20 AND substr(%1, 20, 1) = 'Z'")
                              .arg(QLatin1String(column));
        }
    }
    if (fromVersion < Journal::CurrentSchemaVersion) {
        statements << QStringLiteral(
                          "CREATE INDEX IF NOT EXISTS operations_created ON operations(created_at)")
                   << QStringLiteral("CREATE INDEX IF NOT EXISTS operation_members_operation "
                                     "ON operation_members(operation_id)")
                   << QStringLiteral("PRAGMA user_version = %1").arg(Journal::CurrentSchemaVersion);
    }
    return statements;
}

} // namespace ElbDesk::JournalSchema
