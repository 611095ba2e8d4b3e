#include "removemembersdialog.h"

#include "ui_removemembersdialog.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTableWidgetItem>

namespace ElbDesk {

namespace {

enum Column { NameColumn, AddressColumn, ServerIdColumn, HealthColumn };

constexpr int MaxVisibleRows = 8; // the table shows about this many members before it scrolls
constexpr int MinVisibleRows = 3;
constexpr int MaxTableWidth = 900;
constexpr int ComfortableTextColumns = 84; // in average characters: the notes fit on one line each

} // namespace

RemoveMembersDialog::RemoveMembersDialog(const Listener &listener, const QList<Member> &selected,
                                         const QList<Member> &allMembersOfListener, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RemoveMembersDialog>()), m_listener(listener)
{
    m_ui->setupUi(this);

    // A member selected twice is still removed once; title, table and button count it once.
    QSet<QString> seen;
    for (const Member &member : selected) {
        if (!seen.contains(member.id)) {
            seen.insert(member.id);
            m_members.append(member);
        }
    }

    countRemaining(allMembersOfListener);
    setUpTexts();
    setUpTable();
    setUpButtons();

    connect(m_ui->typedNameEdit, &QLineEdit::textChanged, this, &RemoveMembersDialog::updateRemoveButton);
    updateRemoveButton();

    // Safe first: Cancel has the focus, so neither Enter nor Space removes anything by accident.
    m_cancelButton->setFocus(Qt::OtherFocusReason);
    fitToContents();
}

RemoveMembersDialog::~RemoveMembersDialog() = default;

QString RemoveMembersDialog::listenerLabel(const Listener &listener)
{
    return listener.name.isEmpty() ? listener.id : listener.name;
}

QString RemoveMembersDialog::expectedTypedName() const
{
    return listenerLabel(m_listener);
}

QString RemoveMembersDialog::healthText(const QString &healthStatus)
{
    if (healthStatus == QLatin1String("NORMAL"))
        return tr("Healthy");
    if (healthStatus == QLatin1String("ABNORMAL"))
        return tr("Unhealthy");
    if (healthStatus == QLatin1String("UNAVAILABLE"))
        return tr("No health check");
    if (healthStatus.isEmpty())
        return tr("Unknown", "health status");
    return tr("Unknown (%1)", "health status; %1 is the value the cloud sent").arg(healthStatus);
}

void RemoveMembersDialog::countRemaining(const QList<Member> &allMembersOfListener)
{
    QSet<QString> removed;
    for (const Member &member : std::as_const(m_members))
        removed.insert(member.id);
    for (const Member &member : allMembersOfListener) {
        if (removed.contains(member.id))
            continue;
        ++m_remaining;
        if (member.isHealthy())
            ++m_remainingHealthy;
        if (member.healthStatus == QLatin1String("UNAVAILABLE"))
            ++m_remainingWithoutHealthCheck;
    }

    if (m_remaining == 0)
        m_risk = Risk::NoMemberLeft;
    // Without a health check nothing is known to be unhealthy: warning on every removal from such a
    // listener would only teach operators to type the name out of habit.
    else if (m_remainingHealthy == 0 && m_remaining > m_remainingWithoutHealthCheck)
        m_risk = Risk::NoHealthyLeft;
    else
        m_risk = Risk::None;
}

void RemoveMembersDialog::setUpTexts()
{
    const int count = int(m_members.size());
    const QString label = listenerLabel(m_listener);
    setWindowTitle(count == 1 ? tr("Remove 1 server from listener %1").arg(label)
                              : tr("Remove %n servers from listener %1", nullptr, count).arg(label));

    QString endpoint = tr("%1 port %2", "listener protocol and port, e.g. TCP port 443")
                           .arg(m_listener.protocol)
                           .arg(m_listener.port);
    endpoint.replace(QLatin1Char(' '), QChar::Nbsp); // kept on one line when the text wraps
    m_ui->introLabel->setText(
        count == 1 ? tr("This server will be removed from listener “%1” (%2). The server itself keeps "
                        "running and can be added back later.")
                         .arg(label, endpoint)
                   : tr("These %n servers will be removed from listener “%1” (%2). The servers themselves "
                        "keep running and can be added back later.",
                        nullptr, count)
                         .arg(label, endpoint));

    m_ui->remainingLabel->setText(remainingText());
    m_ui->connectionsNote->setText(connectionsNoteText());

    m_ui->lastHealthyWarning->setVisible(m_risk != Risk::None);
    if (m_risk == Risk::None)
        return;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_ui->warningText->setText(
        m_risk == Risk::NoMemberLeft
            ? tr("No member will remain on listener “%1”. It will have no servers and cannot serve any "
                 "traffic until servers are added again.")
                  .arg(label)
            : tr("No healthy member will remain on listener “%1”. Clients will get errors until a "
                 "remaining server passes its health check again.")
                  .arg(label));
    QFont bold = m_ui->warningText->font();
    bold.setBold(true);
    m_ui->warningText->setFont(bold);
    m_ui->lastHealthyWarning->setAccessibleDescription(m_ui->warningText->text());

    if (m_listener.name.isEmpty()) {
        m_ui->typedNamePrompt->setText(
            tr("To remove anyway, type the listener ID “%1” (the listener has no name):").arg(label));
        m_ui->typedNameEdit->setAccessibleName(tr("Listener ID to confirm the removal"));
    } else {
        m_ui->typedNamePrompt->setText(tr("To remove anyway, type the listener name “%1”:").arg(label));
        m_ui->typedNameEdit->setAccessibleName(tr("Listener name to confirm the removal"));
    }
}

QString RemoveMembersDialog::remainingText() const
{
    if (m_remaining == 0)
        return tr("After removal: no members remain on this listener.");
    if (m_remainingWithoutHealthCheck == m_remaining) {
        return m_remaining == 1
                   ? tr("After removal: 1 member remains (no health check).")
                   : tr("After removal: %Ln members remain (no health check).", nullptr, m_remaining);
    }
    if (m_remaining == 1) {
        return m_remainingHealthy == 1 ? tr("After removal: 1 member remains, and it is healthy.")
                                       : tr("After removal: 1 member remains, and it is not healthy.");
    }
    return tr("After removal: %Ln members remain, %L1 of them healthy.", nullptr, m_remaining)
        .arg(m_remainingHealthy);
}

QString RemoveMembersDialog::connectionsNoteText() const
{
    QString note = m_members.size() == 1
                       ? tr("Established connections to this server may continue until they time out.")
                       : tr("Established connections to these servers may continue until they time out.");
    if (m_listener.protocol.compare(QLatin1String("TCP"), Qt::CaseInsensitive) != 0)
        return note;
    const int minutes = m_listener.tcpDrainingTimeout;
    note += QLatin1Char('\n');
    if (!m_listener.tcpDraining)
        note += tr("Connection draining is off for this TCP listener.");
    else if (minutes == 1)
        note += tr("Connection draining is on for this TCP listener: connections to removed servers are "
                   "kept for up to 1 minute (the draining timeout).");
    else
        note += tr("Connection draining is on for this TCP listener: connections to removed servers are "
                   "kept for up to %n minutes (the draining timeout).",
                   nullptr, minutes);
    return note;
}

void RemoveMembersDialog::setUpTable()
{
    QTableWidget *table = m_ui->reviewTable;
    table->setRowCount(int(m_members.size()));
    const auto addItem = [table](int row, int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled); // review only: nothing to select or edit
        table->setItem(row, column, item);
        return item;
    };
    for (int row = 0; row < m_members.size(); ++row) {
        const Member &member = m_members.at(row);
        QTableWidgetItem *name =
            addItem(row, NameColumn, member.serverName.isEmpty() ? tr("(no name)") : member.serverName);
        if (member.serverName.isEmpty()) {
            QFont italic = name->font();
            italic.setItalic(true); // not to be mistaken for a server really called "(no name)"
            name->setFont(italic);
        }
        name->setToolTip(tr("Member ID: %1").arg(member.id));
        addItem(row, AddressColumn, member.serverAddress);
        addItem(row, ServerIdColumn, member.serverId);
        addItem(row, HealthColumn, healthText(member.healthStatus))
            ->setToolTip(tr("Health status reported by the cloud: %1").arg(member.healthStatus));
    }

    // Size for the content: all columns readable, about MaxVisibleRows rows before scrolling. Metrics
    // are only final once the style has polished the widgets.
    ensurePolished();
    QHeaderView *header = table->horizontalHeader();
    // Not stretchLastSection: that never shrinks the last column below the default section size,
    // which put a horizontal scroll bar under a table that fits.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HealthColumn, QHeaderView::Stretch);
    const QAbstractItemView *view = table; // sizeHintForColumn() is public only there
    int width = 2 * table->frameWidth();
    for (int column = 0; column < table->columnCount(); ++column)
        width += qMax(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    // Room for a vertical scroll bar whether or not one shows, so no horizontal one ever appears.
    width += table->verticalScrollBar()->sizeHint().width();
    const int rows = qBound(MinVisibleRows, int(m_members.size()), MaxVisibleRows);
    // A few pixels to spare: an exact fit can leave a scroll bar showing after the first layout.
    const int height = header->sizeHint().height() + rows * table->verticalHeader()->defaultSectionSize() +
                       2 * table->frameWidth() + 4;
    table->setMinimumSize(qMin(width, MaxTableWidth), height);
    // The minimum width shows every column, so a horizontal scroll bar would only waste a row's
    // worth of height (and count in the size hint before the first layout hides it).
    if (width <= MaxTableWidth)
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A short list: hint at the rows themselves, not at the generic 256×192 that adds empty rows.
    if (m_members.size() <= MaxVisibleRows)
        table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
}

void RemoveMembersDialog::fitToContents()
{
    // The warning frame's own layout hears of its new texts only through a posted LayoutRequest;
    // without activating it now the first size comes from stale hints and cuts the warning.
    m_ui->warningLayout->activate();
    adjustSize();
    // Wrapped labels ask for little width; a narrow table would leave the notes in short ragged
    // lines, so give the texts a comfortable measure.
    const QRect available = screen()->availableGeometry();
    const int comfortable =
        qMin(fontMetrics().averageCharWidth() * ComfortableTextColumns, available.width());
    const int w = qMax(width(), comfortable);
    // adjustSize() also caps a window at 2/3 of the screen height, which can cut the wrapped texts
    // on a small screen: they take precedence over that cap (the table keeps its minimum height).
    resize(w, qMin(layout()->totalHeightForWidth(w), available.height()));
}

void RemoveMembersDialog::setUpButtons()
{
    const int count = int(m_members.size());
    QDialogButtonBox *box = m_ui->buttonBox;
    m_removeButton =
        box->addButton(count == 1 ? tr("Remove 1 server") : tr("Remove %n servers", nullptr, count),
                       QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAccessibleName(m_removeButton->text());
    m_cancelButton = box->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel, remove nothing"));
    // Enter without moving the focus cancels; Esc cancels through QDialog.
    m_cancelButton->setAutoDefault(true);
    m_cancelButton->setDefault(true);

    connect(m_removeButton, &QPushButton::clicked, this, &RemoveMembersDialog::confirm);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RemoveMembersDialog::updateRemoveButton()
{
    const bool gateOpen = m_risk == Risk::None || m_ui->typedNameEdit->text() == expectedTypedName();
    m_removeButton->setEnabled(!m_confirmed && gateOpen);
}

void RemoveMembersDialog::confirm()
{
    // The flag, not only the disabled button, stops a second click or key press that was already
    // queued from starting a second removal.
    if (m_confirmed || !m_removeButton->isEnabled())
        return;
    m_confirmed = true;
    m_removeButton->setEnabled(false);
    const QPointer<RemoveMembersDialog> self(this);
    Q_EMIT confirmed();
    if (self)
        accept();
}

void RemoveMembersDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the name field would otherwise press the default button (Cancel) and throw the typed
    // name away; it must not remove either, so it does nothing there.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && focusWidget() == m_ui->typedNameEdit) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace ElbDesk
