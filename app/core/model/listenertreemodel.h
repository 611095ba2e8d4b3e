#pragma once

#include "listener.h"
#include "loadbalancer.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ElbDesk {

// Load balancers at the top level, their listeners as children. A listener index carries its load
// balancer's key (never its row) as internalId, so indexes stay valid while another load balancer's
// listeners change; top-level indexes carry 0.
class ListenerTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, FrontEnd, BackendPort, Status, Members, ColumnCount };
    Q_ENUM(Column)

    enum Kind { LoadBalancerItem, ListenerItem };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        IdRole,                      // the load balancer's or the listener's id
        LoadBalancerIdRole,          // the load balancer's id (a listener's parent)
    };
    Q_ENUM(Role)

    explicit ListenerTreeModel(QObject *parent = nullptr);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Resets the model; load balancers that are still there keep their listeners.
    void setLoadBalancers(const QList<LoadBalancer> &loadBalancers);
    // Replaces one load balancer's listeners: gone ones are removed, kept ones updated in place
    // (dataChanged, so selection and persistent indexes survive), new ones appended in the given
    // order. Ignored for an unknown load balancer.
    void setListeners(const QString &loadBalancerId, const QList<Listener> &listeners);
    // Overrides the listener's member count (initially its member_number).
    void setMemberCount(const QString &listenerId, int count);

    // The listener at `index` (any column); nullopt for a load balancer row or an invalid index.
    [[nodiscard]] std::optional<Listener> listener(const QModelIndex &index) const;
    // The load balancer at `index`, or the one a listener at `index` belongs to.
    [[nodiscard]] std::optional<LoadBalancer> loadBalancer(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexForListener(const QString &id) const;     // column 0
    [[nodiscard]] QModelIndex indexForLoadBalancer(const QString &id) const; // column 0

private:
    struct ListenerNode
    {
        Listener listener;
        int memberCount = 0;
    };
    struct LoadBalancerNode
    {
        quintptr key = 0; // stable for the node's lifetime, never 0
        LoadBalancer loadBalancer;
        QList<ListenerNode> listeners;
    };

    [[nodiscard]] int loadBalancerRow(const QString &id) const;
    [[nodiscard]] const LoadBalancerNode *loadBalancerNodeOf(const QModelIndex &index) const;
    [[nodiscard]] const ListenerNode *listenerNodeOf(const QModelIndex &index) const;
    [[nodiscard]] QVariant loadBalancerData(const LoadBalancerNode &node, int column, int role) const;
    [[nodiscard]] QVariant listenerData(const ListenerNode &node, int column, int role) const;
    void rebuildKeyIndex();

    QList<LoadBalancerNode> m_loadBalancers;
    QHash<quintptr, int> m_rowByKey; // load balancer key → row; rows change only on reset
    quintptr m_nextKey = 1;
};

} // namespace ElbDesk
