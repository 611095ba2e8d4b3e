#pragma once

#include "soakconfig.h"
#include "soakintent.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

namespace ElbDesk {
class ApiClient;
class JobCenter;
class Journal;
class JournalRecorder;
} // namespace ElbDesk

namespace ElbDesk::Soak {

// Drives the removals through the same core path the app and the CLI use: one ApiClient with
// password authentication, one MemberRemoval per intent, each written to the journal by
// JournalRecorder before it is sent and started by JobCenter, several listeners in flight at once.
class SoakDriver : public QObject
{
    Q_OBJECT
public:
    SoakDriver(const SoakConfig &config, const QUrl &baseUrl, const QString &projectId,
               const QString &journalPath, QObject *parent = nullptr);
    ~SoakDriver() override;

    bool openJournal(QString *error);
    // Lists each listener through the API (as the operator's view does, retrying a failed listing)
    // and plans the removals: the first `membersPerListener` members by id, the rest are kept.
    bool plan(const QStringList &listenerIds, QString *error);
    // Starts everything and returns once every operation finished or maxSeconds passed.
    void run();

    [[nodiscard]] const QList<SoakIntent> &intents() const { return m_intents; }
    // The member ids each listener had when the soak listed it, for comparing with the sandbox.
    [[nodiscard]] const QHash<QString, QStringList> &listed() const { return m_listed; }
    [[nodiscard]] int listingAttempts() const { return m_listingAttempts; }
    [[nodiscard]] JournalRecorder *recorder() const { return m_recorder; }
    [[nodiscard]] int timedOut() const { return m_timedOut; }

private:
    void launchMore();
    void launch(SoakIntent &intent);
    void onFinished(int index);
    [[nodiscard]] MemberOperation::Options operationOptions() const;

    SoakConfig m_config;
    QString m_projectId;
    QString m_journalPath;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    Journal *m_journal = nullptr;
    JournalRecorder *m_recorder = nullptr;
    JobCenter *m_center = nullptr;
    QList<SoakIntent> m_intents;
    QList<int> m_queue;               // intents not started yet, listeners interleaved
    QHash<QString, int> m_inFlightOn; // listener -> operations in flight
    QHash<QString, QStringList> m_listed;
    int m_inFlight = 0;
    int m_finished = 0;
    int m_listingAttempts = 0;
    int m_timedOut = 0;
};

} // namespace ElbDesk::Soak
