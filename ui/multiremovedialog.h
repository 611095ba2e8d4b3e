#pragma once

#include "jobs/serversearch.h"

#include <QDialog>
#include <QList>
#include <QString>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ElbDesk {

// The review before removing servers from several listeners at once (find a server everywhere):
// one dialog for every affected listener, listing exactly the selected memberships grouped by
// listener, what remains on each listener, how connections behave, and a typed confirmation when
// ANY listener would be left with no member or no healthy member. Mirrors RemoveMembersDialog (same
// objectNames, Cancel default, Esc cancels, confirmed() at most once); for one listener it uses the
// single-listener wording. It sends nothing: the caller removes, one request per listener.
class MultiRemoveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiRemoveDialog)
public:
    enum class Risk { None, NoHealthyLeft, NoMemberLeft };
    Q_ENUM(Risk)

    // What removing the selection does to one listener.
    struct ListenerImpact
    {
        QString listenerId;
        QString listenerName;
        QString loadBalancerName;
        QList<ServerMembership> removed; // in the caller's order, each member once
        int remaining = 0;               // listenerMembers minus the removed
        int remainingHealthy = 0;        // listenerHealthy minus the removed healthy ones
        bool withoutHealthCheck = false; // its members report UNAVAILABLE: nothing is known unhealthy
        Risk risk = Risk::None;
    };

    // Table rows: a listener row (spanning, with the impact) before that listener's members.
    enum RowKind { ListenerRow = 1, MemberRow = 2 };
    static constexpr int RowKindRole = Qt::UserRole + 1;  // on column 0: ListenerRow or MemberRow
    static constexpr int ListenerIdRole = Qt::UserRole + 2; // on column 0
    static constexpr int MemberIdRole = Qt::UserRole + 3;   // on column 0 of member rows

    explicit MultiRemoveDialog(const QList<ServerMembership> &selected, QWidget *parent = nullptr);
    ~MultiRemoveDialog() override;

    // The memberships to remove, grouped by listener (listeners in order of first appearance).
    [[nodiscard]] QList<ServerMembership> memberships() const;
    [[nodiscard]] const QList<ListenerImpact> &impacts() const { return m_impacts; }
    [[nodiscard]] int listenerCount() const { return int(m_impacts.size()); }
    // Distinct servers (by server id), which is what the title and the button count.
    [[nodiscard]] int serverCount() const { return m_serverCount; }
    [[nodiscard]] int membershipCount() const;
    [[nodiscard]] bool isGated() const;
    // What the operator must type when isGated(): the listener's name (or id) for one listener,
    // else the word REMOVE.
    [[nodiscard]] QString expectedTypedText() const;

    static QString listenerLabel(const QString &listenerId, const QString &listenerName);

    // For the second look after FreshnessCheck found differences: what changed since the first
    // review (FreshnessCheck::describe()), shown above everything else. Empty hides it.
    void setChangesNote(const QString &text);

Q_SIGNALS:
    void confirmed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void group(const QList<ServerMembership> &selected);
    void setUpTexts();
    void setUpTable();
    void setUpButtons();
    void fitToContents();
    void updateRemoveButton();
    void confirm();
    [[nodiscard]] QString impactText(const ListenerImpact &impact) const;
    [[nodiscard]] QString warningText() const;

    QList<ListenerImpact> m_impacts;
    int m_serverCount = 0;
    QLabel *m_changesNote = nullptr;
    QLabel *m_introLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_connectionsNote = nullptr;
    QFrame *m_warning = nullptr;
    QLabel *m_warningText = nullptr;
    QLabel *m_typedPrompt = nullptr;
    QLineEdit *m_typedEdit = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_confirmed = false; // confirm() may be reached twice before the dialog is gone
};

} // namespace ElbDesk
