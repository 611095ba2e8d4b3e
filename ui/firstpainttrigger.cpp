#include "firstpainttrigger.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace ElbDesk {

FirstPaintTrigger::FirstPaintTrigger(QWidget *widget, std::function<void()> callback)
    : QObject(widget), m_callback(std::move(callback))
{
    widget->installEventFilter(this);
}

bool FirstPaintTrigger::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_fired && event->type() == QEvent::Paint) {
        m_fired = true;
        watched->removeEventFilter(this);
        // Queued: the paint event is still being handled, and the frame is flushed after it.
        QTimer::singleShot(0, this, [this] {
            const std::function<void()> callback = std::move(m_callback);
            deleteLater();
            callback();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ElbDesk
