#pragma once

#include "api/connection.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;

namespace ElbDesk {

class CloudsImportDialog;
class ConnectionDialog;
class CredentialCache;
class ProfileStore;
class SecretStore;

// What the window shows while no connection is open: the two ways in ("Open the sandbox", "Add a
// cloud connection") and the saved connections with Open / Edit / Delete. Add and Edit open a
// ConnectionDialog; Delete asks inline, then removes the profile and its keychain secrets.
class WelcomeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeWidget)

public:
    WelcomeWidget(ProfileStore *profiles, SecretStore *secrets, CredentialCache *cache,
                  QWidget *parent = nullptr);
    ~WelcomeWidget() override;

    // A problem shown inline above the list (e.g. a connection that could not be opened).
    void showError(const QString &text);
    void clearError();

    [[nodiscard]] QString selectedId() const;
    void selectConnection(const QString &id);
    // The Add/Edit dialog while it is open, else nullptr.
    [[nodiscard]] ConnectionDialog *connectionDialog() const { return m_dialog; }
    // The "Import from clouds.yaml" dialog while it is open, else nullptr.
    [[nodiscard]] CloudsImportDialog *importDialog() const;

public Q_SLOTS:
    void refresh();
    void addConnection();
    // Opens the clouds.yaml import (CloudsImportDialog) on the file openstacksdk would use.
    void importClouds();
    void editSelected();
    // Emits openConnectionRequested(). A connection whose secret is neither in memory nor
    // recorded as saved in the keyring (a pasted token; "for this session only" in an earlier run)
    // first opens the Edit dialog to enter it: askForSecretAndOpen().
    void openSelected();
    // Opens the Edit dialog for `c` with `why` shown above the list; once saved, emits
    // openConnectionRequested(). Also for the main window when reading the keychain failed.
    void askForSecretAndOpen(const ElbDesk::Connection &c, const QString &why = QString());
    // Asks inline; confirmDelete() does it.
    void deleteSelected();
    void confirmDelete();
    void cancelDelete();

Q_SIGNALS:
    void openSandboxRequested();
    void openConnectionRequested(const ElbDesk::Connection &c);

private:
    void openDialog(const std::optional<Connection> &existing, bool openWhenSaved);
    void updateButtons();
    [[nodiscard]] bool needsSecret(const Connection &c) const;
    [[nodiscard]] QString describe(const Connection &c) const;

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    QPointer<CredentialCache> m_cache;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<QDialog> m_importDialog; // a CloudsImportDialog
    QString m_pendingDeleteId;

    QLabel *m_errorLabel;
    QLabel *m_infoLabel;
    QListWidget *m_list;
    QLabel *m_emptyLabel;
    QPushButton *m_openButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QFrame *m_confirmFrame;
    QLabel *m_confirmLabel;
    QPushButton *m_confirmButton;
    QPushButton *m_keepButton;
};

} // namespace ElbDesk
