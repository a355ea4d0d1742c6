// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About names the SQLite compiled in (issue 3/9).
#include "TestLanguage.h"
#include "TestSupport.h"

#include "MainWindow.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace traject;

TEST_CASE("Help > About names the versions of SQLite and SQLite3 Multiple Ciphers")
{
    const QString language = GENERATE(QStringLiteral("nl"), QStringLiteral("en"));
    INFO("language " << language.toStdString());
    traject::test::TestLanguage speaking(language);
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    MainWindow window(*db, clock);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QMenuBar *bar = window.menuBar();
    QMenu *help = nullptr;
    for (QAction *action : bar->actions()) {
        if (action->text() == MainWindow::tr("&Help"))
            help = action->menu();
    }
    REQUIRE(help);
    QAction *about = nullptr;
    for (QAction *action : help->actions()) {
        if (action->text() == MainWindow::tr("&About Trajectplanner"))
            about = action;
    }
    REQUIRE(about);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(help->menuAction()).center());
    REQUIRE(QTest::qWaitFor([help] { return help->isVisible(); }));

    QString text;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return; // the check below fails instead
        text = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::mouseClick(help, Qt::LeftButton, {}, help->actionGeometry(about).center());

    const QString expected = language == QLatin1String("nl")
        ? QStringLiteral("<p><b>Trajectplanner %1</b></p><p>Plant en volgt de trajecten van "
                         "cursisten naar de kwalificatie kinderbegeleider.</p><p>Je gegevens: "
                         "%2</p><p>Databank: SQLite 3.53.4 met SQLite3 Multiple Ciphers "
                         "2.4.0.</p><p>Licentie: GPL-3.0-or-later.</p>")
        : QStringLiteral("<p><b>Trajectplanner %1</b></p><p>Plans and follows up the "
                         "trajectories of learners toward the qualification of childcare "
                         "worker.</p><p>Your data: %2</p><p>Database: SQLite 3.53.4 with SQLite3 "
                         "Multiple Ciphers 2.4.0.</p><p>Licence: GPL-3.0-or-later.</p>");
    CHECK(text == expected.arg(QCoreApplication::applicationVersion(), db->path()));
}
