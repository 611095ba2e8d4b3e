#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ElbDesk {

// One backend of a listener. `id` is the member id that removeMember takes; `serverAddress` is the
// ECS private IP (what an add sends as "address"); `address` is an internal 100.64/10 address that
// must never be used to re-add a server.
struct Member
{
    QString id;
    QString serverId;
    QString serverAddress;
    QString address;
    QString serverName;   // often null in the API: empty here
    QString status;       // ACTIVE, PENDING, ERROR
    QString healthStatus; // NORMAL, ABNORMAL, UNAVAILABLE (= no health check)
    QStringList listenerIds;
    QByteArray rawJson; // the object exactly as the API sent it (for --json and the journal)

    [[nodiscard]] bool isHealthy() const { return healthStatus == QLatin1String("NORMAL"); }
    static Parsed<Member> fromJson(const QJsonValue &value, const QString &context);
    // As an element of a list: the context "members[index]" is only built on error.
    static Parsed<Member> fromJson(const QJsonValue &value, qsizetype index);
};

} // namespace ElbDesk

// Only implicitly shared Qt values inside: a QList<Member> grows by moving bytes, not members.
Q_DECLARE_TYPEINFO(ElbDesk::Member, Q_RELOCATABLE_TYPE);

namespace ElbDesk {

// Whether parsed members keep Member::rawJson: the command line prints it, a table does not need
// it (at 100,000 members it is some 35 MB).
enum class RawJson { Keep, Drop };

// The member list is a bare JSON array (one page of it).
Parsed<QList<Member>> parseMemberList(const QByteArray &body, RawJson raw = RawJson::Keep);
// The same through QJsonDocument only: the reference the fast path (MemberFastParser) must equal,
// and what gives every error message.
Parsed<QList<Member>> parseMemberListWithDocument(const QByteArray &body, RawJson raw = RawJson::Keep);

} // namespace ElbDesk

// Declared with the type, before any moc output or QVariant use can instantiate it.
Q_DECLARE_METATYPE(ElbDesk::Member)
