// The CLI's human-readable tables line up in a terminal, also with Chinese headings (two columns wide).
#include "tableprinter.h"

#include <QTest>
#include <QTextStream>

using ElbDesk::Cli::TablePrinter;

class tst_TablePrinter : public QObject
{
    Q_OBJECT

    static QStringList print(const TablePrinter &table)
    {
        QString text;
        QTextStream out(&text);
        table.print(out);
        out.flush();
        return text.split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void columnsLineUp_data()
    {
        QTest::addColumn<QStringList>("headers");
        // Where the second column starts, in terminal columns.
        QTest::addColumn<int>("secondColumn");
        QTest::newRow("ascii") << QStringList{QStringLiteral("NAME"), QStringLiteral("IP")} << 16;
        // "名称" is 4 terminal columns, shorter than the 14-column data cell.
        QTest::newRow("chinese heading")
            << QStringList{QStringLiteral("名称"), QStringLiteral("私有 IP")} << 16;
        // A heading wider than the data: 14 CJK characters are 28 columns.
        QTest::newRow("wide chinese heading")
            << QStringList{QStringLiteral("后端服务器名称后端服务器名称"), QStringLiteral("IP")} << 30;
    }

    void columnsLineUp()
    {
        QFETCH(QStringList, headers);
        QFETCH(int, secondColumn);
        TablePrinter table(headers);
        table.addRow({QStringLiteral("ecs-web-0001-a"), QStringLiteral("10.0.0.1")});
        const QStringList lines = print(table);
        QCOMPARE(lines.size(), 2);
        const auto columnOf = [](const QString &line, const QString &cell) {
            const qsizetype at = line.indexOf(cell);
            int width = 0;
            for (qsizetype i = 0; i < at; ++i)
                width += line.at(i).unicode() >= 0x2E80 ? 2 : 1;
            return width;
        };
        QCOMPARE(columnOf(lines.at(0), headers.at(1)), secondColumn);
        QCOMPARE(columnOf(lines.at(1), QStringLiteral("10.0.0.1")), secondColumn);
    }
};

QTEST_GUILESS_MAIN(tst_TablePrinter)
#include "tst_tableprinter.moc"
