#pragma once

#include "clioptions.h"
#include "exitcodes.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTextStream>

class QNetworkAccessManager;

namespace ElbDesk {
class ApiClient;
class MemberOperation;
struct Member;
} // namespace ElbDesk

namespace ElbDesk::Cli {

// Runs one command asynchronously and reports the exit status through finished().
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
    void connectAndRun(const Connection &connection, const Credentials &credentials);
    void runCommand();
    void listLoadBalancers();
    void listListeners();
    void listMembers();
    void remove();
    void add();
    void showJob();
    void startRemoval(const QList<Member> &members);
    void startAddition(const QList<Member> &present);
    void onOperationFinished(MemberOperation *operation);
    bool confirmRemoval(const QList<Member> &members);

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
    bool m_finished = false;
};

} // namespace ElbDesk::Cli
