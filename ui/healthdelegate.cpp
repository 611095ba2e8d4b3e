#include "healthdelegate.h"

#include "model/membermodel.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace ElbDesk {

static QPixmap drawHealth(const QString &health, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1.5, 1.5, size - 3.0, size - 3.0);
    if (health == QLatin1String("NORMAL")) {
        p.setPen(QPen(QColor(0x1e, 0x7b, 0x34), 1.2));
        p.setBrush(QColor(0x2e, 0xa0, 0x4a));
        p.drawEllipse(r);
    } else if (health == QLatin1String("ABNORMAL")) {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        p.setPen(QPen(QColor(0xa3, 0x1f, 0x1f), 1.2));
        p.setBrush(QColor(0xd9, 0x3f, 0x3f));
        p.drawPath(triangle);
    } else {
        p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
    }
    return pixmap;
}

QIcon HealthDelegate::iconFor(const QString &healthStatus)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(healthStatus);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const int size : {12, 16, 24, 32})
        icon.addPixmap(drawHealth(healthStatus, size, 1.0));
    cache.insert(healthStatus, icon);
    return icon;
}

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->icon = iconFor(index.data(MemberModel::HealthRole).toString());
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace ElbDesk
