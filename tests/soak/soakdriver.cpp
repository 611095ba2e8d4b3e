#include "soakdriver.h"

#include "api/apiclient.h"
#include "api/listmembersrequest.h"
#include "auth/passwordauthenticator.h"
#include "jobs/jobcenter.h"
#include "jobs/journalrecorder.h"
#include "jobs/memberremoval.h"
#include "store/journal.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace ElbDesk::Soak {

namespace {

constexpr int kListingTries = 20;

} // namespace

SoakDriver::SoakDriver(const SoakConfig &config, const QUrl &baseUrl, const QString &projectId,
                       const QString &journalPath, QObject *parent)
    : QObject(parent), m_config(config), m_projectId(projectId), m_journalPath(journalPath)
{
    Connection c;
    c.id = QStringLiteral("soak");
    c.name = QStringLiteral("Soak sandbox");
    c.cloud = QStringLiteral("sandbox");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = baseUrl;
    c.iamEndpoint = baseUrl;
    c.auth = AuthMethod::Password;
    c.userName = QStringLiteral("operator");
    c.domainName = QStringLiteral("sandbox-domain");
    c.projectName = QStringLiteral("eu-de");
    // The sandbox password is not a secret (elbdesk-emulator --help prints it).
    m_client =
        std::make_unique<ApiClient>(&m_nam, c, new PasswordAuthenticator(QStringLiteral("sandbox-password")));
    if (config.maxBodyBytes > 0)
        m_client->setMaxBodyBytes(config.maxBodyBytes);
    m_journal = new Journal(journalPath, this);
    m_recorder = new JournalRecorder(m_journal, this);
    m_center = new JobCenter(this);
}

SoakDriver::~SoakDriver()
{
    // Operations first (they hold requests on the client), then who records them, then the client.
    delete m_center;
    delete m_recorder;
    delete m_journal;
    m_client.reset();
}

bool SoakDriver::openJournal(QString *error)
{
    return m_journal->open(error);
}

bool SoakDriver::plan(const QStringList &listenerIds, QString *error)
{
    QHash<QString, QList<Member>> members;
    QStringList pending = listenerIds;
    QHash<QString, int> tries;
    QEventLoop loop;
    int inFlight = 0;
    QString failure;
    std::function<void()> next = [&]() {
        while (inFlight < m_config.parallel && !pending.isEmpty() && failure.isEmpty()) {
            const QString id = pending.takeFirst();
            ++inFlight;
            ++m_listingAttempts;
            ++tries[id];
            auto *request = new ListMembersRequest(m_client.get(), id, this);
            connect(request, &ListMembersRequest::finished, this, [&, id](ListMembersRequest *r) {
                --inFlight;
                if (!r->error().isError()) {
                    members.insert(id, r->members());
                } else if (tries.value(id) < kListingTries) {
                    pending.append(id); // the operator presses refresh
                } else {
                    failure = QStringLiteral("listing listener %1 failed %2 times, last: %3")
                                  .arg(id)
                                  .arg(kListingTries)
                                  .arg(r->error().describe());
                }
                if ((pending.isEmpty() || !failure.isEmpty()) && inFlight == 0)
                    loop.quit();
                else
                    next();
            });
            request->start();
        }
    };
    next();
    if (inFlight > 0)
        loop.exec();
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }

    // One intent per request's worth of members; the queue interleaves listeners so that
    // several listeners are in flight at once, as when the operator reviews many of them.
    QList<QList<int>> perListener;
    for (const QString &id : listenerIds) {
        QList<Member> list = members.value(id);
        std::sort(list.begin(), list.end(), [](const Member &a, const Member &b) { return a.id < b.id; });
        QStringList ids;
        for (const Member &m : std::as_const(list))
            ids.append(m.id);
        m_listed.insert(id, ids);
        if (list.size() < m_config.membersPerListener + m_config.keepPerListener) {
            *error = QStringLiteral("listener %1 has %2 members, expected %3")
                         .arg(id)
                         .arg(list.size())
                         .arg(m_config.membersPerListener + m_config.keepPerListener);
            return false;
        }
        QList<int> indexes;
        for (int first = 0; first < m_config.membersPerListener; first += m_config.membersPerRequest) {
            SoakIntent intent;
            intent.index = int(m_intents.size());
            intent.listenerId = id;
            intent.members =
                list.mid(first, std::min(m_config.membersPerRequest, m_config.membersPerListener - first));
            for (const Member &m : std::as_const(intent.members))
                intent.memberIds.append(m.id);
            intent.memberIds.sort();
            indexes.append(intent.index);
            m_intents.append(intent);
        }
        perListener.append(indexes);
    }
    for (int round = 0;; ++round) {
        bool any = false;
        for (const QList<int> &indexes : std::as_const(perListener)) {
            if (round < indexes.size()) {
                m_queue.append(indexes.at(round));
                any = true;
            }
        }
        if (!any)
            break;
    }
    return true;
}

MemberOperation::Options SoakDriver::operationOptions() const
{
    MemberOperation::Options o;
    o.timing.firstPollMs = 250;
    o.timing.growth = 1.5;
    o.timing.maxPollMs = 1000;
    o.timing.deadlineMs = m_config.deadlineMs;
    // Long enough that a POST applied before its answer was lost shows up in a re-listing.
    const int jobMs = int(m_config.jobSeconds * 1000.0);
    o.settleAfterAmbiguousMs = {0, jobMs + 500, 2 * jobMs + 1000, 4 * jobMs + 2000};
    o.settleAfterSuccessMs = {0, 500, 1500};
    return o;
}

void SoakDriver::launch(SoakIntent &intent)
{
    auto *operation = new MemberRemoval(m_client.get(), intent.listenerId, intent.members);
    operation->setOptions(operationOptions());
    operation->setListenerName(QStringLiteral("soak listener %1").arg(intent.listenerId.left(8)));
    operation->setGroupId(QStringLiteral("soak-%1").arg(intent.listenerId));
    const int index = intent.index;
    connect(operation, &MemberOperation::finished, this, [this, index] { onFinished(index); });

    JournalOperation context;
    context.connectionId = m_client->connection().id;
    context.connectionName = m_client->connection().name;
    context.userName = m_client->connection().userName;
    context.region = m_client->connection().region;
    context.projectId = m_projectId;
    context.listenerId = intent.listenerId;
    intent.operation = operation;
    if (!JournalRecorder::startRecorded(m_center, m_recorder, operation, context)) {
        // Never sent: the journal must hold every request before it leaves.
        intent.notStarted = m_recorder->lastError();
        return;
    }
    intent.started = true;
    intent.journalId = m_recorder->journalId(operation);
    ++m_inFlight;
    ++m_inFlightOn[intent.listenerId];
}

void SoakDriver::launchMore()
{
    for (qsizetype i = 0; i < m_queue.size() && m_inFlight < m_config.parallel;) {
        SoakIntent &intent = m_intents[m_queue.at(i)];
        if (m_inFlightOn.value(intent.listenerId) >= m_config.perListener) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        launch(intent);
    }
}

void SoakDriver::onFinished(int index)
{
    SoakIntent &intent = m_intents[index];
    ++intent.finishCount;
    if (intent.finished)
        return; // counted by the checker
    intent.finished = true;
    if (MemberOperation *op = intent.operation) {
        intent.outcome = op->outcome();
        intent.summary = op->summary();
        intent.jobId = op->jobId();
        intent.error = op->error();
        intent.jobErrorCode = op->job().errorCode;
        intent.jobFailReason = op->job().failReason;
        intent.targets = op->targets();
        intent.postsSent = op->postsSent();
    }
    --m_inFlight;
    --m_inFlightOn[intent.listenerId];
    ++m_finished;
    // Started from the event loop, not from inside the finished operation's signal.
    QTimer::singleShot(0, this, &SoakDriver::launchMore);
}

void SoakDriver::run()
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer progress;
    QTextStream err(stderr);
    const int total = int(m_intents.size());
    qint64 lastPrint = 0;
    connect(&progress, &QTimer::timeout, this, [&] {
        if (clock.elapsed() - lastPrint >= 10000) {
            lastPrint = clock.elapsed();
            err << "soak: " << m_finished << "/" << total << " finished, " << m_inFlight << " in flight, "
                << clock.elapsed() / 1000 << " s\n";
            err.flush();
        }
        if (m_finished + int(std::count_if(m_intents.cbegin(), m_intents.cend(),
                                           [](const SoakIntent &i) { return !i.notStarted.isEmpty(); })) >=
            total) {
            loop.quit();
        }
        if (clock.elapsed() > qint64(m_config.maxSeconds) * 1000) {
            m_timedOut = total - m_finished;
            loop.quit();
        }
    });
    progress.start(200);
    QTimer::singleShot(0, this, &SoakDriver::launchMore);
    loop.exec();
}

} // namespace ElbDesk::Soak
