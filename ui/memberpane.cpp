#include "memberpane.h"

#include "api/listmembersrequest.h"
#include "benchpaintprobe.h"
#include "healthdelegate.h"
#include "model/memberfilterproxymodel.h"
#include "model/membermodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ElbDesk {

MemberPane::MemberPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new MemberModel(this))
    , m_proxy(new MemberFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_health(new QComboBox(this))
    , m_selectAll(new QPushButton(tr("Select all shown"), this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by server name, private IP or id (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter members"));
    m_filter->setClearButtonEnabled(true);
    m_health->setObjectName(QStringLiteral("healthFilter"));
    m_health->setAccessibleName(tr("Health filter"));
    m_health->addItem(tr("All health states"), int(MemberFilterProxyModel::HealthFilter::All));
    m_health->addItem(tr("Healthy"), int(MemberFilterProxyModel::HealthFilter::Healthy));
    m_health->addItem(tr("Unhealthy"), int(MemberFilterProxyModel::HealthFilter::Unhealthy));
    m_health->addItem(tr("No health check"), int(MemberFilterProxyModel::HealthFilter::NoHealthCheck));
    m_selectAll->setObjectName(QStringLiteral("selectAllButton"));
    m_selectAll->setToolTip(tr("Select every member the filter shows"));
    m_counts->setObjectName(QStringLiteral("memberCountLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMinimumWidth(200);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();

    m_view->setObjectName(QStringLiteral("memberView"));
    m_view->setAccessibleName(tr("Members of the listener"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    // The API's order until the operator sorts: sorting by name first would put every unnamed server on top.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Every row the same fixed height: 100,000 rows never ask for a size hint.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setItemDelegateForColumn(MemberModel::Health, new HealthDelegate(m_view));
    const QFontMetrics fm(font());
    m_view->setColumnWidth(MemberModel::Name, fm.horizontalAdvance(QStringLiteral("ecs-backend-web-0000")) + 24);
    m_view->setColumnWidth(MemberModel::PrivateIp, fm.horizontalAdvance(QStringLiteral("255.255.255.255")) + 24);
    // Ids are long and alike at the ends; elided in the middle they stay recognisable.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setColumnWidth(MemberModel::ServerId, fm.horizontalAdvance(QStringLiteral("00000000-0000-0000-00")) + 16);
    m_view->setColumnWidth(MemberModel::MemberId, fm.horizontalAdvance(QStringLiteral("0000000000000000000")) + 16);
    m_view->setColumnWidth(MemberModel::Health,
                           fm.horizontalAdvance(MemberModel::tr("No health check", "member health")) + 40);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_health);
    bar->addWidget(m_selectAll);
    auto *status = new QHBoxLayout;
    status->addWidget(m_counts, 1);
    status->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(status);

    connect(m_filter, &QLineEdit::textChanged, this, &MemberPane::onFilterChanged);
    connect(m_health, &QComboBox::currentIndexChanged, this, &MemberPane::onFilterChanged);
    connect(m_selectAll, &QPushButton::clicked, this, &MemberPane::selectAllShown);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MemberPane::onViewSelectionChanged);
    // Rows coming back (filter relaxed, page appended) take their selection back, once per event-loop
    // turn however many insert signals a sorted proxy sends.
    m_restoreTimer.setSingleShot(true);
    m_restoreTimer.setInterval(0);
    connect(&m_restoreTimer, &QTimer::timeout, this, &MemberPane::restoreSelection);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &MemberPane::flushPending);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_selectedIds.isEmpty())
            m_restoreTimer.start();
    });
    updateCounts();
    BenchPaintProbe::installIfRequested(this); // tests/bench startup figure; inert without its variable
}

MemberPane::~MemberPane()
{
    // No signal may reach this half-destroyed pane (or its owner) from the aborted listing.
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
}

void MemberPane::showListener(ApiClient *client, const Listener &listener)
{
    const bool same = listener.id == m_listener.id;
    m_client = client;
    m_listener = listener;
    if (!same)
        m_selectedIds.clear();
    startLoading();
}

void MemberPane::reload()
{
    if (hasListener())
        startLoading();
}

void MemberPane::clearListener()
{
    if (m_request)
        m_request->abort();
    m_listener = Listener();
    m_selectedIds.clear();
    dropPending();
    m_model->clear();
    updateCounts();
}

void MemberPane::startLoading()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
    dropPending();
    m_syncingSelection = true;
    m_model->clear();
    m_syncingSelection = false;
    m_model->reserveRows(m_listener.memberNumber);
    m_progress->setRange(0, std::max(0, m_listener.memberNumber));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m loaded"));
    m_progress->show();
    auto *request = new ListMembersRequest(m_client, m_listener.id, this);
    request->setKeepMembers(false); // the model holds the rows
    request->setRowKeys(true);      // worked out off the GUI thread
    request->setKeepRawJson(false); // only the command line prints it
    m_request = request;
    connect(request, &ListMembersRequest::pageLoaded, this,
            [this](const QList<Member> &page, const QList<MemberRowKeys> &keys, int soFar) {
        if (!page.isEmpty()) {
            m_pending.append(page);
            m_pendingKeys.append(keys);
        }
        m_pendingSoFar = soFar;
        if (m_model->rowCount() == 0)
            flushPending(); // the first rows at once
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
    });
    connect(request, &ListMembersRequest::finished, this, [this](ListMembersRequest *r) {
        m_request = nullptr;
        if (r->error().kind == ApiError::Kind::Aborted)
            dropPending(); // another listener (or none) is shown by now
        else
            flushPending();
        m_model->releaseSpareRows();
        m_progress->hide();
        if (r->error().isError()) {
            if (r->error().kind != ApiError::Kind::Aborted)
                Q_EMIT loadFailed(r->error());
            updateCounts();
            return;
        }
        // Members that are gone (removed meanwhile) cannot stay selected.
        QSet<QString> present;
        for (const QString &id : std::as_const(m_selectedIds)) {
            if (m_model->rowForMemberId(id) >= 0)
                present.insert(id);
        }
        m_selectedIds = present;
        restoreSelection();
        updateCounts();
        Q_EMIT loaded(m_listener.id, m_model->rowCount(), m_model->healthyCount());
    });
    request->start();
    updateCounts();
}

void MemberPane::flushPending()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    // One rowsInserted for everything since the last flush. The request has let go of its lists
    // by now, so the members are moved, not copied.
    m_model->appendPages(std::exchange(m_pending, {}), std::exchange(m_pendingKeys, {}));
    if (m_pendingSoFar > m_progress->maximum())
        m_progress->setMaximum(m_pendingSoFar);
    m_progress->setValue(m_pendingSoFar);
    updateCounts();
}

void MemberPane::dropPending()
{
    m_flushTimer.stop();
    m_pending.clear();
    m_pendingKeys.clear();
    m_pendingSoFar = 0;
}

QList<Member> MemberPane::selectedMembers() const
{
    // Called on every selection or count change (the window's actions ask): no copy of all rows.
    QList<Member> members;
    if (m_selectedIds.isEmpty())
        return members;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Member &m = m_model->member(row);
        if (m_selectedIds.contains(m.id))
            members.append(m);
    }
    return members;
}

QList<Member> MemberPane::allMembers() const
{
    return m_model->members();
}

int MemberPane::hiddenSelectedCount() const
{
    const int visible = int(m_view->selectionModel()->selectedRows().size());
    return std::max(0, int(m_selectedIds.size()) - visible);
}

void MemberPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void MemberPane::selectAllShown()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_selectedIds.insert(m_proxy->index(row, 0).data(MemberModel::MemberIdRole).toString());
    restoreSelection();
    updateCounts();
}

void MemberPane::onFilterChanged()
{
    m_syncingSelection = true;
    m_proxy->setHealthFilter(MemberFilterProxyModel::HealthFilter(m_health->currentData().toInt()));
    m_proxy->setFilterText(m_filter->text());
    m_syncingSelection = false;
    restoreSelection();
    updateCounts();
}

void MemberPane::onViewSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (m_syncingSelection)
        return;
    for (const QModelIndex &index : selected.indexes()) {
        if (index.column() == 0)
            m_selectedIds.insert(index.data(MemberModel::MemberIdRole).toString());
    }
    for (const QModelIndex &index : deselected.indexes()) {
        if (index.column() == 0)
            m_selectedIds.remove(index.data(MemberModel::MemberIdRole).toString());
    }
    updateCounts();
}

void MemberPane::restoreSelection()
{
    if (m_syncingSelection)
        return;
    if (m_selectedIds.isEmpty() && !m_view->selectionModel()->hasSelection())
        return;
    // One selection built from runs of consecutive rows: cheap even with thousands selected.
    QItemSelection selection;
    const int rows = m_proxy->rowCount();
    const int lastColumn = MemberModel::ColumnCount - 1;
    int runStart = -1;
    for (int row = 0; row <= rows; ++row) {
        const bool selectedRow = row < rows
            && m_selectedIds.contains(m_model->member(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).id);
        if (selectedRow && runStart < 0)
            runStart = row;
        if (!selectedRow && runStart >= 0) {
            selection.select(m_proxy->index(runStart, 0), m_proxy->index(row - 1, lastColumn));
            runStart = -1;
        }
    }
    m_syncingSelection = true;
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_syncingSelection = false;
}

void MemberPane::updateCounts()
{
    const QLocale locale;
    QString text;
    if (!hasListener()) {
        text = tr("Select a listener to see its members.");
    } else {
        text = tr("%1 members, %2 healthy").arg(locale.toString(m_model->rowCount()),
                                                 locale.toString(m_model->healthyCount()));
        if (m_proxy->rowCount() != m_model->rowCount())
            text += QStringLiteral(" · ") + tr("%1 shown").arg(locale.toString(m_proxy->rowCount()));
        if (!m_selectedIds.isEmpty()) {
            text += QStringLiteral(" · ") + tr("%1 selected").arg(locale.toString(int(m_selectedIds.size())));
            const int hidden = hiddenSelectedCount();
            if (hidden > 0)
                text += QLatin1Char(' ') + tr("(%n hidden by the filter)", nullptr, hidden);
        }
        if (m_request)
            text += QStringLiteral(" · ") + tr("loading…");
    }
    m_counts->setText(text);
    Q_EMIT selectionCountChanged(int(m_selectedIds.size()), hiddenSelectedCount());
}

} // namespace ElbDesk
