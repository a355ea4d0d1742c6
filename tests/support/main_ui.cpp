// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for widgets: a QApplication (offscreen unless told otherwise), then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Never read or write the developer's own settings.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
