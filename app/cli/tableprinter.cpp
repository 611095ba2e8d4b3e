#include "tableprinter.h"

#include <QTextStream>

namespace ElbDesk::Cli {

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
            widths[i] = std::max(widths[i], cells.at(i).size());
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            text += i + 1 < widths.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        out << text.trimmed() << '\n';
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
}

} // namespace ElbDesk::Cli
