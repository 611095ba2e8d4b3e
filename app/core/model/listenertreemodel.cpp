#include "listenertreemodel.h"

#include <QSet>

namespace ElbDesk {

ListenerTreeModel::ListenerTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QModelIndex ListenerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, m_loadBalancers.at(parent.row()).key);
}

QModelIndex ListenerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = m_rowByKey.value(child.internalId(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int ListenerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_loadBalancers.size());
    // Only column 0 of a load balancer has children; listeners have none.
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_loadBalancers.at(parent.row()).listeners.size());
}

int ListenerTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const ListenerTreeModel::LoadBalancerNode *
ListenerTreeModel::loadBalancerNodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : m_rowByKey.value(index.internalId(), -1);
    if (row < 0 || row >= m_loadBalancers.size())
        return nullptr;
    return &m_loadBalancers.at(row);
}

const ListenerTreeModel::ListenerNode *ListenerTreeModel::listenerNodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const LoadBalancerNode *lb = loadBalancerNodeOf(index);
    if (!lb || index.row() >= lb->listeners.size())
        return nullptr;
    return &lb->listeners.at(index.row());
}

QVariant ListenerTreeModel::loadBalancerData(const LoadBalancerNode &node, int column, int role) const
{
    const LoadBalancer &lb = node.loadBalancer;
    const QString name = lb.name.isEmpty() ? tr("(no name)", "load balancer without a name") : lb.name;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return name;
        case FrontEnd:
            return lb.vipAddress; // the address clients connect to
        case Status:
            return lb.status;
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column != Name)
            return {};
        return lb.status.isEmpty() ? tr("Load balancer %1").arg(name)
                                   : tr("Load balancer %1 (%2)", "name, status").arg(name, lb.status);
    case KindRole:
        return LoadBalancerItem;
    case IdRole:
        return lb.id;
    default:
        return {};
    }
}

QVariant ListenerTreeModel::listenerData(const ListenerNode &node, int column, int role) const
{
    const Listener &l = node.listener;
    const QString name = l.name.isEmpty() ? tr("(no name)", "listener without a name") : l.name;
    const QString frontEnd =
        tr("%1:%2", "listener protocol and port, e.g. TCP:443").arg(l.protocol, QString::number(l.port));
    QString backEnd;
    if (l.backendPort > 0) {
        backEnd = l.backendProtocol.isEmpty() ? tr("→ %1", "backend port").arg(l.backendPort)
                                              : tr("→ %1:%2", "backend protocol and port")
                                                    .arg(l.backendProtocol, QString::number(l.backendPort));
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return name;
        case FrontEnd:
            return frontEnd;
        case BackendPort:
            return backEnd;
        case Status:
            return l.status;
        case Members:
            return node.memberCount;
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column != Name)
            return {};
        return tr("Listener %1, %2 %3", "name, front end, back end").arg(name, frontEnd, backEnd).trimmed();
    case KindRole:
        return ListenerItem;
    case IdRole:
        return l.id;
    default:
        return {};
    }
}

QVariant ListenerTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (role == LoadBalancerIdRole) {
        const LoadBalancerNode *lb = loadBalancerNodeOf(index);
        return lb ? QVariant(lb->loadBalancer.id) : QVariant();
    }
    if (const ListenerNode *l = listenerNodeOf(index))
        return listenerData(*l, index.column(), role);
    if (const LoadBalancerNode *lb = loadBalancerNodeOf(index))
        return loadBalancerData(*lb, index.column(), role);
    return {};
}

QVariant ListenerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name", "column");
    case FrontEnd:
        return tr("Front end", "column: listener protocol and port");
    case BackendPort:
        return tr("Back end", "column: backend protocol and port");
    case Status:
        return tr("Status", "column");
    case Members:
        return tr("Members", "column: number of backend servers");
    default:
        return {};
    }
}

Qt::ItemFlags ListenerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

void ListenerTreeModel::setLoadBalancers(const QList<LoadBalancer> &loadBalancers)
{
    QHash<QString, int> oldRowById;
    for (qsizetype row = 0; row < m_loadBalancers.size(); ++row)
        oldRowById.insert(m_loadBalancers.at(row).loadBalancer.id, int(row));

    QList<LoadBalancerNode> nodes;
    nodes.reserve(loadBalancers.size());
    QSet<QString> seen;
    for (const LoadBalancer &lb : loadBalancers) {
        if (seen.contains(lb.id)) // a duplicated id would make indexForLoadBalancer ambiguous
            continue;
        seen.insert(lb.id);
        LoadBalancerNode node;
        const int oldRow = oldRowById.value(lb.id, -1);
        if (oldRow >= 0) {
            node.key = m_loadBalancers.at(oldRow).key;
            node.listeners = m_loadBalancers.at(oldRow).listeners;
        } else {
            node.key = m_nextKey++;
        }
        node.loadBalancer = lb;
        nodes.append(std::move(node));
    }

    beginResetModel();
    m_loadBalancers = std::move(nodes);
    rebuildKeyIndex();
    endResetModel();
}

void ListenerTreeModel::setListeners(const QString &loadBalancerId, const QList<Listener> &listeners)
{
    const int lbRow = loadBalancerRow(loadBalancerId);
    if (lbRow < 0)
        return;
    const QModelIndex parentIndex = index(lbRow, 0);
    QList<ListenerNode> &children = m_loadBalancers[lbRow].listeners;

    QHash<QString, qsizetype> newPosById; // first occurrence wins
    for (qsizetype i = 0; i < listeners.size(); ++i) {
        if (!newPosById.contains(listeners.at(i).id))
            newPosById.insert(listeners.at(i).id, i);
    }

    // 1. Remove the listeners that are gone, one contiguous run at a time, back to front.
    int end = int(children.size());
    while (end > 0) {
        if (newPosById.contains(children.at(end - 1).listener.id)) {
            --end;
            continue;
        }
        int begin = end - 1;
        while (begin > 0 && !newPosById.contains(children.at(begin - 1).listener.id))
            --begin;
        beginRemoveRows(parentIndex, begin, end - 1);
        children.remove(begin, end - begin);
        endRemoveRows();
        end = begin;
    }

    // 2. Update the ones that stay, in place.
    QSet<QString> kept;
    for (ListenerNode &node : children) {
        const Listener &fresh = listeners.at(newPosById.value(node.listener.id));
        node.listener = fresh;
        node.memberCount = fresh.memberNumber;
        kept.insert(fresh.id);
    }
    if (!children.isEmpty()) {
        emit dataChanged(index(0, 0, parentIndex),
                         index(int(children.size()) - 1, ColumnCount - 1, parentIndex));
    }

    // 3. Append the new ones in the order given.
    QList<ListenerNode> added;
    for (const Listener &l : listeners) {
        if (kept.contains(l.id))
            continue;
        kept.insert(l.id);
        added.append(ListenerNode{l, l.memberNumber});
    }
    if (!added.isEmpty()) {
        const int first = int(children.size());
        beginInsertRows(parentIndex, first, first + int(added.size()) - 1);
        children.append(added);
        endInsertRows();
    }
}

void ListenerTreeModel::setMemberCount(const QString &listenerId, int count)
{
    const QModelIndex nameIndex = indexForListener(listenerId);
    if (!nameIndex.isValid())
        return;
    const int lbRow = m_rowByKey.value(nameIndex.internalId());
    ListenerNode &node = m_loadBalancers[lbRow].listeners[nameIndex.row()];
    if (node.memberCount == count)
        return;
    node.memberCount = count;
    const QModelIndex cell = nameIndex.siblingAtColumn(Members);
    emit dataChanged(cell, cell, {Qt::DisplayRole});
}

std::optional<Listener> ListenerTreeModel::listener(const QModelIndex &index) const
{
    const ListenerNode *node = listenerNodeOf(index);
    return node ? std::optional<Listener>(node->listener) : std::nullopt;
}

std::optional<LoadBalancer> ListenerTreeModel::loadBalancer(const QModelIndex &index) const
{
    const LoadBalancerNode *node = loadBalancerNodeOf(index);
    return node ? std::optional<LoadBalancer>(node->loadBalancer) : std::nullopt;
}

QModelIndex ListenerTreeModel::indexForListener(const QString &id) const
{
    // Linear: a project has tens of listeners, not thousands.
    for (const LoadBalancerNode &lb : m_loadBalancers) {
        for (qsizetype row = 0; row < lb.listeners.size(); ++row) {
            if (lb.listeners.at(row).listener.id == id)
                return createIndex(int(row), 0, lb.key);
        }
    }
    return {};
}

QModelIndex ListenerTreeModel::indexForLoadBalancer(const QString &id) const
{
    const int row = loadBalancerRow(id);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int ListenerTreeModel::loadBalancerRow(const QString &id) const
{
    for (qsizetype row = 0; row < m_loadBalancers.size(); ++row) {
        if (m_loadBalancers.at(row).loadBalancer.id == id)
            return int(row);
    }
    return -1;
}

void ListenerTreeModel::rebuildKeyIndex()
{
    m_rowByKey.clear();
    for (qsizetype row = 0; row < m_loadBalancers.size(); ++row)
        m_rowByKey.insert(m_loadBalancers.at(row).key, int(row));
}

} // namespace ElbDesk
