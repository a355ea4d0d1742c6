// SPDX-License-Identifier: GPL-3.0-or-later
// For the command-line tests of encrypted databases: files with a secret on their first line,
// an encrypted demo caseload made by the program, and the key of a printed recovery sheet.
#pragma once

#include "CliSupport.h"

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace traject::test {

/// Writes "text\n" to a new file of the home folder, readable by its owner only; its path.
QString writeSecret(const QTemporaryDir &home, const char *name, const QString &text);

/// The whole file (empty when it cannot be read).
QByteArray readAll(const QString &path);

/// Whether the file starts as a plain SQLite database does ("SQLite format 3\0").
bool startsPlain(const QString &path);

/// The demo caseload, made by the program in "caseload.sqlite" of the home folder, encrypted
/// with the passphrase (its file: "wachtzin.txt" of the home folder). Fails the test when it
/// cannot be made.
QString encryptedDemo(const QTemporaryDir &home, const QString &passphrase);

/// The number of learners the program counts in the database, unlocked with the passphrase file
/// (-1 when it does not open).
int learnersIn(const QString &database, const QString &passphraseFile, const QTemporaryDir &home);

/// The recovery key on a recovery sheet as a reader reads it (pdftotext): "ABCD-…", 8 groups.
QString recoveryKeyOf(const QString &sheetPdf);

/// What the program said on stderr, without the line Qt adds about XDG_RUNTIME_DIR when it draws
/// a document.
QString ourMessages(const QString &err);

/// The warning of a new recovery key without a recovery sheet, as the program prints it.
QString noSheetWarning();

} // namespace traject::test
