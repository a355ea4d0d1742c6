// SPDX-License-Identifier: GPL-3.0-or-later
// An encrypted database whose key file is lost opens again with the passphrase or the
// recovery key, from the copy of the key file beside a backup. Typed and clicked as the SPOC
// does, from the start of the program (EncryptionActions::prepareToOpen).
#include "TestSupport.h"
#include "UiSupport.h"

#include "crypto/KeyFile.h"
#include "crypto/KeyRing.h"
#include "security/EncryptionActions.h"
#include "security/NewPassphraseFields.h"
#include "security/PassphraseField.h"
#include "security/RecoveryKeyDialog.h"
#include "security/UnlockDialog.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::crypto::KdfCost;
using traject::crypto::KeyFile;
using traject::crypto::KeyRing;
using traject::test::require;
using traject::test::whenShown;

namespace {

const QString rightPassphrase = QStringLiteral("zeven zwanen op het meer");

/// An encrypted database with one backup (and its copy of the key file), locked, whose own key
/// file is gone.
struct LostKeyFile
{
    LostKeyFile()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("caseload.sqlite"));
        recoveryKey = require(
            KeyRing::createKeys(path, rightPassphrase, KdfCost::minimal(), KdfCost::minimal()));
        {
            auto db = require(Database::open(path));
            backup = require(Backups(path).make(5, QDateTime::currentDateTime())).path;
        }
        KeyRing::forgetAll();
        REQUIRE(QFile::exists(backup + QStringLiteral(".keys")));
        REQUIRE(QFile::remove(KeyFile::pathFor(path)));
        REQUIRE(Database::inspect(path).kind == FileInspection::Kind::KeysMissing);
    }
    ~LostKeyFile() { KeyRing::forgetAll(); }

    QTemporaryDir dir;
    QString path;
    QString recoveryKey;
    QString backup;
};

/// Activates a dialog that exec() shows; when that fails, the test fails and the dialog closes
/// (no REQUIRE: an exception must not cross the dialog's event loop).
bool activeOrClosed(QDialog *dialog)
{
    if (test::activate(dialog))
        return true;
    FAIL_CHECK("the dialog did not become active");
    dialog->reject();
    return false;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("a lost key file is said at the start, and the passphrase puts back a backup's copy")
{
    LostKeyFile lost;
    bool answered = false;
    whenShown<UnlockDialog>(
        [&](UnlockDialog *dialog) {
            if (!activeOrClosed(dialog))
                return;
            CHECK(dialog->intro()->text()
                  == QStringLiteral("The database %1 is encrypted, but its key file %2 is "
                                    "missing. Each backup has a copy of it: type your "
                                    "passphrase, and the program puts back the copy that opens "
                                    "the database.")
                         .arg(lost.path, KeyFile::pathFor(lost.path)));
            // A wrong passphrase is said as always, with the wait, and puts nothing back.
            typeInto(dialog->passphraseField()->edit(), QStringLiteral("zeven zwanen"));
            QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
            CHECK(QTest::qWaitFor([&] { return dialog->message()->isVisible(); }, 10000));
            CHECK(dialog->message()->text()
                  == QStringLiteral("That passphrase is not right. You can try again in 1 "
                                    "second(s)."));
            CHECK_FALSE(QFile::exists(KeyFile::pathFor(lost.path)));
            CHECK(QTest::qWaitFor([&] { return dialog->unlockButton()->isEnabled(); }, 10000));
            dialog->passphraseField()->edit()->clear();
            typeInto(dialog->passphraseField()->edit(), rightPassphrase);
            QTest::keyClick(dialog->passphraseField()->edit(), Qt::Key_Return);
        },
        answered);
    CHECK(EncryptionActions::prepareToOpen(lost.path, false, nullptr, KdfCost::minimal())
          == StartChoice::Open);
    REQUIRE(answered);
    CHECK(QFile::exists(KeyFile::pathFor(lost.path)));
    require(Database::open(lost.path));
    KeyRing::forgetAll();
    CHECK(KeyRing::unlock(lost.path, rightPassphrase).ok());
}

TEST_CASE("with a lost key file and a forgotten passphrase, the recovery key puts the copy back "
          "and sets a new passphrase")
{
    LostKeyFile lost;
    const QString newPassphrase = QStringLiteral("drie eenden in de vijver");
    bool answered = false;
    bool recovered = false;
    whenShown<UnlockDialog>(
        [&](UnlockDialog *dialog) {
            if (!activeOrClosed(dialog))
                return;
            whenShown<RecoveryKeyDialog>(
                [&](RecoveryKeyDialog *recovery) {
                    if (!activeOrClosed(recovery))
                        return;
                    typeInto(recovery->keyField(), lost.recoveryKey);
                    typeInto(recovery->newPassphrase()->first()->edit(), newPassphrase);
                    typeInto(recovery->newPassphrase()->second()->edit(), newPassphrase);
                    QTest::mouseClick(recovery->okButton(), Qt::LeftButton);
                },
                recovered);
            QTest::mouseClick(dialog->recoveryButton(), Qt::LeftButton);
        },
        answered);
    CHECK(EncryptionActions::prepareToOpen(lost.path, false, nullptr, KdfCost::minimal())
          == StartChoice::Open);
    REQUIRE(answered);
    REQUIRE(recovered);
    CHECK(QFile::exists(KeyFile::pathFor(lost.path)));
    require(Database::open(lost.path));
    KeyRing::forgetAll();
    CHECK_FALSE(KeyRing::unlock(lost.path, rightPassphrase).ok());
    CHECK(KeyRing::unlock(lost.path, newPassphrase).ok());
}

} // namespace TRAJECT_UNITY_ID
