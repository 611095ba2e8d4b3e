#include "jobspanel.h"

#include "jobs/jobcenter.h"
#include "jobs/memberoperation.h"
#include "model/jobsmodel.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMetaMethod>
#include <QPainter>
#include <QPushButton>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace ElbDesk {

namespace {

// The State column of an unfinished job as a progress bar carrying the state word: a busy
// (indeterminate) bar while the cloud job runs, a milestone value otherwise. Finished jobs and
// server rows are plain text, so a full bar never looks like success for a failed job.
class JobProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant progress = index.data(JobsModel::ProgressRole);
        if (!progress.isValid() || progress.toInt() >= 100) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        item.text.clear(); // the bar carries the text
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.state = (option.state & ~QStyle::State_HasFocus) | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        const int value = progress.toInt();
        bar.minimum = 0;
        bar.maximum = value < 0 ? 0 : 100; // 0..0 = busy indicator
        bar.progress = value < 0 ? 0 : value;
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 9));
        return size;
    }
};

} // namespace

JobsPanel::JobsPanel(JobCenter *center, QWidget *parent)
    : QDockWidget(tr("Jobs", "dock title"), parent), m_model(new JobsModel(center, this))
{
    setObjectName(QStringLiteral("jobsDock"));

    auto *body = new QWidget(this);
    m_view = new QTreeView(body);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setAccessibleDescription(
        tr("Removals and re-adds of this session. Expand a job to see its servers."));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(JobsModel::State, new JobProgressDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(JobsModel::Listener, QHeaderView::Stretch);

    m_detail = new QLabel(body);
    m_detail->setObjectName(QStringLiteral("jobDetailLabel"));
    m_detail->setAccessibleName(tr("Job details"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_checkAgain = new QPushButton(tr("Check again", "follow a job with an unknown outcome once more"), body);
    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgain->setAccessibleName(tr("Check the job again"));
    m_checkAgain->setToolTip(
        tr("Ask the cloud about this job once more. Only for jobs whose outcome is unknown; "
           "nothing is sent again."));
    m_copyJobId = new QPushButton(tr("Copy job id"), body);
    m_copyJobId->setObjectName(QStringLiteral("copyJobIdButton"));
    m_copyJobId->setAccessibleName(tr("Copy job id"));
    m_copyJobId->setToolTip(tr("Copy the cloud job id of the selected job, e.g. for a support request."));

    m_readd = new QPushButton(tr("Re-add these servers", "undo a removal"), body);
    m_readd->setObjectName(QStringLiteral("readdButton"));
    m_readd->setAccessibleName(tr("Re-add the removed servers"));
    m_readd->setToolTip(tr("Add the servers this job removed back to the same listener. They get new "
                           "member ids; servers already on the listener are not added twice."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAgain);
    buttons->addWidget(m_copyJobId);
    buttons->addWidget(m_readd);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &JobsPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parentIndex, int first) {
                // With nothing chosen yet, the job just started is the one to explain.
                if (!parentIndex.isValid() && !m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_model->index(first, 0));
                updateDetails();
            });
    connect(m_checkAgain, &QPushButton::clicked, this, &JobsPanel::checkAgain);
    connect(m_copyJobId, &QPushButton::clicked, this, &JobsPanel::copyJobId);
    connect(m_readd, &QPushButton::clicked, this, &JobsPanel::requestReadd);
    if (center)
        connect(center, &JobCenter::operationFinished, this, &JobsPanel::onOperationFinished);
    updateDetails();
}

JobsPanel::~JobsPanel() = default;

MemberOperation *JobsPanel::currentOperation() const
{
    return m_model->operation(m_view->currentIndex());
}

QList<MemberOperation *> JobsPanel::currentOperations() const
{
    return m_model->operations(m_view->currentIndex());
}

void JobsPanel::showOperation(MemberOperation *operation)
{
    QModelIndex index = m_model->indexOf(operation);
    if (!index.isValid())
        return;
    if (index.parent().isValid()) {
        // Started together with others: the group's row is the entry the operator looks for.
        index = index.parent();
        m_view->expand(index);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void JobsPanel::setNotifier(Notifier notifier)
{
    m_notifier = std::move(notifier);
}

void JobsPanel::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_model->isGroup(current)) {
        const QList<MemberOperation *> operations = m_model->operations(current);
        m_detail->setText(m_model->detailText(current));
        m_checkAgain->setEnabled(false); // per listener: select that job's row
        m_copyJobId->setEnabled(std::any_of(operations.cbegin(), operations.cend(),
                                            [](const MemberOperation *op) { return !op->jobId().isEmpty(); }));
        m_readd->setEnabled(!readdableOfGroup().isEmpty());
        return;
    }
    const MemberOperation *operation = m_model->operation(current);
    if (!operation)
        m_detail->setText(m_model->rowCount() == 0 ? tr("No jobs yet. Removals and re-adds appear here.")
                                                   : tr("Select a job to see what happened."));
    else
        m_detail->setText(m_model->detailText(current));
    m_checkAgain->setEnabled(operation && operation->outcome() == MemberOperation::Outcome::Unknown &&
                             !operation->jobId().isEmpty());
    m_copyJobId->setEnabled(operation && !operation->jobId().isEmpty());
    m_readd->setEnabled(canReadd(operation));
}

bool JobsPanel::canReadd(const MemberOperation *operation)
{
    if (!operation || operation->kind() != QLatin1String("remove")
        || operation->phase() != MemberOperation::Phase::Done)
        return false;
    const QList<MemberOperation::Target> &targets = operation->targets();
    return std::any_of(targets.cbegin(), targets.cend(), [](const MemberOperation::Target &t) {
        return t.state == MemberOperation::TargetState::Done;
    });
}

QList<MemberOperation *> JobsPanel::readdableOfGroup() const
{
    // Only offered when the main window handles a group re-add.
    if (!isSignalConnected(QMetaMethod::fromSignal(&JobsPanel::groupReaddRequested)))
        return {};
    const QModelIndex current = m_view->currentIndex();
    if (!m_model->isGroup(current))
        return {};
    const QList<MemberOperation *> operations = m_model->operations(current);
    if (std::any_of(operations.cbegin(), operations.cend(),
                    [](const MemberOperation *op) { return op->phase() != MemberOperation::Phase::Done; }))
        return {}; // wait until every listener's job is settled
    QList<MemberOperation *> readdable;
    std::copy_if(operations.cbegin(), operations.cend(), std::back_inserter(readdable),
                 [](const MemberOperation *op) { return canReadd(op); });
    return readdable;
}

void JobsPanel::requestReadd()
{
    if (m_model->isGroup(m_view->currentIndex())) {
        const QList<MemberOperation *> operations = readdableOfGroup();
        if (!operations.isEmpty())
            Q_EMIT groupReaddRequested(operations);
        return;
    }
    MemberOperation *operation = currentOperation();
    if (canReadd(operation))
        Q_EMIT readdRequested(operation);
}

void JobsPanel::checkAgain()
{
    MemberOperation *operation = currentOperation();
    if (!operation || operation->outcome() != MemberOperation::Outcome::Unknown ||
        operation->jobId().isEmpty())
        return;
    operation->checkAgain();
    updateDetails();
}

void JobsPanel::copyJobId()
{
    if (m_model->isGroup(m_view->currentIndex())) {
        // One id a line, in the order the listeners' requests were sent.
        QStringList ids;
        const QList<MemberOperation *> operations = currentOperations();
        for (const MemberOperation *op : operations) {
            if (!op->jobId().isEmpty())
                ids << op->jobId();
        }
        if (!ids.isEmpty())
            QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
        return;
    }
    const MemberOperation *operation = currentOperation();
    if (!operation || operation->jobId().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(operation->jobId());
}

QWidget *JobsPanel::mainWindow() const
{
    return parentWidget() ? parentWidget()->window() : window();
}

void JobsPanel::onOperationFinished(MemberOperation *operation)
{
    const QString listener = JobsModel::listenerLabel(operation);
    JobsModel::JobState state = JobsModel::stateOf(operation);
    QString text;
    QString title = JobsModel::actionText(operation);
    const QModelIndex group = m_model->indexOf(operation).parent();
    if (group.isValid()) {
        // One notice for the whole group, once its last job has ended.
        state = group.data(JobsModel::StateRole).value<JobsModel::JobState>();
        if (state == JobsModel::JobState::Waiting || state == JobsModel::JobState::Running
            || state == JobsModel::JobState::Verifying)
            return;
        title = group.siblingAtColumn(JobsModel::Servers).data().toString();
        text = tr("Jobs on %1: %2.", "1: e.g. 3 listeners; 2: a job state")
                   .arg(group.data().toString(), JobsModel::stateText(state));
    }
    switch (group.isValid() ? JobsModel::JobState::Waiting : state) {
    case JobsModel::JobState::Waiting:
        break; // a group: said above
    case JobsModel::JobState::Succeeded:
        text = tr("Job on listener %1 succeeded.").arg(listener);
        break;
    case JobsModel::JobState::Failed:
        text = tr("Job on listener %1 failed.").arg(listener);
        break;
    case JobsModel::JobState::Rejected:
        text = tr("Job on listener %1 was rejected.").arg(listener);
        break;
    case JobsModel::JobState::Unknown:
    default:
        text = tr("Job on listener %1: the outcome is unknown.").arg(listener);
        break;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Screen readers hear the outcome even while the operator works in another pane.
    QAccessibleAnnouncementEvent announcement(this, text);
    QAccessible::updateAccessibility(&announcement);
#endif
    const QWidget *main = mainWindow();
    if (isActiveWindow() || (main && main->isActiveWindow()))
        return; // the panel is in view: no need to interrupt
    deliver(title, text, state != JobsModel::JobState::Succeeded);
}

void JobsPanel::deliver(const QString &title, const QString &text, bool problem)
{
    if (m_notifier) {
        m_notifier(title, text);
    } else if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull())
                icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(tr("ELB Desk jobs"));
            const auto raiseWindow = [this] {
                QWidget *main = mainWindow();
                main->show();
                main->raise();
                main->activateWindow();
            };
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, raiseWindow);
            connect(m_tray, &QSystemTrayIcon::activated, this, raiseWindow);
            m_tray->show();
        }
        m_tray->showMessage(title, text, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else {
        QApplication::alert(mainWindow());
    }
    Q_EMIT notified(title, text);
}

} // namespace ElbDesk
