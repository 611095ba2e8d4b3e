#pragma once

#include "api/apierror.h"

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace ElbDesk {

// Problems shown in place, above the view they concern, instead of a storm of modal boxes
// (KDE's KMessageWidget idea): one line of words, an optional action such as "Retry", a close button.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &actionText = QString(),
                     std::function<void()> action = nullptr);
    // Puts an API error into words: authentication, permission, classic ELB not available here,
    // throttling, network down (with Retry when `retry` is given).
    void showError(const ApiError &error, const QString &context, std::function<void()> retry = nullptr);
    void clear();
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

    static QString wordsFor(const ApiError &error);

private:
    void applyTint();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
    Kind m_kind = Kind::Information;
};

} // namespace ElbDesk
