// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The versions of the database engine compiled in, for Help > About and --version: without the
/// driver's Qt SQL headers, which only core sees.
namespace traject::sqlite {

/// "3.53.4": the SQLite compiled into the program.
QString sqliteVersion();
/// "SQLite3 Multiple Ciphers 2.4.0".
QString ciphersVersion();

} // namespace traject::sqlite
