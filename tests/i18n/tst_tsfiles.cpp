// The translation sources themselves: complete, in step with the code, and faithful to each
// source string's placeholders, HTML tags and accelerators.
#include "tsfile.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_TsFiles : public QObject
{
    Q_OBJECT

private:
    static QStringList tsFiles() { return QStringLiteral(ELBDESK_TS_FILES).split(QLatin1Char(',')); }

    static void addTsRows()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    static TsFile load(const QString &path)
    {
        TsFile ts;
        if (!ts.load(path))
            qWarning("%s: %s", qPrintable(path), qPrintable(ts.error()));
        return ts;
    }

    // Qt's plural rules: how many forms a numerus message has in each of our languages.
    static int numerusForms(const QString &language)
    {
        if (language.startsWith(QLatin1String("de")))
            return 2;
        if (language.startsWith(QLatin1String("zh")))
            return 1;
        return -1;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(L?[0-9]{1,2}|L?n|v|m|p)"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        // The same placeholder may appear twice in one language and once in another.
        found.removeDuplicates();
        return sorted(found);
    }

    static QStringList htmlTags(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0).section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('>'));
        return sorted(found);
    }

    // Accelerator markers: "&x" where x is a character, not "&&" (a literal ampersand) or "& ".
    static int accelerators(const QString &text)
    {
        int n = 0;
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            const QChar next = text.at(i + 1);
            if (next == QLatin1Char('&')) {
                ++i;
                continue;
            }
            if (!next.isSpace())
                ++n;
        }
        return n;
    }

private slots:
    // One scan of the sources, as the documented update command does it (resources/translations/README.md).
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scannedPath = m_dir.filePath(QStringLiteral("scan_de.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(ELBDESK_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ELBDESK_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("absolute"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("app"), QStringLiteral("ui"),
                       QStringLiteral("-ts"), m_scannedPath});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());
        QVERIFY2(m_scanned.load(m_scannedPath), qPrintable(m_scanned.error()));
    }

    void everyEntryFinished_data() { addTsRows(); }
    void everyEntryFinished()
    {
        QFETCH(QString, path);
        const TsFile ts = load(path);
        QVERIFY2(ts.error().isEmpty(), qPrintable(ts.error()));
        QVERIFY2(!ts.messages().isEmpty(), "no messages");
        const int forms = numerusForms(ts.language());
        QVERIFY2(forms > 0, qPrintable(QStringLiteral("unknown language \"%1\"").arg(ts.language())));

        QStringList problems;
        for (const TsFile::Message &m : ts.messages()) {
            if (!m.type.isEmpty())
                problems << QStringLiteral("line %1: %2 is %3").arg(m.line).arg(m.describe(), m.type);
            else if (m.numerus && m.translations.size() != forms)
                problems << QStringLiteral("line %1: %2 has %3 plural forms, not %4")
                                .arg(m.line)
                                .arg(m.describe())
                                .arg(m.translations.size())
                                .arg(forms);
            else if (m.translations.contains(QString()))
                problems
                    << QStringLiteral("line %1: %2 has an empty translation").arg(m.line).arg(m.describe());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 entries are not finished:\n  %3")
                                                    .arg(problems.size())
                                                    .arg(ts.messages().size())
                                                    .arg(problems.join(QStringLiteral("\n  ")))));
    }

    void translationsKeepMarkup_data() { addTsRows(); }
    void translationsKeepMarkup()
    {
        QFETCH(QString, path);
        const TsFile ts = load(path);
        QVERIFY2(ts.error().isEmpty(), qPrintable(ts.error()));
        QStringList problems;
        for (const TsFile::Message &m : ts.messages()) {
            for (qsizetype form = 0; form < m.translations.size(); ++form) {
                const QString &t = m.translations.at(form);
                if (t.isEmpty())
                    continue; // reported by everyEntryFinished
                QStringList expected = placeholders(m.source);
                // A singular form that serves n = 1 alone may say "the server" instead of "the %n servers".
                if (m.numerus && form == 0 && m.translations.size() > 1 && !t.contains(QLatin1String("%n")) &&
                    !t.contains(QLatin1String("%Ln"))) {
                    expected.removeAll(QStringLiteral("%n"));
                    expected.removeAll(QStringLiteral("%Ln"));
                }
                if (placeholders(t) != expected)
                    problems << QStringLiteral("%1: placeholders %2 in \"%3\"")
                                    .arg(m.describe(), placeholders(t).join(QLatin1Char(',')), t);
                if (htmlTags(t) != htmlTags(m.source))
                    problems << QStringLiteral("%1: HTML tags %2 in \"%3\"")
                                    .arg(m.describe(), htmlTags(t).join(QLatin1Char(',')), t);
                if (accelerators(t) != accelerators(m.source))
                    problems << QStringLiteral("%1: %2 accelerator(s) in \"%3\"")
                                    .arg(m.describe())
                                    .arg(accelerators(t))
                                    .arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A new tr() string that nobody translated fails here, not silently in the running app.
    void inStepWithTheSources_data() { addTsRows(); }
    void inStepWithTheSources()
    {
        QFETCH(QString, path);
        const TsFile committed = load(path);
        QVERIFY2(committed.error().isEmpty(), qPrintable(committed.error()));
        QVERIFY2(m_scanned.error().isEmpty(), qPrintable(m_scanned.error()));
        QHash<QString, QString> inCommitted;
        for (const TsFile::Message &m : committed.messages())
            inCommitted.insert(m.key(), m.describe());
        QHash<QString, QString> inSources;
        for (const TsFile::Message &m : m_scanned.messages())
            inSources.insert(m.key(), m.describe());

        QStringList missing;
        for (auto it = inSources.cbegin(); it != inSources.cend(); ++it) {
            if (!inCommitted.contains(it.key()))
                missing << it.value();
        }
        QStringList stale;
        for (auto it = inCommitted.cbegin(); it != inCommitted.cend(); ++it) {
            if (!inSources.contains(it.key()))
                stale << it.value();
        }
        missing.sort();
        stale.sort();
        const QString name = QFileInfo(path).fileName();
        QString report;
        if (!missing.isEmpty())
            report += QStringLiteral("%1 string(s) of the code are not in %2:\n  %3\n")
                          .arg(missing.size())
                          .arg(name, missing.join(QStringLiteral("\n  ")));
        if (!stale.isEmpty())
            report += QStringLiteral("%1 entr(ies) of %2 are no longer in the code:\n  %3\n")
                          .arg(stale.size())
                          .arg(name, stale.join(QStringLiteral("\n  ")));
        if (!report.isEmpty())
            report +=
                QStringLiteral("Update with the lupdate command in resources/translations/README.md and "
                               "translate the new entries.");
        QVERIFY2(report.isEmpty(), qPrintable(report));
    }

    // lupdate files a tr() call under the class (or namespace) around it; a file-level helper
    // `tr(const char *)` translates with the context it names. Where the two differ, the string is
    // translated in the .ts but never at run time, so every such context must be one the file uses.
    void contextsMatchTheCode()
    {
        QVERIFY2(m_scanned.error().isEmpty(), qPrintable(m_scanned.error()));
        static const QRegularExpression helper(
            QStringLiteral("QCoreApplication::translate\\(\"([^\"]+)\",\\s*[A-Za-z_]\\w*\\s*\\)"));
        static const QRegularExpression literal(QStringLiteral("translate\\(\\s*\"([^\"]+)\",\\s*\""));
        static const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(([\\w:]+)\\)"));
        static const QRegularExpression qobject(QStringLiteral("class\\s+(\\w+)[^;{]*\\{\\s*Q_OBJECT"));
        static const QRegularExpression qualified(QStringLiteral("(\\w+)::tr\\("));
        const auto captures = [](const QRegularExpression &re, const QString &text) {
            QSet<QString> found;
            for (auto it = re.globalMatch(text); it.hasNext();)
                found.insert(it.next().captured(1));
            return found;
        };
        const QDir tsDir = QFileInfo(m_scannedPath).absoluteDir();
        QHash<QString, QString> sources; // file -> its text and its header's
        QStringList problems;
        int checkedFiles = 0;
        for (const TsFile::Message &m : m_scanned.messages()) {
            const QString file = QFileInfo(tsDir.filePath(m.file)).canonicalFilePath();
            if (!file.endsWith(QLatin1String(".cpp")) && !file.endsWith(QLatin1String(".h")))
                continue; // .ui forms: uic uses the form's class, as lupdate does
            if (!sources.contains(file)) {
                QString text;
                for (const QString &path : {file, file.chopped(4) + QStringLiteral(".h")}) {
                    QFile f(path);
                    if (f.open(QIODevice::ReadOnly))
                        text += QString::fromUtf8(f.readAll());
                }
                sources.insert(file, text);
                ++checkedFiles;
            }
            const QString text = sources.value(file);
            const QSet<QString> helpers = captures(helper, text);
            if (helpers.isEmpty())
                continue; // tr() there is a class's own
            const QString shortName = m.context.section(QLatin1String("::"), -1);
            const bool ok = helpers.contains(m.context) || captures(literal, text).contains(m.context) ||
                            captures(declared, text).contains(m.context) ||
                            captures(qobject, text).contains(shortName) ||
                            captures(qualified, text).contains(shortName);
            if (!ok)
                problems << QStringLiteral(
                                "%1: lupdate files \"%2\" under %3, but tr() there translates with %4")
                                .arg(QDir(QStringLiteral(ELBDESK_SOURCE_DIR)).relativeFilePath(file),
                                     m.source.left(60), m.context,
                                     QStringList(helpers.values()).join(QStringLiteral(" or ")));
        }
        QVERIFY(checkedFiles > 10);
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(problems.join(QLatin1Char('\n')) +
                       QStringLiteral("\nName the context: QCoreApplication::translate(\"Ctx\", \"…\"), or "
                                      "Q_DECLARE_TR_FUNCTIONS(Ctx) in a helper class.")));
    }

private:
    QTemporaryDir m_dir;
    QString m_scannedPath;
    TsFile m_scanned;
};

QTEST_GUILESS_MAIN(tst_TsFiles)
#include "tst_tsfiles.moc"
