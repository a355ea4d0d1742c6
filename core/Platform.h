// SPDX-License-Identifier: GPL-3.0-or-later
// The few calls that differ per operating system, in one place (a Windows or macOS build
// replaces this file's implementation, see the README).
#pragma once

namespace traject::platform {

/// From now on every file and folder this process creates is its owner's only, from the moment
/// it exists (umask 077 on POSIX systems), also those that Qt, SQLite or a PDF writer create
/// and that nothing restricts afterwards. Called first in main().
void restrictNewFilesToOwner();

} // namespace traject::platform
