// SPDX-License-Identifier: GPL-3.0-or-later
// The window's start with encryption: a new database gets a passphrase typed twice
// with a strength hint and its recovery sheet at once; an encrypted one asks its passphrase, and
// Cancel quits with nothing changed; the SPOC may look around in the demo database instead.
#include "TestSupport.h"
#include "UiSupport.h"

#include "crypto/KeyFile.h"
#include "crypto/KeyRing.h"
#include "security/EncryptionActions.h"
#include "security/NewPassphraseDialog.h"
#include "security/NewPassphraseFields.h"
#include "security/PassphraseField.h"
#include "security/PassphraseStrength.h"
#include "security/RecoverySheetDialog.h"
#include "security/UnlockDialog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::crypto::KdfCost;
using traject::crypto::KeyFile;
using traject::crypto::KeyRing;
using traject::test::require;
using traject::test::whenShown;

namespace {

/// Types into a field after selecting what is there, so that the typing replaces it.
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("a new database gets a passphrase typed twice, with its strength, and its sheet at once")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new folder/caseload.sqlite"));
    const QString passphrase = QStringLiteral("paarse fiets onder de brug");

    bool asked = false;
    bool sheetOffered = false;
    bool warned = false;
    QString warning;
    whenShown<NewPassphraseDialog>(
        [&](NewPassphraseDialog *dialog) {
            if (!test::activate(dialog))
                return;
            QLineEdit *first = dialog->fields()->first()->edit();
            QLineEdit *second = dialog->fields()->second()->edit();
            QLabel *hint = dialog->fields()->strengthHint();
            QTest::keyClicks(first, QStringLiteral("fiets"));
            CHECK(hint->text()
                  == QStringLiteral("Strength: too short. Use at least 10 characters."));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            CHECK(dialog->message()->text()
                  == QStringLiteral("The passphrase is too short: use at least 10 characters."));
            retype(first, QStringLiteral("aaaaaaaaaaaa"));
            CHECK(hint->text()
                  == QStringLiteral("Strength: weak. Make it longer, for example four ordinary "
                                    "words that do not belong together."));
            retype(first, QStringLiteral("paarse fiets oud"));
            CHECK(hint->text() == QStringLiteral("Strength: good."));
            retype(first, passphrase);
            CHECK(hint->text() == QStringLiteral("Strength: strong."));
            QTest::keyClicks(second, QStringLiteral("paarse fiets onder de burg"));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            CHECK(dialog->message()->text()
                  == QStringLiteral("The two passphrases are not the same. Type them again."));
            CHECK_FALSE(QFile::exists(KeyFile::pathFor(path)));
            retype(second, passphrase);
            whenShown<RecoverySheetDialog>(
                [&](RecoverySheetDialog *sheet) {
                    // Closing without printing or saving asks first.
                    whenShown<QMessageBox>(
                        [&](QMessageBox *box) {
                            warning = box->text();
                            box->button(QMessageBox::Yes)->click();
                        },
                        warned);
                    QTest::mouseClick(sheet->closeButton(), Qt::LeftButton);
                },
                sheetOffered);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        },
        asked);
    CHECK(EncryptionActions::prepareToOpen(path, false, nullptr, KdfCost::minimal())
          == StartChoice::Open);
    CHECK(asked);
    CHECK(sheetOffered);
    CHECK(warned);
    CHECK(warning
          == QStringLiteral("The recovery sheet is not printed or saved yet. Without it, a "
                            "forgotten passphrase means the data is lost for good. Close "
                            "anyway?"));

    // The keys are made and kept: opening the path makes the database encrypted.
    CHECK(QFile::exists(KeyFile::pathFor(path)));
    CHECK(KeyRing::isUnlocked(path));
    require(Database::open(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(16) != QByteArray("SQLite format 3\0", 16));
    KeyRing::forgetAll();
    CHECK(KeyRing::unlock(path, passphrase).ok());
    KeyRing::forgetAll();
}

TEST_CASE("the first start may quit, or look around in the demo database, without making keys")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    bool asked = false;
    whenShown<NewPassphraseDialog>(
        [&](NewPassphraseDialog *dialog) {
            if (test::activate(dialog))
                QTest::mouseClick(dialog->demoButton(), Qt::LeftButton);
        },
        asked);
    CHECK(EncryptionActions::prepareToOpen(path, false, nullptr, KdfCost::minimal())
          == StartChoice::OpenDemo);
    CHECK(asked);

    asked = false;
    whenShown<NewPassphraseDialog>(
        [&](NewPassphraseDialog *dialog) {
            if (test::activate(dialog))
                QTest::keyClick(dialog, Qt::Key_Escape);
        },
        asked);
    CHECK(EncryptionActions::prepareToOpen(path, false, nullptr, KdfCost::minimal())
          == StartChoice::Quit);
    CHECK(asked);
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(KeyFile::pathFor(path)));

    // The demo database itself asks nothing.
    CHECK(
        EncryptionActions::prepareToOpen(dir.filePath(QStringLiteral("demo.sqlite")), true, nullptr)
        == StartChoice::Open);
}

TEST_CASE("an encrypted file asks its passphrase on start, and Cancel quits with nothing changed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    const QString passphrase = QStringLiteral("paarse fiets onder de brug");
    require(KeyRing::createKeys(path, passphrase, KdfCost::minimal(), KdfCost::minimal()));
    require(Database::open(path));
    KeyRing::forgetAll();
    const QByteArray database = test::fileChecksum(path);
    const QByteArray keys = test::fileChecksum(KeyFile::pathFor(path));

    bool asked = false;
    whenShown<UnlockDialog>(
        [&](UnlockDialog *dialog) {
            if (!test::activate(dialog))
                return;
            QTest::keyClicks(dialog->passphraseField()->edit(), QStringLiteral("fout"));
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        },
        asked);
    CHECK(EncryptionActions::prepareToOpen(path, false, nullptr) == StartChoice::Quit);
    CHECK(asked);
    CHECK_FALSE(KeyRing::isUnlocked(path));
    CHECK(test::fileChecksum(path) == database);
    CHECK(test::fileChecksum(KeyFile::pathFor(path)) == keys);

    asked = false;
    whenShown<UnlockDialog>(
        [&](UnlockDialog *dialog) {
            if (!test::activate(dialog))
                return;
            QTest::keyClicks(dialog->passphraseField()->edit(), passphrase);
            QTest::keyClick(dialog->passphraseField()->edit(), Qt::Key_Return);
        },
        asked);
    CHECK(EncryptionActions::prepareToOpen(path, false, nullptr) == StartChoice::Open);
    CHECK(asked);
    CHECK(KeyRing::isUnlocked(path));
    require(Database::open(path));
    KeyRing::forgetAll();
}

TEST_CASE("the strength of a passphrase: length first, then words and variety")
{
    using S = PassphraseStrength;
    CHECK(S::estimate(QStringLiteral("Kort12!")) == S::TooShort);
    CHECK(S::estimate(QStringLiteral("1212121212121")) == S::Weak);
    CHECK(S::estimate(QStringLiteral("kinderopvang")) == S::Weak);
    CHECK(S::estimate(QStringLiteral("kinderopvang24")) == S::Good);
    CHECK(S::estimate(QStringLiteral("fiets en kat zon")) == S::Good);
    CHECK(S::estimate(QStringLiteral("paarse fiets onder de brug")) == S::Strong);
    CHECK(S::estimate(QStringLiteral("Kinderopvang-2025!")) == S::Strong);
}

} // namespace TRAJECT_UNITY_ID
