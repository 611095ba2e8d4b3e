#pragma once
// Shared by the hostile tests: a real ApiClient (real QNetworkAccessManager, real sockets) pointed
// at a HostileServer, the words check every error message must pass, and the process's memory.

#include "api/apiclient.h"
#include "auth/tokenauthenticator.h"
#include "fakenetwork.h"
#include "hostileserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <memory>

namespace ElbDesk::Test {

// The token every hostile test sends: a recorder can look for it byte for byte.
inline QString hostileToken()
{
    return QStringLiteral("tok-hostile-0123456789-do-not-leak");
}

inline Connection hostileConnection(const QUrl &base, int transferTimeoutMs = 2000)
{
    Connection c;
    c.id = QStringLiteral("hostile");
    c.name = QStringLiteral("hostile server");
    c.cloud = QStringLiteral("custom");
    c.region = QStringLiteral("eu-de");
    c.elbEndpoint = base;
    c.iamEndpoint = base;
    c.projectId = fakeProjectId();
    c.transferTimeoutMs = transferTimeoutMs;
    return c;
}

// One attempt per request unless a test asks for more, and short waits when it does.
inline RetryPolicy noRetryPolicy()
{
    RetryPolicy p = fastRetryPolicy();
    p.maxAttempts = 1;
    p.maxThrottledAttempts = 1;
    return p;
}

struct RealClient
{
    explicit RealClient(const Connection &connection, const RetryPolicy &policy = noRetryPolicy())
        : client(&nam, connection, new TokenAuthenticator(hostileToken()))
    {
        client.setRetryPolicy(policy);
    }
    QNetworkAccessManager nam;
    ApiClient client;
};

// An error message the operator can read: words on one line, not empty, not raw bytes (no control
// character: a newline from a server answer could forge a log line), not a dump.
inline bool isClearWords(const QString &text, QString *why)
{
    if (text.trimmed().isEmpty()) {
        *why = QStringLiteral("empty message");
        return false;
    }
    if (text.size() > 600) {
        *why = QStringLiteral("%1 characters: a dump, not a message").arg(text.size());
        return false;
    }
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter || !c.isPrint()) {
            *why = QStringLiteral("raw bytes in \"%1\"").arg(text);
            return false;
        }
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}\\s+[A-Za-z]{2,}"));
    if (!word.match(text).hasMatch()) {
        *why = QStringLiteral("no words in \"%1\"").arg(text);
        return false;
    }
    return true;
}

// From /proc/self/status, in KiB (0 when unreadable).
inline qint64 procStatusKiB(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so a peak measures one case only.
inline bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

} // namespace ElbDesk::Test
