#pragma once

#include <QString>
#include <QStringList>

namespace ElbDesk::ElbPaths {

// Builds ELB paths from ids, refusing (with *refusal) any id that is not 32 lower-case hex,
// so nothing from a server answer or a command line can reach another path or a query.
QString elbaas(const QString &projectId, const QString &rest, QString *refusal);
QString listener(const QString &projectId, const QString &listenerId, const QString &suffix,
                 QString *refusal);
QString job(const QString &prefix, const QString &projectId, const QString &jobId, QString *refusal);
bool checkIds(const QStringList &ids, const char *what, QString *refusal);
// An invalid id as a refusal may quote it: at most 48 characters, control characters (a newline, a
// NUL, an escape sequence from a hostile answer) shown as '?', so it cannot break a terminal or a log.
QString quotable(const QString &id);

} // namespace ElbDesk::ElbPaths
