#pragma once

#include "emulatorrequest.h"

#include <QJsonArray>
#include <QString>

#include <deque>

namespace ElbDesk::Emulator {

// Every cloud request the sandbox received, for GET /_sandbox/requests and in-process tests.
// Bodies are stored redacted: passwords, tokens and secrets never reach the log.
class RequestLog
{
public:
    struct Entry
    {
        qint64 seq = 0;
        qint64 timeMs = 0;
        QString method;
        QString path;
        QString query;
        int status = 0;          // 0 = no answer sent (drop, lost, still stalled)
        QString fault;           // empty = none
        QString body;            // null = no body recorded
        AuthKind auth = AuthKind::None;
        QString jobId;           // the job this request created: the server applied it (empty = none)
    };

    // Returns the index to update with the status once the answer is sent.
    size_t append(const EmulatorRequest &request, qint64 nowMs);
    void setStatus(size_t index, int status);
    void setFault(size_t index, const QString &fault);
    void setAuth(size_t index, AuthKind auth);
    void setJobId(size_t index, const QString &jobId);
    void clear();

    [[nodiscard]] const std::deque<Entry> &entries() const { return m_entries; }
    // A sandbox left running (demo mode) must not grow without bound: the oldest entries go.
    static constexpr size_t kMaxEntries = 100000;
    [[nodiscard]] QJsonArray toJson() const;

    // The body with password/secret/token values replaced (JSON), or a placeholder.
    static QString redactedBody(const EmulatorRequest &request);

private:
    std::deque<Entry> m_entries;
    qint64 m_nextSeq = 1;
    size_t m_offset = 0;   // entries dropped so far, so indexes stay valid across clear() and the cap
};

} // namespace ElbDesk::Emulator
