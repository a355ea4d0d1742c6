// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

TEST_CASE("translations placeholder")
{
    CHECK(true);
}
