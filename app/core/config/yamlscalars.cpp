#include "yamlscalars.h"

#include <QCoreApplication>

namespace ElbDesk {

namespace {

// The context lupdate gives YamlScalars' tr() calls, so that their translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("ElbDesk::YamlScalars", text);
}

} // namespace

QString YamlScalars::readPlain(QStringView text, bool inFlow, QString *out, int *consumed)
{
    const QChar first = text.at(0);
    if (first == QLatin1Char('&') || first == QLatin1Char('*'))
        return tr("anchors and aliases (& *) are not supported");
    if (first == QLatin1Char('!'))
        return tr("tags (!) are not supported");
    if (first == QLatin1Char('|') || first == QLatin1Char('>'))
        return tr("block scalars (| >) are not supported; put the value on one line");
    if (first == QLatin1Char('%') || first == QLatin1Char('@') || first == QLatin1Char('`'))
        return tr("a value cannot start with \"%1\"; quote it").arg(first);
    if (!inFlow && (text == QLatin1String("-") || text.startsWith(QLatin1String("- "))))
        return tr("a list cannot start after \"key:\" on the same line");
    int i = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#') && i > 0 && text.at(i - 1).isSpace())
            break;
        if (c == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1) == QLatin1Char(' ')))
            return tr("\": \" inside a value; quote the value");
        if (inFlow && (c == QLatin1Char(',') || c == QLatin1Char(']') || c == QLatin1Char('}')))
            break;
        if (inFlow && (c == QLatin1Char('[') || c == QLatin1Char('{')))
            return tr("nested flow collections are not supported");
    }
    *out = text.left(i).trimmed().toString();
    if (consumed)
        *consumed = i;
    return QString();
}

QString YamlScalars::readQuoted(QStringView text, QString *out, int *end)
{
    const QChar quote = text.at(0);
    QString value;
    for (int i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == quote) {
                if (i + 1 < text.size() && text.at(i + 1) == quote) {
                    value += quote;
                    ++i;
                    continue;
                }
                *out = value;
                *end = i + 1;
                return QString();
            }
            value += c;
            continue;
        }
        if (c == quote) {
            *out = value;
            *end = i + 1;
            return QString();
        }
        if (c != QLatin1Char('\\')) {
            value += c;
            continue;
        }
        if (++i >= text.size())
            break;
        const char e = text.at(i).toLatin1();
        switch (e) {
        case '0':
            value += QChar(0);
            break;
        case 'a':
            value += QChar(7);
            break;
        case 'b':
            value += QChar(8);
            break;
        case 't':
        case '\t':
            value += QLatin1Char('\t');
            break;
        case 'n':
            value += QLatin1Char('\n');
            break;
        case 'v':
            value += QChar(11);
            break;
        case 'f':
            value += QChar(12);
            break;
        case 'r':
            value += QLatin1Char('\r');
            break;
        case 'e':
            value += QChar(27);
            break;
        case ' ':
        case '"':
        case '/':
        case '\\':
            value += text.at(i);
            break;
        case 'x':
        case 'u':
        case 'U': {
            const int digits = e == 'x' ? 2 : (e == 'u' ? 4 : 8);
            // Hex digits only: toUInt() alone would also take a sign or spaces.
            const QStringView hex = text.mid(i + 1, digits);
            bool ok = hex.size() == digits;
            for (const QChar h : hex)
                ok = ok &&
                     (h.isDigit() || (h.toLower() >= QLatin1Char('a') && h.toLower() <= QLatin1Char('f')));
            const uint code = ok ? hex.toUInt(&ok, 16) : 0;
            if (!ok || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                return tr("a bad \\%1 escape in a double-quoted value").arg(QLatin1Char(e));
            const char32_t cp = code;
            value += QString::fromUcs4(&cp, 1);
            i += digits;
            break;
        }
        default:
            return tr("an unknown escape \\%1 in a double-quoted value").arg(text.at(i));
        }
    }
    return tr("the closing quote is missing (a quoted value must end on its line)");
}

} // namespace ElbDesk
