// SPDX-License-Identifier: GPL-3.0-or-later
// The passphrase dialog of an encrypted database: a wrong passphrase said plainly with
// a wait that grows, the Caps Lock warning, show/hide, and the recovery key that sets a new
// passphrase. Typed with the keys and clicked, as the SPOC does.
#include "TestSupport.h"
#include "UiSupport.h"

#include "crypto/KeyRing.h"
#include "security/NewPassphraseFields.h"
#include "security/PassphraseField.h"
#include "security/RecoveryKeyDialog.h"
#include "security/UnlockDialog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::crypto::KdfCost;
using traject::crypto::KeyRing;
using traject::test::require;

namespace {

const QString rightPassphrase = QStringLiteral("paarse fiets onder de brug");

/// An encrypted database (cheap key derivation) that is locked again: its key forgotten.
struct LockedDatabase
{
    LockedDatabase()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("caseload.sqlite"));
        recoveryKey = require(
            KeyRing::createKeys(path, rightPassphrase, KdfCost::minimal(), KdfCost::minimal()));
        require(Database::open(path));
        KeyRing::forgetAll();
        REQUIRE(KeyRing::isEncrypted(path));
        REQUIRE_FALSE(KeyRing::isUnlocked(path));
    }
    ~LockedDatabase() { KeyRing::forgetAll(); }

    QTemporaryDir dir;
    QString path;
    QString recoveryKey;
};

void showAndActivate(QDialog &dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("a wrong passphrase is said plainly, and each further try waits longer")
{
    LockedDatabase database;
    UnlockDialog dialog(database.path);
    showAndActivate(dialog);
    QLineEdit *field = dialog.passphraseField()->edit();

    typeInto(field, QStringLiteral("paarse fiets onder de boom"));
    QTest::mouseClick(dialog.unlockButton(), Qt::LeftButton);
    // The check runs on a thread of its own: the dialog says it is busy meanwhile.
    CHECK(dialog.busyIndicator()->isVisible());
    CHECK_FALSE(dialog.unlockButton()->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return dialog.message()->isVisible(); }, 10000));
    CHECK(dialog.message()->text()
          == QStringLiteral("That passphrase is not right. You can try again in 1 second(s)."));
    CHECK_FALSE(dialog.unlockButton()->isEnabled());
    CHECK(dialog.unlockButton()->text() == QStringLiteral("Wait 1 s"));
    CHECK_FALSE(dialog.busyIndicator()->isVisible());
    CHECK(dialog.isVisible());
    CHECK_FALSE(KeyRing::isUnlocked(database.path));

    REQUIRE(QTest::qWaitFor([&] { return dialog.unlockButton()->isEnabled(); }, 10000));
    CHECK(dialog.message()->text() == QStringLiteral("That passphrase is not right. Try again."));
    CHECK(dialog.unlockButton()->text() == QStringLiteral("&Open"));

    // The second wrong try waits two seconds; Enter in the field is the same as the button.
    QTest::keyClicks(field, QStringLiteral("nog een keer fout"));
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] { return dialog.message()->text().contains(QLatin1String("in 2")); }, 10000));
    CHECK(dialog.message()->text()
          == QStringLiteral("That passphrase is not right. You can try again in 2 second(s)."));
    CHECK(dialog.unlockButton()->text() == QStringLiteral("Wait 2 s"));
    // Enter during the wait tries nothing.
    QTest::keyClicks(field, rightPassphrase);
    QTest::keyClick(field, Qt::Key_Return);
    QTest::qWait(100);
    CHECK(dialog.isVisible());
    CHECK(dialog.failedTries() == 2);
    CHECK_FALSE(KeyRing::isUnlocked(database.path));

    // After the wait the right passphrase opens it.
    REQUIRE(QTest::qWaitFor([&] { return dialog.unlockButton()->isEnabled(); }, 10000));
    QTest::mouseClick(dialog.unlockButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isVisible(); }, 10000));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(KeyRing::isUnlocked(database.path));
}

TEST_CASE("the waits after wrong passphrases double up to half a minute")
{
    const std::vector<int> waits { UnlockDialog::waitAfter(1), UnlockDialog::waitAfter(2),
                                   UnlockDialog::waitAfter(3), UnlockDialog::waitAfter(4),
                                   UnlockDialog::waitAfter(5), UnlockDialog::waitAfter(6),
                                   UnlockDialog::waitAfter(40) };
    CHECK(waits == std::vector<int> { 1, 2, 4, 8, 16, 30, 30 });
}

TEST_CASE("an empty passphrase is asked for before anything is checked")
{
    LockedDatabase database;
    UnlockDialog dialog(database.path);
    showAndActivate(dialog);
    QTest::mouseClick(dialog.unlockButton(), Qt::LeftButton);
    CHECK(dialog.message()->text() == QStringLiteral("Type your passphrase first."));
    CHECK(dialog.failedTries() == 0);
    CHECK(dialog.unlockButton()->isEnabled());
}

TEST_CASE("the passphrase field warns while the letters typed say Caps Lock is on")
{
    LockedDatabase database;
    UnlockDialog dialog(database.path);
    showAndActivate(dialog);
    PassphraseField *field = dialog.passphraseField();
    QLabel *warning = field->capsLockWarning();
    CHECK(warning->text() == QStringLiteral("Caps Lock is on."));
    CHECK_FALSE(warning->isVisible());

    // Capitals without Shift: Caps Lock is on.
    typeInto(field->edit(), QStringLiteral("PAARS"));
    CHECK(warning->isVisible());
    // Digits, spaces and Shift alone say nothing either way.
    QTest::keyClicks(field->edit(), QStringLiteral(" 12"));
    QTest::keyClick(field->edit(), Qt::Key_Shift);
    CHECK(warning->isVisible());
    // A small letter without Shift: it is off again.
    QTest::keyClick(field->edit(), 'e');
    CHECK_FALSE(warning->isVisible());
    // A capital with Shift is ordinary typing.
    QTest::keyClick(field->edit(), 'F', Qt::ShiftModifier);
    CHECK_FALSE(warning->isVisible());
    // A small letter with Shift: Caps Lock is on (Shift undoes it).
    QTest::keyClick(field->edit(), 'g', Qt::ShiftModifier);
    CHECK(warning->isVisible());
    CHECK(field->text() == QStringLiteral("PAARS 12eFg"));
}

TEST_CASE("the passphrase is hidden until the SPOC chooses to show it")
{
    LockedDatabase database;
    UnlockDialog dialog(database.path);
    showAndActivate(dialog);
    PassphraseField *field = dialog.passphraseField();
    typeInto(field->edit(), QStringLiteral("geheim"));
    CHECK(field->edit()->echoMode() == QLineEdit::Password);
    CHECK(field->edit()->displayText() != QStringLiteral("geheim"));
    CHECK(field->showButton()->text() == QStringLiteral("Show"));

    QTest::mouseClick(field->showButton(), Qt::LeftButton);
    CHECK(field->edit()->echoMode() == QLineEdit::Normal);
    CHECK(field->edit()->displayText() == QStringLiteral("geheim"));
    CHECK(field->showButton()->text() == QStringLiteral("Hide"));

    QTest::mouseClick(field->showButton(), Qt::LeftButton);
    CHECK(field->edit()->echoMode() == QLineEdit::Password);
    CHECK(field->showButton()->text() == QStringLiteral("Show"));
}

TEST_CASE("the recovery key opens the database and sets a new passphrase")
{
    LockedDatabase database;
    const QString newPassphrase = QStringLiteral("groene appel op de kast");
    UnlockDialog dialog(database.path, nullptr, KdfCost::minimal());
    showAndActivate(dialog);

    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *recovery = qobject_cast<RecoveryKeyDialog *>(QApplication::activeModalWidget());
        if (!recovery || !test::activate(recovery)) {
            FAIL_CHECK("the recovery key dialog did not open");
            return;
        }
        // Not a recovery key at all.
        typeInto(recovery->keyField(), QStringLiteral("7kq2-m9xd"));
        QTest::mouseClick(recovery->okButton(), Qt::LeftButton);
        CHECK(recovery->message()->text()
              == QStringLiteral("A recovery key has 32 letters and digits in 8 groups of 4, as "
                                "on the recovery sheet. Check what you typed."));
        // The key in small letters without dashes, the new passphrase twice but not the same.
        recovery->keyField()->clear();
        QTest::keyClicks(recovery->keyField(),
                         database.recoveryKey.toLower().remove(QLatin1Char('-')));
        typeInto(recovery->newPassphrase()->first()->edit(), newPassphrase);
        typeInto(recovery->newPassphrase()->second()->edit(),
                 QStringLiteral("groene appel op de kas"));
        QTest::mouseClick(recovery->okButton(), Qt::LeftButton);
        CHECK(recovery->message()->text()
              == QStringLiteral("The two passphrases are not the same. Type them again."));
        CHECK_FALSE(KeyRing::isUnlocked(database.path));
        QTest::keyClick(recovery->newPassphrase()->second()->edit(), 't');
        QTest::mouseClick(recovery->okButton(), Qt::LeftButton);
        answered = true;
    });
    QTest::mouseClick(dialog.recoveryButton(), Qt::LeftButton);
    REQUIRE(answered);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isVisible(); }, 10000));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(KeyRing::isUnlocked(database.path));

    // From now on the new passphrase opens it, and the old one no longer does.
    KeyRing::forgetAll();
    CHECK_FALSE(KeyRing::unlock(database.path, rightPassphrase).ok());
    CHECK(KeyRing::unlock(database.path, newPassphrase).ok());
}

TEST_CASE("a recovery key of another database is refused in words")
{
    LockedDatabase database;
    LockedDatabase other;
    RecoveryKeyDialog dialog(database.path, nullptr, KdfCost::minimal());
    showAndActivate(dialog);
    typeInto(dialog.keyField(), other.recoveryKey);
    typeInto(dialog.newPassphrase()->first()->edit(), QStringLiteral("groene appel op de kast"));
    typeInto(dialog.newPassphrase()->second()->edit(), QStringLiteral("groene appel op de kast"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return dialog.message()->isVisible(); }, 10000));
    CHECK(dialog.message()->text()
          == QStringLiteral("This recovery key does not open this database. Check it against "
                            "the recovery sheet of this database."));
    CHECK(dialog.isVisible());
    CHECK_FALSE(KeyRing::isUnlocked(database.path));
    CHECK(KeyRing::unlock(database.path, rightPassphrase).ok());
}

} // namespace TRAJECT_UNITY_ID
