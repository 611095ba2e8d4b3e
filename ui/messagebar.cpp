#include "messagebar.h"

#include "appearance.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace ElbDesk {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto callback = m_callback;
        clear();
        if (callback)
            callback();
    });
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    connect(Appearance::instance(), &Appearance::modeChanged, this, &MessageBar::applyTint);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_kind = kind;
    m_text->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    const QStyle::StandardPixmap pixmap = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                          : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    applyTint();
    setAccessibleDescription(text);
    show();
}

void MessageBar::applyTint()
{
    // Tinted from the application's palette (not our own, which holds the last tint), so it follows
    // light and dark palettes, also when the operator switches while a message shows.
    QPalette p = QApplication::palette(this);
    const QColor base = m_kind == Kind::Error     ? QColor(0xd9, 0x3f, 0x3f)
                        : m_kind == Kind::Warning ? QColor(0xe0, 0xa0, 0x20)
                                                  : QColor(0x3d, 0x8b, 0xd9);
    QColor window = p.color(QPalette::Window);
    window.setRed((window.red() * 4 + base.red()) / 5);
    window.setGreen((window.green() * 4 + base.green()) / 5);
    window.setBlue((window.blue() * 4 + base.blue()) / 5);
    p.setColor(QPalette::Window, window);
    setPalette(p);
}

QString MessageBar::wordsFor(const ApiError &error)
{
    if (error.isApiNotAvailable())
        return tr("Classic ELB is not available in this region or project (the API gateway answered "
                  "APIGW.0101). Check the region, or use the shared or dedicated ELB tools.");
    if (error.isAuthFailure() || (error.duringAuthentication && error.kind == ApiError::Kind::Http))
        return tr("Authentication failed: %1 Check the user, domain, project and password or keys of this "
                  "connection.")
            .arg(error.describe());
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 403)
        return tr("Permission denied: %1 The account may lack the ELB permissions for this project.")
            .arg(error.describe());
    if (error.isThrottled())
        return tr("The API gateway is throttling requests (%1). Waiting before trying again.").arg(error.code);
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        return tr("The cloud could not be reached: %1").arg(error.describe());
    return error.describe();
}

void MessageBar::showError(const ApiError &error, const QString &context, std::function<void()> retry)
{
    const QString words = context.isEmpty() ? wordsFor(error) : context + QLatin1Char(' ') + wordsFor(error);
    showMessage(error.isThrottled() ? Kind::Warning : Kind::Error, words, retry ? tr("Retry") : QString(),
                std::move(retry));
}

void MessageBar::clear()
{
    m_callback = nullptr;
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

} // namespace ElbDesk
