#pragma once

#include "api/addmembersrequest.h"
#include "jobs/memberoperation.h"

namespace ElbDesk {

// Adds servers to one listener (the undo of a removal) with one POST …/members carrying
// [{"server_id","address":<private IP>}]. The new member ids come from the job's entities and
// are confirmed by re-listing: they differ from any removed ones.
class MemberAddition final : public MemberOperation
{
    Q_OBJECT
public:
    MemberAddition(ApiClient *client, const QString &listenerId, const QList<Target> &servers,
                   QObject *parent = nullptr);
    [[nodiscard]] QString kind() const override { return QStringLiteral("add"); }

protected:
    ApiRequest *createRequest() override;
    QString jobIdOf(ApiRequest *request) const override;
    void applyListing(const QList<Member> &listing) override;
    void applyJob(const CloudJob &job) override;
};

} // namespace ElbDesk
