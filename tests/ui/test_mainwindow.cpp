// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "MainWindow.h"
#include "WelcomePage.h"
#include "caseload/CaseloadModel.h"
#include "demo/DemoData.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

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
