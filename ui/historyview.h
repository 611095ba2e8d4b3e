#pragma once

#include <QDialog>
#include <QPointer>

class QDateEdit;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ElbDesk {

class Journal;
class JournalModel;

// Every removal and re-add the journal holds, newest at the bottom: when, who, where, which
// listener, which servers, the job id, the outcome and how a crash-interrupted one was settled.
// Filters by date range and listener, exports what it shows to CSV or JSON, and offers
// "Re-add these servers" for a removal that took servers out. Non-modal; observes the journal.
class HistoryView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)
public:
    enum class Format { Csv, Json };
    Q_ENUM(Format)

    explicit HistoryView(Journal *journal, QWidget *parent = nullptr);
    ~HistoryView() override;

    [[nodiscard]] JournalModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    // The journal id of the selected row, 0 when none.
    [[nodiscard]] qint64 currentOperationId() const;
    bool selectOperation(qint64 operationId);
    // Writes the operations shown (filters applied) to `path`; false with *error set on failure.
    bool exportTo(const QString &path, Format format, QString *error = nullptr);
    // Reads the journal again, e.g. after it was settled by the resolver.
    void reload();

Q_SIGNALS:
    void readdRequested(qint64 operationId);

private:
    void applyFilter();
    void chooseExportFile(Format format);
    void updateButtons();
    void resetDates();

    JournalModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_listener = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_readd = nullptr;
    QPointer<QFileDialog> m_fileDialog;
};

} // namespace ElbDesk
