// Removal benchmark: take M members out of each of L listeners of the sandbox at once, the way
// the app does (JobCenter, one MemberRemoval per listener: one POST, job polling, verification),
// and time until every job is terminal as the app sees it. Prints one line:
//   remove listeners=L members=N posts=P polls=Q jobs_terminal_ms=T all_verified_ms=V failed=F
// Usage: bench_remove --url URL [--listeners L] [--per M]
#include "benchsupport.h"

#include "api/listlistenersrequest.h"
#include "api/listmembersrequest.h"
#include "jobs/jobcenter.h"
#include "jobs/memberremoval.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

using namespace ElbDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("url"), QStringLiteral("sandbox base URL"), QStringLiteral("url")},
         {QStringLiteral("listeners"), QStringLiteral("listeners"), QStringLiteral("n"),
          QStringLiteral("100")},
         {QStringLiteral("per"), QStringLiteral("members per listener"), QStringLiteral("n"),
          QStringLiteral("10")},
         // To try other poll schedules than the app's JobTracker::Timing defaults.
         {QStringLiteral("first-poll-ms"), QStringLiteral("first job poll after"), QStringLiteral("ms")},
         {QStringLiteral("growth"), QStringLiteral("poll interval growth"), QStringLiteral("factor")}});
    parser.process(app);
    const int wantedListeners = parser.value(QStringLiteral("listeners")).toInt();
    const int per = parser.value(QStringLiteral("per")).toInt();

    QNetworkAccessManager nam;
    ApiClient *client = Bench::sandboxClient(&nam, QUrl(parser.value(QStringLiteral("url"))), &app);
    // Not timed: what the operator has on screen before confirming (listeners and their members).
    QList<Listener> chosen;
    bool listed = false;
    auto *listeners = new ListListenersRequest(client, QString(), &app);
    QObject::connect(listeners, &ApiRequest::finished, &app, [&] {
        listed = true;
        for (const Listener &l : listeners->listeners()) {
            if (l.memberNumber >= per && l.memberNumber < 1000 && chosen.size() < wantedListeners)
                chosen.append(l);
        }
    });
    listeners->start();
    if (!Bench::waitFor([&] { return listed; }, 30000) || chosen.size() < wantedListeners)
        Bench::fail(QStringLiteral("fewer than %1 listeners with %2 members").arg(wantedListeners).arg(per));
    QHash<QString, QList<Member>> toRemove;
    for (const Listener &l : std::as_const(chosen)) {
        auto *list = new ListMembersRequest(client, l.id, &app);
        QObject::connect(list, &ListMembersRequest::finished, &app, [&toRemove, per](ListMembersRequest *r) {
            toRemove.insert(r->listenerId(), r->members().mid(0, per));
        });
        list->start();
    }
    if (!Bench::waitFor([&] { return toRemove.size() == chosen.size(); }, 60000))
        Bench::fail(QStringLiteral("listing the listeners' members timed out"));

    JobCenter center;
    QElapsedTimer clock;
    qint64 jobsTerminalMs = -1;
    qint64 verifiedMs = -1;
    QList<MemberOperation *> operations;
    const auto allJobsTerminal = [&operations] {
        for (MemberOperation *op : std::as_const(operations)) {
            if (!op->job().isTerminal() && op->phase() != MemberOperation::Phase::Done)
                return false;
        }
        return true;
    };
    QObject::connect(&center, &JobCenter::operationChanged, &app, [&] {
        if (jobsTerminalMs < 0 && allJobsTerminal())
            jobsTerminalMs = clock.elapsed();
    });
    clock.start();
    for (const Listener &l : std::as_const(chosen)) {
        auto *removal = new MemberRemoval(client, l.id, toRemove.value(l.id));
        removal->setListenerName(l.name);
        removal->setGroupId(QStringLiteral("bench"));
        if (parser.isSet(QStringLiteral("first-poll-ms")) || parser.isSet(QStringLiteral("growth"))) {
            MemberOperation::Options options;
            if (parser.isSet(QStringLiteral("first-poll-ms")))
                options.timing.firstPollMs = parser.value(QStringLiteral("first-poll-ms")).toInt();
            if (parser.isSet(QStringLiteral("growth")))
                options.timing.growth = parser.value(QStringLiteral("growth")).toDouble();
            removal->setOptions(options);
        }
        operations.append(removal);
        center.start(removal);
    }
    if (!Bench::waitFor([&] { return center.runningCount() == 0; }, 300000))
        Bench::fail(QStringLiteral("the removals did not finish"));
    verifiedMs = clock.elapsed();
    if (jobsTerminalMs < 0)
        jobsTerminalMs = verifiedMs;
    int posts = 0;
    int polls = 0;
    int failed = 0;
    int removed = 0;
    for (MemberOperation *op : std::as_const(operations)) {
        posts += op->postsSent();
        polls += op->jobPolls();
        if (op->outcome() != MemberOperation::Outcome::Succeeded)
            ++failed;
        for (const MemberOperation::Target &t : op->targets())
            removed += t.state == MemberOperation::TargetState::Done ? 1 : 0;
    }
    std::printf("remove listeners=%lld members=%d posts=%d polls=%d jobs_terminal_ms=%lld "
                "all_verified_ms=%lld failed=%d\n",
                qlonglong(operations.size()), removed, posts, polls, jobsTerminalMs, verifiedMs, failed);
    return failed == 0 ? 0 : 1;
}
