#include "cloudsimportdialog.h"

#include "appearance.h"

#include "config/cloudsyamllocator.h"
#include "config/cloudsyamlreader.h"
#include "store/credentialcache.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace ElbDesk {

namespace {

constexpr int kRowRole = Qt::UserRole;

QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CloudsImportDialog::CloudsImportDialog(ProfileStore *profiles, SecretStore *secrets, CredentialCache *cache,
                                       QWidget *parent, const QProcessEnvironment &env)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_cache(cache)
    , m_env(env)
    , m_fileLabel(wrapped(QStringLiteral("cloudsFileLabel"), this))
    , m_fileErrorLabel(wrapped(QStringLiteral("cloudsFileErrorLabel"), this))
    , m_tree(new QTreeWidget(this))
    , m_resultLabel(wrapped(QStringLiteral("importResultLabel"), this))
    , m_chooseButton(new QPushButton(tr("&Choose File\u2026"), this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("cloudsImportDialog"));
    setWindowTitle(tr("Import from clouds.yaml"));
    setAccessibleName(tr("Import connections from clouds.yaml"));

    auto *intro = wrapped(QStringLiteral("cloudsIntroLabel"), this);
    intro->setText(
        tr("The clouds of your OpenStack clouds.yaml become saved connections. Passwords and secret "
           "keys go into the system keyring; the file itself is only read, never changed."));
    m_chooseButton->setObjectName(QStringLiteral("chooseCloudsFileButton"));
    m_chooseButton->setAccessibleName(tr("Choose another clouds.yaml file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_chooseButton);

    Appearance::markAsError(m_fileErrorLabel); // besides the words, never instead
    m_fileErrorLabel->hide();

    m_tree->setObjectName(QStringLiteral("cloudsTree"));
    m_tree->setAccessibleName(tr("Clouds found in the file"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Cloud"), tr("Auth URL"), tr("Region"), tr("Sign-in"),
                             tr("Secrets in the file"), tr("Problems")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);

    m_resultLabel->hide();
    m_importButton->setObjectName(QStringLiteral("importCloudsButton"));
    m_importButton->setAccessibleName(tr("Import the checked clouds"));
    m_importButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("closeCloudsButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileErrorLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(buttons);
    resize(860, 420);

    connect(m_chooseButton, &QPushButton::clicked, this, &CloudsImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &CloudsImportDialog::importChecked);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_importing)
            m_importButton->setEnabled(!m_clouds.isEmpty());
    });

    const CloudsYamlLocator::Found found = CloudsYamlLocator::locate(m_env);
    if (found.cloudsFile.isEmpty()) {
        m_fileLabel->setText(tr("No clouds.yaml found in the usual places."));
        showFileError(
            tr("None of ./clouds.yaml, ~/.config/openstack/clouds.yaml or /etc/openstack/clouds.yaml "
               "exists (nor $OS_CLIENT_CONFIG_FILE). Choose the file instead."));
        m_importButton->setEnabled(false);
    } else {
        loadFile(found.cloudsFile);
    }
}

CloudsImportDialog::~CloudsImportDialog() = default;

void CloudsImportDialog::showFileError(const QString &text)
{
    m_fileErrorLabel->setText(text);
    m_fileErrorLabel->setVisible(!text.isEmpty());
}

void CloudsImportDialog::chooseFile()
{
    const QString start = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a clouds.yaml"), start,
                                                      tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CloudsImportDialog::loadFile(const QString &path)
{
    m_filePath = path;
    m_clouds.clear();
    m_resultLabel->hide();
    showFileError(QString());
    m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    // secure.yaml next to the chosen file first, else where openstacksdk would look.
    const QString sibling = QFileInfo(path).absoluteDir().filePath(QStringLiteral("secure.yaml"));
    m_securePath = QFileInfo(sibling).isFile() ? sibling : CloudsYamlLocator::locate(m_env).secureFile;

    QByteArray clouds;
    QByteArray secure;
    QString error;
    if (!CloudsYamlLocator::readFile(path, &clouds, &error) ||
        (!m_securePath.isEmpty() && !CloudsYamlLocator::readFile(m_securePath, &secure, &error))) {
        showFileError(error);
    } else {
        const CloudsYamlReader::Result result = CloudsYamlReader::parse(clouds, secure);
        if (!result.ok())
            showFileError(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), result.error));
        else if (result.clouds.isEmpty())
            showFileError(tr("The file lists no clouds."));
        m_clouds = result.clouds;
    }
    if (!m_securePath.isEmpty() && m_fileErrorLabel->isHidden())
        m_fileLabel->setText(
            tr("File: %1 (with %2)")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_securePath)));
    fillTree();
}

void CloudsImportDialog::fillTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (int row = 0; row < m_clouds.size(); ++row) {
        const CloudEntry &e = m_clouds.at(row);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(NameColumn, kRowRole, row);
        item->setText(NameColumn, e.name);
        item->setText(AuthUrlColumn, e.authUrl.isEmpty() ? e.iamEndpoint.toString() : e.authUrl);
        item->setText(RegionColumn, e.region);
        item->setText(AuthColumn, e.auth == AuthMethod::AkSk ? tr("AK/SK (%1)").arg(e.ak)
                                                             : tr("password (user %1)").arg(e.username));
        QStringList secrets;
        if (e.hasPassword())
            secrets << tr("password");
        if (!e.sk.isEmpty())
            secrets << tr("secret key");
        item->setText(SecretsColumn, secrets.isEmpty() ? tr("none") : secrets.join(QStringLiteral(", ")));
        const QStringList problems = e.errors + e.warnings;
        item->setText(StatusColumn, problems.isEmpty() ? tr("ready") : problems.join(QLatin1Char('\n')));
        item->setToolTip(StatusColumn, problems.join(QLatin1Char('\n')));
        item->setData(NameColumn, Qt::AccessibleTextRole,
                      tr("%1, %2, %3", "cloud, sign-in, problems")
                          .arg(e.name, item->text(AuthColumn), item->text(StatusColumn)));
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (e.usable())
            flags |= Qt::ItemIsUserCheckable;
        else
            item->setForeground(StatusColumn, Appearance::errorTextColor(palette()));
        item->setFlags(flags);
        item->setCheckState(NameColumn, e.usable() ? Qt::Checked : Qt::Unchecked);
    }
    m_importButton->setEnabled(!m_clouds.isEmpty() && !m_importing);
}

QTreeWidgetItem *CloudsImportDialog::itemFor(int row) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(NameColumn, kRowRole).toInt() == row)
            return item;
    }
    return nullptr;
}

void CloudsImportDialog::setChecked(const QString &cloudName, bool checked)
{
    for (int row = 0; row < m_clouds.size(); ++row) {
        QTreeWidgetItem *item = itemFor(row);
        if (m_clouds.at(row).name == cloudName && item && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
}

QString CloudsImportDialog::uniqueName(const QString &name) const
{
    if (!m_profiles || !m_profiles->isNameTaken(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)", "connection name, number").arg(name).arg(n);
        if (!m_profiles->isNameTaken(candidate))
            return candidate;
    }
}

void CloudsImportDialog::importChecked()
{
    if (m_importing || !m_profiles || !m_secrets)
        return;
    m_queue.clear();
    m_importedIds.clear();
    m_failed = 0;
    for (int row = 0; row < m_clouds.size(); ++row) {
        const QTreeWidgetItem *item = itemFor(row);
        if (item && item->checkState(NameColumn) == Qt::Checked && m_clouds.at(row).usable())
            m_queue << row;
    }
    if (m_queue.isEmpty()) {
        m_resultLabel->setText(tr("Check the clouds to import first."));
        m_resultLabel->show();
        return;
    }
    m_importing = true;
    m_importButton->setEnabled(false);
    m_chooseButton->setEnabled(false);
    importNext();
}

void CloudsImportDialog::importNext()
{
    if (m_queue.isEmpty()) {
        m_importing = false;
        m_chooseButton->setEnabled(true);
        m_importButton->setEnabled(true);
        m_resultLabel->setText(
            m_failed == 0
                ? tr("Imported %n connection(s). %1 was not changed.", nullptr, int(m_importedIds.size()))
                      .arg(QDir::toNativeSeparators(m_filePath))
                : tr("Imported %n connection(s); %1 could not be imported (see Problems). The file was not "
                     "changed.",
                     nullptr, int(m_importedIds.size()))
                      .arg(m_failed));
        m_resultLabel->show();
        Q_EMIT importFinished(m_importedIds, m_failed);
        return;
    }
    const int row = m_queue.takeFirst();
    const CloudEntry &e = m_clouds.at(row);
    Connection c = e.toConnection();
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.name = uniqueName(e.name);
    const Credentials credentials = e.credentials();
    const QString secret = CredentialCache::secretFor(credentials, c.auth);

    const auto saveProfile = [this, row](const Connection &connection) {
        m_profiles->save(connection);
        if (m_profiles->status() != QSettings::NoError) {
            finishOne(row, tr("not imported: %1 cannot be written").arg(m_profiles->filePath()), false);
            return false;
        }
        return true;
    };
    if (secret.isEmpty()) {
        if (saveProfile(c)) {
            m_importedIds << c.id;
            finishOne(row, tr("imported as \u201c%1\u201d (no secret in the file)").arg(c.name), true);
        }
        QMetaObject::invokeMethod(this, &CloudsImportDialog::importNext, Qt::QueuedConnection);
        return;
    }
    // The secret first: a profile is saved only when its secret is safely in the keychain.
    const QString key = SecretStore::keyFor(c.id, CredentialCache::kindFor(c.auth));
    const QPointer<CloudsImportDialog> self(this);
    m_secrets->write(key, secret, [self, c, credentials, key, row, saveProfile](const SecretResult &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->finishOne(
                row, tr("not imported: the keyring refused the secret. %1").arg(result.userMessage()), false);
        } else if (saveProfile(c)) {
            self->m_profiles->recordSecretKey(c.id, key);
            if (self->m_cache)
                self->m_cache->remember(c.id, credentials);
            self->m_importedIds << c.id;
            self->finishOne(row, tr("imported as \u201c%1\u201d; secret in the keyring").arg(c.name), true);
        }
        self->importNext();
    });
}

void CloudsImportDialog::finishOne(int row, const QString &status, bool ok)
{
    if (!ok)
        ++m_failed;
    QTreeWidgetItem *item = itemFor(row);
    if (!item)
        return;
    const QSignalBlocker blocker(m_tree);
    item->setText(StatusColumn, status);
    item->setToolTip(StatusColumn, status);
    item->setForeground(StatusColumn, ok ? palette().color(QPalette::Text) : Appearance::errorTextColor(palette()));
    if (ok) {
        item->setCheckState(NameColumn, Qt::Unchecked); // importing twice would make a second copy
    }
}

} // namespace ElbDesk
