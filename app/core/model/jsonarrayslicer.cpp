#include "jsonarrayslicer.h"

#include <cstring>

namespace ElbDesk {

static bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool sliceJsonArray(const QByteArray &body, QList<QByteArrayView> *elements)
{
    elements->clear();
    const char *data = body.constData();
    const qsizetype n = body.size();
    qsizetype i = 0;
    while (i < n && isSpace(data[i]))
        ++i;
    if (i >= n || data[i] != '[')
        return false;
    ++i;
    int depth = 0;
    bool inString = false;
    qsizetype start = -1;
    for (; i < n; ++i) {
        const char c = data[i];
        if (inString) {
            // Straight to the next quote or backslash: member pages are mostly string bytes, and this
            // runs on every page of a listing before the next page is asked for.
            const char *quote = static_cast<const char *>(std::memchr(data + i, '"', size_t(n - i)));
            if (!quote)
                return false;
            const char *escape =
                static_cast<const char *>(std::memchr(data + i, '\\', size_t(quote - (data + i))));
            if (escape)
                i = (escape - data) + 1; // the escaped character cannot end the string
            else {
                i = quote - data;
                inString = false;
            }
            continue;
        }
        if (isSpace(c))
            continue;
        if (start < 0 && c != ']' && c != ',')
            start = i;
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == 0) {
                if (c != ']')
                    return false;
                if (start >= 0) {
                    qsizetype end = i;
                    while (end > start && isSpace(data[end - 1]))
                        --end;
                    elements->append(QByteArrayView(data + start, end - start));
                }
                for (++i; i < n; ++i) {
                    if (!isSpace(data[i]))
                        return false;
                }
                return true;
            }
            --depth;
            break;
        case ',':
            if (depth == 0) {
                if (start < 0)
                    return false;
                qsizetype end = i;
                while (end > start && isSpace(data[end - 1]))
                    --end;
                elements->append(QByteArrayView(data + start, end - start));
                start = -1;
            }
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace ElbDesk
