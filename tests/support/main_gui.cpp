// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for documents: a QGuiApplication (fonts, painting; offscreen), then Catch2
// (tests/support/CatchSession.cpp).
#include "CatchSession.h"
#include "OwnHome.h"

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    const auto home = traject::test::ownHome();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return traject::test::runCatch(argc, argv);
}
