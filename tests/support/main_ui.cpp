// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for widgets: a QApplication (offscreen unless told otherwise), then Catch2
// (tests/support/CatchSession.cpp).
#include "CatchSession.h"
#include "OwnHome.h"
#include "Translations.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    const auto home = traject::test::ownHome();
    // Offscreen, with the screens of tests/support/offscreen-screens.json: a laptop of 1366×768
    // and, beside it, what that laptop leaves at 150 % (910×512), instead of Qt's one 800×800.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" TRAJECT_OFFSCREEN_SCREENS);
    QApplication app(argc, argv);
    // Never read or write the developer's own settings.
    QStandardPaths::setTestModeEnabled(true);
    // The tests read the English source text; TRAJECT_TEST_LANGUAGE=nl shows the Dutch UI, e.g.
    // for the pictures of TRAJECT_SCREENSHOTS.
    if (const QString language = qEnvironmentVariable("TRAJECT_TEST_LANGUAGE"); !language.isEmpty())
        traject::installTranslations(language);
    return traject::test::runCatch(argc, argv);
}
