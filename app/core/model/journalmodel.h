#pragma once

#include "store/journal.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace ElbDesk {

// The journal's operations as a table for the history view, oldest first: when (local time), who,
// where, which listener, which servers (count; names in the tooltip), the job id, the outcome in
// words and how a crash-interrupted operation was settled. Reads Journal::operations(filter) on
// reload(); the listener text filters locally on listener name or id.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)
public:
    enum Column { When, User, Where, Listener, Servers, JobId, Outcome, Resolution, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        OperationIdRole = Qt::UserRole + 1, // qint64
        KindRole,                           // "remove" / "add"
    };

    explicit JournalModel(Journal *journal, QObject *parent = nullptr);
    ~JournalModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setJournal(Journal *journal);
    void setFilter(const JournalFilter &filter);
    [[nodiscard]] const JournalFilter &filter() const { return m_filter; }
    // Substring of the listener's name or id, case-insensitive; empty = every listener.
    void setListenerText(const QString &text);
    // Reads the journal again (also done by itself when the journal reports a change).
    void reload();

    [[nodiscard]] qint64 operationId(int row) const;
    [[nodiscard]] int rowOf(qint64 operationId) const;
    [[nodiscard]] const JournalOperation *operationAt(int row) const;
    // What is shown, in order: what an export writes.
    [[nodiscard]] const QList<JournalOperation> &operations() const { return m_rows; }

    // A removal that took at least one server out: something to re-add.
    [[nodiscard]] static bool canReadd(const JournalOperation &operation);
    [[nodiscard]] static QString outcomeText(const JournalOperation &operation);
    [[nodiscard]] static QString memberOutcomeText(const QString &outcome);

private:
    [[nodiscard]] static QString serversTooltip(const JournalOperation &operation);

    QPointer<Journal> m_journal;
    JournalFilter m_filter;
    QString m_listenerText;
    QList<JournalOperation> m_rows;
    bool m_reloadQueued = false;
};

} // namespace ElbDesk
