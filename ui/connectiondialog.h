#pragma once

#include "api/connection.h"
#include "store/secretstore.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QNetworkAccessManager;

namespace ElbDesk {

namespace Ui {
class ConnectionDialog;
}

class ApiClient;
class ApiRequest;
class CredentialCache;
class ProfileStore;
struct RegionPreset;

// Adds or edits one cloud connection: name, cloud and region (a preset or custom endpoints), the
// sign-in method with its secret, project and an optional CA file. Every problem is shown inline,
// next to the field it concerns.
//
// Save writes the profile (no secret) to the ProfileStore and the password or secret key to the
// SecretStore. When the keychain fails nothing is saved; the dialog shows the keychain's message
// and offers "Use for This Session Only": the connection is saved without its secret and the
// secret is kept in the CredentialCache until the app quits. A pasted token is always session-only.
//
// "Test Connection" lists the load balancers with a throw-away ApiClient built from the form.
// Open it with open() (window-modal, no nested event loop); it does not delete itself.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    ConnectionDialog(ProfileStore *profiles, SecretStore *secrets, CredentialCache *cache, QWidget *parent,
                     const std::optional<Connection> &existing = {});
    ~ConnectionDialog() override;

    [[nodiscard]] bool isEditing() const { return m_existing.has_value(); }
    // The connection as the form describes it now (never a secret). Its id is fixed for the
    // dialog's lifetime: the existing one, or a new UUID.
    [[nodiscard]] Connection connection() const;

public Q_SLOTS:
    // Opens a file dialog for the CA file (not modal-blocking). Kept apart so tests never open it.
    void browseCaFile();
    void testConnection();
    void save();
    // After a keychain failure: save the connection without its secret and keep the secret in
    // memory for this session.
    void saveForSessionOnly();
    // Also while the keyring is still writing (it may hang for minutes waiting for D-Bus
    // activation): a secret that arrives afterwards is removed again.
    void reject() override;

Q_SIGNALS:
    void connectionSaved(const ElbDesk::Connection &c);

private:
    enum class Purpose { Save, Test };

    void setUpChoices();
    void loadExisting(const Connection &c);
    void onRegionChanged();
    void onAuthChanged();
    [[nodiscard]] const RegionPreset *currentPreset() const;
    [[nodiscard]] AuthMethod currentAuth() const;
    [[nodiscard]] Credentials formCredentials() const;
    // Editing without re-entering the secret keeps the stored one (same sign-in method only).
    [[nodiscard]] bool canKeepStoredSecret() const;
    [[nodiscard]] bool validate(Purpose purpose);
    static void showMessage(QLabel *label, const QString &text);
    void clearKeychainError();
    void setBusy(bool busy);

    void onSecretWritten(const Connection &c, const Credentials &credentials, const QString &key,
                         const SecretResult &result);
    // Saves the profile; false (with the reason shown) when the file could not be written.
    bool saveProfile(const Connection &c);
    void finishSaved(const Connection &c);
    void removeStaleSecrets(const Connection &c);

    void runTest(const Connection &c, const Credentials &credentials);
    void onTestFinished(ApiRequest *request);
    void showTestResult(const QString &text, bool running = false);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    QPointer<CredentialCache> m_cache;
    std::optional<Connection> m_existing;
    QString m_id;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<ApiClient> m_testClient;
    bool m_busy = false;
    bool m_abandoned = false;
};

} // namespace ElbDesk
