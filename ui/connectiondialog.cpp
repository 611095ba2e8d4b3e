#include "connectiondialog.h"

#include "appearance.h"

#include "ui_connectiondialog.h"

#include "api/apiclient.h"
#include "auth/authenticatorfactory.h"
#include "api/ids.h"
#include "api/listloadbalancersrequest.h"
#include "api/regionpresets.h"
#include "store/credentialcache.h"
#include "store/profilestore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QUuid>

#include <algorithm>

namespace ElbDesk {

namespace {

constexpr int kCustomIndex = -1; // regionCombo data of "Custom endpoints"

QUrl endpointFrom(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, SecretStore *secrets, CredentialCache *cache,
                                   QWidget *parent, const std::optional<Connection> &existing)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_cache(cache)
    , m_existing(existing)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionDialog"));
    // The id names the keychain entries, so it must be known before anything is written.
    m_id = existing && !existing->id.isEmpty() ? existing->id
                                               : QUuid::createUuid().toString(QUuid::WithoutBraces);

    for (QLabel *label : {m_ui->nameErrorLabel, m_ui->endpointErrorLabel, m_ui->credentialsErrorLabel,
                          m_ui->projectErrorLabel, m_ui->caErrorLabel, m_ui->saveErrorLabel}) {
        Appearance::markAsError(label); // besides the words, never instead
        label->hide();
    }
    m_ui->keychainErrorFrame->hide();
    m_ui->testResultLabel->clear();
    m_ui->saveButton->setDefault(true);
    m_ui->tokenHintLabel->setText(
        tr("The token is kept in memory until ELB Desk quits. It is never saved; paste it again next time."));

    setUpChoices();
    connect(m_ui->regionCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ConnectionDialog::onRegionChanged);
    connect(m_ui->authCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ConnectionDialog::onAuthChanged);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &ConnectionDialog::saveForSessionOnly);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    if (existing) {
        setWindowTitle(tr("Edit Connection \u201c%1\u201d").arg(existing->name));
        m_ui->introLabel->setText(tr("Change how ELB Desk reaches this cloud project. Leave the secret "
                                     "empty to keep the one already saved."));
        loadExisting(*existing);
    } else {
        setWindowTitle(tr("Add Cloud Connection"));
        m_ui->introLabel->setText(tr("Where the load balancers live and how to sign in. Passwords and "
                                     "secret keys are saved in the system keyring, never in a file."));
    }
    onRegionChanged();
    onAuthChanged();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setUpChoices()
{
    const QList<RegionPreset> &presets = RegionPresets::all();
    for (int i = 0; i < presets.size(); ++i) {
        const RegionPreset &p = presets.at(i);
        QString text = tr("%1 \u2014 %2", "cloud name, region").arg(p.cloudName, p.region);
        if (!p.classicSupported)
            text = tr("%1 (no classic ELB)", "region preset").arg(text);
        m_ui->regionCombo->addItem(text, i);
    }
    m_ui->regionCombo->insertSeparator(m_ui->regionCombo->count());
    m_ui->regionCombo->addItem(tr("Custom endpoints"), kCustomIndex);

    // Same order as the pages of authStack.
    m_ui->authCombo->addItem(tr("IAM user and password"), int(AuthMethod::Password));
    m_ui->authCombo->addItem(tr("Access key and secret key (AK/SK)"), int(AuthMethod::AkSk));
    m_ui->authCombo->addItem(tr("Pasted token (this session only)"), int(AuthMethod::Token));

    m_ui->signingCombo->addItem(tr("Scheme A (default)", "AK/SK signing"), int(SigningScheme::A));
    m_ui->signingCombo->addItem(tr("Scheme B", "AK/SK signing"), int(SigningScheme::B));
}

void ConnectionDialog::loadExisting(const Connection &c)
{
    m_ui->nameEdit->setText(c.name);
    int regionIndex = m_ui->regionCombo->findData(kCustomIndex);
    const QList<RegionPreset> &presets = RegionPresets::all();
    for (int i = 0; i < presets.size(); ++i) {
        const RegionPreset &p = presets.at(i);
        if (p.cloud == c.cloud && p.region == c.region && p.elbEndpoint == c.elbEndpoint &&
            p.iamEndpoint == c.iamEndpoint) {
            regionIndex = m_ui->regionCombo->findData(i);
            break;
        }
    }
    m_ui->regionCombo->setCurrentIndex(regionIndex);
    m_ui->customRegionEdit->setText(c.region);
    m_ui->elbEndpointEdit->setText(c.elbEndpoint.toString());
    m_ui->iamEndpointEdit->setText(c.iamEndpoint.toString());
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(c.auth)));
    m_ui->signingCombo->setCurrentIndex(m_ui->signingCombo->findData(int(c.signing)));
    m_ui->userNameEdit->setText(c.userName);
    m_ui->domainEdit->setText(c.domainName);
    m_ui->accessKeyEdit->setText(c.accessKey);
    m_ui->projectNameEdit->setText(c.projectName);
    m_ui->projectIdEdit->setText(c.projectId);
    m_ui->caFileEdit->setText(c.caFile);
}

const RegionPreset *ConnectionDialog::currentPreset() const
{
    const int index = m_ui->regionCombo->currentData().toInt();
    const QList<RegionPreset> &presets = RegionPresets::all();
    return index >= 0 && index < presets.size() ? &presets.at(index) : nullptr;
}

AuthMethod ConnectionDialog::currentAuth() const
{
    return AuthMethod(m_ui->authCombo->currentData().toInt());
}

void ConnectionDialog::onRegionChanged()
{
    const RegionPreset *preset = currentPreset();
    const bool custom = preset == nullptr;
    // Preset endpoints are shown for reference but cannot be edited; "Custom endpoints" starts
    // from whatever was shown.
    m_ui->elbEndpointEdit->setReadOnly(!custom);
    m_ui->iamEndpointEdit->setReadOnly(!custom);
    m_ui->customRegionLabel->setVisible(custom);
    m_ui->customRegionEdit->setVisible(custom);
    QString note;
    if (preset) {
        m_ui->elbEndpointEdit->setText(preset->elbEndpoint.toString());
        m_ui->iamEndpointEdit->setText(preset->iamEndpoint.toString());
        note = preset->note;
        if (!preset->classicSupported && note.isEmpty())
            note = tr("Classic load balancers are not available in this region.");
    }
    m_ui->presetNoteLabel->setText(note);
    m_ui->presetNoteLabel->setVisible(!note.isEmpty());
    m_ui->endpointErrorLabel->hide();
}

void ConnectionDialog::onAuthChanged()
{
    const AuthMethod auth = currentAuth();
    m_ui->authStack->setCurrentIndex(m_ui->authCombo->currentIndex());
    const bool keep = canKeepStoredSecret();
    const QString kept = m_cache && m_cache->isSessionOnly(m_id) ? tr("unchanged (kept for this session)")
                                                                 : tr("unchanged (saved in the keyring)");
    m_ui->passwordEdit->setPlaceholderText(keep && auth == AuthMethod::Password ? kept : QString());
    m_ui->secretKeyEdit->setPlaceholderText(keep && auth == AuthMethod::AkSk ? kept : QString());
    m_ui->tokenEdit->setPlaceholderText(keep && auth == AuthMethod::Token ? kept : QString());
    m_ui->projectNameEdit->setPlaceholderText(auth == AuthMethod::Token ? tr("not needed for a token")
                                                                        : tr("e.g. eu-de"));
    m_ui->credentialsErrorLabel->hide();
}

Connection ConnectionDialog::connection() const
{
    Connection c = m_existing.value_or(Connection()); // keeps page size and timeouts
    c.id = m_id;
    c.name = m_ui->nameEdit->text().trimmed();
    if (const RegionPreset *preset = currentPreset()) {
        c.cloud = preset->cloud;
        c.region = preset->region;
        c.elbEndpoint = preset->elbEndpoint;
        c.iamEndpoint = preset->iamEndpoint;
    } else {
        // A cloud id of our own (e.g. "sandbox") survives; a preset's cloud becomes "custom".
        const QList<RegionPreset> &presets = RegionPresets::all();
        const bool presetCloud = std::any_of(presets.cbegin(), presets.cend(),
                                             [&c](const RegionPreset &p) { return p.cloud == c.cloud; });
        if (c.cloud.isEmpty() || presetCloud)
            c.cloud = QStringLiteral("custom");
        c.region = m_ui->customRegionEdit->text().trimmed();
        c.elbEndpoint = endpointFrom(m_ui->elbEndpointEdit->text());
        c.iamEndpoint = endpointFrom(m_ui->iamEndpointEdit->text());
    }
    c.auth = currentAuth();
    c.signing = SigningScheme(m_ui->signingCombo->currentData().toInt());
    // Only what the chosen method uses, so nothing stale stays in the file.
    c.userName = c.auth == AuthMethod::Password ? m_ui->userNameEdit->text().trimmed() : QString();
    c.domainName = c.auth == AuthMethod::Password ? m_ui->domainEdit->text().trimmed() : QString();
    c.accessKey = c.auth == AuthMethod::AkSk ? m_ui->accessKeyEdit->text().trimmed() : QString();
    c.projectName = m_ui->projectNameEdit->text().trimmed();
    c.projectId = m_ui->projectIdEdit->text().trimmed().toLower();
    c.caFile = m_ui->caFileEdit->text().trimmed();
    return c;
}

Credentials ConnectionDialog::formCredentials() const
{
    Credentials credentials;
    switch (currentAuth()) {
    case AuthMethod::Password:
        credentials.password = m_ui->passwordEdit->text();
        break;
    case AuthMethod::AkSk:
        credentials.secretKey = m_ui->secretKeyEdit->text();
        break;
    case AuthMethod::Token:
        credentials.token = m_ui->tokenEdit->text().trimmed();
        break;
    }
    return credentials;
}

bool ConnectionDialog::canKeepStoredSecret() const
{
    const AuthMethod auth = currentAuth();
    if (m_cache && m_cache->has(m_id, auth))
        return true;
    if (!m_existing || m_existing->auth != auth || auth == AuthMethod::Token || !m_profiles)
        return false;
    return m_profiles->secretKeys(m_id).contains(SecretStore::keyFor(m_id, CredentialCache::kindFor(auth)));
}

void ConnectionDialog::showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool ConnectionDialog::validate(Purpose purpose)
{
    const Connection c = connection();

    QString nameError;
    if (purpose == Purpose::Save) {
        if (c.name.isEmpty())
            nameError = tr("Enter a name for this connection.");
        else if (m_profiles && m_profiles->isNameTaken(c.name, m_id))
            nameError =
                tr("Another connection is already called \u201c%1\u201d. Choose another name.").arg(c.name);
    }
    showMessage(m_ui->nameErrorLabel, nameError);

    QStringList endpointErrors;
    if (!currentPreset()) {
        const QList<QPair<QString, QUrl>> endpoints = {{tr("ELB endpoint"), c.elbEndpoint},
                                                       {tr("IAM endpoint"), c.iamEndpoint}};
        for (const auto &[what, url] : endpoints) {
            const QString refusal = ApiClient::refusalFor(url);
            if (!refusal.isEmpty())
                endpointErrors << tr("%1: %2.", "endpoint: problem").arg(what, refusal);
        }
    }
    showMessage(m_ui->endpointErrorLabel, endpointErrors.join(QLatin1Char('\n')));

    QStringList credentialErrors;
    const bool haveSecret =
        !CredentialCache::secretFor(formCredentials(), c.auth).isEmpty() || canKeepStoredSecret();
    switch (c.auth) {
    case AuthMethod::Password:
        if (c.userName.isEmpty())
            credentialErrors << tr("Enter the IAM user name.");
        if (!haveSecret)
            credentialErrors << tr("Enter the password.");
        if (c.domainName.isEmpty())
            credentialErrors << tr("Enter the domain (account) name.");
        break;
    case AuthMethod::AkSk:
        if (c.accessKey.isEmpty())
            credentialErrors << tr("Enter the access key.");
        if (!haveSecret)
            credentialErrors << tr("Enter the secret key.");
        break;
    case AuthMethod::Token:
        if (!haveSecret)
            credentialErrors << tr("Paste a token.");
        break;
    }
    showMessage(m_ui->credentialsErrorLabel, credentialErrors.join(QLatin1Char('\n')));

    QString projectError;
    if (!c.projectId.isEmpty() && !Ids::isHexId(c.projectId))
        projectError = tr("A project id is 32 hexadecimal characters (0–9, a–f). Leave it empty to "
                          "use the project name.");
    else if (c.auth != AuthMethod::Token && c.projectId.isEmpty() && c.projectName.isEmpty())
        projectError = tr("Enter a project name or a project id.");
    showMessage(m_ui->projectErrorLabel, projectError);

    QString caError;
    if (!c.caFile.isEmpty() && !QFileInfo(c.caFile).isReadable())
        caError = tr("The CA file %1 cannot be read.").arg(c.caFile);
    showMessage(m_ui->caErrorLabel, caError);

    return nameError.isEmpty() && endpointErrors.isEmpty() && credentialErrors.isEmpty() &&
           projectError.isEmpty() && caError.isEmpty();
}

void ConnectionDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose Extra CA Certificates"), m_ui->caFileEdit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, m_ui->caFileEdit, &QLineEdit::setText);
    dialog->open();
}

void ConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->saveButton->setEnabled(!busy);
    m_ui->sessionOnlyButton->setEnabled(!busy);
}

void ConnectionDialog::clearKeychainError()
{
    m_ui->keychainErrorFrame->hide();
    m_ui->keychainErrorLabel->clear();
    m_ui->keychainDetailLabel->clear();
    m_ui->saveErrorLabel->hide();
}

// ---- saving ----------------------------------------------------------------------------------

void ConnectionDialog::save()
{
    if (m_busy || !m_profiles || !m_secrets)
        return;
    clearKeychainError();
    if (!validate(Purpose::Save))
        return;
    const Connection c = connection();
    const Credentials credentials = formCredentials();
    const QString secret = CredentialCache::secretFor(credentials, c.auth);

    if (c.auth == AuthMethod::Token) {
        // Never stored: the token only lives in memory for this run.
        if (!saveProfile(c))
            return;
        if (!secret.isEmpty() && m_cache)
            m_cache->setSessionOnly(c.id, credentials);
        finishSaved(c);
        return;
    }
    if (secret.isEmpty()) { // editing, the stored secret stays as it is
        if (saveProfile(c))
            finishSaved(c);
        return;
    }

    setBusy(true);
    const QString key = SecretStore::keyFor(c.id, CredentialCache::kindFor(c.auth));
    const QPointer<ConnectionDialog> self(this);
    SecretStore *store = m_secrets; // alive whenever it calls back
    m_secrets->write(key, secret, [self, store, c, credentials, key](const SecretResult &result) {
        if (self && !self->m_abandoned) {
            self->onSecretWritten(c, credentials, key, result);
            return;
        }
        // Cancelled while the keyring was busy: no profile refers to the secret, so take it back.
        if (result.ok())
            store->remove(key, nullptr);
    });
}

void ConnectionDialog::reject()
{
    if (m_busy)
        m_abandoned = true;
    QDialog::reject();
}

void ConnectionDialog::onSecretWritten(const Connection &c, const Credentials &credentials,
                                       const QString &key, const SecretResult &result)
{
    setBusy(false);
    if (!result.ok()) {
        // No plaintext fallback: say what failed and let the operator choose.
        m_ui->keychainErrorLabel->setText(result.userMessage());
        m_ui->keychainDetailLabel->setText(
            result.detail.isEmpty() ? QString() : tr("Keyring said: %1").arg(result.detail));
        m_ui->keychainDetailLabel->setVisible(!result.detail.isEmpty());
        m_ui->keychainErrorFrame->show();
        m_ui->sessionOnlyButton->setFocus();
        return;
    }
    if (!saveProfile(c))
        return;
    m_profiles->recordSecretKey(c.id, key);
    if (m_cache)
        m_cache->remember(c.id, credentials);
    finishSaved(c);
}

void ConnectionDialog::saveForSessionOnly()
{
    if (m_busy || !m_profiles)
        return;
    if (!validate(Purpose::Save))
        return;
    const Connection c = connection();
    if (!saveProfile(c))
        return;
    if (m_cache)
        m_cache->setSessionOnly(c.id, formCredentials());
    finishSaved(c);
}

bool ConnectionDialog::saveProfile(const Connection &c)
{
    m_profiles->save(c);
    if (m_profiles->status() != QSettings::NoError) {
        showMessage(
            m_ui->saveErrorLabel,
            tr("The connection could not be saved: %1 cannot be written.").arg(m_profiles->filePath()));
        return false;
    }
    return true;
}

void ConnectionDialog::finishSaved(const Connection &c)
{
    removeStaleSecrets(c);
    Q_EMIT connectionSaved(c);
    accept();
}

// A connection that switched its sign-in method leaves the old method's secret behind: remove it.
void ConnectionDialog::removeStaleSecrets(const Connection &c)
{
    const QString kind = CredentialCache::kindFor(c.auth);
    const QString current = kind.isEmpty() ? QString() : SecretStore::keyFor(c.id, kind);
    const QStringList keys = m_profiles->secretKeys(c.id);
    for (const QString &key : keys) {
        if (key == current || !m_secrets)
            continue;
        const QPointer<ProfileStore> profiles(m_profiles);
        const QString id = c.id;
        m_secrets->remove(key, [profiles, id, key](const SecretResult &result) {
            if (profiles && result.ok())
                profiles->forgetSecretKey(id, key); // otherwise deleting the connection tries again
        });
    }
}

// ---- testing ---------------------------------------------------------------------------------

void ConnectionDialog::showTestResult(const QString &text, bool running)
{
    m_ui->testResultLabel->setText(text);
    m_ui->testButton->setEnabled(!running);
}

void ConnectionDialog::testConnection()
{
    if (!validate(Purpose::Test)) {
        showTestResult(tr("Not tested: correct the marked fields first."));
        return;
    }
    const Connection c = connection();
    const Credentials credentials = formCredentials();
    if (!CredentialCache::secretFor(credentials, c.auth).isEmpty() || !m_cache) {
        runTest(c, credentials);
        return;
    }
    showTestResult(tr("Reading the saved secret\u2026"), true);
    const QPointer<ConnectionDialog> self(this);
    m_cache->credentialsFor(c, [self, c](const Credentials &stored, const SecretResult &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->showTestResult(
                tr("Not tested: the saved secret could not be read. %1").arg(result.userMessage()));
            return;
        }
        self->runTest(c, stored);
    });
}

void ConnectionDialog::runTest(const Connection &c, const Credentials &credentials)
{
    if (m_testClient)
        m_testClient->deleteLater(); // with the request it still owns
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    m_testClient = new ApiClient(m_nam, c, makeAuthenticator(c, credentials), this);
    // One quick answer is what the operator waits for, not minutes of back-off.
    RetryPolicy policy = m_testClient->retryPolicy();
    policy.maxAttempts = 2;
    policy.maxThrottledAttempts = 2;
    m_testClient->setRetryPolicy(policy);
    const QString caError = m_testClient->loadCaFile();
    if (!caError.isEmpty()) {
        showTestResult(tr("Not tested: %1.").arg(caError));
        return;
    }
    auto *request = new ListLoadBalancersRequest(m_testClient, m_testClient);
    connect(request, &ApiRequest::finished, this, &ConnectionDialog::onTestFinished);
    showTestResult(tr("Connecting to %1\u2026").arg(c.elbEndpoint.host()), true);
    request->start();
}

void ConnectionDialog::onTestFinished(ApiRequest *request)
{
    if (request->succeeded()) {
        const auto *list = static_cast<ListLoadBalancersRequest *>(request);
        const qsizetype count = list->loadBalancers().size();
        showTestResult(count == 1 ? tr("Connected: 1 load balancer")
                                  : tr("Connected: %1 load balancers").arg(count));
        return;
    }
    // describe() already names the cause: wrong credentials, no permission, classic ELB not
    // available in this region (APIGW.0101), network down …
    showTestResult(tr("Test failed: %1").arg(request->error().describe()));
}

} // namespace ElbDesk
