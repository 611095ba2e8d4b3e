#include "elbpaths.h"

#include "ids.h"

#include <QCoreApplication>

namespace ElbDesk::ElbPaths {

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ElbDesk::ElbPaths", text, disambiguation, n);
}

QString quotable(const QString &id)
{
    if (id.isEmpty())
        return tr("(empty)");
    QString shown = id.left(48);
    for (QChar &c : shown) {
        if (!c.isPrint() || c.isSurrogate())
            c = QLatin1Char('?');
    }
    if (id.size() > shown.size())
        shown += tr("… (%n characters)", nullptr, int(id.size()));
    return shown;
}

bool checkIds(const QStringList &ids, const char *what, QString *refusal)
{
    for (const QString &id : ids) {
        if (!Ids::isHexId(id)) {
            *refusal = tr("invalid %1 \"%2\": expected 32 lower-case hex characters")
                           .arg(QLatin1String(what), quotable(id));
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
