// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "MainWindow.h"
#include "WelcomePage.h"
#include "caseload/CaseloadModel.h"
#include "crypto/KeyRing.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;

TEST_CASE("an empty database opens on the welcome page, which can fill in demo data")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    MainWindow window(*db, clock);
    window.show();
    auto *pages = window.findChild<QStackedWidget *>();
    REQUIRE(pages);
    CHECK(pages->currentWidget() == window.welcomePage());

    QTest::mouseClick(window.welcomePage()->demoButton(), Qt::LeftButton);
    CHECK(pages->currentWidget() == window.workArea());
    CHECK(window.caseloadModel()->rowCount() == 25);
}

TEST_CASE("an empty encrypted database offers no demo data: made-up learners stay out of it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    traject::test::require(crypto::KeyRing::createKeys(path, QStringLiteral("blauwe reiger"),
                                                       crypto::KdfCost::minimal(),
                                                       crypto::KdfCost::minimal()));
    FixedClock clock(traject::test::fixedToday());
    {
        auto db = traject::test::require(Database::open(path));
        REQUIRE(db->isEncrypted());
        MainWindow window(*db, clock);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.findChild<QStackedWidget *>()->currentWidget() == window.welcomePage());
        CHECK_FALSE(window.welcomePage()->demoButton()->isVisible());
        CHECK(window.welcomePage()->emptyButton()->isVisible());
        CHECK(window.welcomePage()->intro()->text()
              == QStringLiteral("Your caseload is still empty: add your first learner. Made-up "
                                "learners never go into this encrypted file; the demo caseload "
                                "has a file of its own (trajectplanner --demo)."));
        // Starting empty works as ever.
        QTest::mouseClick(window.welcomePage()->emptyButton(), Qt::LeftButton);
        CHECK(window.caseloadModel()->rowCount() == 0);
    }
    crypto::KeyRing::forgetAll();
}

TEST_CASE("the welcome page says where the data and its backups live, and that they stay")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::require(Database::open(path));
    MainWindow window(*db, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QLabel *where = window.welcomePage()->where();
    CHECK(where->isVisible());
    CHECK(where->text()
          == QStringLiteral("Your data is kept in one file on this computer only:\n%1\nA checked "
                            "backup goes into %2 each time the program opens and once a day. "
                            "Nothing is sent anywhere. Uninstalling the program leaves these "
                            "files where they are.")
                 .arg(path, dir.filePath(QStringLiteral("backups"))));
}

TEST_CASE("starting empty shows the empty caseload")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    MainWindow window(*db, clock);
    QTest::mouseClick(window.welcomePage()->emptyButton(), Qt::LeftButton);
    CHECK(window.findChild<QStackedWidget *>()->currentWidget() == window.workArea());
    CHECK(window.caseloadModel()->rowCount() == 0);
}

TEST_CASE("the caseload model is a well-behaved item model")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    traject::test::require(demo::fillDemoCaseload(*db, clock));
    CaseloadModel model(*db, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    traject::test::require(model.reload());
    REQUIRE(model.rowCount() == 25);
    CHECK(model.columnCount() == CaseloadModel::ColumnCount);
    // Sorted by last name: Amrani comes first.
    CHECK(model.index(0, CaseloadModel::Name).data().toString()
          == QStringLiteral("Amrani, Yasmina"));
    CHECK(model.headerData(CaseloadModel::Phase, Qt::Horizontal).toString()
          == QStringLiteral("Phase"));
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK_FALSE(model.index(row, CaseloadModel::Phase).data().toString().isEmpty());
        CHECK(model.index(row, CaseloadModel::DaysInPhase).data().toInt() >= 0);
    }
}

TEST_CASE("a populated database opens on the caseload")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    traject::test::require(demo::fillDemoCaseload(*db, clock));
    MainWindow window(*db, clock);
    CHECK(window.findChild<QStackedWidget *>()->currentWidget() == window.workArea());
    CHECK(window.caseloadView()->model()->rowCount() == 25);
}

} // namespace TRAJECT_UNITY_ID
