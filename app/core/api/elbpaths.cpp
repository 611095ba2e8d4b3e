#include "elbpaths.h"

#include "ids.h"

#include <QCoreApplication>

namespace ElbDesk::ElbPaths {

static QString tr(const char *text)
{
    return QCoreApplication::translate("ElbDesk::ElbPaths", text);
}

bool checkIds(const QStringList &ids, const char *what, QString *refusal)
{
    for (const QString &id : ids) {
        if (!Ids::isHexId(id)) {
            *refusal = tr("invalid %1 \"%2\": expected 32 lower-case hex characters")
                           .arg(QLatin1String(what), id.left(80));
            return false;
        }
    }
    return true;
}

QString elbaas(const QString &projectId, const QString &rest, QString *refusal)
{
    if (projectId.isEmpty()) {
        *refusal = tr("the project id is not known; give it or a project name");
        return QString();
    }
    if (!checkIds({projectId}, "project id", refusal))
        return QString();
    return QStringLiteral("/v1.0/%1/elbaas/%2").arg(projectId, rest);
}

QString listener(const QString &projectId, const QString &listenerId, const QString &suffix, QString *refusal)
{
    if (!checkIds({listenerId}, "listener id", refusal))
        return QString();
    return elbaas(projectId, QStringLiteral("listeners/%1%2").arg(listenerId, suffix), refusal);
}

QString job(const QString &prefix, const QString &projectId, const QString &jobId, QString *refusal)
{
    if (!checkIds({projectId}, "project id", refusal) || !checkIds({jobId}, "job id", refusal))
        return QString();
    return QStringLiteral("%1/%2/jobs/%3").arg(prefix, projectId, jobId);
}

} // namespace ElbDesk::ElbPaths
