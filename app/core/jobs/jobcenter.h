#pragma once

#include "jobs/memberoperation.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ElbDesk {

// Every removal and re-add the app started in this run, followed while the operator works
// elsewhere. Owns the operations; the jobs panel observes it.
class JobCenter : public QObject
{
    Q_OBJECT
public:
    explicit JobCenter(QObject *parent = nullptr);

    // Takes ownership and starts the operation.
    void start(MemberOperation *operation);
    [[nodiscard]] QList<MemberOperation *> operations() const;
    [[nodiscard]] int runningCount() const;

Q_SIGNALS:
    void operationAdded(ElbDesk::MemberOperation *operation);
    void operationChanged(ElbDesk::MemberOperation *operation);
    void operationFinished(ElbDesk::MemberOperation *operation);

private:
    QList<QPointer<MemberOperation>> m_operations;
};

} // namespace ElbDesk
