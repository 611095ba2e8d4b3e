#pragma once

#include "jobs/memberoperation.h" // complete type for the QList<MemberOperation *> signal

#include <QDockWidget>

#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTreeView;

namespace ElbDesk {

class JobCenter;
class JobsModel;

// The non-modal "Jobs" dock: every removal and re-add of this run with its state, elapsed time
// and per-server result, the selected job explained in words, "Check again" for an unknown
// outcome and "Copy job id". When a job ends while the main window is not active it tells the
// operator (tray message, or the window's alert where there is no tray).
class JobsPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)
public:
    using Notifier = std::function<void(const QString &title, const QString &text)>;

    explicit JobsPanel(JobCenter *center, QWidget *parent = nullptr);
    ~JobsPanel() override;

    [[nodiscard]] JobsModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // The operation of the current row (a server row gives its operation), or nullptr — also on a
    // group row (operations started together); currentOperations() gives all of those.
    [[nodiscard]] MemberOperation *currentOperation() const;
    // Every operation of the current row: the group's on a group row, else currentOperation().
    [[nodiscard]] QList<MemberOperation *> currentOperations() const;
    // Makes the operation's row current and visible (e.g. right after starting it). For an
    // operation of a group, the group's row becomes current and is expanded.
    void showOperation(MemberOperation *operation);
    // Replaces the tray / alert delivery of finish notifications (tests, or a custom notifier).
    // An empty function restores the default. notified() is emitted either way.
    void setNotifier(Notifier notifier);

Q_SIGNALS:
    void notified(const QString &title, const QString &text);
    // "Re-add these servers" on a finished removal that took at least one server out.
    void readdRequested(ElbDesk::MemberOperation *operation);
    // "Re-add these servers" on a finished group row: its removals that took servers out. The
    // button is enabled on group rows only while something is connected to this signal.
    void groupReaddRequested(const QList<ElbDesk::MemberOperation *> &operations);

private:
    void updateDetails();
    void checkAgain();
    void copyJobId();
    void requestReadd();
    [[nodiscard]] static bool canReadd(const MemberOperation *operation);
    [[nodiscard]] QList<MemberOperation *> readdableOfGroup() const;
    void onOperationFinished(MemberOperation *operation);
    void deliver(const QString &title, const QString &text, bool problem);
    [[nodiscard]] QWidget *mainWindow() const;

    JobsModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QPushButton *m_copyJobId = nullptr;
    QPushButton *m_readd = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // created on the first notification, if a tray exists
    Notifier m_notifier;
};

} // namespace ElbDesk
