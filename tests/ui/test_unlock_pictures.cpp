// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the encryption dialogs in Dutch, to look at (run on demand: test_ui "[screenshot]").
#include "TestLanguage.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "crypto/KeyRing.h"
#include "security/ChangePassphraseDialog.h"
#include "security/NewPassphraseDialog.h"
#include "security/NewPassphraseFields.h"
#include "security/PassphraseField.h"
#include "security/RecoveryKeyDialog.h"
#include "security/RecoverySheetDialog.h"
#include "security/UnlockDialog.h"
#include "storage/Database.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::crypto::KdfCost;
using traject::crypto::KeyRing;
using traject::test::require;

namespace {

void picture(QWidget &widget, const QString &name)
{
    widget.show();
    QTest::qWait(100);
    widget.grab().save(QStringLiteral("/tmp/enc-%1.png").arg(name));
}

} // namespace

TEST_CASE("pictures of the encryption dialogs", "[.screenshot]")
{
    test::TestLanguage dutch(QStringLiteral("nl"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trajectplanner.sqlite"));
    const QString key
        = require(KeyRing::createKeys(path, QStringLiteral("paarse fiets onder de brug"),
                                      KdfCost::minimal(), KdfCost::minimal()));
    require(Database::open(path));
    KeyRing::forgetAll();

    {
        UnlockDialog unlock(path);
        QTest::keyClicks(unlock.passphraseField()->edit(), QStringLiteral("FOUT"));
        QTest::mouseClick(unlock.unlockButton(), Qt::LeftButton);
        CHECK(QTest::qWaitFor([&] { return !unlock.message()->text().isEmpty(); }, 10000));
        picture(unlock, QStringLiteral("unlock"));
    }
    {
        RecoveryKeyDialog recovery(path);
        QTest::keyClicks(recovery.keyField(), key.toLower());
        QTest::keyClicks(recovery.newPassphrase()->first()->edit(), QStringLiteral("groene appel"));
        picture(recovery, QStringLiteral("recovery"));
    }
    {
        NewPassphraseDialog fresh(NewPassphraseDialog::Purpose::NewDatabase, path);
        QTest::keyClicks(fresh.fields()->first()->edit(), QStringLiteral("paarse fiets oud"));
        picture(fresh, QStringLiteral("new"));
    }
    {
        NewPassphraseDialog encrypt(NewPassphraseDialog::Purpose::EncryptExisting, path);
        picture(encrypt, QStringLiteral("encrypt"));
    }
    {
        require(KeyRing::unlock(path, QStringLiteral("paarse fiets onder de brug")));
        ChangePassphraseDialog change(path);
        picture(change, QStringLiteral("change"));
    }
    {
        RecoverySheetDialog sheet(path, key);
        picture(sheet, QStringLiteral("sheet"));
        sheet.saveTo(QStringLiteral("/tmp/enc-sheet.pdf"));
        picture(sheet, QStringLiteral("sheet-saved"));
    }
    {
        QTemporaryDir plainDir;
        auto db = require(Database::open(plainDir.filePath(QStringLiteral("plain.sqlite"))));
        FixedClock clock(test::fixedToday());
        MainWindow window(*db, clock);
        window.resize(1366, 768);
        picture(window, QStringLiteral("window-plain"));
    }
    KeyRing::forgetAll();
}

} // namespace TRAJECT_UNITY_ID
