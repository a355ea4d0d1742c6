// SPDX-License-Identifier: GPL-3.0-or-later
// A home folder of its own for a test runner (header only: every runner's main() uses it, also
// the runners that link nothing else of the tests' support).
#pragma once

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace traject::test {

/// Gives this test runner a home folder of its own (HOME, and with it Qt's test-mode settings in
/// ~/.qttest), removed when the returned folder goes. ctest runs the tests in parallel, each in
/// a process of its own: tests that write settings must not see each other's, nor the
/// developer's. Call it first in main(), before the application object.
inline std::unique_ptr<QTemporaryDir> ownHome()
{
    auto home = std::make_unique<QTemporaryDir>();
    if (home->isValid())
        qputenv("HOME", QFile::encodeName(home->path()));
    return home;
}

} // namespace traject::test
