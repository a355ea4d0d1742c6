// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTyping.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/DossierWidget.h"
#include "dossier/PhaseChangeDialog.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct Caseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;

    Caseload()
    {
        require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
    }

    LearnerRepository learners() const { return LearnerRepository(*db, clock); }
    qint64 firstIn(Phase phase) const
    {
        for (const auto &learner : require(learners().all())) {
            if (learner.phase == phase)
                return learner.id;
        }
        FAIL("no demo learner in this phase");
        return 0;
    }
};

QList<Phase> offered(const PhaseChangeDialog &dialog)
{
    QList<Phase> phases;
    for (int i = 0; i < dialog.targetCombo()->count(); ++i)
        phases.append(*fromCode<Phase>(dialog.targetCombo()->itemData(i).toString()));
    return phases;
}

void clickOk(PhaseChangeDialog &dialog)
{
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("the phase dialog offers only the moves that make sense")
{
    CHECK(PhaseChangeDialog::targetsFrom(Phase::Intake, std::nullopt)
          == QList<Phase> { Phase::Orientation, Phase::PreTrajectory, Phase::Training,
                            Phase::Aftercare, Phase::Outflow, Phase::Paused, Phase::Stopped });
    CHECK(PhaseChangeDialog::targetsFrom(Phase::Aftercare, std::nullopt)
          == QList<Phase> { Phase::Outflow, Phase::Paused, Phase::Stopped });
    CHECK(PhaseChangeDialog::targetsFrom(Phase::Paused, Phase::Training)
          == QList<Phase> { Phase::Training, Phase::Aftercare, Phase::Outflow, Phase::Stopped });
    CHECK(PhaseChangeDialog::targetsFrom(Phase::Outflow, std::nullopt).isEmpty());

    Caseload c;
    PhaseChangeDialog paused(*c.session, c.firstIn(Phase::Paused));
    CHECK(offered(paused).first() == Phase::Training);
    PhaseChangeDialog ended(*c.session, c.firstIn(Phase::Outflow));
    CHECK(ended.targetCombo()->count() == 0);
    CHECK_FALSE(ended.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("a stop without a reason is refused in the dialog; with a reason it is stored")
{
    Caseload c;
    const qint64 id = c.firstIn(Phase::Training);
    const Learner before = require(c.learners().get(id));
    const auto history = require(c.learners().phaseHistory(id));

    PhaseChangeDialog dialog(*c.session, id);
    dialog.show();
    CHECK(dialog.dateField()->date() == traject::test::fixedToday());
    dialog.setTarget(Phase::Stopped);
    CHECK(dialog.reasonCombo()->isVisible());
    CHECK(dialog.reasonCombo()->findData(toCode(StopReason::Pregnancy)) > 0);

    clickOk(dialog);
    CHECK(dialog.errorFor(QStringLiteral("reasonCode"))
          == QStringLiteral("Choose the reason for the stop or pause."));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(require(c.learners().get(id)).phase == Phase::Training);
    CHECK(c.session->undoStack()->count() == 0);

    // "Other" needs a few words.
    dialog.setReason(toCode(StopReason::Other));
    clickOk(dialog);
    CHECK_FALSE(dialog.errorFor(QStringLiteral("reasonText")).isEmpty());
    CHECK(require(c.learners().get(id)).phase == Phase::Training);

    QTest::keyClicks(dialog.reasonTextEdit(), QStringLiteral("Verhuist naar Gent."));
    {
        // Leaving: the ESF+ follow-up six months later is offered; not now.
        traject::test::MessageAnswers answers({ QMessageBox::No });
        clickOk(dialog);
        CHECK(answers.texts().size() == 1);
        CHECK(answers.problems().isEmpty());
    }
    CHECK(dialog.result() == QDialog::Accepted);
    const Learner stopped = require(c.learners().get(id));
    CHECK(stopped.phase == Phase::Stopped);
    CHECK(stopped.phaseSince == traject::test::fixedToday());
    const auto after = require(c.learners().phaseHistory(id));
    REQUIRE(after.size() == history.size() + 1);
    CHECK(after.back().from == Phase::Training);
    CHECK(after.back().reasonCode == QStringLiteral("other"));
    CHECK(after.back().reasonText == QStringLiteral("Verhuist naar Gent."));

    SECTION("undo restores the previous phase and removes the history line; redo repeats it")
    {
        c.session->undoStack()->undo();
        const Learner back = require(c.learners().get(id));
        CHECK(back.phase == Phase::Training);
        CHECK(back.phaseSince == before.phaseSince);
        CHECK(require(c.learners().phaseHistory(id)) == history);

        c.session->undoStack()->redo();
        CHECK(require(c.learners().get(id)).phase == Phase::Stopped);
        CHECK(require(c.learners().phaseHistory(id)).size() == history.size() + 1);
    }
}

TEST_CASE("a candidate who does not enter gets a reason from the non-entry list")
{
    Caseload c;
    const qint64 id = c.firstIn(Phase::Intake);
    PhaseChangeDialog dialog(*c.session, id);
    dialog.setTarget(Phase::Stopped);
    CHECK(dialog.reasonCombo()->findData(toCode(NonEntryReason::LanguageTooLow)) > 0);
    CHECK(dialog.reasonCombo()->findData(toCode(StopReason::FamilyCombination)) < 0);
    dialog.setReason(toCode(NonEntryReason::LanguageTooLow));
    traject::test::MessageAnswers answers({ QMessageBox::No }); // the ESF+ follow-up
    clickOk(dialog);
    CHECK(answers.problems().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(require(c.learners().phaseHistory(id)).back().reasonCode
          == toCode(NonEntryReason::LanguageTooLow));
}

TEST_CASE("a forward move needs no reason, and its date cannot lie before the current phase")
{
    Caseload c;
    const qint64 id = c.firstIn(Phase::Intake);
    const Learner before = require(c.learners().get(id));
    PhaseChangeDialog dialog(*c.session, id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(dialog.targetCombo()->currentData().toString() == toCode(Phase::Orientation));
    CHECK_FALSE(dialog.reasonCombo()->isVisible());

    traject::test::typeDate(dialog.dateField(),
                            before.phaseSince.addDays(-1).toString(QStringLiteral("dd/MM/yyyy")));
    clickOk(dialog);
    CHECK(dialog.dateField()->problem()
          == QStringLiteral("The date must lie between %1 and 14/03/2025.")
                 .arg(before.phaseSince.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(dialog.isVisible());
    CHECK(require(c.learners().get(id)).phase == Phase::Intake);

    traject::test::typeDate(dialog.dateField(), QStringLiteral("14/03/2025"), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(require(c.learners().get(id)).phase == Phase::Orientation);
}

TEST_CASE("the dossier header shows the phase, since when and for how many days")
{
    Caseload c;
    const qint64 id = c.firstIn(Phase::Training);
    const Learner learner = require(c.learners().get(id));
    DossierWidget dossier(*c.session);
    dossier.showLearner(id);
    QString header;
    for (auto *label : dossier.findChildren<QLabel *>())
        header += label->text() + QLatin1Char('\n');
    CHECK(header.contains(learner.fullName()));
    CHECK(header.contains(learner.phaseSince.toString(QStringLiteral("dd/MM/yyyy"))));
    const auto days = learner.phaseSince.daysTo(traject::test::fixedToday());
    // One label says it all: the phase, since when and for how many days.
    CHECK(header.split(QLatin1Char('\n'))
              .contains(QStringLiteral("Training since %1 (%2 day(s))")
                            .arg(learner.phaseSince.toString(QStringLiteral("dd/MM/yyyy")))
                            .arg(days)));
    CHECK(dossier.phaseButton()->isVisibleTo(&dossier));
}

TEST_CASE("leaving the trajectory offers the ESF+ contact six months later; yes plans it, undo "
          "takes it back")
{
    Caseload c;
    const qint64 id = c.firstIn(Phase::Training);
    const auto contactsBefore = require(LogbookRepository(*c.db, c.clock).forLearner(id)).size();
    PhaseChangeDialog dialog(*c.session, id);
    dialog.show();
    dialog.setTarget(Phase::Stopped);
    dialog.setReason(toCode(StopReason::Health));
    traject::test::MessageAnswers answers({ QMessageBox::Yes });
    clickOk(dialog);
    REQUIRE(answers.texts().size() == 1);
    CHECK(answers.texts().front().contains(shownDate(traject::test::fixedToday().addMonths(6))));
    CHECK(dialog.result() == QDialog::Accepted);
    const auto contacts = require(LogbookRepository(*c.db, c.clock).forLearner(id));
    REQUIRE(contacts.size() == contactsBefore + 1);
    const auto planned = std::find_if(contacts.begin(), contacts.end(), [](const auto &m) {
        return m.date == traject::test::fixedToday().addMonths(6);
    });
    REQUIRE(planned != contacts.end());
    CHECK(planned->status == ContactStatus::Planned);
    CHECK(planned->notes.startsWith(QStringLiteral("ESF+: ")));

    // Two undo steps: the contact, then the phase change.
    c.session->undoStack()->undo();
    CHECK(require(LogbookRepository(*c.db, c.clock).forLearner(id)).size() == contactsBefore);
    CHECK(require(c.learners().get(id)).phase == Phase::Stopped);
}

} // namespace TRAJECT_UNITY_ID
