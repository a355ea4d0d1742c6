// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About names the SQLite compiled in.
#include "TestLanguage.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "sqlite/SqliteDriver.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

/// Opens Help in the menu bar with the mouse; returns the menu and its action with this text.
std::pair<QMenu *, QAction *> helpMenuAction(MainWindow &window, const QString &text)
{
    QMenuBar *bar = window.menuBar();
    QMenu *help = nullptr;
    for (QAction *action : bar->actions()) {
        if (action->text() == MainWindow::tr("&Help"))
            help = action->menu();
    }
    if (!help)
        return {};
    QAction *found = nullptr;
    for (QAction *action : help->actions()) {
        if (action->text() == text)
            found = action;
    }
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(help->menuAction()).center());
    if (!QTest::qWaitFor([help] { return help->isVisible(); }))
        return {};
    return { help, found };
}

} // namespace

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

    auto [help, about] = helpMenuAction(window, MainWindow::tr("&About Trajectplanner"));
    REQUIRE(about);
    traject::test::MessageAnswers answers({ QMessageBox::Ok });
    QTest::mouseClick(help, Qt::LeftButton, {}, help->actionGeometry(about).center());
    REQUIRE(answers.texts().size() == 1);
    const QString text = answers.texts().front();

    const QString expected = language == QLatin1String("nl")
        ? QStringLiteral(
            "<p><b>Trajectplanner %1</b></p><p>Plant en volgt de trajecten van "
            "cursisten naar de kwalificatie kinderbegeleider.</p><p>Je gegevens: "
            "%2</p><p>Databank: SQLite 3.53.4 met SQLite3 Multiple Ciphers "
            "2.4.0.</p><p>Licentie: GPL-3.0-or-later. De software van anderen erin, en "
            "hun licenties: Help &gt; Licenties van derden.</p>")
        : QStringLiteral("<p><b>Trajectplanner %1</b></p><p>Plans and follows up the "
                         "trajectories of learners toward the qualification of childcare "
                         "worker.</p><p>Your data: %2</p><p>Database: SQLite 3.53.4 with SQLite3 "
                         "Multiple Ciphers 2.4.0.</p><p>Licence: GPL-3.0-or-later. The software of "
                         "others inside it, and their licences: Help &gt; Third-party "
                         "licences.</p>");
    CHECK(text == expected.arg(QCoreApplication::applicationVersion(), db->path()));
}

TEST_CASE("Help > Third-party licences shows the notices of SQLite and SQLite3 Multiple Ciphers")
{
    traject::test::TestLanguage speaking(QStringLiteral("nl"));
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    MainWindow window(*db, clock);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    auto [help, licences] = helpMenuAction(window, MainWindow::tr("Third-party &licences…"));
    REQUIRE(licences);
    CHECK(licences->text() == QStringLiteral("&Licenties van derden…"));

    QString title;
    QString notices;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return; // the checks below fail instead
        title = dialog->windowTitle();
        if (auto *text = dialog->findChild<QPlainTextEdit *>())
            notices = text->toPlainText();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::mouseClick(help, Qt::LeftButton, {}, help->actionGeometry(licences).center());

    CHECK(title == QStringLiteral("Licenties van derden"));
    // What the licences of the code compiled in ask a binary to carry: SQLite3 Multiple Ciphers'
    // MIT notice, and the BSD notice of the SHA-2 code inside it.
    CHECK(notices.contains(QStringLiteral("Copyright (c) 2006-2026 Ulrich Telle")));
    CHECK(notices.contains(QStringLiteral("Permission is hereby granted, free of charge")));
    CHECK(notices.contains(QStringLiteral("Copyright (C) 2005, 2007 Olivier Gay")));
    CHECK(notices.contains(QStringLiteral("2. Redistributions in binary form must reproduce")));
    CHECK(notices.contains(QStringLiteral("SQLite ") + traject::sqlite::sqliteVersion()));
    CHECK(notices.contains(traject::sqlite::ciphersVersion()));
    CHECK(notices.contains(QStringLiteral("better-sqlite3-multiple-ciphers 13.0.3")));
}

} // namespace TRAJECT_UNITY_ID
