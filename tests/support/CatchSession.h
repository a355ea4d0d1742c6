// SPDX-License-Identifier: GPL-3.0-or-later
// Runs Catch2 on the test cases linked into this runner. Catch2's implementation is compiled once,
// in CatchSession.cpp, for all the runners: each main() only sets up its application object.
#pragma once

namespace traject::test {

/// Runs the test cases chosen by the command line and returns Catch2's exit code.
int runCatch(int argc, char *argv[]);

} // namespace traject::test
