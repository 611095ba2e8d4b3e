#include "tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

QString TsFile::Message::key() const
{
    return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
}

QString TsFile::Message::describe() const
{
    QString text = QStringLiteral("[%1] \"%2\"").arg(context, source.left(100));
    if (!comment.isEmpty())
        text += QStringLiteral(" (comment \"%1\")").arg(comment);
    return text;
}

bool TsFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            m_language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            current.line = int(xml.lineNumber());
        } else if (name == QLatin1String("location")) {
            if (current.file.isEmpty())
                current.file = xml.attributes().value(QLatin1String("filename")).toString();
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                // <numerusform> children; readElementText() would refuse them.
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            m_messages << current;
        }
    }
    if (xml.hasError()) {
        m_error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}
