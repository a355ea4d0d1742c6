// SPDX-License-Identifier: GPL-3.0-or-later
// A sweep of pictures, to look at the Dutch UI as a SPOC sees it on a laptop of 1366×768: the
// main window's views, every dossier tab of two learners, and every window that opens from a
// menu of the main window or a button of a dossier tab.
//
// Run with TRAJECT_SWEEP=dir:  build/asan/tests/test_ui "[sweep]"  — the pictures go to dir.
#include "TestLanguage.h"
#include "UiSupport.h"
#include "WindowSweep.h"

#include "MainWindow.h"
#include "caseload/CaseloadPanel.h"

#include <QDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::DemoWindow;
using traject::test::TestLanguage;
using traject::test::WindowCatcher;

TEST_CASE("a sweep of pictures of the Dutch UI at 1366x768", "[.screenshot][sweep]")
{
    const QString dir = qEnvironmentVariable("TRAJECT_SWEEP");
    if (dir.isEmpty())
        return; // TRAJECT_SWEEP=dir names the folder for the pictures
    REQUIRE(QDir().mkpath(dir));
    TestLanguage speaking(QStringLiteral("nl"));
    DemoWindow w;
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
