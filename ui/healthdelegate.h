#pragma once

#include <QStyledItemDelegate>

namespace ElbDesk {

// Health as icon AND text: a filled disc (healthy), a triangle (unhealthy), a hollow ring
// (no health check) — different shapes, so the state never rests on colour alone.
class HealthDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QIcon iconFor(const QString &healthStatus);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ElbDesk
