// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncryptionActions.h"

#include "ChangePassphraseDialog.h"
#include "Files.h"
#include "NewPassphraseDialog.h"
#include "RecoverySheetDialog.h"
#include "UnlockDialog.h"
#include "crypto/KeyRing.h"
#include "storage/Encryption.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace traject {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(EncryptionActions)
};

void offerSheet(const QString &databasePath, const QString &recoveryKey, QWidget *parent)
{
    RecoverySheetDialog sheet(databasePath, recoveryKey, parent);
    sheet.exec();
}

/// Whether the file holds a database already (an empty file is as good as none).
bool exists(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

} // namespace

namespace EncryptionActions {

StartChoice prepareToOpen(const QString &databasePath, bool demo, QWidget *parent,
                          crypto::KdfCost cost)
{
    // Unlocked already (by --passphrase-file, or a new database given its keys by it).
    if (crypto::KeyRing::isUnlocked(databasePath))
        return StartChoice::Open;
    if (exists(databasePath)) {
        if (Encryption::keysMissing(databasePath)) {
            // The key file is lost, its copies beside the backups are not: the passphrase (or the
            // recovery key, in the dialog it opens) finds the one that opens the file.
            UnlockDialog unlock(databasePath, parent, cost);
            unlock.setIntro(
                Texts::tr("The database %1 is encrypted, but its key file %2 is missing. Each "
                          "backup has a copy of it: type your passphrase, and the program puts "
                          "back the copy that opens the database.")
                    .arg(QDir::toNativeSeparators(databasePath),
                         QDir::toNativeSeparators(crypto::KeyFile::pathFor(databasePath))));
            unlock.setCheck([databasePath](const QString &passphrase) -> Status {
                if (auto restored = Encryption::restoreKeyFile(databasePath, passphrase, false);
                    !restored)
                    return restored.error();
                return {};
            });
            return unlock.exec() == QDialog::Accepted ? StartChoice::Open : StartChoice::Quit;
        }
        if (!crypto::KeyRing::isEncrypted(databasePath))
            return StartChoice::Open;
        UnlockDialog unlock(databasePath, parent, cost);
        return unlock.exec() == QDialog::Accepted ? StartChoice::Open : StartChoice::Quit;
    }
    if (demo)
        return StartChoice::Open; // made-up learners: no passphrase

    NewPassphraseDialog dialog(NewPassphraseDialog::Purpose::NewDatabase, databasePath, parent);
    const int chosen = dialog.exec();
    if (chosen == NewPassphraseDialog::DemoChosen)
        return StartChoice::OpenDemo;
    if (chosen != QDialog::Accepted)
        return StartChoice::Quit;
    // The folder of a first start does not exist yet; the key slots go beside the database.
    makeFolderForOwner(QFileInfo(databasePath).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto recoveryKey = crypto::KeyRing::createKeys(databasePath, dialog.passphrase(), cost);
    QApplication::restoreOverrideCursor();
    if (!recoveryKey) {
        MessageBox::critical(
            parent, Texts::tr("Trajectplanner"),
            Texts::tr("The new database cannot be encrypted: %1").arg(recoveryKey.error().message));
        return StartChoice::Quit;
    }
    offerSheet(databasePath, *recoveryKey, parent);
    return StartChoice::Open;
}

std::optional<QString> choosePassphraseToEncrypt(const QString &databasePath, QWidget *parent)
{
    NewPassphraseDialog dialog(NewPassphraseDialog::Purpose::EncryptExisting, databasePath, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

bool encryptChosen(const QString &databasePath, const QString &passphrase, QWidget *parent,
                   crypto::KdfCost cost)
{
    // A few seconds for a large file and its backups: on a thread of its own, with a window
    // that says what is happening.
    QProgressDialog progress(Texts::tr("Encrypting the database and its backups…"), QString(), 0, 0,
                             parent);
    progress.setWindowTitle(Texts::tr("Encrypt the database"));
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.show();
    auto result = std::make_shared<std::optional<Result<EncryptionReport>>>();
    QThread *worker
        = QThread::create([=] { *result = Encryption::encrypt(databasePath, passphrase, cost); });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();

    const Result<EncryptionReport> &report = **result;
    if (!report) {
        MessageBox::critical(parent, Texts::tr("Encrypt the database"),
                             Texts::tr("The database was not encrypted: %1\nIt is as it was.")
                                 .arg(report.error().message));
        return false;
    }
    QString text = Texts::tr("The database %1 is encrypted now.")
                       .arg(QDir::toNativeSeparators(databasePath));
    text += QLatin1Char('\n')
        + Texts::tr("Backups encrypted: %n. Their readable versions are gone.", nullptr,
                    int(report->encryptedBackups.size()));
    if (!report->notEncrypted.isEmpty())
        text += QLatin1Char('\n')
            + Texts::tr("Not encrypted, left as they were:\n%1")
                  .arg(report->notEncrypted.join(QLatin1Char('\n')));
    text += QStringLiteral("\n\n")
        + Texts::tr("Not reached: copies of the file made elsewhere (USB stick, e-mail, cloud "
                    "folder) stay readable; remove them yourself. On an SSD, pieces of the old "
                    "readable file can stay on the disk until they are written over.");
    MessageBox::information(parent, Texts::tr("Encrypt the database"), text);
    offerSheet(databasePath, report->recoveryKey, parent);
    return true;
}

bool changePassphrase(const QString &databasePath, QWidget *parent, crypto::KdfCost cost)
{
    ChangePassphraseDialog dialog(databasePath, parent, cost);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    MessageBox::information(parent, Texts::tr("Change the passphrase"),
                            Texts::tr("The passphrase is changed. From now on you open "
                                      "Trajectplanner with the new passphrase. The recovery "
                                      "sheet still works."));
    return true;
}

bool renewRecoverySheet(const QString &databasePath, QWidget *parent)
{
    if (MessageBox::question(
            parent, Texts::tr("New recovery sheet"),
            Texts::tr("A new recovery sheet comes with a new recovery key. The old sheet stops "
                      "working at once: destroy it once the new one is in the safe. Make a new "
                      "recovery sheet?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto recoveryKey = crypto::KeyRing::renewRecoveryKey(databasePath);
    QApplication::restoreOverrideCursor();
    if (!recoveryKey) {
        MessageBox::critical(parent, Texts::tr("New recovery sheet"),
                             Texts::tr("No new recovery key was made: %1\nThe old sheet still "
                                       "works.")
                                 .arg(recoveryKey.error().message));
        return false;
    }
    offerSheet(databasePath, *recoveryKey, parent);
    return true;
}

} // namespace EncryptionActions

} // namespace traject
