#include "tableprinter.h"

#include <QTextStream>

namespace ElbDesk::Cli {

// Terminal columns, not characters: CJK and full-width characters take two (the Chinese headings).
static qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isLowSurrogate(c))
            continue; // counted with its high surrogate
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || QChar::isHighSurrogate(c);
        width += wide ? 2 : 1;
    }
    return width;
}

TablePrinter::TablePrinter(const QStringList &headers) : m_headers(headers) {}

void TablePrinter::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

void TablePrinter::print(QTextStream &out) const
{
    QList<qsizetype> widths(m_headers.size(), 0);
    const auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(cells.at(i)));
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            text += cell;
            if (i + 1 < widths.size())
                text += QString(widths.at(i) + 2 - displayWidth(cell), u' ');
        }
        out << text.trimmed() << '\n';
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
}

} // namespace ElbDesk::Cli
