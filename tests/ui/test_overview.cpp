// SPDX-License-Identifier: GPL-3.0-or-later
// The overview (home view): this week's lists open a learner, the period chooser recomputes the
// funnel, the PDF is saved, and a change in the session reloads the page.
#include "TestSupport.h"

#include "DateTyping.h"
#include "Session.h"
#include "demo/DemoData.h"
#include "overview/OverviewPage.h"
#include "overview/WeekListModel.h"
#include "storage/BarrierRepository.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct OverviewFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    std::unique_ptr<OverviewPage> page;

    OverviewFixture()
    {
        require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        page = std::make_unique<OverviewPage>(*session);
        page->setNoContactDays(30);
        page->resize(1280, 760);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        REQUIRE(page->overview().has_value());
    }
};

} // namespace

TEST_CASE("the overview's lists pass the model tester", "[overview]")
{
    OverviewFixture f;
    for (WeekListModel *model : { f.page->placementModel(), f.page->appointmentModel(),
                                  f.page->actionModel(), f.page->silentModel() }) {
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model->columnCount() == WeekListModel::ColumnCount);
    }
    const auto &o = *f.page->overview();
    CHECK(f.page->actionModel()->rowCount() == static_cast<int>(o.dueActions.size()));
    CHECK(f.page->placementModel()->rowCount() == static_cast<int>(o.placementDays.size()));
    CHECK(f.page->silentModel()->rowCount() == static_cast<int>(o.silent.size()));
}

TEST_CASE("Enter or a click on a name in the overview opens the learner", "[overview]")
{
    OverviewFixture f;
    QTableView *view = f.page->placementView();
    WeekListModel *model = f.page->placementModel();
    REQUIRE(model->rowCount() > 1);
    QSignalSpy opened(f.page.get(), &OverviewPage::openLearner);

    view->setFocus();
    view->setCurrentIndex(model->index(1, WeekListModel::When));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == model->learnerId(1));

    const QModelIndex name = model->index(0, WeekListModel::Learner);
    f.page->ensureWidgetVisible(view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(name).center());
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(1).at(0).toLongLong() == model->learnerId(0));

    // A click elsewhere in the row only selects it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(0, WeekListModel::What)).center());
    CHECK(opened.size() == 2);
}

TEST_CASE("changing the period recomputes the funnel; a reversed period is refused", "[overview]")
{
    OverviewFixture f;
    CHECK(f.page->overview()->funnel.from == QDate(2025, 1, 1));
    CHECK(f.page->overview()->funnel.to == QDate(2025, 12, 31));

    f.page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.page.get()));
    auto *from = f.page->findChild<DateField *>(QStringLiteral("periodFrom"));
    REQUIRE(from);
    traject::test::typeDate(from, QStringLiteral("01/01/2020"));
    CHECK(f.page->overview()->funnel.from == QDate(2020, 1, 1));
    const int registered = f.page->overview()->funnel.count(FunnelStage::Registered);
    CHECK(registered >= 25);

    // The last day before the first: a message at the field, the funnel stays as it was.
    traject::test::typeDate(f.page->findChild<DateField *>(QStringLiteral("periodTo")),
                            QStringLiteral("30/06/2019"));
    CHECK(f.page->overview()->funnel.from == QDate(2020, 1, 1));
    bool shown = false;
    for (ErrorLabel *label : f.page->findChildren<ErrorLabel *>())
        shown = shown || (!label->isHidden() && label->text().contains(QStringLiteral("period")));
    CHECK(shown);
}

TEST_CASE("the overview is saved as PDF through the file question", "[overview]")
{
    OverviewFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overzicht.pdf"));
    QString suggested;
    OverviewPage::setFileChooser([&](const QString &proposal) {
        suggested = proposal;
        return path;
    });
    QTest::mouseClick(f.page->findChild<QPushButton *>(QStringLiteral("savePdf")), Qt::LeftButton);
    OverviewPage::setFileChooser({});
    CHECK(suggested.endsWith(QStringLiteral(".pdf")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("a change in the session reloads the overview, only while it is shown", "[overview]")
{
    OverviewFixture f;
    const int before = f.page->actionModel()->rowCount();
    const qint64 learnerId = f.page->overview()->progress.front().learnerId;

    f.page->hide();
    Action action;
    action.learnerId = learnerId;
    action.description = QStringLiteral("Call the mentor");
    action.due = f.clock.today();
    BarrierRepository repo(*f.db, f.clock);
    require(f.session->add(
        QStringLiteral("Add action"), learnerId,
        [&repo, action]() mutable { return repo.addAction(action); },
        f.session->through(&BarrierRepository::removeAction, Aspect::Barriers)));
    QTest::qWait(300);
    CHECK(f.page->actionModel()->rowCount() == before); // hidden: not read yet

    f.page->show();
    CHECK(f.page->actionModel()->rowCount() == before + 1);

    f.session->undoStack()->undo();
    // Waits for the reload; a failed wait fails the test (Qt's own test macros would not).
    CHECK(QTest::qWaitFor([&] { return f.page->actionModel()->rowCount() == before; }));
    CHECK(f.page->actionModel()->rowCount() == before);
}

TEST_CASE("render the overview page", "[.screenshot]")
{
    OverviewFixture f;
    f.page->grab().save(QStringLiteral("/tmp/h-overview-page.png"));
    f.page->verticalScrollBar()->setValue(f.page->verticalScrollBar()->maximum());
    f.page->grab().save(QStringLiteral("/tmp/h-overview-page2.png"));
}

} // namespace TRAJECT_UNITY_ID
