// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyCommand.h"

#include "CommandLine.h"
#include "Terminal.h"

#include "Clock.h"
#include "Files.h"
#include "Settings.h"
#include "crypto/KeyFile.h"
#include "crypto/KeyRing.h"
#include "documents/RecoverySheet.h"
#include "storage/Encryption.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)
};

using traject::Error;
using traject::Result;
using traject::Status;
using traject::crypto::KeyRing;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
}

void warn(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

int fail(const QString &text)
{
    warn(text);
    return 2;
}

/// The first line of a file that holds a secret (a passphrase or a recovery key), without its
/// line end. `option` names the option that gave the file, `what` what belongs on its first line.
Result<QString> firstLine(const QString &option, const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { Messages::tr("%1: the file %2 does not exist.").arg(option, shown(path)),
                       {} };
    if (info.isDir())
        return Error { Messages::tr("%1: %2 is a folder, not a file.").arg(option, shown(path)),
                       {} };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Messages::tr("%1: the file %2 cannot be read (%3).")
                           .arg(option, shown(path), file.errorString()),
                       {} };
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    line.fill('\0');
    if (text.isEmpty())
        return Error { Messages::tr("%1: the first line of %2 is empty. Put %3 on the first line.")
                           .arg(option, shown(path), what),
                       {} };
    if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        warn(Messages::tr("Note: other users of this computer can read %1. Make it readable by "
                          "you alone (chmod 600), and delete it when it is no longer needed.")
                 .arg(shown(path)));
    return text;
}

/// The secrets of the options, all read before anything changes.
struct Secrets
{
    QString passphrase;
    QString recoveryKey;
    QString newPassphrase;
};

std::optional<int> readSecrets(const CommandLineOptions &options, Secrets *secrets)
{
    const auto read
        = [](const char *option, const QString &path, const QString &what, QString *into) -> bool {
        if (path.isEmpty())
            return true;
        Result<QString> line = firstLine(QLatin1String(option), path, what);
        if (!line) {
            warn(line.error().message);
            return false;
        }
        *into = std::move(line).value();
        return true;
    };
    if (!read("--passphrase-file", options.passphraseFile, Messages::tr("the passphrase"),
              &secrets->passphrase)
        || !read("--recovery-key-file", options.recoveryKeyFile, Messages::tr("the recovery key"),
                 &secrets->recoveryKey)
        || !read("--change-passphrase", options.changePassphrase,
                 Messages::tr("the new passphrase"), &secrets->newPassphrase))
        return 2;
    return std::nullopt;
}

/// Unlocks with the passphrase or the recovery key; a lost key file is first put back from the
/// backups folder, from the copy that the secret opens (and said).
Status unlockWith(const QString &path, const QString &secret, bool isRecoveryKey)
{
    if (!traject::Encryption::keysMissing(path))
        return isRecoveryKey ? KeyRing::unlockWithRecoveryKey(path, secret)
                             : KeyRing::unlock(path, secret);
    const Result<QString> restored
        = traject::Encryption::restoreKeyFile(path, secret, isRecoveryKey);
    if (!restored)
        return restored.error();
    say(Messages::tr("The key file of %1 was missing; it is put back from %2.")
            .arg(shown(path), shown(*restored)));
    return {};
}

/// Unlocks an encrypted database with what was given, or asks on a terminal.
std::optional<int> unlock(const QString &path, const Secrets &secrets, bool headless)
{
    if (KeyRing::isUnlocked(path))
        return std::nullopt;
    Status unlocked;
    if (!secrets.recoveryKey.isEmpty()) {
        unlocked = unlockWith(path, secrets.recoveryKey, true);
    } else if (!secrets.passphrase.isEmpty()) {
        unlocked = unlockWith(path, secrets.passphrase, false);
    } else if (!headless) {
        return std::nullopt; // the window asks
    } else if (Terminal::isInteractive()) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            const std::optional<QString> typed
                = Terminal::readHiddenLine(Messages::tr("Passphrase of %1: ").arg(shown(path)));
            if (!typed)
                return fail(Messages::tr("No passphrase was typed; nothing was changed."));
            unlocked = unlockWith(path, *typed, false);
            if (unlocked)
                break;
            warn(unlocked.error().message);
        }
    } else {
        return fail(Messages::tr("The database %1 is encrypted. Give its passphrase with "
                                 "--passphrase-file, or its recovery key with "
                                 "--recovery-key-file.")
                        .arg(shown(path)));
    }
    if (!unlocked)
        return fail(Messages::tr("%1 Nothing was changed.").arg(unlocked.error().message));
    return std::nullopt;
}

/// Writes the recovery sheet of the key; says where, or why not.
int writeSheet(const QString &databasePath, const QString &recoveryKey, const QString &pdfPath)
{
    const traject::Settings settings;
    const traject::SystemClock clock;
    const traject::RecoverySheet sheet { QFileInfo(databasePath).absoluteFilePath(), recoveryKey,
                                         clock.today(), settings.get(traject::Setting::SpocName) };
    if (Status written = traject::writeRecoverySheetPdf(sheet, pdfPath); !written)
        return fail(Messages::tr("The recovery sheet could not be written: %1 The new recovery key "
                                 "is kept nowhere: make a recovery sheet again with "
                                 "--recovery-sheet.")
                        .arg(written.error().message));
    say(Messages::tr("Recovery sheet written to %1. Print it, keep it in the safe of the "
                     "organisation, and delete the file.")
            .arg(shown(pdfPath)));
    return 0;
}

void warnNoSheet()
{
    warn(Messages::tr("Note: a new recovery key was made, but no recovery sheet was asked for. "
                      "Make one now with --recovery-sheet (this makes a new key): without the "
                      "passphrase and the recovery sheet nobody can open the data."));
}

} // namespace

namespace KeyCommand {

std::optional<int> prepare(const CommandLineOptions &options, const QString &path, bool headless)
{
    const bool exists = QFileInfo(path).exists() && QFileInfo(path).size() > 0;
    const bool encrypted
        = exists && (KeyRing::isEncrypted(path) || traject::Encryption::keysMissing(path));
    if (!options.usesKeys()) {
        if (!encrypted)
            return std::nullopt;
        return unlock(path, {}, headless);
    }

    Secrets secrets;
    if (auto stop = readSecrets(options, &secrets))
        return stop;
    if (!options.recoverySheet.isEmpty()) {
        if (Status writable = traject::checkWritable(options.recoverySheet); !writable)
            return fail(writable.error().message);
    }

    QString newRecoveryKey; // made in this run: its sheet is the one to write
    if (options.encrypt) {
        auto report = traject::Encryption::encrypt(path, secrets.passphrase);
        if (!report)
            return fail(report.error().message);
        newRecoveryKey = report->recoveryKey;
        say(Messages::tr("The database %1 is encrypted now.").arg(shown(path)));
        if (!report->encryptedBackups.isEmpty())
            say(Messages::tr("%n backup(s) in its backups folder are encrypted too.", nullptr,
                             int(report->encryptedBackups.size())));
        for (const QString &left : std::as_const(report->notEncrypted))
            warn(Messages::tr("Not encrypted: %1").arg(left));
        say(Messages::tr("Copies elsewhere (a USB stick, an e-mail, a cloud folder) stay "
                         "unencrypted: delete them. On an SSD, remnants of the unencrypted file "
                         "can stay on the disk until it is overwritten."));
    } else if (encrypted) {
        if (auto stop = unlock(path, secrets, headless))
            return stop;
    } else if (exists) {
        return fail(Messages::tr("The database %1 is not encrypted: there is nothing to unlock or "
                                 "change. Encrypt it with --encrypt and --passphrase-file.")
                        .arg(shown(path)));
    } else if (!secrets.recoveryKey.isEmpty()) {
        return fail(Messages::tr("--recovery-key-file opens an existing encrypted database; %1 "
                                 "does not exist.")
                        .arg(shown(path)));
    } else if (!secrets.passphrase.isEmpty()) {
        // A new database, encrypted from its first byte.
        if (!traject::makeFolderForOwner(QFileInfo(path).absolutePath()))
            return fail(Messages::tr("The folder %1 cannot be made.")
                            .arg(shown(QFileInfo(path).absolutePath())));
        auto made = KeyRing::createKeys(path, secrets.passphrase);
        if (!made)
            return fail(made.error().message);
        newRecoveryKey = *made;
        say(Messages::tr("The new database %1 is encrypted with the passphrase of %2.")
                .arg(shown(path), shown(options.passphraseFile)));
        if (!options.recoverySheet.isEmpty()) {
            if (const int code = writeSheet(path, newRecoveryKey, options.recoverySheet);
                code != 0) {
                // No database without its recovery sheet: the keys go again.
                QFile::remove(traject::crypto::KeyFile::pathFor(path));
                KeyRing::forgetAll();
                return code;
            }
            return std::nullopt;
        }
        warnNoSheet();
        return std::nullopt;
    } else {
        return fail(Messages::tr("The database %1 does not exist yet. Give --passphrase-file to "
                                 "make it encrypted.")
                        .arg(shown(path)));
    }

    if (!secrets.newPassphrase.isEmpty()) {
        if (Status changed = KeyRing::changePassphrase(path, secrets.newPassphrase); !changed)
            return fail(changed.error().message);
        say(Messages::tr("The passphrase of %1 is changed; the backups in its backups folder open "
                         "with the new passphrase too. Copies elsewhere keep the old one.")
                .arg(shown(path)));
    }
    if (!options.recoverySheet.isEmpty()) {
        if (newRecoveryKey.isEmpty()) {
            auto renewed = KeyRing::renewRecoveryKey(path);
            if (!renewed)
                return fail(renewed.error().message);
            newRecoveryKey = *renewed;
            say(Messages::tr("A new recovery key was made: the previous recovery sheet no longer "
                             "opens %1 nor the backups in its backups folder.")
                    .arg(shown(path)));
        }
        if (const int code = writeSheet(path, newRecoveryKey, options.recoverySheet); code != 0)
            return code;
    } else if (!newRecoveryKey.isEmpty()) {
        warnNoSheet();
    }
    return std::nullopt;
}

} // namespace KeyCommand
