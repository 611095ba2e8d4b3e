// JournalModel over a real journal in a temporary file: rows oldest first, the columns in words,
// servers' names in the tooltip, the listener and date filters, and a reload when the journal changes.
#include "model/journalmodel.h"
#include "store/journal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ElbDesk;

class tst_JournalModel : public QObject
{
    Q_OBJECT

private:
    static JournalOperation removal(const QString &listenerId, const QString &listenerName)
    {
        JournalOperation op;
        op.kind = QStringLiteral("remove");
        op.connectionId = QStringLiteral("c1");
        op.connectionName = QStringLiteral("Production");
        op.userName = QStringLiteral("operator");
        op.region = QStringLiteral("eu-de");
        op.projectId = QStringLiteral("p1");
        op.loadBalancerId = QStringLiteral("lb1");
        op.listenerId = listenerId;
        op.listenerName = listenerName;
        for (int i = 0; i < 2; ++i) {
            JournalMember m;
            m.memberId = QStringLiteral("m%1").arg(i);
            m.serverId = QStringLiteral("s%1").arg(i);
            m.serverAddress = QStringLiteral("192.168.0.%1").arg(10 + i);
            m.serverName = QStringLiteral("web-%1").arg(i);
            op.members << m;
        }
        return op;
    }

private Q_SLOTS:
    void showsOperationsInWords()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal.open());
        const qint64 first = journal.recordIntent(removal(QStringLiteral("l1"), QStringLiteral("web-443")));
        const qint64 second = journal.recordIntent(removal(QStringLiteral("l2"), QStringLiteral("api-80")));
        QVERIFY(first && second);
        QVERIFY(journal.setJobId(first, QStringLiteral("job-1")));
        QList<JournalMember> outcome = removal(QString(), QString()).members;
        outcome[0].outcome = QStringLiteral("removed");
        outcome[1].outcome = QStringLiteral("removed");
        QVERIFY(journal.finish(first, QStringLiteral("SUCCESS"), {}, {}, QStringLiteral("done"), outcome));

        JournalModel model(&journal);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(JournalModel::ColumnCount));
        QCOMPARE(model.operationId(0), first);
        QCOMPARE(model.operationId(1), second);
        QCOMPARE(model.operationId(5), qint64(0));
        QCOMPARE(model.rowOf(second), 1);
        QCOMPARE(model.index(0, JournalModel::User).data().toString(), QStringLiteral("operator"));
        QVERIFY(model.index(0, JournalModel::Where).data().toString().contains(QStringLiteral("eu-de")));
        QCOMPARE(model.index(0, JournalModel::Listener).data().toString(), QStringLiteral("web-443"));
        QCOMPARE(model.index(0, JournalModel::Servers).data().toString(), QStringLiteral("2"));
        const QString tip = model.index(0, JournalModel::Servers).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("web-0")) && tip.contains(QStringLiteral("web-1")),
                 qPrintable(tip));
        QCOMPARE(model.index(0, JournalModel::JobId).data().toString(), QStringLiteral("job-1"));
        QVERIFY(model.index(0, JournalModel::Outcome)
                    .data()
                    .toString()
                    .contains(QStringLiteral("2 of 2 removed")));
        QVERIFY(
            model.index(1, JournalModel::Outcome).data().toString().contains(QStringLiteral("Not finished")));
        QVERIFY(!model.index(0, JournalModel::When).data().toString().isEmpty());
        QVERIFY(JournalModel::canReadd(*model.operationAt(0)));
        QVERIFY(!JournalModel::canReadd(*model.operationAt(1)));
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void filtersAndFollowsTheJournal()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(journal.open());
        journal.recordIntent(removal(QStringLiteral("l1"), QStringLiteral("web-443")));
        JournalModel model(&journal);
        QCOMPARE(model.rowCount(), 1);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        journal.recordIntent(removal(QStringLiteral("l2"), QStringLiteral("api-80")));
        QTRY_COMPARE(model.rowCount(), 2);

        model.setListenerText(QStringLiteral("API"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JournalModel::Listener).data().toString(), QStringLiteral("api-80"));
        model.setListenerText(QStringLiteral("l1"));
        QCOMPARE(model.rowCount(), 1);
        model.setListenerText(QString());
        QCOMPARE(model.rowCount(), 2);

        JournalFilter filter;
        filter.to = QDateTime::currentDateTimeUtc().addDays(-1);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        filter.to = QDateTime::currentDateTimeUtc().addDays(1);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
    }

    void closedJournalIsEmpty()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        JournalModel model(&journal);
        QCOMPARE(model.rowCount(), 0);
        model.setJournal(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_JournalModel)
#include "tst_journalmodel.moc"
