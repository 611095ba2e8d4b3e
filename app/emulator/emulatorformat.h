#pragma once

#include <QByteArray>
#include <QString>

namespace ElbDesk::Emulator {

// Deterministic derivations and the wire formats of the documented API, in one place so every
// resource formats ids, addresses and times the same way.
class EmulatorFormat
{
public:
    // 32 lower-case hex: MD5 of "seed/kind/key". Same inputs, same id, on every run.
    static QString hexId(quint32 seed, const char *kind, const QString &key);
    // A dashed UUID (version 4 layout) derived the same way, for server_id and vpc_id.
    static QString uuid(quint32 seed, const char *kind, const QString &key);
    // 64 bits of the same hash, for deterministic choices (health mix, names, …).
    static quint64 hash64(quint32 seed, const char *kind, const QString &key);

    static QString ipv4(quint32 address);
    // The n-th address of 100.64.0.0/10 in a scrambled but collision-free order, never
    // ending in .0 or .255 (n < 4 million).
    static quint32 carrierAddress(quint32 n);
    // The n-th private server address, 10.a.b.c with c in 1..254.
    static quint32 privateAddress(quint32 n);

    // "2017-09-29T09:49:37.399Z" (jobs)
    static QString isoMillis(qint64 msecsSinceEpoch);
    // "2015-11-09T01:42:57.527363Z" (IAM tokens; microseconds padded from milliseconds)
    static QString isoMicros(qint64 msecsSinceEpoch);
    // "2015-12-28 10:35:51" (resources, UTC)
    static QString resourceTime(qint64 secsSinceEpoch);

    // A JSON string literal including the quotes, for the hand-written large lists.
    static void appendJsonString(QByteArray &out, const QString &value);
    // A fresh request id as the gateway sends it (32 hex, random).
    static QString requestId();
};

} // namespace ElbDesk::Emulator
