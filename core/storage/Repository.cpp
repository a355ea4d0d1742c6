// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repository.h"

namespace traject {

std::optional<Error> Repository::rejected(const Problems &problems)
{
    if (problems.isEmpty())
        return std::nullopt;
    return Error { describe(problems), {} };
}

} // namespace traject
