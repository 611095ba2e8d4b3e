#pragma once

#include "clijournal.h"
#include "clioptions.h"
#include "exitcodes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTextStream>
#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace ElbDesk {
class ApiClient;
class Journal;
class JournalRecorder;
class MemberOperation;
class ServerSearch;
struct JournalOperation;
struct Member;
struct ServerMembership;
} // namespace ElbDesk

namespace ElbDesk::Cli {

// Runs one command asynchronously and reports the exit status through finished().
// Every removal and re-add goes through the journal: its intent is written before the request
// is sent, and nothing is sent when it cannot be written (exit 5).
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(const CliOptions &options, const QProcessEnvironment &env, QObject *parent = nullptr);
    ~CliRunner() override;
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // A state-changing operation and the journal entry that goes with it.
    using Planned = std::pair<MemberOperation *, JournalOperation>;

    void connectAndRun(const Connection &connection, const Credentials &credentials);
    void runCommand();
    void listLoadBalancers();
    void listListeners();
    void listMembers();
    void showJob();

    // clichanges.cpp: remove and add, and following any number of operations to their end.
    void remove();
    void add();
    void startRemoval(const QList<Member> &members);
    void startAddition(const QList<Member> &present);
    bool confirm(const QString &question);
    bool confirmRemoval(const QList<Member> &members);
    void runOperations(const QList<Planned> &planned, bool jsonArray);
    void onOperationFinished();
    void reportOperations();

    // clijournal.cpp: the journal, resolving what a crash left open, and undo.
    bool openJournal();
    [[nodiscard]] QString journalPath() const;
    [[nodiscard]] JournalOperation journalContext(const MemberOperation *operation) const;
    bool recordAndStart(MemberOperation *operation, const JournalOperation &context);
    void resolveThen(const std::function<void()> &next);
    void showJournal();
    void printJournal();
    void undo();
    void startUndo(const QList<JournalOperation> &removals);

    // clifind.cpp: find a server everywhere, and take it out of every listener.
    ServerSearch *startSearch();
    void find();
    void removeServer();
    void reviewAndRemove(const QList<ServerMembership> &found);

    void fail(const ApiError &error);
    void fail(const QString &message, ExitCode code);
    void done(int code);
    void progress(const QString &text);

    CliOptions m_options;
    QProcessEnvironment m_env;
    QTextStream m_out;
    QTextStream m_err;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<ApiClient> m_client;
    Journal *m_journal = nullptr;
    JournalRecorder *m_recorder = nullptr;
    CrashPoint m_crashAt = CrashPoint::None;
    // The operations of this run, followed until every one has ended.
    QList<QPointer<MemberOperation>> m_operations;
    QString m_notSent; // why some planned operations were not sent (the journal failed)
    bool m_jsonArray = false;
    bool m_starting = false; // still starting operations: do not report yet
    bool m_finished = false;
};

} // namespace ElbDesk::Cli
