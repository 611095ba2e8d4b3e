#pragma once

#include "jobs/serversearch.h"
#include "multiremovedialog.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ElbDesk {

class ApiClient;

// "Find server everywhere": searches every listener of every load balancer of the project for a
// server (by name, private IP or server id) with ServerSearch, shows each membership it finds, and
// lets the operator select memberships and review their removal in one MultiRemoveDialog. It sends
// nothing itself: on the review's confirmed() it emits removalConfirmed() with the selection, and
// the caller re-checks (FreshnessCheck) and sends one removal per listener.
class FindServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindServerDialog)
public:
    enum Column {
        LoadBalancerColumn,
        ListenerColumn,
        NameColumn,
        AddressColumn,
        ServerIdColumn,
        MemberIdColumn,
        HealthColumn,
        RemainingColumn,
        ColumnCount
    };
    static constexpr int ResultIndexRole = Qt::UserRole + 1; // on column 0: the index into results()

    explicit FindServerDialog(ApiClient *client, QWidget *parent = nullptr);
    ~FindServerDialog() override;

    void setQuery(const QString &query);
    [[nodiscard]] QString query() const;
    // Starts a search for the query field's text; a running search is aborted first.
    void search();

    [[nodiscard]] bool isSearching() const;
    // The memberships of the last search (complete once it finished), in table order.
    [[nodiscard]] const QList<ServerMembership> &results() const { return m_results; }
    [[nodiscard]] const QList<ServerSearchFailure> &failures() const { return m_failures; }
    [[nodiscard]] QList<ServerMembership> selectedMemberships() const;
    // The open review, if any (for tests and for the caller to raise it).
    [[nodiscard]] MultiRemoveDialog *reviewDialog() const { return m_review; }
    // Opens the review for the selected rows (what the remove button does).
    void reviewSelected();

Q_SIGNALS:
    // After each search, complete or not (never for an aborted one).
    void searchFinished();
    // The operator confirmed the review: the caller removes these, one request per listener.
    void removalConfirmed(const QList<ElbDesk::ServerMembership> &selected);

protected:
    void done(int result) override;

private:
    void onProgress(int listenersDone, int listenersTotal);
    void onFinished();
    void fillTable();
    void updateRemoveButton();
    void stopSearch();
    [[nodiscard]] QString remainingText(const ServerMembership &membership) const;

    QPointer<ApiClient> m_client;
    QPointer<ServerSearch> m_search;
    QPointer<MultiRemoveDialog> m_review;
    QList<ServerMembership> m_results;
    QList<ServerSearchFailure> m_failures;
    QLineEdit *m_queryEdit = nullptr;
    QPushButton *m_findButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace ElbDesk
