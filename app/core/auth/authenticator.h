#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QList>
#include <functional>
#include <utility>

class QNetworkRequest;

namespace ElbDesk {

class ApiClient;

// How requests prove who sends them: an IAM token (from a password or pasted) or AK/SK signing.
class Authenticator : public QObject
{
    Q_OBJECT
public:
    using Ready = std::function<void(const ApiError &error)>;

    using QObject::QObject;

    // Makes sure a request can be authorised (fetches or refreshes a token, learns the project id).
    // `done` runs once, possibly synchronously when nothing needs fetching.
    virtual void ensureReady(ApiClient *client, Ready done) = 0;
    // Adds the credentials to a request whose URL and body are final.
    virtual void authorize(QNetworkRequest &request, const QByteArray &method, const QByteArray &body) = 0;
    // True when a 401 can be answered by authenticating again (a password can, a pasted token cannot).
    [[nodiscard]] virtual bool canReauthenticate() const { return false; }
    // Drops the credential generation a 401 was seen with, so the next ensureReady() renews it.
    virtual void invalidate(int generation) { Q_UNUSED(generation) }
    [[nodiscard]] virtual int generation() const { return 0; }
    [[nodiscard]] virtual QString projectId() const = 0;
    // When the credential stops working; invalid for AK/SK, which does not expire.
    [[nodiscard]] virtual QDateTime expiresAt() const { return QDateTime(); }
    // For the status bar and logs: never the secret itself.
    [[nodiscard]] virtual QString describe() const = 0;

Q_SIGNALS:
    void credentialChanged();

protected:
    // Callers that asked while a fetch was under way; all released together with its outcome.
    void wait(Ready done) { m_waiters.append(std::move(done)); }
    [[nodiscard]] bool fetching() const { return m_fetching; }
    void setFetching(bool fetching) { m_fetching = fetching; }
    void release(ApiError error)
    {
        m_fetching = false;
        if (error.isError())
            error.duringAuthentication = true;
        const QList<Ready> waiters = std::exchange(m_waiters, {});
        for (const Ready &w : waiters)
            w(error);
    }

private:
    QList<Ready> m_waiters;
    bool m_fetching = false;
};

} // namespace ElbDesk
