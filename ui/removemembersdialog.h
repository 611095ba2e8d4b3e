#pragma once

#include "model/listener.h"
#include "model/member.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

class QPushButton;

namespace ElbDesk {

namespace Ui {
class RemoveMembersDialog;
}

// Review-before-delete: lists exactly the selected members (also those the current filter hides),
// says what remains on the listener and how connections behave, and gates a removal that leaves no
// member or no healthy member behind typing the listener's name. It sends nothing itself: the caller
// starts the removal when confirmed() arrives (at most once per dialog).
class RemoveMembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoveMembersDialog)
public:
    enum class Risk {
        None,          // healthy members (or members without a health check) remain
        NoHealthyLeft, // members remain, none of them healthy
        NoMemberLeft,  // the listener ends up empty
    };
    Q_ENUM(Risk)

    RemoveMembersDialog(const Listener &listener, const QList<Member> &selected,
                        const QList<Member> &allMembersOfListener, QWidget *parent = nullptr);
    ~RemoveMembersDialog() override;

    // The members to remove: `selected` without repeated ids, in the caller's order.
    [[nodiscard]] const QList<Member> &members() const { return m_members; }
    [[nodiscard]] const Listener &listener() const { return m_listener; }
    [[nodiscard]] int remainingCount() const { return m_remaining; }
    [[nodiscard]] int remainingHealthyCount() const { return m_remainingHealthy; }
    [[nodiscard]] Risk risk() const { return m_risk; }
    // What the operator must type when risk() != None: the listener name, or its id when unnamed.
    [[nodiscard]] QString expectedTypedName() const;

    // The listener as operators know it: its name, or its id when the name is empty.
    static QString listenerLabel(const Listener &listener);
    static QString healthText(const QString &healthStatus);

Q_SIGNALS:
    void confirmed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void countRemaining(const QList<Member> &allMembersOfListener);
    void setUpTexts();
    void setUpTable();
    void setUpButtons();
    void fitToContents();
    void updateRemoveButton();
    void confirm();
    [[nodiscard]] QString connectionsNoteText() const;
    [[nodiscard]] QString remainingText() const;

    std::unique_ptr<Ui::RemoveMembersDialog> m_ui;
    Listener m_listener;
    QList<Member> m_members;
    int m_remaining = 0;
    int m_remainingHealthy = 0;
    int m_remainingWithoutHealthCheck = 0;
    Risk m_risk = Risk::None;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_confirmed = false; // confirm() may be reached twice before the dialog is gone
};

} // namespace ElbDesk
