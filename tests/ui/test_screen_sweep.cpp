// SPDX-License-Identifier: GPL-3.0-or-later
// A sweep of pictures, to look at the Dutch UI as a SPOC sees it on a laptop of 1366×768: the
// main window's views, every dossier tab of two learners, and every window that opens from a
// menu of the main window or a button of a dossier tab.
//
// Run with TRAJECT_SWEEP=dir:  build/asan/tests/test_ui "[sweep]"  — the pictures go to dir.
// On a screen of its own (not the offscreen platform) the main window fills the screen, as a
// maximised window does: with QT_SCALE_FACTOR=1.5 on a virtual 1366×768 X server it has 910×512
// to work with, as on such a laptop at 150 %. Two more settings, as a desktop can give them:
//   TRAJECT_SWEEP_FONT=14         the desktop's large font: the program's font at 14 points
//   TRAJECT_SWEEP_CONTRAST=dark   a high-contrast palette, white on black ("light": black on white)
#include "TestLanguage.h"
#include "UiSupport.h"
#include "WindowSweep.h"

#include "MainWindow.h"
#include "caseload/CaseloadPanel.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QTest>

#include <catch2/catch.hpp>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::DemoWindow;
using traject::test::TestLanguage;
using traject::test::WindowCatcher;

namespace {

/// A high-contrast palette as desktops give one: white on black with yellow for what is chosen,
/// or black on white with dark blue.
QPalette highContrast(bool dark)
{
    const QColor background = dark ? Qt::black : Qt::white;
    const QColor text = dark ? Qt::white : Qt::black;
    const QColor chosen = dark ? QColor(0xff, 0xff, 0x00) : QColor(0x00, 0x00, 0x80);
    QPalette palette(text, background);
    palette.setColor(QPalette::Base, background);
    palette.setColor(QPalette::AlternateBase,
                     dark ? QColor(0x20, 0x20, 0x20) : QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Button, background);
    palette.setColor(QPalette::Highlight, chosen);
    palette.setColor(QPalette::HighlightedText, background);
    palette.setColor(QPalette::ToolTipBase, background);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText,
                     dark ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Link, dark ? QColor(0x80, 0xc0, 0xff) : QColor(0x00, 0x00, 0xc0));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

TEST_CASE("a sweep of pictures of the Dutch UI at 1366x768", "[.screenshot][sweep]")
{
    const QString dir = qEnvironmentVariable("TRAJECT_SWEEP");
    if (dir.isEmpty())
        return; // TRAJECT_SWEEP=dir names the folder for the pictures
    REQUIRE(QDir().mkpath(dir));
    TestLanguage speaking(QStringLiteral("nl"));
    const QFont font = QApplication::font();
    const QPalette palette = QApplication::palette();
    if (const double points = qEnvironmentVariable("TRAJECT_SWEEP_FONT").toDouble(); points > 0) {
        QFont large = font;
        large.setPointSizeF(points);
        QApplication::setFont(large);
    }
    if (const QString contrast = qEnvironmentVariable("TRAJECT_SWEEP_CONTRAST");
        !contrast.isEmpty())
        QApplication::setPalette(highContrast(contrast == QLatin1String("dark")));
    const auto restore = qScopeGuard([&] {
        QApplication::setFont(font);
        QApplication::setPalette(palette);
    });
    DemoWindow w;
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) {
        w.window->resize(w.window->screen()->availableSize());
        QTest::qWait(100);
    }
    const auto picture = [&](const QString &name, QWidget *window) {
        window->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
    };
    WindowCatcher catcher(w.window.get(), picture);
    picture(QStringLiteral("main-list"), w.window.get());

    const qint64 training = test::learnerIn(w, Phase::Training);
    const qint64 aftercare = test::learnerIn(w, Phase::Aftercare);
    w.window->caseloadPanel()->selectLearner(training);
    QTest::qWait(50);
    picture(QStringLiteral("main-dossier"), w.window.get());

    // Every item of every menu, for the learner in training; a view as a picture of the window.
    const auto ofWindow = [&](const QString &name) { picture(name, w.window.get()); };
    test::sweepMenus(w, catcher, ofWindow);
    test::sweepDossier(w, catcher, training, QStringLiteral("training"), ofWindow);
    test::sweepDossier(w, catcher, aftercare, QStringLiteral("aftercare"), ofWindow);
}

} // namespace TRAJECT_UNITY_ID
