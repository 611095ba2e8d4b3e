#include "multiremovedialog.h"

#include "removemembersdialog.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace ElbDesk {

namespace {

enum Column { NameColumn, AddressColumn, ServerIdColumn, HealthColumn, ColumnCount };

constexpr int MaxVisibleRows = 12;
constexpr int MaxTableWidth = 900;
constexpr int ComfortableTextColumns = 90; // in average characters

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

MultiRemoveDialog::MultiRemoveDialog(const QList<ServerMembership> &selected, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("multiRemoveDialog"));
    group(selected);

    auto *layout = new QVBoxLayout(this);
    m_changesNote = wrappedLabel(QStringLiteral("changesNote"), this);
    m_changesNote->setAccessibleName(tr("Changed since the review"));
    m_changesNote->setFrameShape(QFrame::StyledPanel);
    m_changesNote->hide();
    layout->addWidget(m_changesNote);
    m_introLabel = wrappedLabel(QStringLiteral("introLabel"), this);
    layout->addWidget(m_introLabel);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("Servers to remove, by listener"));
    layout->addWidget(m_table, 1);

    m_connectionsNote = wrappedLabel(QStringLiteral("connectionsNote"), this);
    layout->addWidget(m_connectionsNote);

    m_warning = new QFrame(this);
    m_warning->setObjectName(QStringLiteral("lastHealthyWarning"));
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setFrameShadow(QFrame::Raised);
    auto *warningLayout = new QHBoxLayout(m_warning);
    auto *icon = new QLabel(m_warning);
    icon->setObjectName(QStringLiteral("warningIcon"));
    icon->setAccessibleName(tr("Warning"));
    warningLayout->addWidget(icon, 0, Qt::AlignTop);
    auto *warningTexts = new QVBoxLayout;
    m_warningText = wrappedLabel(QStringLiteral("warningText"), m_warning);
    m_typedPrompt = wrappedLabel(QStringLiteral("typedNamePrompt"), m_warning);
    m_typedEdit = new QLineEdit(m_warning);
    m_typedEdit->setObjectName(QStringLiteral("typedNameEdit"));
    m_typedEdit->setClearButtonEnabled(true);
    m_typedPrompt->setBuddy(m_typedEdit);
    warningTexts->addWidget(m_warningText);
    warningTexts->addWidget(m_typedPrompt);
    warningTexts->addWidget(m_typedEdit);
    warningLayout->addLayout(warningTexts, 1);
    layout->addWidget(m_warning);

    auto *box = new QDialogButtonBox(this);
    box->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(box);

    setUpTexts();
    setUpTable();
    setUpButtons();
    if (isGated()) {
        const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    }

    connect(m_typedEdit, &QLineEdit::textChanged, this, &MultiRemoveDialog::updateRemoveButton);
    updateRemoveButton();
    setTabOrder(m_table, m_typedEdit);

    // Safe first: Cancel has the focus, so neither Enter nor Space removes anything by accident.
    m_cancelButton->setFocus(Qt::OtherFocusReason);
    fitToContents();
}

void MultiRemoveDialog::fitToContents()
{
    // As in RemoveMembersDialog: the warning frame's layout must hear of its texts before sizing, and
    // the wrapped texts get a comfortable measure and all the height they need.
    m_warning->layout()->activate();
    adjustSize();
    const QRect available = screen()->availableGeometry();
    const int w = qMax(width(), qMin(fontMetrics().averageCharWidth() * ComfortableTextColumns, available.width()));
    resize(w, qMin(layout()->totalHeightForWidth(w), available.height()));
}

MultiRemoveDialog::~MultiRemoveDialog() = default;

QString MultiRemoveDialog::listenerLabel(const QString &listenerId, const QString &listenerName)
{
    return listenerName.isEmpty() ? listenerId : listenerName;
}

void MultiRemoveDialog::setChangesNote(const QString &text)
{
    m_changesNote->setText(
        text.isEmpty() ? QString()
                       : tr("Changed since you reviewed this removal — please look again:\n%1").arg(text));
    m_changesNote->setVisible(!text.isEmpty());
    m_changesNote->setAccessibleDescription(m_changesNote->text());
    fitToContents();
}

void MultiRemoveDialog::group(const QList<ServerMembership> &selected)
{
    QSet<QString> seenMembership; // listener id + member id: a row selected twice is removed once
    QSet<QString> servers;
    for (const ServerMembership &m : selected) {
        const QString key = m.listenerId + QLatin1Char('/') + m.member.id;
        if (seenMembership.contains(key))
            continue;
        seenMembership.insert(key);
        servers.insert(m.member.serverId.isEmpty() ? m.member.serverAddress : m.member.serverId.toLower());
        auto it = std::find_if(m_impacts.begin(), m_impacts.end(),
                               [&m](const ListenerImpact &i) { return i.listenerId == m.listenerId; });
        if (it == m_impacts.end()) {
            ListenerImpact impact;
            impact.listenerId = m.listenerId;
            impact.listenerName = m.listenerName;
            impact.loadBalancerName = m.loadBalancerName.isEmpty() ? m.loadBalancerId : m.loadBalancerName;
            impact.remaining = m.listenerMembers;
            impact.remainingHealthy = m.listenerHealthy;
            m_impacts.append(impact);
            it = std::prev(m_impacts.end());
        }
        it->removed.append(m);
        it->remaining = qMax(0, it->remaining - 1);
        if (m.member.isHealthy())
            it->remainingHealthy = qMax(0, it->remainingHealthy - 1);
        // Health checks are per listener: a member without one means the listener has none.
        if (m.member.healthStatus == QLatin1String("UNAVAILABLE"))
            it->withoutHealthCheck = true;
    }
    m_serverCount = int(servers.size());
    for (ListenerImpact &impact : m_impacts) {
        if (impact.remaining == 0)
            impact.risk = Risk::NoMemberLeft;
        // As in RemoveMembersDialog: without a health check nothing is known to be unhealthy.
        else if (impact.remainingHealthy == 0 && !impact.withoutHealthCheck)
            impact.risk = Risk::NoHealthyLeft;
    }
}

QList<ServerMembership> MultiRemoveDialog::memberships() const
{
    QList<ServerMembership> all;
    for (const ListenerImpact &impact : m_impacts)
        all.append(impact.removed);
    return all;
}

int MultiRemoveDialog::membershipCount() const
{
    int count = 0;
    for (const ListenerImpact &impact : m_impacts)
        count += int(impact.removed.size());
    return count;
}

bool MultiRemoveDialog::isGated() const
{
    return std::any_of(m_impacts.cbegin(), m_impacts.cend(),
                       [](const ListenerImpact &i) { return i.risk != Risk::None; });
}

QString MultiRemoveDialog::expectedTypedText() const
{
    if (m_impacts.size() == 1)
        return listenerLabel(m_impacts.constFirst().listenerId, m_impacts.constFirst().listenerName);
    return tr("REMOVE", "the word typed to confirm a removal from several listeners");
}

void MultiRemoveDialog::setUpTexts()
{
    const int servers = m_serverCount;
    const int listeners = int(m_impacts.size());
    if (listeners == 1) {
        // The single-listener wording, counting members like RemoveMembersDialog.
        const int count = membershipCount();
        const ListenerImpact &only = m_impacts.constFirst();
        const QString label = listenerLabel(only.listenerId, only.listenerName);
        setWindowTitle(count == 1 ? tr("Remove 1 server from listener %1").arg(label)
                                  : tr("Remove %n servers from listener %1", nullptr, count).arg(label));
        m_introLabel->setText(
            count == 1 ? tr("This server will be removed from listener “%1” of load balancer “%2”. The server "
                            "itself keeps running and can be added back later.")
                             .arg(label, only.loadBalancerName)
                       : tr("These %n servers will be removed from listener “%1” of load balancer “%2”. The "
                            "servers themselves keep running and can be added back later.",
                            nullptr, count)
                             .arg(label, only.loadBalancerName));
    } else {
        setWindowTitle(servers == 1 ? tr("Remove 1 server from %n listeners", nullptr, listeners)
                                    : tr("Remove %1 servers from %n listeners", nullptr, listeners).arg(servers));
        m_introLabel->setText(
            tr("The servers below will be removed from %n listeners, with one request per listener. The "
               "servers themselves keep running and can be added back later.",
               nullptr, listeners));
    }
    const int count = membershipCount();
    m_connectionsNote->setText(
        count == 1 ? tr("Established connections to this server may continue until they time out.")
                   : tr("Established connections to these servers may continue until they time out (on TCP "
                        "listeners with connection draining, for up to the draining timeout)."));

    const bool gated = isGated();
    m_warning->setVisible(gated);
    if (!gated)
        return;
    m_warningText->setText(warningText());
    QFont bold = m_warningText->font();
    bold.setBold(true);
    m_warningText->setFont(bold);
    m_warning->setAccessibleDescription(m_warningText->text());
    const QString word = expectedTypedText();
    if (m_impacts.size() == 1) {
        const bool unnamed = m_impacts.constFirst().listenerName.isEmpty();
        m_typedPrompt->setText(
            unnamed ? tr("To remove anyway, type the listener ID “%1” (the listener has no name):").arg(word)
                    : tr("To remove anyway, type the listener name “%1”:").arg(word));
        m_typedEdit->setAccessibleName(unnamed ? tr("Listener ID to confirm the removal")
                                               : tr("Listener name to confirm the removal"));
    } else {
        m_typedPrompt->setText(tr("To remove anyway, type “%1”:").arg(word));
        m_typedEdit->setAccessibleName(tr("Confirmation word for the removal"));
    }
}

QString MultiRemoveDialog::warningText() const
{
    QStringList lines;
    for (const ListenerImpact &i : m_impacts) {
        const QString label = listenerLabel(i.listenerId, i.listenerName);
        if (i.risk == Risk::NoMemberLeft)
            lines.append(tr("No member will remain on listener “%1”. It will have no servers and cannot serve "
                            "any traffic until servers are added again.")
                             .arg(label));
        else if (i.risk == Risk::NoHealthyLeft)
            lines.append(tr("No healthy member will remain on listener “%1”. Clients will get errors until a "
                            "remaining server passes its health check again.")
                             .arg(label));
    }
    return lines.join(QLatin1Char('\n'));
}

QString MultiRemoveDialog::impactText(const ListenerImpact &i) const
{
    const QString label = listenerLabel(i.listenerId, i.listenerName);
    const int removed = int(i.removed.size());
    const QString head = removed == 1 ? tr("%1 (load balancer %2), 1 server:").arg(label, i.loadBalancerName)
                                      : tr("%1 (load balancer %2), %n servers:", nullptr, removed)
                                            .arg(label, i.loadBalancerName);
    QString after;
    if (i.remaining == 0)
        after = tr("no members remain.", "after removal");
    else if (i.withoutHealthCheck)
        after = i.remaining == 1 ? tr("1 member remains (no health check).")
                                 : tr("%n members remain (no health check).", nullptr, i.remaining);
    else if (i.remaining == 1)
        after = i.remainingHealthy == 1 ? tr("1 member remains, and it is healthy.")
                                        : tr("1 member remains, and it is not healthy.");
    else
        after = tr("%n members remain, %1 of them healthy.", nullptr, i.remaining)
                    .arg(i.remainingHealthy);
    // Two lines (the delegate breaks at '\n'): who, then what remains, so neither is cut off.
    return head + QLatin1Char('\n') + after;
}

void MultiRemoveDialog::setUpTable()
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Server", "column header: server name"), tr("Private IP"),
                                        tr("Server ID"), tr("Health", "column header: health check result")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setRowCount(int(m_impacts.size()) + membershipCount());

    int row = 0;
    for (const ListenerImpact &impact : std::as_const(m_impacts)) {
        auto *head = new QTableWidgetItem(impactText(impact));
        head->setFlags(Qt::ItemIsEnabled);
        head->setData(RowKindRole, ListenerRow);
        head->setToolTip(head->text()); // the whole sentence, should the row be narrower
        head->setData(ListenerIdRole, impact.listenerId);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        if (impact.risk != Risk::None)
            head->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
        m_table->setItem(row, NameColumn, head);
        m_table->setSpan(row, NameColumn, 1, ColumnCount);
        m_table->setRowHeight(row, m_table->verticalHeader()->defaultSectionSize() + QFontMetrics(bold).lineSpacing());
        ++row;
        for (const ServerMembership &m : impact.removed) {
            const Member &member = m.member;
            const auto add = [this, row](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                item->setFlags(Qt::ItemIsEnabled); // review only: nothing to select or edit
                m_table->setItem(row, column, item);
                return item;
            };
            QTableWidgetItem *name =
                add(NameColumn, member.serverName.isEmpty() ? tr("(no name)") : member.serverName);
            if (member.serverName.isEmpty()) {
                QFont italic = name->font();
                italic.setItalic(true); // not to be mistaken for a server really called "(no name)"
                name->setFont(italic);
            }
            name->setData(RowKindRole, MemberRow);
            name->setData(ListenerIdRole, impact.listenerId);
            name->setData(MemberIdRole, member.id);
            name->setToolTip(tr("Member ID: %1").arg(member.id));
            add(AddressColumn, member.serverAddress);
            add(ServerIdColumn, member.serverId);
            add(HealthColumn, RemoveMembersDialog::healthText(member.healthStatus))
                ->setToolTip(tr("Health status reported by the cloud: %1").arg(member.healthStatus));
            ++row;
        }
    }

    // Columns sized for the member rows only: the spanning listener rows would otherwise widen the
    // first column to their whole sentence.
    ensurePolished();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    int tableWidth = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < ColumnCount; ++column) {
        int w = header->sectionSizeHint(column);
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const QTableWidgetItem *item = m_table->item(r, column);
            if (item && item->data(RowKindRole).toInt() != ListenerRow)
                w = qMax(w, QFontMetrics(item->font()).horizontalAdvance(item->text()) + padding);
        }
        header->resizeSection(column, w);
        tableWidth += w;
    }
    m_table->setMinimumWidth(qMin(tableWidth, MaxTableWidth));
    int rowsHeight = 0;
    for (int r = 0; r < qMin(m_table->rowCount(), MaxVisibleRows); ++r)
        rowsHeight += m_table->rowHeight(r);
    m_table->setMinimumHeight(header->sizeHint().height() + rowsHeight + 2 * m_table->frameWidth() + 4);
}

void MultiRemoveDialog::setUpButtons()
{
    auto *box = findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    const int count = m_impacts.size() == 1 ? membershipCount() : m_serverCount;
    m_removeButton = box->addButton(count == 1 ? tr("Remove 1 server") : tr("Remove %n servers", nullptr, count),
                                    QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAccessibleName(
        m_impacts.size() == 1 ? m_removeButton->text()
                              : tr("%1 from %n listeners", "%1 is the remove button's text", int(m_impacts.size()))
                                    .arg(m_removeButton->text()));
    m_cancelButton = box->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel, remove nothing"));
    // Enter without moving the focus cancels; Esc cancels through QDialog.
    m_cancelButton->setAutoDefault(true);
    m_cancelButton->setDefault(true);

    connect(m_removeButton, &QPushButton::clicked, this, &MultiRemoveDialog::confirm);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void MultiRemoveDialog::updateRemoveButton()
{
    const bool gateOpen = !isGated() || m_typedEdit->text() == expectedTypedText();
    m_removeButton->setEnabled(!m_confirmed && gateOpen && !m_impacts.isEmpty());
}

void MultiRemoveDialog::confirm()
{
    // The flag, not only the disabled button, stops a second queued click from confirming twice.
    if (m_confirmed || !m_removeButton->isEnabled())
        return;
    m_confirmed = true;
    m_removeButton->setEnabled(false);
    const QPointer<MultiRemoveDialog> self(this);
    Q_EMIT confirmed();
    if (self)
        accept();
}

void MultiRemoveDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the confirmation field must neither cancel (throwing the text away) nor remove.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && focusWidget() == m_typedEdit) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace ElbDesk
