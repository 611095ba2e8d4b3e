#pragma once

#include "jobs/memberoperation.h"

namespace ElbDesk {

// Removes members from one listener with one POST …/members/action carrying all of their ids.
class MemberRemoval final : public MemberOperation
{
    Q_OBJECT
public:
    MemberRemoval(ApiClient *client, const QString &listenerId, const QList<Member> &members,
                  QObject *parent = nullptr);
    [[nodiscard]] QString kind() const override { return QStringLiteral("remove"); }
    static QList<Target> targetsFor(const QList<Member> &members);

protected:
    ApiRequest *createRequest() override;
    QString jobIdOf(ApiRequest *request) const override;
    void applyListing(const QList<Member> &listing) override;
};

} // namespace ElbDesk
