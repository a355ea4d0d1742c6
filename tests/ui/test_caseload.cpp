// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "demo/DemoData.h"
#include "storage/BarrierRepository.h"
#include "storage/LearnerRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// The demo caseload plus one learner with accents, in a panel of the size it gets on a laptop.
struct Caseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    std::unique_ptr<CaseloadPanel> panel;
    qint64 zoe = 0;

    Caseload()
    {
        require(demo::fillDemoCaseload(*db, clock));
        Learner learner;
        learner.firstName = QStringLiteral("Zoë");
        learner.lastName = QStringLiteral("Çelik");
        learner.municipality = QStringLiteral("Liège");
        learner.postalCode = QStringLiteral("4000");
        learner.phone = QStringLiteral("0499 12 34 56");
        learner.email = QStringLiteral("zoe.celik@example.be");
        learner.phaseSince = clock.today().addDays(-3);
        zoe = require(LearnerRepository(*db, clock).add(learner));
        session = std::make_unique<Session>(*db, clock);
        panel = std::make_unique<CaseloadPanel>(*session);
        // The list shows whole names: 560 pixels show every column of the caseload;
        // the main window of 1366 pixels gives the list some 630.
        panel->resize(560, 600);
        panel->reload();
        panel->show();
    }

    QAbstractItemModel *shown() const { return panel->view()->model(); }

    /// The names of the rows in view order.
    QStringList names() const
    {
        QStringList result;
        for (int row = 0; row < shown()->rowCount(); ++row)
            result.append(shown()->index(row, CaseloadModel::Name).data().toString());
        return result;
    }

    qint64 idOf(const QString &lastName) const
    {
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            if (panel->model()->entryAt(row)->lastName == lastName)
                return panel->model()->entryAt(row)->id;
        }
        FAIL("no learner " << lastName.toStdString());
        return 0;
    }

    QModelIndex indexOf(const QString &lastName, int column) const
    {
        const int row = panel->model()->rowOf(idOf(lastName));
        return panel->model()->index(row, column);
    }

    void type(const QString &text) const
    {
        panel->searchField()->clear();
        QTest::keyClicks(panel->searchField(), text);
    }
};

} // namespace

TEST_CASE("typing in the search field filters by name, municipality, phone, e-mail and accents")
{
    Caseload c;
    REQUIRE(c.shown()->rowCount() == 26);

    SECTION("a name, in any case and without its accents")
    {
        c.type(QStringLiteral("zoe"));
        CHECK(c.names() == QStringList { QStringLiteral("Çelik, Zoë") });
        c.type(QStringLiteral("CELIK"));
        CHECK(c.names() == QStringList { QStringLiteral("Çelik, Zoë") });
        c.type(QStringLiteral("Çelik"));
        CHECK(c.names() == QStringList { QStringLiteral("Çelik, Zoë") });
        c.type(QStringLiteral("el idrissi"));
        CHECK(c.names() == QStringList { QStringLiteral("El Idrissi, Amina") });
        c.type(QStringLiteral("amina idrissi"));
        CHECK(c.names() == QStringList { QStringLiteral("El Idrissi, Amina") });
    }
    SECTION("a municipality")
    {
        c.type(QStringLiteral("liege"));
        CHECK(c.names() == QStringList { QStringLiteral("Çelik, Zoë") });
        int inBrugge = 0;
        for (int row = 0; row < c.panel->model()->rowCount(); ++row)
            inBrugge += c.panel->model()->entryAt(row)->municipality == QStringLiteral("Brugge");
        REQUIRE(inBrugge > 1);
        c.type(QStringLiteral("brugge"));
        CHECK(c.shown()->rowCount() == inBrugge);
    }
    SECTION("a phone number, compared by its digits")
    {
        c.type(QStringLiteral("0499 123"));
        CHECK(c.names().contains(QStringLiteral("Çelik, Zoë")));
        for (int row = 0; row < c.shown()->rowCount(); ++row) {
            const QModelIndex phone = c.shown()->index(row, CaseloadModel::Phone);
            CHECK(CaseloadModel::digitsOf(phone.data().toString())
                      .contains(QStringLiteral("0499123")));
        }
        c.type(QStringLiteral("+32 499 12 34"));
        CHECK(c.names() == QStringList { QStringLiteral("Çelik, Zoë") });
    }
    SECTION("an e-mail address")
    {
        c.type(QStringLiteral("amina.elidrissi@"));
        CHECK(c.names() == QStringList { QStringLiteral("El Idrissi, Amina") });
        c.type(QStringLiteral("celik@example.be"));
        CHECK(c.names() == QStringList { QStringLiteral("Çelik, Zoë") });
        // The domain alone does not find everyone at example.be.
        c.type(QStringLiteral("xampl"));
        CHECK(c.shown()->rowCount() == 0);
    }
    SECTION("nothing matches; Escape clears the search")
    {
        c.type(QStringLiteral("xyzzy"));
        CHECK(c.shown()->rowCount() == 0);
        CHECK(c.panel->countLabel()->isVisible());
        CHECK(c.panel->countLabel()->text().startsWith(QStringLiteral("0 of 26 learner")));
        QTest::keyClick(c.panel->searchField(), Qt::Key_Escape);
        CHECK(c.panel->searchField()->text().isEmpty());
        CHECK(c.shown()->rowCount() == 26);
        CHECK_FALSE(c.panel->countLabel()->isVisible());
    }
}

TEST_CASE("the caseload filters by phase and by my open actions")
{
    Caseload c;
    auto *phases = c.panel->phaseFilter();
    CHECK(phases->itemText(0) == QStringLiteral("All phases"));
    REQUIRE(phases->count() == 1 + static_cast<int>(allValues<Phase>().size()));

    phases->setCurrentIndex(phases->findData(toCode(Phase::Training)));
    int training = 0;
    for (int row = 0; row < c.panel->model()->rowCount(); ++row)
        training += c.panel->model()->entryAt(row)->phase == Phase::Training;
    REQUIRE(training > 1);
    CHECK(c.shown()->rowCount() == training);
    for (int row = 0; row < c.shown()->rowCount(); ++row)
        CHECK(c.shown()->index(row, CaseloadModel::Phase).data().toString()
              == QStringLiteral("Training"));

    // Fatma Yilmaz (training) only has an open action for a partner; Khadija Bouzid (training)
    // one of her own; Amina El Idrissi (training) none.
    QTest::mouseClick(c.panel->ownActionsFilter(), Qt::LeftButton);
    CHECK(c.panel->ownActionsFilter()->isChecked());
    const QStringList names = c.names();
    CHECK_FALSE(names.contains(QStringLiteral("Yilmaz, Fatma")));
    CHECK(names.contains(QStringLiteral("Bouzid, Khadija")));
    CHECK_FALSE(names.contains(QStringLiteral("El Idrissi, Amina")));
    for (int row = 0; row < c.shown()->rowCount(); ++row)
        CHECK(c.shown()->index(row, 0).data(CaseloadModel::OwnOpenActionRole).toBool());

    phases->setCurrentIndex(0);
    CHECK(c.names().contains(QStringLiteral("Tesfaye, Sara"))); // intake, actions together
    CHECK_FALSE(c.names().contains(QStringLiteral("Çelik, Zoë"))); // no actions at all
    c.panel->clearFilters();
    CHECK(c.shown()->rowCount() == 26);
}

TEST_CASE("the caseload sorts by next action or appointment, overdue actions in red and in words")
{
    Caseload c;
    const QModelIndex fatma = c.indexOf(QStringLiteral("Yilmaz"), CaseloadModel::NextStep);
    CHECK(fatma.data().toString()
          == QStringLiteral(
              "overdue 02/12/2024 – Samen een weekplanning maken; studiecoach inschakelen"));
    CHECK(fatma.data(Qt::ForegroundRole).value<QColor>() == QColor(0xb0, 0x00, 0x20));
    CHECK(fatma.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue by 102 day")));
    const QModelIndex amina = c.indexOf(QStringLiteral("El Idrissi"), CaseloadModel::NextStep);
    CHECK(amina.data().toString() == QStringLiteral("16/03/2025 – Conversation: Opvolggesprek"));
    CHECK_FALSE(amina.data(Qt::ForegroundRole).isValid());
    CHECK(c.indexOf(QStringLiteral("El Idrissi"), CaseloadModel::Progress).data().toString()
          == QStringLiteral("41 / 45 days"));
    CHECK(c.indexOf(QStringLiteral("Çelik"), CaseloadModel::NextStep).data().toString().isEmpty());

    c.panel->view()->sortByColumn(CaseloadModel::NextStep, Qt::AscendingOrder);
    QDate previous;
    bool emptySeen = false;
    for (int row = 0; row < c.shown()->rowCount(); ++row) {
        const QVariant date
            = c.shown()->index(row, CaseloadModel::NextStep).data(CaseloadModel::SortRole);
        if (!date.isValid()) {
            emptySeen = true; // without a next step: at the end
            continue;
        }
        CHECK_FALSE(emptySeen);
        CHECK(date.toDate() >= previous);
        previous = date.toDate();
    }
    CHECK(emptySeen);
    CHECK(c.shown()->index(0, CaseloadModel::NextStep).data(Qt::ForegroundRole).isValid());

    // Numbers sort as numbers and phases in the order of the trajectory.
    c.panel->view()->sortByColumn(CaseloadModel::DaysInPhase, Qt::DescendingOrder);
    for (int row = 1; row < c.shown()->rowCount(); ++row)
        CHECK(c.shown()->index(row - 1, CaseloadModel::DaysInPhase).data().toInt()
              >= c.shown()->index(row, CaseloadModel::DaysInPhase).data().toInt());
    c.panel->view()->sortByColumn(CaseloadModel::Phase, Qt::AscendingOrder);
    CHECK(c.shown()->index(0, CaseloadModel::Phase).data().toString()
          == QStringLiteral("Referral"));
    for (int row = 1; row < c.shown()->rowCount(); ++row)
        CHECK(c.shown()->index(row - 1, CaseloadModel::Phase).data(CaseloadModel::SortRole).toInt()
              <= c.shown()->index(row, CaseloadModel::Phase).data(CaseloadModel::SortRole).toInt());
}

TEST_CASE("the search field works from the keyboard and opens the chosen learner")
{
    Caseload c;
    QSignalSpy opened(c.panel.get(), &CaseloadPanel::learnerSelected);
    c.panel->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(c.panel.get()));
    c.panel->focusSearch();
    CHECK(c.panel->searchField()->hasFocus());
    QTest::keyClicks(c.panel->searchField(), QStringLiteral("yilm"));
    CHECK(opened.isEmpty()); // typing never opens a learner
    QTest::keyClick(c.panel->searchField(), Qt::Key_Return);
    CHECK(c.panel->view()->hasFocus());
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() == c.idOf(QStringLiteral("Yilmaz")));
    CHECK(c.panel->selectedLearner() == c.idOf(QStringLiteral("Yilmaz")));

    // Up on the first row goes back to the search field; Down goes to the list again.
    QTest::keyClick(c.panel->view(), Qt::Key_Up);
    CHECK(c.panel->searchField()->hasFocus());
    QTest::keyClick(c.panel->searchField(), Qt::Key_Escape);
    CHECK(c.panel->searchField()->text().isEmpty());
    // The open learner stays selected when the filter is cleared; nothing else opened.
    CHECK(c.panel->selectedLearner() == c.idOf(QStringLiteral("Yilmaz")));
    QTest::keyClick(c.panel->searchField(), Qt::Key_Down);
    CHECK(c.panel->view()->hasFocus());
    QTest::keyClick(c.panel->view(), Qt::Key_Up); // Yilmaz is the last row
    CHECK(opened.size() == 2);
    CHECK(opened.last().first().toLongLong() != c.idOf(QStringLiteral("Yilmaz")));
}

TEST_CASE("filtering hides the open learner's row without opening another one")
{
    Caseload c;
    const qint64 sara = c.idOf(QStringLiteral("Tesfaye"));
    c.panel->selectLearner(sara);
    QSignalSpy opened(c.panel.get(), &CaseloadPanel::learnerSelected);
    c.type(QStringLiteral("brugge"));
    c.type(QStringLiteral("zzz"));
    CHECK(c.panel->selectedLearner() == 0);
    c.panel->searchField()->clear();
    CHECK(c.panel->selectedLearner() == sara);
    CHECK(opened.isEmpty());
    // Choosing a hidden learner clears the filters that hide her.
    c.type(QStringLiteral("zoe"));
    c.panel->selectLearner(sara);
    CHECK(c.panel->searchField()->text().isEmpty());
    CHECK(c.panel->selectedLearner() == sara);
}

TEST_CASE("an edit through the session updates that learner's line, and undo restores it")
{
    Caseload c;
    const qint64 nadia = c.idOf(QStringLiteral("Benali"));
    const QModelIndex next = c.indexOf(QStringLiteral("Benali"), CaseloadModel::NextStep);
    CHECK(next.data().toString().startsWith(QStringLiteral("16/03/2025")));
    c.panel->ownActionsFilter()->setChecked(true);
    CHECK_FALSE(c.names().contains(QStringLiteral("Benali, Nadia")));

    Action action;
    action.learnerId = nadia;
    action.description = QStringLiteral("Attest kinderopvang opvragen");
    action.owner = ActionOwner::Spoc;
    action.due = c.clock.today().addDays(-1);
    BarrierRepository barriers(*c.db, c.clock);
    require(c.session->add(
        QStringLiteral("Add action"), nadia, [&]() mutable { return barriers.addAction(action); },
        c.session->through(&BarrierRepository::removeAction, Aspect::Barriers)));
    CHECK(c.names().contains(QStringLiteral("Benali, Nadia")));
    const QModelIndex updated = c.indexOf(QStringLiteral("Benali"), CaseloadModel::NextStep);
    // Due yesterday: overdue, in words and in red.
    CHECK(updated.data().toString()
          == QStringLiteral("overdue 13/03/2025 – Attest kinderopvang opvragen"));
    CHECK(updated.data(Qt::ForegroundRole).isValid());

    c.session->undoStack()->undo();
    CHECK_FALSE(c.names().contains(QStringLiteral("Benali, Nadia")));
    CHECK(c.indexOf(QStringLiteral("Benali"), CaseloadModel::NextStep)
              .data()
              .toString()
              .startsWith(QStringLiteral("16/03/2025")));
}

TEST_CASE("the caseload model and its filter are well-behaved item models")
{
    Caseload c;
    QAbstractItemModelTester modelTester(c.panel->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(c.panel->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(c.panel->model()->columnCount() == CaseloadModel::ColumnCount);
    c.type(QStringLiteral("am"));
    c.panel->phaseFilter()->setCurrentIndex(
        c.panel->phaseFilter()->findData(toCode(Phase::Intake)));
    c.panel->ownActionsFilter()->setChecked(true);
    c.panel->clearFilters();
    c.panel->view()->sortByColumn(CaseloadModel::Progress, Qt::DescendingOrder);
    c.panel->reload();
    require(c.panel->model()->reloadLearner(c.zoe));
    require(LearnerRepository(*c.db, c.clock).remove(c.zoe));
    require(c.panel->model()->reloadLearner(c.zoe));
    CHECK(c.panel->model()->rowCount() == 25);
    CHECK(c.shown()->rowCount() == 25);
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column)
        CHECK_FALSE(c.panel->model()->headerData(column, Qt::Horizontal).toString().isEmpty());
}

TEST_CASE("the caseload columns fit the panel; the SPOC chooses more from the header menu")
{
    Caseload c;
    QTableView *view = c.panel->view();
    QHeaderView *header = view->horizontalHeader();
    auto fits = [&] { return header->length() <= view->viewport()->width(); };
    auto action = [&](const char *text) -> QAction * {
        for (QAction *action : header->actions()) {
            if (action->text() == QString::fromUtf8(text))
                return action;
        }
        FAIL("no column " << text);
        return nullptr;
    };

    // 560 pixels: every column of the caseload.
    view->resizeColumnsToContents(); // as the main window does
    QTest::qWait(20);
    CHECK(fits());
    for (const int column :
         { CaseloadModel::Name, CaseloadModel::Phase, CaseloadModel::DaysInPhase,
           CaseloadModel::OpenBarriers, CaseloadModel::Progress, CaseloadModel::NextStep })
        CHECK_FALSE(view->isColumnHidden(column));
    // The next action or appointment takes what is left; the date at least is readable.
    CHECK(header->sectionSize(CaseloadModel::NextStep)
          >= view->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 –")));
    CHECK(view->isColumnHidden(CaseloadModel::Municipality));

    // Narrow: the name (whole), the phase and the next step stay.
    c.panel->resize(340, 600);
    QTest::qWait(20);
    CHECK(fits());
    CHECK_FALSE(view->isColumnHidden(CaseloadModel::Phase));
    CHECK_FALSE(view->isColumnHidden(CaseloadModel::NextStep));
    CHECK(view->isColumnHidden(CaseloadModel::Progress));
    CHECK(view->isColumnHidden(CaseloadModel::OpenBarriers));

    // Wide, with the municipality chosen from the menu; without the phase.
    action("Municipality")->trigger();
    action("Phase")->trigger();
    c.panel->resize(900, 600);
    QTest::qWait(20);
    CHECK(fits());
    CHECK_FALSE(view->isColumnHidden(CaseloadModel::Municipality));
    CHECK_FALSE(view->isColumnHidden(CaseloadModel::Progress));
    CHECK(view->isColumnHidden(CaseloadModel::Phase));
}

TEST_CASE("the caseload panel on screen", "[.screenshot]")
{
    Caseload c;
    c.panel->view()->resizeColumnsToContents();
    c.panel->selectLearner(c.idOf(QStringLiteral("Yilmaz")));
    QTest::qWait(50);
    c.panel->grab().save(QStringLiteral("/tmp/h-caseload-panel.png"));

    c.type(QStringLiteral("am"));
    c.panel->ownActionsFilter()->setChecked(true);
    QTest::qWait(50);
    c.panel->grab().save(QStringLiteral("/tmp/h-caseload-filtered.png"));
}

TEST_CASE("the caseload in the main window on screen", "[.screenshot]")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    MainWindow window(*db, clock);
    window.resize(1366, 768);
    window.show();
    window.caseloadPanel()->selectLearner(1);
    QTest::qWait(50);
    window.grab().save(QStringLiteral("/tmp/h-caseload-main.png"));
}

} // namespace TRAJECT_UNITY_ID
