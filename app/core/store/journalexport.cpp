// Journal::toJson and Journal::toCsv: the journal in the words of `elbdesk-cli journal --json` and
// as a spreadsheet export. Kept apart from journal.cpp, which is about SQLite.
#include "journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ElbDesk {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside.
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\r')) &&
        !s.contains(QLatin1Char('\n'))) {
        return s;
    }
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QByteArray Journal::toJson(const QList<JournalOperation> &operations)
{
    QJsonArray array;
    for (const JournalOperation &op : operations) {
        QJsonArray members;
        for (const JournalMember &m : op.members) {
            members.append(QJsonObject{
                {QStringLiteral("id"), stringOrNull(m.memberId)},
                {QStringLiteral("server_id"), m.serverId},
                {QStringLiteral("server_address"), m.serverAddress},
                {QStringLiteral("server_name"), m.serverName},
                {QStringLiteral("outcome"), m.outcome},
            });
        }
        QJsonObject o{
            {QStringLiteral("id"), op.id},
            {QStringLiteral("kind"), op.kind},
            {QStringLiteral("group_id"), stringOrNull(op.groupId)},
            {QStringLiteral("undo_of"),
             op.undoOf != 0 ? QJsonValue(op.undoOf) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("connection"), op.connectionName},
            {QStringLiteral("connection_id"), op.connectionId},
            {QStringLiteral("user"), op.userName},
            {QStringLiteral("region"), op.region},
            {QStringLiteral("project_id"), op.projectId},
            {QStringLiteral("loadbalancer_id"), op.loadBalancerId},
            {QStringLiteral("listener_id"), op.listenerId},
            {QStringLiteral("listener_name"), op.listenerName},
            {QStringLiteral("job_id"), stringOrNull(op.jobId)},
            {QStringLiteral("status"), op.status},
            {QStringLiteral("error_code"), stringOrNull(op.errorCode)},
            {QStringLiteral("fail_reason"), stringOrNull(op.failReason)},
            {QStringLiteral("summary"), op.summary},
            {QStringLiteral("resolution"), op.resolution},
            {QStringLiteral("created_at"), timeOrNull(op.createdAt)},
            {QStringLiteral("updated_at"), timeOrNull(op.updatedAt)},
            {QStringLiteral("finished_at"), timeOrNull(op.finishedAt)},
            {QStringLiteral("members"), members},
        };
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray Journal::toCsv(const QList<JournalOperation> &operations)
{
    static const QStringList header = {
        QStringLiteral("operation_id"), QStringLiteral("kind"),           QStringLiteral("group_id"),
        QStringLiteral("undo_of"),      QStringLiteral("connection"),     QStringLiteral("user"),
        QStringLiteral("region"),       QStringLiteral("project_id"),     QStringLiteral("loadbalancer_id"),
        QStringLiteral("listener_id"),  QStringLiteral("listener_name"),  QStringLiteral("job_id"),
        QStringLiteral("status"),       QStringLiteral("error_code"),     QStringLiteral("fail_reason"),
        QStringLiteral("summary"),      QStringLiteral("resolution"),     QStringLiteral("created_at"),
        QStringLiteral("updated_at"),   QStringLiteral("finished_at"),    QStringLiteral("member_id"),
        QStringLiteral("server_id"),    QStringLiteral("server_address"), QStringLiteral("server_name"),
        QStringLiteral("outcome"),
    };
    const QString crlf = QStringLiteral("\r\n");
    QString out = header.join(QLatin1Char(',')) + crlf;
    for (const JournalOperation &op : operations) {
        const QStringList common = {
            QString::number(op.id),
            op.kind,
            op.groupId,
            op.undoOf ? QString::number(op.undoOf) : QString(),
            op.connectionName,
            op.userName,
            op.region,
            op.projectId,
            op.loadBalancerId,
            op.listenerId,
            op.listenerName,
            op.jobId,
            op.status,
            op.errorCode,
            op.failReason,
            op.summary,
            op.resolution,
            csvTime(op.createdAt),
            csvTime(op.updatedAt),
            csvTime(op.finishedAt),
        };
        // An operation without members still gets its row.
        JournalMember blank;
        blank.outcome.clear();
        const QList<JournalMember> members = op.members.isEmpty() ? QList<JournalMember>{blank} : op.members;
        for (const JournalMember &m : members) {
            QStringList row = common;
            row << m.memberId << m.serverId << m.serverAddress << m.serverName << m.outcome;
            for (QString &field : row)
                field = csvField(field);
            out += row.join(QLatin1Char(',')) + crlf;
        }
    }
    return out.toUtf8();
}

} // namespace ElbDesk
