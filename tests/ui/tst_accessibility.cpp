// What a keyboard or screen-reader user meets: every control the focus can reach has a name that
// assistive technology reads (through Qt's own accessibility interfaces, as a screen reader would),
// the main actions have shortcuts, a removal can be reviewed and confirmed with the keyboard only,
// and the light and dark appearances give readable text and icons.
#include "appearance.h"
#include "connectiondialog.h"
#include "jobs/jobcenter.h"
#include "mainwindow.h"
#include "memberpane.h"
#include "removemembersdialog.h"
#include "store/credentialcache.h"
#include "store/memorysecretstore.h"
#include "store/profilestore.h"
#include "themeicons.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <cmath>

using namespace ElbDesk;

class tst_Accessibility : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        ProfileStore profiles{dir.filePath(QStringLiteral("connections.ini"))};
        MemorySecretStore secrets;
        MainWindow window{&profiles, &secrets, nullptr, dir.filePath(QStringLiteral("journal.sqlite"))};
    };

    static Emulator::EmulatorOptions quickSandbox()
    {
        Emulator::EmulatorOptions o = MainWindow::demoOptions();
        o.largeListenerMembers = 50;
        o.jobSeconds = 0.3;
        return o;
    }

    static bool openSandbox(Fixture &f)
    {
        QSignalSpy tree(&f.window, &MainWindow::treeLoaded);
        QSignalSpy loaded(f.window.memberPane(), &MemberPane::loaded);
        f.window.show();
        f.window.openSandbox(quickSandbox());
        return tree.wait(20000) && (loaded.count() > 0 || loaded.wait(20000));
    }

    // Names of the visible controls that take keyboard focus but have no accessible name.
    static QStringList unnamedControls(QWidget *top)
    {
        QStringList unnamed;
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisibleTo(top) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
                continue;
            // The viewport and scroll bars of item views are parts of the view, named by it.
            if (w->inherits("QScrollBar") || w->objectName() == QLatin1String("qt_scrollarea_viewport"))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                         QString::fromLatin1(w->metaObject()->className()));
        }
        return unnamed;
    }

    static double luminance(const QColor &c)
    {
        const auto channel = [](double v) {
            v /= 255.0;
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
    }

    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    // The average colour of the icon's opaque pixels.
    static QColor inkOf(const QIcon &icon)
    {
        const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
        qint64 r = 0, g = 0, b = 0, n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 200) {
                    r += c.red();
                    g += c.green();
                    b += c.blue();
                    ++n;
                }
            }
        }
        return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Preferences (the appearance choice) go to a throwaway place, never the operator's.
        QStandardPaths::setTestModeEnabled(true);
    }

    // The check itself finds what it is meant to find.
    void unnamedControlsAreFound()
    {
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *unlabelled = new QLineEdit(&form);
        unlabelled->setObjectName(QStringLiteral("unlabelled"));
        auto *labelled = new QLineEdit(&form);
        auto *label = new QLabel(QStringLiteral("&Name"), &form);
        label->setBuddy(labelled);
        auto *iconOnly = new QPushButton(&form);
        iconOnly->setObjectName(QStringLiteral("iconOnly"));
        layout->addWidget(unlabelled);
        layout->addWidget(label);
        layout->addWidget(labelled);
        layout->addWidget(iconOnly);
        layout->addWidget(new QPushButton(QStringLiteral("OK"), &form));
        form.show();
        QStringList unnamed = unnamedControls(&form);
        unnamed.sort();
        QCOMPARE(unnamed, QStringList({QStringLiteral("iconOnly (QPushButton)"),
                                       QStringLiteral("unlabelled (QLineEdit)")}));
    }

    void everyFocusableControlIsNamed()
    {
        Fixture f;
        f.window.show();
        QStringList unnamed = unnamedControls(&f.window);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("welcome view: ") + unnamed.join(QStringLiteral(", "))));

        QVERIFY(openSandbox(f));
        unnamed = unnamedControls(&f.window);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("main window: ") + unnamed.join(QStringLiteral(", "))));

        QTableView *view = f.window.memberPane()->view();
        view->selectRow(0);
        f.window.findChild<QAction *>(QStringLiteral("removeAction"))->trigger();
        QPointer<RemoveMembersDialog> review = f.window.reviewDialog();
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());
        unnamed = unnamedControls(review);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("review dialog: ") + unnamed.join(QStringLiteral(", "))));
        review->reject();

        MemorySecretStore secrets;
        CredentialCache cache(&secrets);
        ConnectionDialog connection(&f.profiles, &secrets, &cache, nullptr);
        connection.show();
        unnamed = unnamedControls(&connection);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("connection dialog: ") + unnamed.join(QStringLiteral(", "))));
    }

    void mainActionsHaveShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("refresh") << QStringLiteral("refreshAction") << QKeySequence(Qt::Key_F5);
        QTest::newRow("remove") << QStringLiteral("removeAction") << QKeySequence(QKeySequence::Delete);
        QTest::newRow("filter") << QStringLiteral("filterAction") << QKeySequence(QKeySequence::Find);
        QTest::newRow("find everywhere")
            << QStringLiteral("findServerAction") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
        QTest::newRow("history") << QStringLiteral("historyAction") << QKeySequence(Qt::CTRL | Qt::Key_H);
    }

    void mainActionsHaveShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        Fixture f;
        auto *a = f.window.findChild<QAction *>(action);
        QVERIFY(a);
        QCOMPARE(a->shortcut(), shortcut);
        QVERIFY2(!a->icon().isNull(), "toolbar and menu actions carry an icon on every platform");
    }

    // Select with the arrow keys, Delete opens the review, Tab reaches "Remove", Space confirms.
    void removalWithTheKeyboardOnly()
    {
        Fixture f;
        QVERIFY(openSandbox(f));
        QTableView *view = f.window.memberPane()->view();
        QApplication::setActiveWindow(&f.window);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        QTest::keyClick(view, Qt::Key_Delete);
        QPointer<RemoveMembersDialog> review = f.window.reviewDialog();
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());
        auto *remove = review->findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(remove);
        // The safe choice is the default: Enter alone never removes.
        QVERIFY(!remove->isDefault());
        // Offscreen there is no window manager to activate the new dialog, as a desktop would.
        QApplication::setActiveWindow(review);
        QTRY_VERIFY(review->isActiveWindow());
        QWidget *w = QApplication::focusWidget();
        QVERIFY(w);
        QCOMPARE(w->window(), static_cast<QWidget *>(review.data()));
        for (int i = 0; i < 40 && w != remove; ++i) {
            QTest::keyClick(w, Qt::Key_Tab);
            w = QApplication::focusWidget();
        }
        QCOMPARE(w, static_cast<QWidget *>(remove));
        if (!remove->isEnabled())
            QSKIP("this listener needs a typed confirmation; covered by tst_removemembersdialog");
        QSignalSpy finished(f.window.jobCenter(), &JobCenter::operationFinished);
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY(finished.wait(30000));
    }

    void lightAndDarkStayReadable_data()
    {
        QTest::addColumn<Appearance::Mode>("mode");
        QTest::newRow("light") << Appearance::Mode::Light;
        QTest::newRow("dark") << Appearance::Mode::Dark;
    }

    void lightAndDarkStayReadable()
    {
        QFETCH(Appearance::Mode, mode);
        Appearance::instance()->setMode(mode, false);
        const QPalette p = QApplication::palette();
        QCOMPARE(Appearance::isDark(p), mode == Appearance::Mode::Dark);
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7.0);
        QVERIFY(contrast(Appearance::errorTextColor(p), p.color(QPalette::Window)) >= 4.5);
        // Our fallback icons are drawn in the text colour of the palette in use.
        const QColor ink = inkOf(ThemeIcons::fallback(QStringLiteral("view-refresh"), p));
        QVERIFY(ink.isValid());
        QVERIFY2(contrast(ink, p.color(QPalette::Window)) >= 4.5, qPrintable(ink.name()));

        // A window opened now follows, and so does one switched while it is open.
        Fixture f;
        f.window.show();
        QCOMPARE(Appearance::isDark(f.window.palette()), mode == Appearance::Mode::Dark);
        const Appearance::Mode other =
            mode == Appearance::Mode::Dark ? Appearance::Mode::Light : Appearance::Mode::Dark;
        Appearance::instance()->setMode(other, false);
        QTRY_COMPARE(Appearance::isDark(f.window.palette()), other == Appearance::Mode::Dark);
        const QIcon refresh = f.window.findChild<QAction *>(QStringLiteral("refreshAction"))->icon();
        QVERIFY(contrast(inkOf(refresh), f.window.palette().color(QPalette::Window)) >= 4.5);
        Appearance::instance()->setMode(Appearance::Mode::System, false);
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
