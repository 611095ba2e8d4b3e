#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace ElbDesk::Cli {

// Aligned, human-readable columns for terminals; widths from the content.
class TablePrinter
{
public:
    explicit TablePrinter(const QStringList &headers);
    void addRow(const QStringList &cells);
    void print(QTextStream &out) const;
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace ElbDesk::Cli
