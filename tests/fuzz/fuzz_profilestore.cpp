// libFuzzer: the saved-connections file (INI through QSettings), as a hand-edited or damaged
// file would reach ProfileStore. Each input is written to its own file in a private directory,
// loaded, queried, saved back and re-read.
#include "fuzzsupport.h"

#include "store/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace ElbDesk;

namespace {
std::unique_ptr<QTemporaryDir> g_dir;
qint64 g_serial = 0;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::quietQt();
    static QCoreApplication app(*argc, *argv); // QSettings wants an application object
    // In memory when possible: QSettings writes through QSaveFile, and disk syncs dominate a run.
    const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    g_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/elbdesk-fuzz-XXXXXX"));
    if (!g_dir->isValid())
        Fuzz::invariantBroken("no temporary directory");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A new name per input: QSettings caches files by name and may not notice a same-size rewrite.
    const QString path = g_dir->filePath(QStringLiteral("connections-%1.ini").arg(++g_serial));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            Fuzz::invariantBroken("cannot write the input file");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        ProfileStore store(path);
        const QList<Connection> all = store.connections();
        for (const Connection &c : all) {
            Fuzz::check(!c.id.isEmpty(), "a connection without an id");
            (void)store.secretKeys(c.id);
            (void)store.isNameTaken(c.name, c.id);
            (void)store.byName(c.name);
        }
        if (store.schemaVersion() <= ProfileStore::SchemaVersion && !all.isEmpty()) {
            // Saved back, the first connection must read back as it was saved.
            Connection first = all.first();
            const QString id = store.save(first);
            const std::optional<Connection> again = store.byId(id);
            Fuzz::check(again.has_value(), "a saved connection is gone", id);
            Fuzz::check(again->name == first.name && again->userName == first.userName &&
                            again->projectId == first.projectId && again->accessKey == first.accessKey,
                        "a saved connection reads back differently", first.name.left(80));
            store.remove(id);
        }
    }
    QFile::remove(path);
    return 0;
}
