#include "tintedsvgiconengine.h"

#include <QBuffer>
#include <QImageReader>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ElbDesk {

TintedSvgIconEngine::TintedSvgIconEngine(QByteArray normalSvg, QByteArray disabledSvg)
    : m_normal(std::move(normalSvg)), m_disabled(std::move(disabledSvg))
{}

QPixmap TintedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    const int side = std::min(size.width(), size.height());
    if (side <= 0 || m_normal.isEmpty())
        return {};
    const bool disabled = mode == QIcon::Disabled;
    const quint64 key = (quint64(side) << 1) | (disabled ? 1 : 0);
    const auto it = m_rendered.constFind(key);
    if (it != m_rendered.constEnd())
        return *it;
    QByteArray svg = disabled ? m_disabled : m_normal;
    QBuffer buffer(&svg);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(side, side));
    const QPixmap pixmap = QPixmap::fromImage(reader.read());
    m_rendered.insert(key, pixmap);
    return pixmap;
}

QPixmap TintedSvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                          qreal scale)
{
    QPixmap scaled = pixmap(size * scale, mode, state);
    scaled.setDevicePixelRatio(scale);
    return scaled;
}

void TintedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int side = std::min(rect.width(), rect.height());
    const QPixmap drawn = pixmap(QSize(side, side) * scale, mode, state);
    const QRect target(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side,
                       side);
    painter->drawPixmap(target, drawn);
}

QSize TintedSvgIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    const int side = std::min(size.width(), size.height());
    return {side, side};
}

QList<QSize> TintedSvgIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    // Any size renders; these are the sizes the previous, eagerly rendered icons offered.
    return {{16, 16}, {22, 22}, {24, 24}, {32, 32}, {48, 48}, {64, 64}};
}

QIconEngine *TintedSvgIconEngine::clone() const
{
    return new TintedSvgIconEngine(m_normal, m_disabled);
}

QString TintedSvgIconEngine::key() const
{
    return QStringLiteral("ElbDesk::TintedSvgIconEngine");
}

} // namespace ElbDesk
