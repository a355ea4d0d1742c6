// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KeyFile.h"

#include <QString>

#include <optional>

class QWidget;

namespace traject {

/// What the window's start does once the passphrase questions are answered.
enum class StartChoice
{
    /// Open the file (its key is unlocked, or it is plain, or it is new with its keys made).
    Open,
    /// The SPOC chose to look around in the demo database first.
    OpenDemo,
    /// The SPOC cancelled: quit with nothing changed.
    Quit
};

namespace EncryptionActions {

/// Before the window's database opens (app/main.cpp), and before the backup on open, which needs
/// the key: an encrypted file asks its passphrase (UnlockDialog); a file that does not exist yet
/// gets a passphrase (NewPassphraseDialog), its key slots, and at once the offer of its recovery
/// sheet; a plain file and the demo database open as before.
StartChoice prepareToOpen(const QString &databasePath, bool demo, QWidget *parent,
                          crypto::KdfCost cost = crypto::KdfCost::passphrase());

/// Bestand > Versleutelen…, first half: the passphrase chosen (typed twice), or nothing. The
/// caller closes the database and calls encryptChosen, then opens it again.
std::optional<QString> choosePassphraseToEncrypt(const QString &databasePath, QWidget *parent);

/// Second half, with the database closed: encrypts it and its backups (Encryption::encrypt),
/// says what was done and what could not be reached, and offers the recovery sheet. Whether the
/// database is encrypted now.
bool encryptChosen(const QString &databasePath, const QString &passphrase, QWidget *parent,
                   crypto::KdfCost cost = crypto::KdfCost::passphrase());

/// Bestand > Wachtzin wijzigen…; whether it was changed.
bool changePassphrase(const QString &databasePath, QWidget *parent,
                      crypto::KdfCost cost = crypto::KdfCost::passphrase());

/// Bestand > Nieuw herstelblad…: after a warning that the old sheet stops working, a new
/// recovery key and its sheet to print or save. Whether a new key was made.
bool renewRecoverySheet(const QString &databasePath, QWidget *parent);

} // namespace EncryptionActions

} // namespace traject
