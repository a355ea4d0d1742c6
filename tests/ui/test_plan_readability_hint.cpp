// SPDX-License-Identifier: GPL-3.0-or-later
// The print dialog of the personal plan shows how readable the plan is as chosen now:
// a SPOC who wrote a long note on a barrier sees it named when that barrier goes into the plan.
#include "TestLanguage.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "Session.h"
#include "Settings.h"
#include "demo/DemoData.h"
#include "documents/PlanDocument.h"
#include "plan/PlanDialog.h"
#include "storage/BarrierRepository.h"
#include "storage/LearnerRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// The figures of the hint for a Dutch plan, whatever they are; the rest is the whole message.
const QString dutchFigures = QStringLiteral(
    "Leesbaarheid: gemiddeld \\d+(,\\d)? woorden per zin, \\d+(,\\d)? % lange woorden, "
    "\\d+(,\\d)? % woorden buiten de basiswoordenlijst\\.");

bool matchesWhole(const QString &text, const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

/// Clicks a check box on its indicator, as a person does.
void click(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

} // namespace

TEST_CASE("the plan dialog names a long barrier note when the barrier goes into the plan")
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    (void)require(demo::fillDemoCaseload(*db, clock));
    const qint64 learnerId = require(LearnerRepository(*db, clock).all()).front().id;

    // A family barrier (sensitive: left out of the plan unless ticked) whose next step the SPOC
    // wrote as one sentence of 33 words.
    BarrierRepository barriers(*db, clock);
    Barrier barrier;
    barrier.learnerId = learnerId;
    barrier.category = BarrierCategory::FamilySocial;
    barrier.description = QStringLiteral("Opvang voor haar zoon op woensdag");
    barrier.detectedOn = clock.today();
    (void)require(barriers.addBarrier(barrier));
    Action action;
    action.learnerId = learnerId;
    action.barrierId = barrier.id;
    action.owner = ActionOwner::Together;
    action.due = clock.today().addDays(10);
    action.description = QStringLiteral(
        "Zoek samen met je zus een oplossing voor de opvang van je zoon op woensdagmiddag, want "
        "de school sluit om twaalf uur en je werkt die dag tot vijf uur op de werkplek.");
    (void)require(barriers.addAction(action));

    const traject::test::TestLanguage dutch(QStringLiteral("nl"));
    Session session(*db, clock);
    PlanDialog dialog(session, learnerId);
    dialog.resize(1000, 700);
    dialog.show();
    REQUIRE(traject::test::activate(&dialog));
    QLabel *hint = dialog.readabilityLabel();
    CHECK(hint->accessibleName() == QStringLiteral("Leesbaarheid van het plan"));
    CHECK(hint->isVisible());

    // Without the sensitive barriers the plan is fine: only the figures.
    INFO("hint: " << hint->text().toStdString());
    CHECK(matchesWhole(hint->text(), dutchFigures));

    // With them, the long sentence is named by its first 12 words. The plan words the next step
    // around the SPOC's note ("… : Zoek samen met …"): the sentence is the plan's line with it.
    PlanOptions withSensitive = PlanOptions::forAudience(Audience::Learner);
    withSensitive.includeSensitive = true;
    const QStringList running
        = require(PlanDocuments(*db, clock, SpocContact::fromSettings(Settings()))
                      .personalPlan(learnerId, withSensitive, 0))
              .runningText();
    const auto line = std::find_if(running.begin(), running.end(), [](const QString &text) {
        return text.contains(QStringLiteral("Zoek samen met je zus"));
    });
    REQUIRE(line != running.end());
    const QString excerpt
        = line->split(QLatin1Char(' '), Qt::SkipEmptyParts).first(12).join(QLatin1Char(' '))
        + QStringLiteral(" \u2026");
    click(dialog.sensitiveBox());
    REQUIRE(dialog.options().includeSensitive);
    INFO("hint with the sensitive barriers: " << hint->text().toStdString());
    CHECK(matchesWhole(hint->text(),
                       dutchFigures
                           + QStringLiteral("\nSommige zinnen zijn lang, bijvoorbeeld: \u201C")
                           + QRegularExpression::escape(excerpt)
                           + QStringLiteral("\u201D\\. Maak ze korter in de drempel of actie\\.")));
    if (const QByteArray dir = qgetenv("TRAJECT_SCREENSHOTS"); !dir.isEmpty()) {
        QCoreApplication::processEvents(); // the layout that follows the longer text
        dialog.grab().save(QString::fromLocal8Bit(dir)
                           + QStringLiteral("/plan-dialog-readability.png"));
    }

    // Left out again: fine again.
    click(dialog.sensitiveBox());
    CHECK(matchesWhole(hint->text(), dutchFigures));

    // An English plan is measured without the Dutch word list, and says so.
    traject::test::chooseWithKeys(dialog.languageCombo(),
                                  dialog.languageCombo()->findData(QStringLiteral("en")));
    INFO("hint for the English plan: " << hint->text().toStdString());
    CHECK(matchesWhole(hint->text(),
                       QStringLiteral("Leesbaarheid: gemiddeld \\d+(,\\d)? woorden per zin, "
                                      "\\d+(,\\d)? % lange woorden \\(de basiswoordenlijst is er "
                                      "alleen voor een plan in het Nederlands\\)\\.")));

    // No part ticked: no plan, and no hint.
    for (const PlanSection section : allSections()) {
        if (dialog.sectionBox(section)->isChecked())
            click(dialog.sectionBox(section));
    }
    CHECK_FALSE(hint->isVisible());
    CHECK(hint->text().isEmpty());
}

} // namespace TRAJECT_UNITY_ID
