#include "redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace ElbDesk {

namespace {
QMutex s_mutex;
QSet<QString> s_secrets;
QtMessageHandler s_previous = nullptr;
bool s_installed = false;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redactor::redact(message);
    if (s_previous)
        s_previous(type, context, clean);
}
} // namespace

void Redactor::addSecret(const QString &secret)
{
    // Very short strings would blank out ordinary words; real secrets are longer.
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&s_mutex);
    s_secrets.insert(secret);
}

void Redactor::removeSecret(const QString &secret)
{
    QMutexLocker lock(&s_mutex);
    s_secrets.remove(secret);
}

QString Redactor::redact(QString text)
{
    QMutexLocker lock(&s_mutex);
    for (const QString &secret : std::as_const(s_secrets)) {
        if (text.contains(secret))
            text.replace(secret, QStringLiteral("[redacted]"));
    }
    return text;
}

void Redactor::install()
{
    QMutexLocker lock(&s_mutex);
    if (s_installed)
        return;
    s_installed = true;
    s_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace ElbDesk
