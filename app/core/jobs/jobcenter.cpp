#include "jobcenter.h"

namespace ElbDesk {

JobCenter::JobCenter(QObject *parent)
    : QObject(parent)
{}

void JobCenter::start(MemberOperation *operation)
{
    operation->setParent(this);
    m_operations.append(operation);
    connect(operation, &MemberOperation::changed, this, [this, operation] { Q_EMIT operationChanged(operation); });
    connect(operation, &MemberOperation::finished, this,
            [this](MemberOperation *op) { Q_EMIT operationFinished(op); });
    Q_EMIT operationAdded(operation);
    operation->start();
}

QList<MemberOperation *> JobCenter::operations() const
{
    QList<MemberOperation *> list;
    for (const QPointer<MemberOperation> &op : m_operations) {
        if (op)
            list.append(op);
    }
    return list;
}

int JobCenter::runningCount() const
{
    int n = 0;
    for (const QPointer<MemberOperation> &op : m_operations) {
        if (op && op->phase() != MemberOperation::Phase::Done)
            ++n;
    }
    return n;
}

} // namespace ElbDesk
