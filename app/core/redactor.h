#pragma once

#include <QString>

namespace ElbDesk {

// Keeps secrets out of every log line: each token, password and SK the process holds is
// registered here, and the installed message handler replaces them before anything is printed.
class Redactor
{
public:
    static void addSecret(const QString &secret);
    static void removeSecret(const QString &secret);
    [[nodiscard]] static QString redact(QString text);
    // Wraps the current Qt message handler; idempotent.
    static void install();
};

} // namespace ElbDesk
