#pragma once

#include "config/cloudentry.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ElbDesk {

class CredentialCache;
class ProfileStore;
class SecretStore;

// "Import from clouds.yaml": lists the clouds of the clouds.yaml openstacksdk would use (or one
// the operator picks) with what each carries and what is wrong with it; the checked ones become
// saved connections, their password or SK goes into the SecretStore (the keychain). The file is
// only read, never written. A cloud whose secret the keychain refuses is not imported (no
// plaintext fallback); its row says why.
class CloudsImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudsImportDialog)

public:
    enum Column {
        NameColumn,
        AuthUrlColumn,
        RegionColumn,
        AuthColumn,
        SecretsColumn,
        StatusColumn,
        ColumnCount
    };

    CloudsImportDialog(ProfileStore *profiles, SecretStore *secrets, CredentialCache *cache, QWidget *parent,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ~CloudsImportDialog() override;

    // Reads `path` (and the secure.yaml found next to the usual places) and lists its clouds.
    void loadFile(const QString &path);
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] const QList<CloudEntry> &clouds() const { return m_clouds; }
    void setChecked(const QString &cloudName, bool checked);
    [[nodiscard]] bool isImporting() const { return m_importing; }

public Q_SLOTS:
    void chooseFile();
    void importChecked();

Q_SIGNALS:
    // After importChecked(): the ids of the connections saved, and how many clouds failed.
    void importFinished(const QStringList &connectionIds, int failed);

private:
    void showFileError(const QString &text);
    void fillTree();
    void importNext();
    void finishOne(int row, const QString &status, bool ok);
    [[nodiscard]] QString uniqueName(const QString &name) const;
    [[nodiscard]] QTreeWidgetItem *itemFor(int row) const;

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    QPointer<CredentialCache> m_cache;
    QProcessEnvironment m_env;
    QString m_filePath;
    QString m_securePath;
    QList<CloudEntry> m_clouds;
    QList<int> m_queue; // rows still to import
    QStringList m_importedIds;
    int m_failed = 0;
    bool m_importing = false;

    QLabel *m_fileLabel;
    QLabel *m_fileErrorLabel;
    QTreeWidget *m_tree;
    QLabel *m_resultLabel;
    QPushButton *m_chooseButton;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
};

} // namespace ElbDesk
