// SPDX-License-Identifier: GPL-3.0-or-later
// A plain file in the window: the bar "This file is not encrypted", and File > Encrypt…
// from the bar to the encrypted file, its backups and its recovery sheet; the demo database says
// why it stays plain; an encrypted file changes its passphrase from the File menu.
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "crypto/KeyRing.h"
#include "demo/DemoData.h"
#include "security/ChangePassphraseDialog.h"
#include "security/EncryptionActions.h"
#include "security/EncryptionBar.h"
#include "security/NewPassphraseDialog.h"
#include "security/NewPassphraseFields.h"
#include "security/PassphraseField.h"
#include "security/RecoverySheetDialog.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::crypto::KdfCost;
using traject::crypto::KeyRing;
using traject::test::require;
using traject::test::whenShown;

namespace {

const QString passphrase = QStringLiteral("paarse fiets onder de brug");

/// Answers the next modal window of this type once it shows (polling, as it may come after
/// others); `answered` says that it did.
QByteArray firstBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(16);
}

const QByteArray plainHeader("SQLite format 3\0", 16);

bool menuHas(QMainWindow &window, const QString &title, const QString &item)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (QString(menu->text()).remove(QLatin1Char('&')) != title)
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (QString(action->text()).remove(QLatin1Char('&')) == item && action->isVisible())
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("a plain file shows its bar, and Encrypt… encrypts it, its backups and offers the sheet")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(test::fixedToday());
    int learners = 0;
    {
        auto db = require(Database::open(path));
        learners = require(demo::fillDemoCaseload(*db, clock)).learners;
    }
    const QString backup = require(Backups(path).make(5, QDateTime::currentDateTime())).path;
    REQUIRE(firstBytes(backup) == plainHeader);

    auto db = require(Database::open(path));
    auto window = std::make_unique<MainWindow>(*db, clock);
    window->resize(1366, 768);
    window->show();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    EncryptionBar *bar = window->encryptionBar();
    REQUIRE(bar);
    CHECK(bar->isVisible());
    CHECK(bar->label()->text()
          == QStringLiteral("This file is not encrypted. Whoever has this laptop or a backup "
                            "can read the data of your learners."));
    CHECK(bar->encryptButton()->isVisible());
    CHECK(menuHas(*window, QStringLiteral("File"), QStringLiteral("Encrypt…")));
    CHECK_FALSE(menuHas(*window, QStringLiteral("File"), QStringLiteral("Change the passphrase…")));

    // The bar's button: the passphrase twice, first not the same.
    bool chosen = false;
    whenShown<NewPassphraseDialog>(
        [&](NewPassphraseDialog *dialog) {
            if (!test::activate(dialog))
                return;
            QTest::keyClicks(dialog->fields()->first()->edit(), passphrase);
            QTest::keyClicks(dialog->fields()->second()->edit(),
                             QStringLiteral("paarse fiets onder de burg"));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            CHECK(dialog->message()->text()
                  == QStringLiteral("The two passphrases are not the same. Type them again."));
            CHECK(dialog->isVisible());
            dialog->fields()->second()->edit()->selectAll();
            QTest::keyClicks(dialog->fields()->second()->edit(), passphrase);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        },
        chosen);
    QTest::mouseClick(bar->encryptButton(), Qt::LeftButton);
    REQUIRE(chosen);
    // The window closes so that the file is closed while it is encrypted (app/main.cpp).
    REQUIRE(QTest::qWaitFor([&] { return !window->isVisible(); }));
    CHECK(window->passphraseToEncrypt() == passphrase);
    CHECK(firstBytes(path) == plainHeader); // nothing yet
    window.reset();
    db.reset();

    // What app/main.cpp then does: encrypt the closed file, say what was done, offer the sheet.
    QString report;
    bool reported = false;
    bool sheetOffered = false;
    const QString sheetPath = dir.filePath(QStringLiteral("herstelblad.pdf"));
    whenShown<QMessageBox>(
        [&](QMessageBox *box) {
            report = box->text();
            whenShown<RecoverySheetDialog>(
                [&](RecoverySheetDialog *sheet) {
                    whenShown<QFileDialog>(
                        [&](QFileDialog *files) {
                            // The name typed where the dialog puts the typing, then Return.
                            if (!test::activate(files))
                                return;
                            QWidget *focus = QApplication::focusWidget();
                            if (!focus) {
                                FAIL_CHECK("the file dialog has no focus");
                                files->reject();
                                return;
                            }
                            QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
                            QTest::keyClicks(focus, sheetPath);
                            QTest::keyClick(focus, Qt::Key_Return);
                        },
                        reported);
                    QTest::mouseClick(sheet->saveButton(), Qt::LeftButton);
                    CHECK(sheet->done()->text()
                          == QStringLiteral("Saved: %1").arg(QDir::toNativeSeparators(sheetPath)));
                    QTest::mouseClick(sheet->closeButton(), Qt::LeftButton);
                },
                sheetOffered);
            box->button(QMessageBox::Ok)->click();
        },
        reported);
    REQUIRE(EncryptionActions::encryptChosen(path, passphrase, nullptr, KdfCost::minimal()));
    CHECK(sheetOffered);
    CHECK(report
          == QStringLiteral("The database %1 is encrypted now.\n"
                            "Backups encrypted: 1. Their readable versions are gone.\n\n"
                            "Not reached: copies of the file made elsewhere (USB stick, e-mail, "
                            "cloud folder) stay readable; remove them yourself. On an SSD, pieces "
                            "of the old readable file can stay on the disk until they are "
                            "written over.")
                 .arg(QDir::toNativeSeparators(path)));
    CHECK(firstBytes(sheetPath).startsWith("%PDF"));

    // The file and its backup are encrypted, and open with the passphrase only.
    CHECK(firstBytes(path).size() == 16);
    CHECK(firstBytes(path) != plainHeader);
    CHECK(firstBytes(backup) != plainHeader);
    KeyRing::forgetAll();
    CHECK(Database::inspect(path).kind == FileInspection::Kind::Locked);
    require(KeyRing::unlock(path, passphrase));
    auto reopened = require(Database::open(path));
    CHECK(reopened->isEncrypted());
    CHECK(require(LearnerRepository(*reopened, clock).count()) == learners);

    // Opened again, the window has no bar and offers the passphrase instead.
    MainWindow encrypted(*reopened, clock);
    CHECK(encrypted.encryptionBar() == nullptr);
    CHECK_FALSE(menuHas(encrypted, QStringLiteral("File"), QStringLiteral("Encrypt…")));
    CHECK(menuHas(encrypted, QStringLiteral("File"), QStringLiteral("Change the passphrase…")));
    CHECK(menuHas(encrypted, QStringLiteral("File"), QStringLiteral("New recovery sheet…")));
    KeyRing::forgetAll();
}

TEST_CASE("the demo database says why it stays unencrypted, and offers no Encrypt…")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    FixedClock clock(test::fixedToday());
    auto db = require(Database::open(path));
    MainWindow window(*db, clock);
    window.markAsDemo();
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.encryptionBar());
    CHECK(window.encryptionBar()->label()->text()
          == QStringLiteral("This is the demo database with made-up learners. It is not "
                            "encrypted, as it holds no real people."));
    CHECK_FALSE(window.encryptionBar()->encryptButton()->isVisible());
    CHECK_FALSE(menuHas(window, QStringLiteral("File"), QStringLiteral("Encrypt…")));
}

TEST_CASE("File > Change the passphrase… asks the current one and sets the new one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    require(KeyRing::createKeys(path, passphrase, KdfCost::minimal(), KdfCost::minimal()));
    FixedClock clock(test::fixedToday());
    auto db = require(Database::open(path));
    MainWindow window(*db, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QString newPassphrase = QStringLiteral("groene appel op de kast");

    bool asked = false;
    bool confirmed = false;
    QString confirmation;
    whenShown<ChangePassphraseDialog>(
        [&](ChangePassphraseDialog *dialog) {
            if (!test::activate(dialog))
                return;
            QTest::keyClicks(dialog->currentField()->edit(), QStringLiteral("paarse fiets"));
            QTest::keyClicks(dialog->newPassphrase()->first()->edit(), newPassphrase);
            QTest::keyClicks(dialog->newPassphrase()->second()->edit(), newPassphrase);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            CHECK(QTest::qWaitFor([&] { return dialog->message()->isVisible(); }, 20000));
            CHECK(dialog->message()->text()
                  == QStringLiteral("The current passphrase is not right. Nothing was changed."));
            // The wrong one is selected: typing replaces it.
            QTest::keyClicks(dialog->currentField()->edit(), passphrase);
            whenShown<QMessageBox>(
                [&](QMessageBox *box) {
                    confirmation = box->text();
                    box->button(QMessageBox::Ok)->click();
                },
                confirmed);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        },
        asked);
    test::chooseFromMenu(window, QStringLiteral("File"), QStringLiteral("Change the passphrase…"));
    CHECK(asked);
    CHECK(confirmed);
    CHECK(confirmation
          == QStringLiteral("The passphrase is changed. From now on you open Trajectplanner "
                            "with the new passphrase. The recovery sheet still works."));
    KeyRing::forgetAll();
    CHECK_FALSE(KeyRing::unlock(path, passphrase).ok());
    CHECK(KeyRing::unlock(path, newPassphrase).ok());
    KeyRing::forgetAll();
}

} // namespace TRAJECT_UNITY_ID
