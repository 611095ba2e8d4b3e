// The history window over a real journal in a temporary file: the table, the date and listener
// filters, "Re-add these servers" only for a removal that took servers out, and CSV / JSON exports
// that parse.
#include "historyview.h"
#include "model/journalmodel.h"
#include "store/journal.h"

#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk;

class tst_History : public QObject
{
    Q_OBJECT

private:
    static JournalOperation operation(const QString &kind, const QString &listenerName, int servers)
    {
        JournalOperation op;
        op.kind = kind;
        op.connectionId = QStringLiteral("c1");
        op.connectionName = QStringLiteral("Production");
        op.userName = QStringLiteral("operator");
        op.region = QStringLiteral("eu-de");
        op.projectId = QStringLiteral("p1");
        op.loadBalancerId = QStringLiteral("lb1");
        op.listenerId = QStringLiteral("id-") + listenerName;
        op.listenerName = listenerName;
        for (int i = 0; i < servers; ++i) {
            JournalMember m;
            m.memberId = QStringLiteral("m%1").arg(i);
            m.serverId = QStringLiteral("s%1").arg(i);
            m.serverAddress = QStringLiteral("192.168.1.%1").arg(i + 1);
            m.serverName = QStringLiteral("app, \"%1\"").arg(i); // a comma and quotes for the CSV
            op.members << m;
        }
        return op;
    }

    struct Fixture
    {
        QTemporaryDir dir;
        Journal journal{dir.filePath(QStringLiteral("journal.sqlite"))};
        qint64 removed = 0;
        qint64 unfinished = 0;
        bool ok = false;

        Fixture()
        {
            if (!journal.open())
                return;
            removed = journal.recordIntent(operation(QStringLiteral("remove"), QStringLiteral("web-443"), 2));
            unfinished =
                journal.recordIntent(operation(QStringLiteral("remove"), QStringLiteral("api-80"), 1));
            QList<JournalMember> members = operation(QStringLiteral("remove"), QString(), 2).members;
            for (JournalMember &m : members)
                m.outcome = QStringLiteral("removed");
            ok = removed && unfinished && journal.setJobId(removed, QStringLiteral("job-1")) &&
                 journal.finish(removed, QStringLiteral("SUCCESS"), {}, {}, QStringLiteral("Removed both."),
                                members);
        }
    };

private Q_SLOTS:
    void showsFiltersAndOffersReadd()
    {
        Fixture f;
        QVERIFY(f.ok);
        HistoryView view(&f.journal);
        view.show();
        QCOMPARE(view.objectName(), QStringLiteral("historyView"));
        auto *table = view.findChild<QTableView *>(QStringLiteral("historyTable"));
        auto *from = view.findChild<QDateEdit *>(QStringLiteral("fromDate"));
        auto *to = view.findChild<QDateEdit *>(QStringLiteral("toDate"));
        auto *listener = view.findChild<QLineEdit *>(QStringLiteral("historyListenerFilter"));
        auto *readd = view.findChild<QPushButton *>(QStringLiteral("historyReaddButton"));
        QVERIFY(table && from && to && listener && readd);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("exportCsvButton")));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("exportJsonButton")));
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(!readd->isEnabled());

        QVERIFY(view.selectOperation(f.unfinished));
        QVERIFY(!readd->isEnabled()); // nothing was removed by it
        QVERIFY(view.selectOperation(f.removed));
        QVERIFY(readd->isEnabled());
        QSignalSpy requested(&view, &HistoryView::readdRequested);
        QTest::mouseClick(readd, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), f.removed);

        listener->setText(QStringLiteral("API"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(view.model()->operationId(0), f.unfinished);
        listener->clear();
        QCOMPARE(table->model()->rowCount(), 2);
        from->setDate(QDate::currentDate().addDays(1));
        to->setDate(QDate::currentDate().addDays(2));
        QCOMPARE(table->model()->rowCount(), 0);
        from->setDate(QDate::currentDate());
        to->setDate(QDate::currentDate());
        QCOMPARE(table->model()->rowCount(), 2);

        // A new operation appears by itself.
        f.journal.recordIntent(operation(QStringLiteral("remove"), QStringLiteral("web-8080"), 1));
        QTRY_COMPARE(table->model()->rowCount(), 3);
    }

    void exportsWhatItShows()
    {
        Fixture f;
        QVERIFY(f.ok);
        HistoryView view(&f.journal);
        const QString csvPath = f.dir.filePath(QStringLiteral("out.csv"));
        const QString jsonPath = f.dir.filePath(QStringLiteral("out.json"));
        QVERIFY(view.exportTo(jsonPath, HistoryView::Format::Json));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonArray array = QJsonDocument::fromJson(json.readAll(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QLatin1String("job_id")).toString(), QStringLiteral("job-1"));
        QVERIFY(array.at(1).toObject().value(QLatin1String("job_id")).isNull());

        view.findChild<QLineEdit *>(QStringLiteral("historyListenerFilter"))->setText(QStringLiteral("web"));
        QVERIFY(view.exportTo(csvPath, HistoryView::Format::Csv));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + the two servers of the one removal shown
        QVERIFY(lines.at(1).contains(QStringLiteral("\"app, \"\"0\"\"\"")));
        QVERIFY(!text.contains(QStringLiteral("api-80")));

        QString why;
        QVERIFY(!view.exportTo(f.dir.filePath(QStringLiteral("missing/dir/out.csv")),
                               HistoryView::Format::Csv, &why));
        QVERIFY(!why.isEmpty());
    }
};

QTEST_MAIN(tst_History)
#include "tst_history.moc"
