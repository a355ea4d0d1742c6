// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for core code: a QCoreApplication, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "OwnHome.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    const auto home = traject::test::ownHome();
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
