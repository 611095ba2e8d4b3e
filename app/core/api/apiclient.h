#pragma once

#include "api/connection.h"
#include "api/httpcall.h"
#include "api/retrypolicy.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <QUrl>
#include <functional>
#include <optional>

class QNetworkReply;

namespace ElbDesk {

class Authenticator;

// The connection to one cloud project: base URLs, common headers, TLS settings, the
// authenticator, the retry policy and the per-endpoint throttle gate. Requests (ApiRequest
// subclasses) run through it; it owns no reply.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *nam, const Connection &connection, Authenticator *authenticator,
              QObject *parent = nullptr);
    ~ApiClient() override;

    [[nodiscard]] const Connection &connection() const { return m_connection; }
    [[nodiscard]] Authenticator *authenticator() const { return m_authenticator; }
    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // The project every ELB path is under: configured, or learnt from the token.
    [[nodiscard]] QString projectId() const;

    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    [[nodiscard]] qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // The job path form that answered last: "/v1.0" as documented, or "/v1" as the returned uri says.
    [[nodiscard]] QString jobPathPrefix() const { return m_jobPathPrefix; }
    void setJobPathPrefix(const QString &prefix) { m_jobPathPrefix = prefix; }

    // Checks that a URL may be used: https, or plain http only to a loopback host.
    [[nodiscard]] static QString refusalFor(const QUrl &url);
    [[nodiscard]] QUrl urlFor(const HttpCall &call) const;
    // Builds, authorises and sends; the caller owns the reply. Returns nullptr with *refusal set
    // when the call may not be sent at all.
    QNetworkReply *send(const HttpCall &call, const QByteArray &requestId, QString *refusal);

    // Runs `go` once the endpoint is not throttled any more (at once when it is not).
    void whenUnthrottled(Service service, QObject *context, std::function<void()> go);
    // Records a 429: every request to the endpoint waits until the delay has passed.
    void noteThrottled(Service service, int delayMs, bool capped);
    // Loads the extra CA certificates of the connection; an error text when the file is unusable.
    QString loadCaFile();

    static QByteArray newRequestId();

Q_SIGNALS:
    // For the message bar: "throttled, retrying in N s".
    void throttled(ElbDesk::Service service, int delayMs, bool capped);

private:
    QPointer<QNetworkAccessManager> m_nam;
    Connection m_connection;
    Authenticator *m_authenticator;
    RetryPolicy m_retryPolicy;
    qint64 m_maxBodyBytes = 64 * 1024 * 1024;
    QString m_jobPathPrefix = QStringLiteral("/v1.0");
    QHash<int, QDeadlineTimer> m_throttledUntil;
    // Only with a custom CA: a QSslConfiguration, even a default one, loads the TLS backend (OpenSSL),
    // which a plain-HTTP sandbox never needs.
    std::optional<QSslConfiguration> m_ssl;
};

} // namespace ElbDesk
