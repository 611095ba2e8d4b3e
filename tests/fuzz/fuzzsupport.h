#pragma once

// Shared by every libFuzzer target: silence Qt's logging (a parser that logs every odd body
// would spend the run writing to stderr) and a trap that turns a broken invariant into a crash
// libFuzzer reports and saves, with the reason printed first.
#include <QByteArray>
#include <QLoggingCategory>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ElbDesk::Fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) // a qFatal is a finding: keep its text, Qt aborts after the handler
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
}

inline void quietQt()
{
    qInstallMessageHandler(quietMessages);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
}

// A copy: Qt may rely on the terminating NUL of an owned QByteArray.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The fuzzer's own buffer, exactly `size` bytes long, so ASan sees any read past the end.
inline QByteArray rawBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void invariantBroken(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition)
        invariantBroken(what, detail);
}

// A parser's refusal must say something and stay short enough for a message bar, however
// large the hostile body was.
inline void checkError(const QString &error, const char *where)
{
    check(!error.isEmpty(), where, QStringLiteral("failed without a message"));
    check(error.size() <= 600, where, QStringLiteral("error of %1 characters").arg(error.size()));
}

} // namespace ElbDesk::Fuzz

// Every target defines LLVMFuzzerTestOneInput; most also call quietQt() from here.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
