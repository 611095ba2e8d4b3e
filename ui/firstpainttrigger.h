#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace ElbDesk {

// Runs a callback once, on the event-loop turn after `widget` has first been painted (so that frame
// is on screen before the callback's work starts), then deletes itself. Dies with the widget.
class FirstPaintTrigger : public QObject
{
    Q_OBJECT
public:
    FirstPaintTrigger(QWidget *widget, std::function<void()> callback);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_callback;
    bool m_fired = false;
};

} // namespace ElbDesk
