#include "welcomewidget.h"

#include "appearance.h"

#include "api/regionpresets.h"
#include "cloudsimportdialog.h"
#include "connectiondialog.h"
#include "store/credentialcache.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace ElbDesk {

namespace {

constexpr int kIdRole = Qt::UserRole;

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton *bigButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(button->sizeHint().height() * 2);
    QFont font = button->font();
    font.setBold(true);
    button->setFont(font);
    return button;
}

} // namespace

WelcomeWidget::WelcomeWidget(ProfileStore *profiles, SecretStore *secrets, CredentialCache *cache,
                             QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_cache(cache)
    , m_errorLabel(wrappedLabel(QStringLiteral("welcomeErrorLabel"), this))
    , m_infoLabel(wrappedLabel(QStringLiteral("welcomeInfoLabel"), this))
    , m_list(new QListWidget(this))
    , m_emptyLabel(wrappedLabel(QStringLiteral("emptyListLabel"), this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_editButton(new QPushButton(tr("&Edit\u2026"), this))
    , m_deleteButton(new QPushButton(tr("&Delete\u2026"), this))
    , m_confirmFrame(new QFrame(this))
    , m_confirmLabel(wrappedLabel(QStringLiteral("deleteConfirmLabel"), m_confirmFrame))
    , m_confirmButton(new QPushButton(tr("Delete Connection"), m_confirmFrame))
    , m_keepButton(new QPushButton(tr("Keep It"), m_confirmFrame))
{
    setObjectName(QStringLiteral("welcomeWidget"));

    auto *heading = wrappedLabel(QStringLiteral("headingLabel"), this);
    heading->setText(tr("Welcome to ELB Desk"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = wrappedLabel(QStringLiteral("introLabel"), this);
    intro->setText(tr("Take backend servers out of classic load balancers safely: review what will be "
                      "removed, follow the cloud's job, check the result and re-add if needed."));

    auto *sandboxButton = bigButton(QStringLiteral("openSandboxButton"), tr("Open the Sandbox"), this);
    sandboxButton->setAccessibleDescription(tr("A local demo cloud; no account needed"));
    auto *sandboxHint = wrappedLabel(QStringLiteral("sandboxHintLabel"), this);
    sandboxHint->setText(tr("A local demo cloud with sample load balancers, running inside ELB Desk. "
                            "No account needed, nothing real is changed."));
    auto *addButton =
        bigButton(QStringLiteral("addConnectionButton"), tr("Add a Cloud Connection\u2026"), this);
    addButton->setAccessibleDescription(tr("Connect to Open Telekom Cloud, Huawei Cloud or Flexible Engine"));
    auto *addHint = wrappedLabel(QStringLiteral("addHintLabel"), this);
    addHint->setText(tr("Open Telekom Cloud, Huawei Cloud, Flexible Engine or your own endpoints. "
                        "Secrets are kept in the system keyring."));
    auto *importButton = new QPushButton(tr("Import from clouds.yaml\u2026"), this);
    importButton->setObjectName(QStringLiteral("importCloudsYamlButton"));
    importButton->setAccessibleName(tr("Import connections from clouds.yaml"));
    importButton->setAccessibleDescription(
        tr("Reads your OpenStack clouds.yaml; secrets move into the keyring, the file is not changed"));

    auto *choices = new QHBoxLayout;
    for (const auto &[button, hint] : {std::pair<QPushButton *, QLabel *>{sandboxButton, sandboxHint},
                                       std::pair<QPushButton *, QLabel *>{addButton, addHint}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(button);
        column->addWidget(hint);
        if (button == addButton)
            column->addWidget(importButton, 0, Qt::AlignLeft);
        column->addStretch();
        choices->addLayout(column, 1);
    }

    auto *savedHeading = wrappedLabel(QStringLiteral("savedHeadingLabel"), this);
    savedHeading->setText(tr("Saved connections"));
    QFont savedFont = savedHeading->font();
    savedFont.setBold(true);
    savedHeading->setFont(savedFont);

    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Saved connections"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_emptyLabel->setText(tr("No saved connections yet. Add one, or try the sandbox first."));

    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setAccessibleName(tr("Open the selected connection"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setAccessibleName(tr("Edit the selected connection"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete the selected connection"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_openButton);
    listButtons->addWidget(m_editButton);
    listButtons->addStretch();
    listButtons->addWidget(m_deleteButton);

    m_confirmFrame->setObjectName(QStringLiteral("deleteConfirmFrame"));
    m_confirmFrame->setFrameShape(QFrame::StyledPanel);
    m_confirmButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    m_keepButton->setObjectName(QStringLiteral("cancelDeleteButton"));
    auto *confirmLayout = new QVBoxLayout(m_confirmFrame);
    confirmLayout->addWidget(m_confirmLabel);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_keepButton);
    confirmButtons->addWidget(m_confirmButton);
    confirmLayout->addLayout(confirmButtons);
    m_confirmFrame->hide();

    Appearance::markAsError(m_errorLabel); // besides the words, never instead
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    m_infoLabel->hide();

    // A readable column in the middle of a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(choices);
    layout->addSpacing(12);
    layout->addWidget(savedHeading);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_infoLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(listButtons);
    layout->addWidget(m_confirmFrame);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(column, 4);
    outer->addStretch();

    connect(sandboxButton, &QPushButton::clicked, this, &WelcomeWidget::openSandboxRequested);
    connect(addButton, &QPushButton::clicked, this, &WelcomeWidget::addConnection);
    connect(importButton, &QPushButton::clicked, this, &WelcomeWidget::importClouds);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomeWidget::openSelected);
    connect(m_editButton, &QPushButton::clicked, this, &WelcomeWidget::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &WelcomeWidget::deleteSelected);
    connect(m_confirmButton, &QPushButton::clicked, this, &WelcomeWidget::confirmDelete);
    connect(m_keepButton, &QPushButton::clicked, this, &WelcomeWidget::cancelDelete);
    connect(m_list, &QListWidget::itemActivated, this, &WelcomeWidget::openSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        cancelDelete();
        updateButtons();
    });
    if (m_profiles)
        connect(m_profiles, &ProfileStore::connectionsChanged, this, &WelcomeWidget::refresh);
    refresh();
}

WelcomeWidget::~WelcomeWidget() = default;

void WelcomeWidget::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void WelcomeWidget::clearError()
{
    showError(QString());
    m_infoLabel->hide();
}

QString WelcomeWidget::describe(const Connection &c) const
{
    QString where = c.region;
    for (const RegionPreset &p : RegionPresets::all()) {
        if (p.cloud == c.cloud && p.region == c.region) {
            where = tr("%1 %2", "cloud name, region").arg(p.cloudName, p.region);
            break;
        }
    }
    if (where.isEmpty())
        where = c.elbEndpoint.host();
    QString how;
    switch (c.auth) {
    case AuthMethod::Password:
        how = tr("user %1").arg(c.userName);
        break;
    case AuthMethod::AkSk:
        how = tr("access key %1").arg(c.accessKey);
        break;
    case AuthMethod::Token:
        how = tr("pasted token");
        break;
    }
    QString text = tr("%1 \u00b7 %2", "where, how").arg(where, how);
    if (m_cache && m_cache->isSessionOnly(c.id))
        text += QLatin1Char(' ') + tr("(secret kept for this session only)");
    return text;
}

void WelcomeWidget::refresh()
{
    const QString selected = selectedId();
    m_list->clear();
    const QList<Connection> connections = m_profiles ? m_profiles->connections() : QList<Connection>();
    for (const Connection &c : connections) {
        const QString details = describe(c);
        auto *item = new QListWidgetItem(c.name + QLatin1Char('\n') + details, m_list);
        item->setData(kIdRole, c.id);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(c.name, details));
        item->setToolTip(c.elbEndpoint.toString());
    }
    m_list->setVisible(!connections.isEmpty());
    m_emptyLabel->setVisible(connections.isEmpty());
    if (!selected.isEmpty())
        selectConnection(selected);
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString WelcomeWidget::selectedId() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(kIdRole).toString();
}

void WelcomeWidget::selectConnection(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void WelcomeWidget::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_openButton->setEnabled(selected);
    m_editButton->setEnabled(selected && !m_dialog);
    m_deleteButton->setEnabled(selected && !m_dialog);
}

void WelcomeWidget::openDialog(const std::optional<Connection> &existing, bool openWhenSaved)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectionDialog(m_profiles, m_secrets, m_cache, this, existing);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::connectionSaved, this, [this, openWhenSaved](const Connection &c) {
        clearError();
        refresh(); // the session-only note may have changed without a profile change
        selectConnection(c.id);
        if (openWhenSaved)
            Q_EMIT openConnectionRequested(c);
    });
    connect(dialog, &QObject::destroyed, this, &WelcomeWidget::updateButtons, Qt::QueuedConnection);
    m_dialog = dialog;
    updateButtons();
    dialog->open();
}

void WelcomeWidget::addConnection()
{
    openDialog(std::nullopt, false);
}

CloudsImportDialog *WelcomeWidget::importDialog() const
{
    return qobject_cast<CloudsImportDialog *>(m_importDialog.data());
}

void WelcomeWidget::importClouds()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto *dialog = new CloudsImportDialog(m_profiles, m_secrets, m_cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloudsImportDialog::importFinished, this, [this](const QStringList &ids, int) {
        clearError();
        refresh(); // the profiles changed; the list also follows connectionsChanged
        if (!ids.isEmpty())
            selectConnection(ids.first());
    });
    m_importDialog = dialog;
    dialog->open();
}

void WelcomeWidget::editSelected()
{
    const std::optional<Connection> c = m_profiles ? m_profiles->byId(selectedId()) : std::nullopt;
    if (c)
        openDialog(c, false);
}

bool WelcomeWidget::needsSecret(const Connection &c) const
{
    if (m_cache && m_cache->has(c.id, c.auth))
        return false;
    if (c.auth == AuthMethod::Token)
        return true; // tokens are never saved
    // Saved "for this session only" in an earlier run: nothing in the keyring to read.
    const QString key = SecretStore::keyFor(c.id, CredentialCache::kindFor(c.auth));
    return !m_profiles || !m_profiles->secretKeys(c.id).contains(key);
}

void WelcomeWidget::openSelected()
{
    const std::optional<Connection> c = m_profiles ? m_profiles->byId(selectedId()) : std::nullopt;
    if (!c)
        return;
    clearError();
    if (!needsSecret(*c)) {
        Q_EMIT openConnectionRequested(*c);
        return;
    }
    askForSecretAndOpen(
        *c,
        c->auth == AuthMethod::Token
            ? tr("Paste a token to open \u201c%1\u201d: tokens are kept for one session only.").arg(c->name)
            : tr("Enter the secret of \u201c%1\u201d to open it: it is not saved in the "
                 "keyring.")
                  .arg(c->name));
}

void WelcomeWidget::askForSecretAndOpen(const Connection &c, const QString &why)
{
    m_infoLabel->setText(why);
    m_infoLabel->setVisible(!why.isEmpty());
    openDialog(c, true);
}

void WelcomeWidget::deleteSelected()
{
    const std::optional<Connection> c = m_profiles ? m_profiles->byId(selectedId()) : std::nullopt;
    if (!c)
        return;
    m_pendingDeleteId = c->id;
    m_confirmLabel->setText(tr("Delete the connection \u201c%1\u201d? Its saved password or secret key is "
                               "removed from the keyring too. Load balancers in the cloud are not affected.")
                                .arg(c->name));
    m_confirmFrame->show();
    m_keepButton->setDefault(true); // the safe choice answers Enter
    m_keepButton->setFocus();
}

void WelcomeWidget::cancelDelete()
{
    m_pendingDeleteId.clear();
    m_confirmFrame->hide();
}

void WelcomeWidget::confirmDelete()
{
    const QString id = m_pendingDeleteId;
    cancelDelete();
    const std::optional<Connection> c = m_profiles ? m_profiles->byId(id) : std::nullopt;
    if (!c)
        return;
    clearError();
    // Read the key names before the profile (which remembers them) is gone.
    const QStringList keys = m_profiles->secretKeys(id);
    if (m_cache)
        m_cache->forget(id);
    m_profiles->remove(id);

    if (!m_secrets || keys.isEmpty())
        return;
    // The profile goes at once; the keyring answers later. A key it could not remove is named, so
    // the operator can delete it with the keyring manager.
    struct Progress
    {
        int outstanding = 0;
        QStringList failed;
        QString message;
    };
    auto progress = std::make_shared<Progress>();
    progress->outstanding = int(keys.size());
    const QPointer<WelcomeWidget> self(this);
    const QString name = c->name;
    for (const QString &key : keys) {
        m_secrets->remove(key, [self, progress, key, name](const SecretResult &result) {
            if (!result.ok()) {
                progress->failed << key;
                progress->message = result.userMessage();
            }
            if (--progress->outstanding > 0 || progress->failed.isEmpty() || !self)
                return;
            self->showError(tr("\u201c%1\u201d was deleted, but its secret could not be removed from the "
                               "keyring: %2 Remove the entry %3 with your keyring manager (e.g. Seahorse).")
                                .arg(name, progress->message, progress->failed.join(QStringLiteral(", "))));
        });
    }
}

} // namespace ElbDesk
