#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One Qt Linguist .ts file as the i18n tests need it, read with QXmlStreamReader.
class TsFile
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type;             // "", "unfinished", "vanished" or "obsolete"
        QStringList translations; // one entry, or one per numerus form
        int line = 0;             // in the .ts, for messages that point at it
        QString file;             // the first location's file, as written in the .ts (relative to it)

        [[nodiscard]] QString key() const;
        [[nodiscard]] QString describe() const;
    };

    [[nodiscard]] bool load(const QString &path);
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] const QList<Message> &messages() const { return m_messages; }

private:
    QString m_language;
    QString m_error;
    QList<Message> m_messages;
};
