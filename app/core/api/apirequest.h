#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/httpcall.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace ElbDesk {

// Base of every HTTP request class: subclasses describe the call and parse the body; this class
// sends it through ApiClient, enforces the body cap and the overall deadline, asks the retry policy,
// re-authenticates once on 401, and emits finished() exactly once. Deletes itself after finished()
// unless setAutoDelete(false).
class ApiRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)
public:
    explicit ApiRequest(ApiClient *client, QObject *parent = nullptr);
    ~ApiRequest() override;

    void start(); // a second call only logs a warning
    // As start(), but the request goes out within this call instead of on the next event-loop turn
    // (the caller has connected to finished() already). A paging listing needs the next page on the
    // wire before it digests the current one; start() would only send it afterwards.
    void startNow();
    void abort(); // idempotent; the result is Aborted
    // The error of a request (or a listing of them) cancelled by us.
    [[nodiscard]] static ApiError cancelled();

    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] bool succeeded() const { return m_done && !m_error.isError(); }
    [[nodiscard]] int attempts() const { return m_attempt; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] QByteArray requestId() const { return m_requestId; }
    [[nodiscard]] const HttpCall &call() const { return m_call; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished(ElbDesk::ApiRequest *request);
    // Before a retry: what failed and how long until the next attempt.
    void retrying(const ElbDesk::ApiError &error, int delayMs);

protected:
    // Describes the call; a non-empty *refusal stops it before anything is sent (invalid id …).
    virtual HttpCall buildCall(QString *refusal) = 0;
    // Reads a 2xx body; false with *why on anything the API does not document.
    virtual bool parse(const QByteArray &body, QString *why) = 0;
    // Sees the successful reply's headers before parse() (the IAM token lives in one).
    virtual void readHeaders(QNetworkReply *reply) { Q_UNUSED(reply) }
    [[nodiscard]] ApiClient *client() const { return m_client; }
    // The project for ELB paths. Before credentials are ready it may not be known yet; ids are then
    // checked against a placeholder so that invalid input is refused before anything is sent.
    [[nodiscard]] QString projectId() const;
    // The error for a 2xx body that parse() (or a later, deferred parse) refused.
    [[nodiscard]] ApiError bodyError(const QString &why) const;

private:
    void attempt();
    void send();
    void onReadyRead();
    // Appends what the reply holds to the body; false (and m_tooLarge) past the cap.
    bool absorb(QNetworkReply *reply);
    void onReplyFinished();
    void onDeadline();
    ApiError classify(QNetworkReply *reply, const QByteArray &body);
    void finish(const ApiError &error);

    QPointer<ApiClient> m_client;
    QPointer<QNetworkReply> m_reply;
    HttpCall m_call;
    QByteArray m_requestId;
    QByteArray m_body;
    ApiError m_error;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QString m_sslErrors;
    int m_attempt = 0;
    int m_httpStatus = 0;
    int m_authGeneration = 0;
    bool m_started = false;
    bool m_sendNow = false;
    bool m_validating = false;
    bool m_done = false;
    bool m_aborted = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_reauthenticated = false;
    bool m_autoDelete = true;
};

} // namespace ElbDesk
