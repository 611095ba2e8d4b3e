#include "yamlsubsetparser.h"

#include "yamlscalars.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>
#include <QUtf8StringView>
#include <QVector>

namespace ElbDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ElbDesk::YamlSubsetParser", text);
}

struct Line
{
    int indent = 0;
    QString text; // without indentation, never empty, not a comment
    int number = 0;
};

struct Failure
{
    QString message;
    int line = 0;
};

// Parses one line's worth of YAML text; throws nothing, reports through `fail`.
class Parser
{
    // The file's context: lupdate would otherwise file this class's strings under "ElbDesk::Parser".
    Q_DECLARE_TR_FUNCTIONS(ElbDesk::YamlSubsetParser)

public:
    explicit Parser(QVector<Line> lines) : m_lines(std::move(lines)) {}

    bool parseDocument(YamlNode *root)
    {
        if (m_lines.isEmpty())
            return true;
        if (m_lines.first().indent != 0)
            return fail(m_lines.first().number, tr("the document must start at column 1"));
        if (!parseBlock(0, root, 0))
            return false;
        if (m_pos < m_lines.size())
            return fail(m_lines.at(m_pos).number, tr("unexpected indentation"));
        return true;
    }

    Failure failure;

private:
    bool fail(int line, const QString &message)
    {
        if (failure.message.isEmpty())
            failure = Failure{message, line};
        return false;
    }

    static bool isSeqItem(const QString &text)
    {
        return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
    }

    // A block (mapping or sequence) whose lines start at m_pos with exactly `indent`.
    bool parseBlock(int indent, YamlNode *node, int depth)
    {
        if (depth > YamlSubsetParser::MaxDepth)
            return fail(m_lines.at(m_pos).number, tr("nested too deeply"));
        node->line = m_lines.at(m_pos).number;
        if (isSeqItem(m_lines.at(m_pos).text))
            return parseSeq(indent, node, depth);
        return parseMap(indent, node, depth);
    }

    // The value after "key:" or "- " when it is empty: a nested block, a compact sequence at the
    // same indentation (mappings only), or null.
    bool parseNested(int indent, bool allowSameIndentSeq, YamlNode *child, int line, int depth)
    {
        child->line = line;
        if (m_pos >= m_lines.size())
            return true;
        const Line &next = m_lines.at(m_pos);
        // The node's line stays the key's (or the dash's): that is where the operator looks.
        if (next.indent > indent) {
            const bool ok = parseBlock(next.indent, child, depth + 1);
            child->line = line;
            return ok;
        }
        if (allowSameIndentSeq && next.indent == indent && isSeqItem(next.text)) {
            const bool ok = parseSeq(indent, child, depth + 1);
            child->line = line;
            return ok;
        }
        return true; // null
    }

    bool parseSeq(int indent, YamlNode *node, int depth)
    {
        node->kind = YamlNode::Kind::Seq;
        while (m_pos < m_lines.size()) {
            const Line line = m_lines.at(m_pos);
            if (line.indent < indent)
                return true;
            if (line.indent > indent)
                return fail(line.number, tr("unexpected indentation"));
            if (!isSeqItem(line.text))
                return true; // the end of a compact sequence under a key
            YamlNode item;
            item.line = line.number;
            QString rest = line.text.mid(1);
            int spaces = 0;
            while (spaces < rest.size() && rest.at(spaces) == QLatin1Char(' '))
                ++spaces;
            rest = rest.mid(spaces);
            if (rest.isEmpty() || rest.startsWith(QLatin1Char('#'))) {
                ++m_pos;
                if (!parseNested(indent, false, &item, line.number, depth))
                    return false;
            } else if (isSeqItem(rest) || looksLikeMapEntry(rest)) {
                // "- key: value" / "- - x": the rest is the first line of a nested block.
                m_lines[m_pos].indent = indent + 1 + spaces;
                m_lines[m_pos].text = rest;
                if (!parseBlock(indent + 1 + spaces, &item, depth + 1))
                    return false;
            } else {
                if (!parseValue(rest, line.number, &item))
                    return false;
                ++m_pos;
            }
            node->seq.append(item);
        }
        return true;
    }

    bool parseMap(int indent, YamlNode *node, int depth)
    {
        node->kind = YamlNode::Kind::Map;
        QSet<QString> keys; // a hash, so a huge mapping stays linear (the reader is fuzzed)
        while (m_pos < m_lines.size()) {
            const Line line = m_lines.at(m_pos);
            if (line.indent < indent)
                return true;
            if (line.indent > indent)
                return fail(line.number, tr("unexpected indentation"));
            if (isSeqItem(line.text))
                return fail(line.number, tr("a list item where a \"key: value\" line was expected"));
            QString key;
            QString rest;
            if (!splitEntry(line.text, line.number, &key, &rest))
                return false;
            if (keys.contains(key))
                return fail(line.number, tr("the key \"%1\" appears twice").arg(key));
            keys.insert(key);
            YamlNode child;
            child.line = line.number;
            ++m_pos;
            if (rest.isEmpty()) {
                if (!parseNested(indent, true, &child, line.number, depth))
                    return false;
            } else if (!parseValue(rest, line.number, &child)) {
                return false;
            }
            node->map.append({key, child});
        }
        return true;
    }

    // True when `text` starts with a key followed by ':' and a space or the end of the line.
    static bool looksLikeMapEntry(const QString &text)
    {
        if (text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\''))) {
            const QChar quote = text.at(0);
            for (int i = 1; i < text.size(); ++i) {
                if (text.at(i) == QLatin1Char('\\') && quote == QLatin1Char('"')) {
                    ++i;
                } else if (text.at(i) == quote) {
                    if (quote == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1) == quote) {
                        ++i;
                        continue;
                    }
                    const QString after = text.mid(i + 1).trimmed();
                    return after == QLatin1String(":") || after.startsWith(QLatin1String(": "));
                }
            }
            return false;
        }
        return plainKeyEnd(text) >= 0;
    }

    // Index of the ':' ending a plain key, or -1.
    static int plainKeyEnd(const QString &text)
    {
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('#') && i > 0 && text.at(i - 1) == QLatin1Char(' '))
                return -1;
            if (text.at(i) == QLatin1Char(':') &&
                (i + 1 == text.size() || text.at(i + 1) == QLatin1Char(' ')))
                return i;
        }
        return -1;
    }

    bool splitEntry(const QString &text, int line, QString *key, QString *rest)
    {
        int after = 0;
        if (text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\''))) {
            int end = 0;
            if (!parseQuoted(text, line, key, &end))
                return false;
            after = end;
            while (after < text.size() && text.at(after) == QLatin1Char(' '))
                ++after;
            if (after >= text.size() || text.at(after) != QLatin1Char(':') ||
                (after + 1 < text.size() && text.at(after + 1) != QLatin1Char(' ')))
                return fail(line, tr("expected \"key: value\""));
            ++after;
        } else {
            const QChar first = text.at(0);
            if (first == QLatin1Char('?') || first == QLatin1Char('&') || first == QLatin1Char('*') ||
                first == QLatin1Char('!') || first == QLatin1Char('[') || first == QLatin1Char('{') ||
                first == QLatin1Char('|') || first == QLatin1Char('>') || first == QLatin1Char('%') ||
                first == QLatin1Char('@') || first == QLatin1Char('`'))
                return fail(line, tr("\"%1\" at the start of a key is not supported").arg(first));
            const int colon = plainKeyEnd(text);
            if (colon < 0)
                return fail(line, tr("expected \"key: value\""));
            *key = text.left(colon).trimmed();
            if (key->isEmpty())
                return fail(line, tr("a key is missing before \":\""));
            if (*key == QLatin1String("<<"))
                return fail(line, tr("merge keys (<<) are not supported"));
            after = colon + 1;
        }
        *rest = text.mid(after).trimmed();
        if (rest->startsWith(QLatin1Char('#')))
            rest->clear();
        return true;
    }

    // A scalar or a one-line flow collection after "key:" or "- ".
    bool parseValue(const QString &text, int line, YamlNode *node)
    {
        node->line = line;
        const QChar first = text.at(0);
        if (first == QLatin1Char('[') || first == QLatin1Char('{'))
            return parseFlow(text, line, node);
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            int end = 0;
            if (!parseQuoted(text, line, &node->scalar, &end))
                return false;
            const QString after = text.mid(end).trimmed();
            if (!after.isEmpty() && !after.startsWith(QLatin1Char('#')))
                return fail(line, tr("unexpected text after the closing quote"));
            node->kind = YamlNode::Kind::Scalar;
            return true;
        }
        QString plain;
        if (!parsePlain(text, line, false, &plain, nullptr))
            return false;
        setPlain(plain, node);
        return true;
    }

    static void setPlain(const QString &plain, YamlNode *node)
    {
        // Only the null forms matter here; every other plain scalar stays text.
        if (plain == QLatin1String("~") || plain == QLatin1String("null") || plain == QLatin1String("Null") ||
            plain == QLatin1String("NULL")) {
            node->kind = YamlNode::Kind::Null;
            return;
        }
        node->kind = YamlNode::Kind::Scalar;
        node->scalar = plain;
    }

    bool parsePlain(QStringView text, int line, bool inFlow, QString *out, int *consumed)
    {
        const QString error = YamlScalars::readPlain(text, inFlow, out, consumed);
        return error.isEmpty() || fail(line, error);
    }

    bool parseQuoted(QStringView text, int line, QString *out, int *end)
    {
        const QString error = YamlScalars::readQuoted(text, out, end);
        return error.isEmpty() || fail(line, error);
    }

    // [a, 'b', "c"] or {k: v, k2: 'v2'}: scalars only, on one line.
    bool parseFlow(const QString &text, int line, YamlNode *node)
    {
        const bool isMap = text.at(0) == QLatin1Char('{');
        const QChar close = isMap ? QLatin1Char('}') : QLatin1Char(']');
        node->kind = isMap ? YamlNode::Kind::Map : YamlNode::Kind::Seq;
        QSet<QString> keys;
        int i = 1;
        const auto skipSpaces = [&] {
            while (i < text.size() && text.at(i) == QLatin1Char(' '))
                ++i;
        };
        const auto item = [&](QString *out, bool *isNull) {
            skipSpaces();
            if (i >= text.size())
                return fail(
                    line,
                    tr("the closing \"%1\" is missing (a flow collection must end on its line)").arg(close));
            *isNull = false;
            if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\'')) {
                int end = 0;
                if (!parseQuoted(QStringView(text).mid(i), line, out, &end))
                    return false;
                i += end;
                return true;
            }
            int consumed = 0;
            QString plain;
            // Keys end at ':'; values at ',' or the close.
            if (!parsePlain(QStringView(text).mid(i), line, true, &plain, &consumed))
                return false;
            YamlNode probe;
            setPlain(plain, &probe);
            *isNull = probe.kind == YamlNode::Kind::Null;
            *out = plain;
            i += consumed;
            return true;
        };
        skipSpaces();
        if (i < text.size() && text.at(i) == close) {
            ++i;
        } else {
            for (;;) {
                YamlNode entry;
                entry.line = line;
                QString first;
                bool isNull = false;
                if (isMap) {
                    skipSpaces();
                    const int colon = text.indexOf(QLatin1Char(':'), i);
                    if (colon < 0)
                        return fail(line, tr("expected \"key: value\" in a flow mapping"));
                    const QString key = text.mid(i, colon - i).trimmed();
                    if (key.isEmpty() || key.contains(QLatin1Char(',')) || key.contains(QLatin1Char('"')) ||
                        key.contains(QLatin1Char('\'')))
                        return fail(line, tr("expected \"key: value\" in a flow mapping"));
                    i = colon + 1;
                    if (!item(&first, &isNull))
                        return false;
                    if (keys.contains(key))
                        return fail(line, tr("the key \"%1\" appears twice").arg(key));
                    keys.insert(key);
                    if (!isNull) {
                        entry.kind = YamlNode::Kind::Scalar;
                        entry.scalar = first;
                    }
                    node->map.append({key, entry});
                } else {
                    if (!item(&first, &isNull))
                        return false;
                    if (!isNull) {
                        entry.kind = YamlNode::Kind::Scalar;
                        entry.scalar = first;
                    }
                    node->seq.append(entry);
                }
                skipSpaces();
                if (i < text.size() && text.at(i) == QLatin1Char(',')) {
                    ++i;
                    continue;
                }
                if (i < text.size() && text.at(i) == close) {
                    ++i;
                    break;
                }
                if (i >= text.size())
                    return fail(line,
                                tr("the closing \"%1\" is missing (a flow collection must end on its line)")
                                    .arg(close));
                return fail(line, tr("expected \",\" or \"%1\" in a flow collection").arg(close));
            }
        }
        const QString after = text.mid(i).trimmed();
        if (!after.isEmpty() && !after.startsWith(QLatin1Char('#')))
            return fail(line, tr("unexpected text after the closing \"%1\"").arg(close));
        return true;
    }

    QVector<Line> m_lines;
    int m_pos = 0;
};

} // namespace

YamlSubsetParser::Result YamlSubsetParser::parse(const QByteArray &text)
{
    Result result;
    const auto failAt = [&result](int line, const QString &message) {
        result.errorLine = line;
        result.error = tr("line %1: %2").arg(line).arg(message);
        return result;
    };
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString decoded = decoder.decode(text);
    if (decoder.hasError()) {
        // Find the first line that does not decode on its own.
        const QList<QByteArray> raw = text.split('\n');
        for (int i = 0; i < raw.size(); ++i) {
            if (!QUtf8StringView(raw.at(i)).isValidUtf8())
                return failAt(i + 1, tr("the file is not UTF-8 text"));
        }
        return failAt(1, tr("the file is not UTF-8 text"));
    }
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);

    QVector<Line> lines;
    const QStringList rawLines = decoded.split(QLatin1Char('\n'));
    bool content = false;
    for (int i = 0; i < rawLines.size(); ++i) {
        QString rawLine = rawLines.at(i);
        if (rawLine.endsWith(QLatin1Char('\r')))
            rawLine.chop(1);
        int indent = 0;
        while (indent < rawLine.size() && rawLine.at(indent) == QLatin1Char(' '))
            ++indent;
        const QString rest = rawLine.mid(indent);
        const QString trimmed = rest.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (rest.at(0) == QLatin1Char('\t'))
            return failAt(i + 1, tr("a tab in the indentation; YAML indents with spaces"));
        for (const QChar c : rest) {
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
                return failAt(i + 1, tr("a control character in the text"));
        }
        if (indent == 0 && (rest == QLatin1String("---") || rest.startsWith(QLatin1String("--- ")))) {
            if (content)
                return failAt(i + 1, tr("several documents in one file are not supported"));
            const QString after = rest.mid(3).trimmed();
            if (!after.isEmpty() && !after.startsWith(QLatin1Char('#')))
                return failAt(i + 1, tr("text after \"---\" is not supported"));
            content = true; // a second "---" would start another document
            continue;
        }
        if (indent == 0 && (rest == QLatin1String("...") || rest.startsWith(QLatin1String("... ")))) {
            // The end of the document: only comments and blank lines may follow.
            for (int j = i + 1; j < rawLines.size(); ++j) {
                const QString t = rawLines.at(j).trimmed();
                if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
                    return failAt(j + 1, tr("several documents in one file are not supported"));
            }
            break;
        }
        if (indent == 0 && rest.startsWith(QLatin1Char('%')))
            return failAt(i + 1, tr("directives (%) are not supported"));
        content = true;
        lines.append(Line{indent, trimmed, i + 1});
    }

    Parser parser(lines);
    if (!parser.parseDocument(&result.root)) {
        const Failure f = parser.failure;
        result.root = YamlNode();
        return failAt(f.line, f.message);
    }
    return result;
}

} // namespace ElbDesk
