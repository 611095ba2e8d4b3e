#include "historyview.h"

#include "model/journalmodel.h"
#include "store/journal.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ElbDesk {

HistoryView::HistoryView(Journal *journal, QWidget *parent)
    : QDialog(parent), m_model(new JournalModel(journal, this))
{
    setObjectName(QStringLiteral("historyView"));
    setWindowTitle(tr("History — ELB Desk"));
    setModal(false);

    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("To date (inclusive)"));
    m_to->setCalendarPopup(true);
    m_listener = new QLineEdit(this);
    m_listener->setObjectName(QStringLiteral("historyListenerFilter"));
    m_listener->setAccessibleName(tr("Listener filter"));
    m_listener->setPlaceholderText(tr("Listener name or id"));
    m_listener->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto *listenerLabel = new QLabel(tr("&Listener"), this);
    listenerLabel->setBuddy(m_listener);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(listenerLabel);
    filters->addWidget(m_listener, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Journaled operations"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_readd = new QPushButton(tr("Re-add these servers", "undo a removal"), this);
    m_readd->setObjectName(QStringLiteral("historyReaddButton"));
    m_readd->setAccessibleName(tr("Re-add the removed servers"));
    m_readd->setToolTip(tr("Add the servers the selected removal took out back to the same listener. "
                           "Servers already on it are not added twice."));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportCsv->setToolTip(tr("Save the operations shown as CSV, one line per server."));
    m_exportJson = new QPushButton(tr("Export &JSON…"), this);
    m_exportJson->setObjectName(QStringLiteral("exportJsonButton"));
    m_exportJson->setToolTip(
        tr("Save the operations shown as JSON, as elbdesk-cli journal --json prints them."));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_readd);
    buttons->addStretch(1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    resetDates();
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    connect(m_listener, &QLineEdit::textChanged, this, &HistoryView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateButtons);
    connect(m_readd, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentOperationId())
            Q_EMIT readdRequested(id);
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExportFile(Format::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { chooseExportFile(Format::Json); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyFilter();
    resize(1100, 520);
}

HistoryView::~HistoryView() = default;

void HistoryView::resetDates()
{
    // From the oldest operation to today, so that everything shows until the operator narrows it.
    const QDate today = QDate::currentDate();
    m_model->setFilter(JournalFilter());
    const QList<JournalOperation> &all = m_model->operations();
    const QDate oldest = all.isEmpty() ? today : all.constFirst().createdAt.toLocalTime().date();
    m_from->setDate(std::min(oldest, today));
    m_to->setDate(today);
}

void HistoryView::reload()
{
    // A new day may have begun since the view opened: keep "to" at least today.
    if (m_to->date() < QDate::currentDate())
        m_to->setDate(QDate::currentDate());
    m_model->reload();
}

void HistoryView::applyFilter()
{
    const qint64 keep = currentOperationId();
    JournalFilter filter;
    filter.from = m_from->date().startOfDay();
    filter.to = m_to->date().addDays(1).startOfDay(); // the "to" day included
    m_model->setFilter(filter);
    m_model->setListenerText(m_listener->text());
    if (keep)
        selectOperation(keep);
    updateButtons();
}

qint64 HistoryView::currentOperationId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->operationId(current.row()) : 0;
}

bool HistoryView::selectOperation(qint64 operationId)
{
    const int row = m_model->rowOf(operationId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    updateButtons();
    return true;
}

void HistoryView::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const JournalOperation *op = current.isValid() ? m_model->operationAt(current.row()) : nullptr;
    m_readd->setEnabled(op && JournalModel::canReadd(*op));
    const int shown = m_model->rowCount();
    m_exportCsv->setEnabled(shown > 0);
    m_exportJson->setEnabled(shown > 0);
    if (op && !op->summary.isEmpty())
        m_status->setText(op->summary);
    else
        m_status->setText(tr("%n operation(s) shown.", nullptr, shown));
}

bool HistoryView::exportTo(const QString &path, Format format, QString *error)
{
    const QByteArray bytes = format == Format::Csv ? Journal::toCsv(m_model->operations())
                                                   : Journal::toJson(m_model->operations());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString why = tr("Could not write %1: %2").arg(path, file.errorString());
        m_status->setText(why);
        if (error)
            *error = why;
        return false;
    }
    m_status->setText(
        tr("Exported %n operation(s) to %1.", nullptr, int(m_model->operations().size())).arg(path));
    return true;
}

void HistoryView::chooseExportFile(Format format)
{
    if (m_fileDialog)
        m_fileDialog->close();
    const bool csv = format == Format::Csv;
    auto *dialog = new QFileDialog(this, csv ? tr("Export history as CSV") : tr("Export history as JSON"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(csv ? QStringLiteral("elbdesk-history.csv") : QStringLiteral("elbdesk-history.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog = dialog;
    // open(), not exec(): no nested event loop.
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(path, format); });
    dialog->open();
}

} // namespace ElbDesk
