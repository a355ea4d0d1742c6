// SPDX-License-Identifier: GPL-3.0-or-later
// File > New recovery sheet…: after a warning, a new recovery key and its sheet; the
// old recovery key stops opening the database, the new one opens it.
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "crypto/KeyRing.h"
#include "security/RecoverySheetDialog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
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

/// The recovery key as the sheet dialog shows it on the screen.
QString shownKey(QWidget *sheet)
{
    static const QRegularExpression key(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$"));
    for (QLabel *label : sheet->findChildren<QLabel *>()) {
        if (key.match(label->text()).hasMatch())
            return label->text();
    }
    return {};
}

} // namespace

TEST_CASE("File > New recovery sheet… warns, shows the new key, and the old key stops working")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    const QString passphrase = QStringLiteral("paarse fiets onder de brug");
    const QString oldKey
        = require(KeyRing::createKeys(path, passphrase, KdfCost::minimal(), KdfCost::minimal()));
    FixedClock clock(test::fixedToday());
    auto db = require(Database::open(path));
    MainWindow window(*db, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QString warning;
    QString newKey;
    bool warned = false;
    bool shown = false;
    bool closing = false;
    whenShown<QMessageBox>(
        [&](QMessageBox *box) {
            warning = box->text();
            whenShown<RecoverySheetDialog>(
                [&](RecoverySheetDialog *sheet) {
                    newKey = shownKey(sheet);
                    whenShown<QMessageBox>(
                        [&](QMessageBox *notYet) { notYet->button(QMessageBox::Yes)->click(); },
                        closing);
                    QTest::mouseClick(sheet->closeButton(), Qt::LeftButton);
                },
                shown);
            box->button(QMessageBox::Yes)->click();
        },
        warned);
    test::chooseFromMenu(window, QStringLiteral("File"), QStringLiteral("New recovery sheet…"));
    CHECK(warned);
    CHECK(shown);
    CHECK(closing);
    CHECK(warning
          == QStringLiteral("A new recovery sheet comes with a new recovery key. The old sheet "
                            "stops working at once: destroy it once the new one is in the safe. "
                            "Make a new recovery sheet?"));
    REQUIRE_FALSE(newKey.isEmpty());
    CHECK(newKey != oldKey);

    KeyRing::forgetAll();
    CHECK_FALSE(KeyRing::unlockWithRecoveryKey(path, oldKey).ok());
    CHECK(KeyRing::unlockWithRecoveryKey(path, newKey).ok());
    KeyRing::forgetAll();
}

} // namespace TRAJECT_UNITY_ID
