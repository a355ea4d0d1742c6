// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for core code: a QCoreApplication, then Catch2 (tests/support/CatchSession.cpp).
#include "CatchSession.h"
#include "OwnHome.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    const auto home = traject::test::ownHome();
    QCoreApplication app(argc, argv);
    return traject::test::runCatch(argc, argv);
}
