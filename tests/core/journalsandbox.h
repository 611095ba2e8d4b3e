#pragma once
// Shared by tst_journalrecorder and tst_journalresolver: the sandbox cloud as a process, a client
// logged in as the sandbox operator, and a few blocking helpers (test code only).

#include "api/apiclient.h"
#include "api/listmembersrequest.h"
#include "auth/passwordauthenticator.h"
#include "emulatorprocess.h"
#include "jobs/memberoperation.h"
#include "jobs/memberremoval.h"
#include "store/journal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace ElbDesk::Test {

struct JournalSandbox
{
    EmulatorProcess emulator{{QStringLiteral("--job-seconds"), QStringLiteral("0.5")}};
    QNetworkAccessManager nam;
    std::unique_ptr<ApiClient> client;

    JournalSandbox()
    {
        Connection c;
        c.id = QStringLiteral("conn-sandbox");
        c.name = QStringLiteral("Sandbox");
        c.cloud = QStringLiteral("sandbox");
        c.region = QStringLiteral("eu-de");
        c.elbEndpoint = emulator.baseUrl();
        c.iamEndpoint = emulator.baseUrl();
        c.auth = AuthMethod::Password;
        c.userName = QStringLiteral("operator");
        c.domainName = QStringLiteral("sandbox-domain");
        c.projectName = QStringLiteral("eu-de");
        client = std::make_unique<ApiClient>(&nam, c,
                                             new PasswordAuthenticator(QStringLiteral("sandbox-password")));
    }

    // Listeners with at least `minMembers` members, from the sandbox's own state.
    [[nodiscard]] QStringList listenersWithMembers(int minMembers) const
    {
        QStringList ids;
        const QJsonArray listeners = emulator.state().value(QLatin1String("listeners")).toArray();
        for (const QJsonValue &v : listeners) {
            if (v.toObject().value(QLatin1String("member_number")).toInt() >= minMembers)
                ids << v.toObject().value(QLatin1String("id")).toString();
        }
        return ids;
    }

    [[nodiscard]] QList<Member> members(const QString &listenerId) const
    {
        auto *request = new ListMembersRequest(client.get(), listenerId);
        QSignalSpy done(request, &ListMembersRequest::finished);
        request->setAutoDelete(false);
        request->start();
        if (done.isEmpty() && !done.wait(20000)) {
            delete request;
            return {};
        }
        QList<Member> list = request->error().isError() ? QList<Member>() : request->members();
        delete request;
        return list;
    }

    // How many requests with `method` and a path ending in `pathEnd` the sandbox has received.
    [[nodiscard]] int requestCount(const QString &method, const QString &pathEnd) const
    {
        int n = 0;
        const QJsonArray log = emulator.requests();
        for (const QJsonValue &v : log) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("method")).toString() == method &&
                o.value(QLatin1String("path")).toString().endsWith(pathEnd))
                ++n;
        }
        return n;
    }

    [[nodiscard]] JournalOperation context(const QString &listenerId) const
    {
        JournalOperation c;
        c.connectionId = client->connection().id;
        c.connectionName = client->connection().name;
        c.userName = client->connection().userName;
        c.region = client->connection().region;
        c.projectId = emulator.projectId();
        c.listenerId = listenerId;
        c.listenerName = QStringLiteral("listener %1").arg(listenerId.left(6));
        return c;
    }

    // Removes members without any journal, and waits until it has finished.
    bool removeUnjournaled(const QString &listenerId, const QList<Member> &members, QString *jobId = nullptr)
    {
        MemberRemoval removal(client.get(), listenerId, members);
        removal.setOptions(fastOptions());
        QSignalSpy finished(&removal, &MemberOperation::finished);
        removal.start();
        if (!finished.wait(30000))
            return false;
        if (jobId)
            *jobId = removal.jobId();
        return removal.outcome() == MemberOperation::Outcome::Succeeded;
    }

    static JobTracker::Timing fastTiming()
    {
        JobTracker::Timing t;
        t.firstPollMs = 100;
        t.growth = 1.5;
        t.maxPollMs = 300;
        t.deadlineMs = 20000;
        return t;
    }

    static MemberOperation::Options fastOptions()
    {
        MemberOperation::Options o;
        o.timing = fastTiming();
        o.settleAfterAmbiguousMs = {0, 200, 400};
        o.settleAfterSuccessMs = {0, 200, 400};
        return o;
    }
};

} // namespace ElbDesk::Test
