// SPDX-License-Identifier: GPL-3.0-or-later
// The one translation unit with Catch2's implementation (its largest part to compile), shared
// by every test runner through the traject_catch library.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CatchSession.h"

int traject::test::runCatch(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}
