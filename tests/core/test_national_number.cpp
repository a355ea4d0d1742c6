// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/NationalNumber.h"

using namespace traject;

TEST_CASE("national register number: placeholder")
{
    CHECK_FALSE(NationalNumber::parse(QStringLiteral("12345")).has_value());
}
