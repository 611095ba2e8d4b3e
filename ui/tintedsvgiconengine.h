#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace ElbDesk {

// One of our line icons, already tinted (a normal and a disabled SVG text), rendered only when and
// at the size it is drawn: at startup just the toolbar's few pixmaps are made, and a High-DPI screen
// gets real pixels at its scale rather than a scaled-up 1× pixmap.
class TintedSvgIconEngine : public QIconEngine
{
public:
    TintedSvgIconEngine(QByteArray normalSvg, QByteArray disabledSvg);

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    [[nodiscard]] bool isNull() override { return m_normal.isEmpty(); }
    [[nodiscard]] QIconEngine *clone() const override;
    [[nodiscard]] QString key() const override;

private:
    QByteArray m_normal;
    QByteArray m_disabled;
    QHash<quint64, QPixmap> m_rendered; // by side in pixels and disabled-or-not
};

} // namespace ElbDesk
