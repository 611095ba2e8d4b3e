#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace ElbDesk::Emulator {

// How a request authenticated, as recorded in the request log.
enum class AuthKind { None, Token, AkSk };

// A copy of what arrived: QHttpServerRequest is reused by its socket for the next request,
// and answers may be sent later (stall), so nothing refers back to it.
struct EmulatorRequest
{
    QByteArray method;   // "GET", "POST", …
    QUrl url;            // as received, with the Host header's host and port
    QString path;        // decoded path
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second.trimmed();
        }
        return QByteArray();
    }
    [[nodiscard]] bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    [[nodiscard]] QUrlQuery query() const { return QUrlQuery(url); }
    [[nodiscard]] QString queryValue(const QString &key) const
    {
        return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
    }
    [[nodiscard]] AuthKind presentedAuth() const
    {
        if (hasHeader("X-Auth-Token"))
            return AuthKind::Token;
        if (hasHeader("Authorization"))
            return AuthKind::AkSk;
        return AuthKind::None;
    }
};

} // namespace ElbDesk::Emulator
