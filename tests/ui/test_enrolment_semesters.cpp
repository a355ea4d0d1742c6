// SPDX-License-Identifier: GPL-3.0-or-later
// An 18-month enrolment typed in the dialog gets its module plan in three semesters.
#include "TestSupport.h"
#include "UiSupport.h"

#include "Session.h"
#include "dossier/training/EnrolmentDialog.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/ProgrammeRepository.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <map>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::chooseWithKeys;
using traject::test::require;

TEST_CASE("an 18-month enrolment is planned in three semesters from the enrolment dialog")
{
    FixedClock clock(traject::test::fixedToday()); // Friday 14 March 2025
    auto db = traject::test::memoryDatabase();
    require(ProgrammeRepository(*db, clock).installTemplatesIfMissing());
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Benali");
    const qint64 learnerId = require(LearnerRepository(*db, clock).add(learner));
    Session session(*db, clock);

    EnrolmentDialog dialog(session, learnerId, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *programme = dialog.findChild<QComboBox *>(QStringLiteral("programme"));
    auto *variant = dialog.findChild<QComboBox *>(QStringLiteral("variant"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("planSummary"));
    REQUIRE(programme);
    REQUIRE(variant);
    REQUIRE(summary);

    programme->setFocus(Qt::TabFocusReason);
    chooseWithKeys(programme,
                   programme->findText(QStringLiteral("Kinderbegeleider baby's en peuters (CVO)")));
    CHECK(summary->text()
          == QStringLiteral("19 module(s) in 2 semester(s), as the programme proposes; change "
                            "them in the table afterwards."));
    variant->setFocus(Qt::TabFocusReason);
    chooseWithKeys(variant, variant->findText(QStringLiteral("18 months")));
    CHECK(summary->text()
          == QStringLiteral("19 module(s) in 3 semester(s), as the programme proposes; change "
                            "them in the table afterwards."));
    // The next entry moment, Monday 1 September 2025, and 18 months from it.
    CHECK(dialog.findChild<DateField *>(QStringLiteral("start"))->date() == QDate(2025, 9, 1));
    CHECK(dialog.findChild<DateField *>(QStringLiteral("plannedEnd"))->date()
          == QDate(2027, 2, 28));

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);

    const auto stored = require(EnrolmentRepository(*db, clock).forLearner(learnerId));
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().variant == EnrolmentVariant::Months18);
    // 18 class modules of 40 teaching periods, six a semester, and the placement module last.
    std::map<int, int> modulesPerSemester;
    for (const auto &plan : stored.front().modulePlans)
        ++modulesPerSemester[plan.semester];
    CHECK(modulesPerSemester == std::map<int, int> { { 1, 6 }, { 2, 6 }, { 3, 7 } });
}

} // namespace TRAJECT_UNITY_ID
