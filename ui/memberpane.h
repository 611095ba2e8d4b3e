#pragma once

#include "api/apiclient.h"
#include "api/listmembersrequest.h"
#include "model/listener.h"
#include "model/member.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QItemSelection;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ElbDesk {

class MemberFilterProxyModel;
class MemberModel;

// The members of one listener: filter box, health filter, sortable multi-selection table and
// paged, visible loading. The selection is kept by member id, so rows hidden by the filter stay
// selected and go to the review.
class MemberPane : public QWidget
{
    Q_OBJECT
public:
    explicit MemberPane(QWidget *parent = nullptr);
    ~MemberPane() override;

    void showListener(ApiClient *client, const Listener &listener);
    void reload();
    void clearListener();
    [[nodiscard]] bool hasListener() const { return !m_listener.id.isEmpty(); }
    [[nodiscard]] const Listener &listener() const { return m_listener; }
    [[nodiscard]] QList<Member> selectedMembers() const;
    [[nodiscard]] QList<Member> allMembers() const;
    [[nodiscard]] int hiddenSelectedCount() const;
    [[nodiscard]] bool isLoading() const { return m_request != nullptr; }
    [[nodiscard]] MemberModel *model() const { return m_model; }
    [[nodiscard]] MemberFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }

    void focusFilter();
    void selectAllShown();

Q_SIGNALS:
    void selectionCountChanged(int selected, int hidden);
    void loadFailed(const ElbDesk::ApiError &error);
    void loaded(const QString &listenerId, int count, int healthy);

private:
    void startLoading();
    void onFilterChanged();
    void onViewSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    void restoreSelection();
    void updateCounts();
    // Pages arrive faster than a repaint is worth: rows, progress and counts follow at most every
    // FlushIntervalMs (the first page at once), so 200 pages cost a few model inserts and frames.
    void flushPending();
    void dropPending();
    static constexpr int FlushIntervalMs = 250;

    QPointer<ApiClient> m_client;
    Listener m_listener;
    MemberModel *m_model;
    MemberFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_health;
    QPushButton *m_selectAll;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QTableView *m_view;
    QPointer<ListMembersRequest> m_request;
    QSet<QString> m_selectedIds;
    QTimer m_restoreTimer;
    QTimer m_flushTimer;
    // Pages received since the last flush and their row keys (shared with the request's lists:
    // no per-member copy).
    QList<QList<Member>> m_pending;
    QList<QList<MemberRowKeys>> m_pendingKeys;
    int m_pendingSoFar = 0;
    bool m_syncingSelection = false;
};

} // namespace ElbDesk
