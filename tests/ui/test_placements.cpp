// SPDX-License-Identifier: GPL-3.0-or-later
// The "Werkplekleren" tab: placements, their days, totals, warnings and generating days.
#include "TestSupport.h"

#include "DateTyping.h"
#include "Session.h"
#include "demo/DemoData.h"
#include "directory/DirectoryChoice.h"
#include "dossier/PlacementsTab.h"
#include "dossier/placements/GenerateDaysDialog.h"
#include "dossier/placements/GenerationPreviewModel.h"
#include "dossier/placements/PlacementDayDialog.h"
#include "dossier/placements/PlacementDayModel.h"
#include "dossier/placements/PlacementDialog.h"
#include "dossier/placements/PlacementModel.h"
#include "dossier/placements/PlacementText.h"
#include "storage/CalendarRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// The demo caseload plus a new learner "Lina Haddad" without placements, and a study day on
/// Wednesday 23 April 2025 when every site is closed.
struct Caseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    qint64 learner = 0;

    Caseload()
    {
        (void)require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        Learner lina;
        lina.firstName = QStringLiteral("Lina");
        lina.lastName = QStringLiteral("Haddad");
        learner = require(LearnerRepository(*db, clock).add(lina));
        ClosurePeriod studyDay;
        studyDay.name = QStringLiteral("Pedagogische studiedag");
        studyDay.start = QDate(2025, 4, 23);
        studyDay.end = QDate(2025, 4, 23);
        (void)require(CalendarRepository(*db, clock).add(studyDay));
    }

    PlacementRepository placements() const { return { *db, clock }; }

    /// Adds a placement from 1 April to 30 May 2025 on Mondays and Wednesdays, through the dialog.
    qint64 addPlacement()
    {
        PlacementDialog dialog(*session, learner, std::nullopt);
        showActive(dialog);
        auto *site = dialog.findChild<QComboBox *>(QStringLiteral("site"));
        REQUIRE(site->count() > 1);
        site->setCurrentIndex(1);
        traject::test::typeDate(dialog.findChild<DateField *>(QStringLiteral("start")),
                                QStringLiteral("01/04/2025"));
        traject::test::typeDate(dialog.findChild<DateField *>(QStringLiteral("end")),
                                QStringLiteral("30/05/2025"));
        for (int day = Qt::Monday; day <= Qt::Friday; ++day)
            dialog.findChild<QCheckBox *>(QStringLiteral("weekday%1").arg(day))
                ->setChecked(day == Qt::Monday || day == Qt::Wednesday);
        clickOk(dialog);
        REQUIRE(dialog.result() == QDialog::Accepted);
        return dialog.placementId();
    }

    static void showActive(QDialog &dialog)
    {
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
    }

    static void clickOk(QDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        REQUIRE(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    QList<QDate> dates(qint64 placementId) const
    {
        QList<QDate> result;
        for (const auto &day : require(placements().days(placementId)))
            result.append(day.date);
        return result;
    }
};

bool anyError(const QWidget &widget, const QString &message)
{
    const auto labels = widget.findChildren<ErrorLabel *>();
    return std::any_of(labels.begin(), labels.end(),
                       [&](const ErrorLabel *label) { return label->text().contains(message); });
}

} // namespace

TEST_CASE("a placement is added at a childcare site and refused with its end before its start")
{
    Caseload c;
    {
        PlacementDialog dialog(*c.session, c.learner, std::nullopt);
        Caseload::showActive(dialog);
        // Only childcare sites are offered.
        auto *site = dialog.findChild<QComboBox *>(QStringLiteral("site"));
        const auto organisations = require(OrganisationRepository(*c.db, c.clock).organisations());
        for (int i = 1; i < site->count(); ++i) {
            if (site->itemText(i).isEmpty() || DirectoryChoice::isNewItem(site, i))
                continue; // the separator and "New…"
            const auto it = std::find_if(
                organisations.begin(), organisations.end(),
                [&](const Organisation &o) { return o.id == site->itemData(i).toLongLong(); });
            REQUIRE(it != organisations.end());
            CHECK(it->kind == OrganisationKind::ChildcareSite);
        }
        CHECK(dialog.findChild<QSpinBox *>(QStringLiteral("targetDays"))->value() == 45);
        traject::test::typeDate(dialog.findChild<DateField *>(QStringLiteral("start")),
                                QStringLiteral("01/05/2025"));
        traject::test::typeDate(dialog.findChild<DateField *>(QStringLiteral("end")),
                                QStringLiteral("01/04/2025"));
        Caseload::clickOk(dialog);
        CHECK(dialog.isVisible());
        CHECK(anyError(dialog, Placement::tr("The last day lies before the first day.")));
        CHECK(require(c.placements().forLearner(c.learner)).empty());
    }
    const qint64 id = c.addPlacement();
    const Placement stored = require(c.placements().get(id));
    CHECK(stored.pattern == WeekPattern({ Qt::Monday, Qt::Wednesday }));
    CHECK(stored.targetDays == 45);
    CHECK(stored.siteId.has_value());
    CHECK(PlacementText::pattern(stored.pattern)
          == QLocale().dayName(1, QLocale::ShortFormat) + QStringLiteral(", ")
              + QLocale().dayName(3, QLocale::ShortFormat));
    c.session->undoStack()->undo();
    CHECK_FALSE(c.placements().get(id).ok());
}

TEST_CASE(
    "generating days previews Easter Monday and a closure as skipped, and is one undoable step")
{
    Caseload c;
    const qint64 placementId = c.addPlacement();
    const Placement placement = require(c.placements().get(placementId));

    GenerateDaysDialog dialog(*c.session, placement);
    dialog.show();
    QAbstractItemModelTester tester(dialog.preview(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.findChild<DateField *>(QStringLiteral("from"))->date() == QDate(2025, 4, 1));
    CHECK(dialog.findChild<DateField *>(QStringLiteral("to"))->date() == QDate(2025, 5, 30));
    CHECK(dialog.findChild<QSpinBox *>(QStringLiteral("maxDays"))->value() == 45);

    // 17 Mondays and Wednesdays; Easter Monday and the study day are skipped.
    REQUIRE(dialog.proposed().size() == 15);
    GenerationPreviewModel *preview = dialog.preview();
    REQUIRE(preview->rowCount() == 17);
    QStringList skipped;
    for (int row = 0; row < preview->rowCount(); ++row) {
        if (preview->isSkipped(row))
            skipped.append(preview->index(row, GenerationPreviewModel::Date)
                               .data(Qt::EditRole)
                               .toDate()
                               .toString(Qt::ISODate)
                           + QLatin1Char(' ')
                           + preview->index(row, GenerationPreviewModel::Remark).data().toString());
    }
    REQUIRE(skipped.size() == 2);
    CHECK(skipped[0].startsWith(QStringLiteral("2025-04-21")));
    CHECK(skipped[0].contains(Holiday::tr("Easter Monday")));
    CHECK(skipped[1].startsWith(QStringLiteral("2025-04-23")));
    CHECK(skipped[1].contains(QStringLiteral("Pedagogische studiedag")));
    auto *create = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(create->text() == GenerateDaysDialog::tr("&Create %n day(s)", nullptr, 15));

    // The preview follows the inputs; an empty pattern is refused where it is chosen.
    auto *monday = dialog.findChild<QCheckBox *>(QStringLiteral("weekday1"));
    auto *wednesday = dialog.findChild<QCheckBox *>(QStringLiteral("weekday3"));
    QTest::mouseClick(monday, Qt::LeftButton, {}, QPoint(4, monday->height() / 2));
    CHECK(dialog.proposed().size() == 8); // Wednesdays, without the study day
    wednesday->setChecked(false);
    CHECK(dialog.proposed().isEmpty());
    CHECK_FALSE(create->isEnabled());
    CHECK(anyError(dialog, GenerationRequest::tr("Choose at least one weekday.")));
    monday->setChecked(true);
    wednesday->setChecked(true);
    dialog.findChild<QSpinBox *>(QStringLiteral("maxDays"))->setValue(4);
    CHECK(dialog.proposed().size() == 4);
    dialog.findChild<QSpinBox *>(QStringLiteral("maxDays"))->setValue(0); // no limit
    REQUIRE(dialog.proposed().size() == 15);

    QTest::mouseClick(create, Qt::LeftButton);
    CHECK_FALSE(dialog.isVisible());
    const auto created = c.dates(placementId);
    REQUIRE(created.size() == 15);
    CHECK_FALSE(created.contains(QDate(2025, 4, 21)));
    CHECK_FALSE(created.contains(QDate(2025, 4, 23)));
    CHECK(c.session->undoStack()->count() == 2); // the placement, then the days

    const auto withIds = require(c.placements().days(placementId));
    c.session->undoStack()->undo();
    CHECK(c.dates(placementId).isEmpty());
    c.session->undoStack()->redo();
    CHECK(require(c.placements().days(placementId)) == withIds); // the same ids again

    // A second generation over the same period finds every day already booked.
    GenerateDaysDialog again(*c.session, placement);
    CHECK(again.proposed().isEmpty());
    CHECK(again.findChild<QSpinBox *>(QStringLiteral("maxDays"))->value() == 30);
}

TEST_CASE("placement days are marked worked from the tab, with totals and warnings")
{
    Caseload c;
    const qint64 placementId = c.addPlacement();
    QList<PlacementDay> days;
    for (const QDate date : { QDate(2025, 4, 2), QDate(2025, 4, 7), QDate(2025, 4, 9) }) {
        PlacementDay day;
        day.date = date;
        day.plannedHours = 7.6;
        days.append(day);
    }
    require(c.placements().addDays(placementId, days));

    PlacementsTab tab(*c.session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(c.learner);
    QAbstractItemModelTester placementTester(tab.placementModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester dayTester(tab.dayModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tab.placementId() == placementId);
    REQUIRE(tab.dayModel()->rowCount() == 3);
    // The work-place learning as a whole (this is Lina's only placement), then this placement.
    const QString none = QStringLiteral(
        "Work-place learning: 0 / 45 days worked, 0 still to record, 3 still planned, 3 within "
        "reach\nThis placement: 0 day(s) worked, 3 planned, 0 / 342 hours");
    CHECK(tab.totalsText() == none);
    // Three days can never make 45: the tab says so.
    CHECK(tab.findChild<QLabel *>(QStringLiteral("totals"))
              ->styleSheet()
              .contains(QStringLiteral("#b00020")));
    CHECK(tab.warnings()
          == QStringList { QStringLiteral(
              "The work-place learning can reach at most 3 of its 45 days: 0 worked, 0 still to "
              "record, 3 still planned.") });

    tab.dayView()->setCurrentIndex(tab.dayModel()->index(0, PlacementDayModel::Status));
    QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("mark-worked")), Qt::LeftButton);
    auto stored = require(c.placements().days(placementId));
    CHECK(stored[0].status == PlacementDayStatus::Worked);
    CHECK(stored[0].workedHours == 7.6);
    CHECK(tab.dayView()->currentIndex().row() == 1); // on to the next day
    CHECK(tab.totalsText()
          == QStringLiteral("Work-place learning: 1 / 45 days worked, 0 still to record, 2 still "
                            "planned, 3 within reach\nThis placement: 1 day(s) worked, 2 planned, "
                            "%1 / 342 hours")
                 .arg(QLocale().toString(7.6, 'f', 1)));

    QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("mark-absent_excused")),
                      Qt::LeftButton);
    CHECK(tab.totalsText().contains(QStringLiteral("1 absent (1 excused)")));

    // Hours on a day that was not worked are refused in place.
    const QModelIndex hours = tab.dayModel()->index(1, PlacementDayModel::WorkedHours);
    CHECK_FALSE(tab.dayModel()->setData(hours, 5.0));
    CHECK(tab.findChild<ErrorLabel *>(QStringLiteral("dayError"))->text()
          == PlacementDay::tr("Only a day with status \"worked\" has worked hours."));
    CHECK(require(c.placements().days(placementId))[1].status == PlacementDayStatus::AbsentExcused);

    c.session->undoStack()->undo();
    c.session->undoStack()->undo();
    CHECK(require(c.placements().days(placementId))[0].status == PlacementDayStatus::Planned);
    CHECK(tab.totalsText() == none);
}

TEST_CASE("a single day outside its placement is refused next to the date")
{
    Caseload c;
    const qint64 placementId = c.addPlacement();
    const Placement placement = require(c.placements().get(placementId));
    PlacementDayDialog dialog(*c.session, placement, QDate(2025, 6, 2));
    Caseload::showActive(dialog);
    Caseload::clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(anyError(dialog, QStringLiteral("02/06/2025")));
    CHECK(c.dates(placementId).isEmpty());
    CHECK(c.session->undoStack()->count() == 1);

    traject::test::typeDate(dialog.findChild<DateField *>(QStringLiteral("date")),
                            QStringLiteral("02/05/2025"));
    Caseload::clickOk(dialog);
    CHECK_FALSE(dialog.isVisible());
    CHECK(c.dates(placementId) == QList<QDate> { QDate(2025, 5, 2) });
    c.session->undoStack()->undo();
    CHECK(c.dates(placementId).isEmpty());
}

TEST_CASE("the workplace-learning tab shows a demo learner's placements")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    (void)require(demo::fillDemoCaseload(*db, clock));
    Session session(*db, clock);
    PlacementsTab tab(session);
    tab.resize(800, 600);
    tab.show();
    QAbstractItemModelTester tester(tab.placementModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    int shown = 0;
    for (const auto &learner : require(LearnerRepository(*db, clock).all())) {
        tab.showLearner(learner.id);
        const auto placements = require(PlacementRepository(*db, clock).forLearner(learner.id));
        CHECK(tab.placementModel()->rowCount() == static_cast<int>(placements.size()));
        if (!placements.empty()) {
            ++shown;
            CHECK(tab.placementId() == placements.back().id);
            CHECK_FALSE(tab.totalsText().isEmpty());
        }
    }
    CHECK(shown > 10);
}

} // namespace TRAJECT_UNITY_ID
