#include "findserverdialog.h"

#include "removemembersdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ElbDesk {

FindServerDialog::FindServerDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("findServerDialog"));
    setWindowTitle(tr("Find Server Everywhere"));
    auto *layout = new QVBoxLayout(this);

    auto *queryRow = new QHBoxLayout;
    auto *queryLabel = new QLabel(tr("&Server name, private IP or server ID:"), this);
    m_queryEdit = new QLineEdit(this);
    m_queryEdit->setObjectName(QStringLiteral("findQueryEdit"));
    m_queryEdit->setAccessibleName(tr("Server name, private IP or server ID"));
    m_queryEdit->setPlaceholderText(tr("e.g. ecs-web-0007, 192.168.0.12 or a server ID"));
    m_queryEdit->setClearButtonEnabled(true);
    queryLabel->setBuddy(m_queryEdit);
    m_findButton = new QPushButton(tr("&Find"), this);
    m_findButton->setObjectName(QStringLiteral("findButton"));
    m_findButton->setAccessibleName(tr("Find the server in every listener"));
    m_findButton->setDefault(true); // Enter in the query field searches
    queryRow->addWidget(queryLabel);
    queryRow->addWidget(m_queryEdit, 1);
    queryRow->addWidget(m_findButton);
    layout->addLayout(queryRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("findProgress"));
    m_progress->setAccessibleName(tr("Listeners searched"));
    m_progress->setFormat(tr("%v of %m listeners", "search progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("findStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("findResultsTable"));
    m_table->setAccessibleName(tr("Listeners the server is in"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Load balancer"), tr("Listener"), tr("Server", "column header: server name"),
                                        tr("Private IP"), tr("Server ID"), tr("Member ID"),
                                        tr("Health", "column header: health check result"),
                                        tr("Left on listener if removed")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *box = new QDialogButtonBox(this);
    m_removeButton = box->addButton(tr("&Remove from Selected Listeners…"), QDialogButtonBox::ActionRole);
    m_removeButton->setObjectName(QStringLiteral("findRemoveButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected servers from their listeners"));
    m_removeButton->setAutoDefault(false);
    QPushButton *close = box->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    layout->addWidget(box);

    connect(m_findButton, &QPushButton::clicked, this, &FindServerDialog::search);
    connect(m_removeButton, &QPushButton::clicked, this, &FindServerDialog::reviewSelected);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindServerDialog::updateRemoveButton);
    updateRemoveButton();
    m_queryEdit->setFocus(Qt::OtherFocusReason);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 30);
}

FindServerDialog::~FindServerDialog()
{
    stopSearch();
}

void FindServerDialog::setQuery(const QString &query)
{
    m_queryEdit->setText(query);
}

QString FindServerDialog::query() const
{
    return m_queryEdit->text().trimmed();
}

bool FindServerDialog::isSearching() const
{
    return m_search && !m_search->isFinished();
}

void FindServerDialog::stopSearch()
{
    if (!m_search)
        return;
    // Disconnected first: an aborted search's finished() must not overwrite the next one's results.
    disconnect(m_search, nullptr, this, nullptr);
    m_search->abort();
    m_search->deleteLater();
    m_search = nullptr;
}

void FindServerDialog::search()
{
    stopSearch();
    m_results.clear();
    m_failures.clear();
    fillTable();
    const QString q = query();
    if (ServerSearch::queryKind(q) == ServerSearch::QueryKind::Invalid) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_statusLabel->setText(tr("Type a server name, a private IP or a server ID to search for."));
        return;
    }
    m_search = new ServerSearch(m_client, q, this);
    connect(m_search, &ServerSearch::progress, this, &FindServerDialog::onProgress);
    connect(m_search, &ServerSearch::finished, this, &FindServerDialog::onFinished);
    m_progress->setRange(0, 0); // busy until the listeners are known
    const QString what = ServerSearch::queryKind(q) == ServerSearch::QueryKind::NameSubstring
                             ? tr("Searching every listener for servers whose name contains “%1”…").arg(q)
                             : tr("Searching every listener for “%1”…").arg(q);
    m_statusLabel->setText(what);
    m_search->start(); // may finish at once (nothing to search): onFinished() copes
}

void FindServerDialog::onProgress(int listenersDone, int listenersTotal)
{
    m_progress->setRange(0, qMax(1, listenersTotal));
    m_progress->setValue(listenersDone);
}

void FindServerDialog::onFinished()
{
    ServerSearch *finishedSearch = m_search;
    if (!finishedSearch)
        return;
    const ApiError error = finishedSearch->error();
    if (error.kind == ApiError::Kind::Aborted)
        return;
    m_progress->setRange(0, qMax(1, finishedSearch->listenersTotal()));
    m_progress->setValue(finishedSearch->listenersDone());
    if (error.isError()) {
        m_statusLabel->setText(tr("The search failed: %1").arg(error.describe()));
        Q_EMIT searchFinished();
        return;
    }
    m_results = finishedSearch->results();
    m_failures = finishedSearch->failures();
    fillTable();

    QSet<QString> listeners;
    for (const ServerMembership &m : std::as_const(m_results))
        listeners.insert(m.listenerId);
    const int total = finishedSearch->listenersTotal();
    QStringList lines;
    if (m_results.isEmpty())
        lines.append(total == 1 ? tr("“%1” is not in the 1 listener of this project.").arg(finishedSearch->query())
                                : tr("“%1” is in none of the %n listeners of this project.", nullptr, total)
                                      .arg(finishedSearch->query()));
    else if (listeners.size() == 1)
        lines.append(tr("Found in 1 listener (of %n searched).", nullptr, total));
    else
        lines.append(tr("Found in %1 listeners (of %n searched).", nullptr, total).arg(listeners.size()));
    if (!m_failures.isEmpty()) {
        lines.append(m_failures.size() == 1
                         ? tr("1 listener could not be searched, so the server may also be there:")
                         : tr("%n listeners could not be searched, so the server may also be there:", nullptr,
                              int(m_failures.size())));
        for (const ServerSearchFailure &f : std::as_const(m_failures)) {
            lines.append(tr("• listener %1: %2", "a listener that could not be listed, and why")
                             .arg(f.listenerName.isEmpty() ? f.listenerId : f.listenerName, f.error.describe()));
        }
    }
    m_statusLabel->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT searchFinished();
}

QString FindServerDialog::remainingText(const ServerMembership &m) const
{
    const int left = qMax(0, m.listenerMembers - 1);
    const int healthyLeft = qMax(0, m.listenerHealthy - (m.member.isHealthy() ? 1 : 0));
    if (left == 0)
        return tr("none: the listener would be empty");
    if (m.member.healthStatus == QLatin1String("UNAVAILABLE"))
        return left == 1 ? tr("1 member (no health check)") : tr("%n members (no health check)", nullptr, left);
    return left == 1 ? tr("1 member, %1 healthy").arg(healthyLeft)
                     : tr("%n members, %1 healthy", nullptr, left).arg(healthyLeft);
}

void FindServerDialog::fillTable()
{
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const ServerMembership &m = m_results.at(row);
        const auto add = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, column, item);
            return item;
        };
        QTableWidgetItem *lb = add(LoadBalancerColumn, m.loadBalancerName.isEmpty() ? m.loadBalancerId : m.loadBalancerName);
        lb->setData(ResultIndexRole, row);
        lb->setToolTip(tr("Load balancer ID: %1").arg(m.loadBalancerId));
        add(ListenerColumn, m.listenerName.isEmpty() ? m.listenerId : m.listenerName)
            ->setToolTip(tr("Listener ID: %1").arg(m.listenerId));
        QTableWidgetItem *name = add(NameColumn, m.member.serverName.isEmpty() ? tr("(no name)") : m.member.serverName);
        if (m.member.serverName.isEmpty()) {
            QFont italic = name->font();
            italic.setItalic(true);
            name->setFont(italic);
        }
        add(AddressColumn, m.member.serverAddress);
        add(ServerIdColumn, m.member.serverId);
        add(MemberIdColumn, m.member.id);
        add(HealthColumn, RemoveMembersDialog::healthText(m.member.healthStatus))
            ->setToolTip(tr("Health status reported by the cloud: %1").arg(m.member.healthStatus));
        add(RemainingColumn, remainingText(m))
            ->setToolTip(tr("The listener has %1 members, %2 of them healthy.").arg(m.listenerMembers).arg(m.listenerHealthy));
    }
    m_table->setSortingEnabled(true);
    updateRemoveButton();
}

QList<ServerMembership> FindServerDialog::selectedMemberships() const
{
    QList<int> indexes;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(LoadBalancerColumn);
    for (const QModelIndex &index : rows) {
        const QTableWidgetItem *item = m_table->item(index.row(), LoadBalancerColumn);
        if (item)
            indexes.append(item->data(ResultIndexRole).toInt());
    }
    std::sort(indexes.begin(), indexes.end()); // search order, whatever the table's sort order
    QList<ServerMembership> selected;
    for (int i : std::as_const(indexes)) {
        if (i >= 0 && i < m_results.size())
            selected.append(m_results.at(i));
    }
    return selected;
}

void FindServerDialog::updateRemoveButton()
{
    const bool any = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_removeButton->setEnabled(any);
    m_removeButton->setToolTip(any ? QString() : tr("Select the listeners to remove the server from first."));
}

void FindServerDialog::reviewSelected()
{
    if (m_review) {
        m_review->raise();
        m_review->activateWindow();
        return;
    }
    const QList<ServerMembership> selected = selectedMemberships();
    if (selected.isEmpty())
        return;
    m_review = new MultiRemoveDialog(selected, this);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    MultiRemoveDialog *review = m_review;
    connect(review, &MultiRemoveDialog::confirmed, this,
            [this, review] { Q_EMIT removalConfirmed(review->memberships()); });
    review->open();
}

void FindServerDialog::done(int result)
{
    stopSearch();
    QDialog::done(result);
}

} // namespace ElbDesk
