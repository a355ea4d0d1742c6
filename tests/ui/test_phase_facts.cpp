// SPDX-License-Identifier: GPL-3.0-or-later
// Phases follow the facts. An enrolment that starts proposes the phase
// "Training" from its start; the end of the training proposes the aftercare; moving the end moves
// the proposed aftercare start; an outcome dated after today, or while the learner is still in
// training, is questioned before it is stored. Nothing changes without the SPOC.
#include "DateTyping.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/AftercareTab.h"
#include "dossier/DossierWidget.h"
#include "dossier/PhaseChangeDialog.h"
#include "dossier/PhaseProposalBar.h"
#include "dossier/aftercare/AgreementBox.h"
#include "dossier/aftercare/OutcomeBox.h"
#include "dossier/training/EnrolmentDialog.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/ProgrammeRepository.h"
#include "widgets/DateField.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::chooseWithKeys;
using traject::test::require;
using traject::test::typeDate;

namespace {

struct Caseload : traject::test::DemoSession
{
    /// A new learner in training since 02/09/2024, enrolled from 02/09/2024 until 30/06/2025 (a
    /// training that still runs), without an aftercare agreement or an outcome.
    qint64 inTraining()
    {
        Learner learner;
        learner.firstName = QStringLiteral("Yasmina");
        learner.lastName = QStringLiteral("El Amrani");
        learner.phase = Phase::Training;
        learner.phaseSince = QDate(2024, 9, 2);
        const qint64 id = require(learners().add(learner));
        REQUIRE(require(learners().get(id)).phaseSince == QDate(2024, 9, 2));
        const auto programmes = require(ProgrammeRepository(*db, clock).all());
        REQUIRE_FALSE(programmes.empty());
        Enrolment enrolment;
        enrolment.learnerId = id;
        enrolment.programmeId = programmes.front().id;
        enrolment.start = QDate(2024, 9, 2);
        enrolment.plannedEnd = QDate(2025, 6, 30);
        require(enrolments().add(enrolment));
        return id;
    }
};

/// The dossier in a window of laptop size, shown and active, with this learner.
struct Dossier
{
    explicit Dossier(Session &session, qint64 id)
        : widget(session)
    {
        widget.resize(1366, 768);
        widget.show();
        widget.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&widget));
        widget.showLearner(id);
    }

    /// Clicks the title of a tab.
    template<typename T> T *open(DossierWidget::Tab which)
    {
        QTabBar *bar = widget.tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(which).center());
        REQUIRE(widget.tabs()->currentIndex() == which);
        return qobject_cast<T *>(widget.tabs()->currentWidget());
    }

    PhaseProposalBar *bar() const { return widget.phaseProposal(); }

    void activate()
    {
        QApplication::setActiveWindow(&widget);
        REQUIRE(QTest::qWaitForWindowActive(&widget));
    }

    DossierWidget widget;
};

QPushButton *buttonWithText(QWidget *root, const QString &text)
{
    for (auto *button : root->findChildren<QPushButton *>()) {
        if (button->text() == text && button->isVisible())
            return button;
    }
    FAIL("no visible button " << text.toStdString());
    return nullptr;
}

/// Runs `answer` on the modal dialog of type T as soon as it is open and active.
template<typename T> void whenOpen(std::function<void(T &)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // The window system gives a new dialog the focus (offscreen, the test asks for it).
        QApplication::setActiveWindow(dialog);
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        answer(*dialog);
    });
}

void clickOk(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// Answers the question about an outcome: checks its whole text and clicks `choice`.
void answerOutcomeQuestion(const QString &doubts, const QString &choice, bool &asked)
{
    QTimer::singleShot(0, [=, &asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        asked = true;
        CHECK(box->windowTitle() == QStringLiteral("Store the outcome?"));
        CHECK(box->text() == QStringLiteral("Look at this outcome again before it is stored:"));
        CHECK(box->informativeText() == doubts);
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == choice) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        FAIL("no button " << choice.toStdString());
    });
}

} // namespace

TEST_CASE("an enrolment that starts proposes the phase Training from its start; the SPOC confirms")
{
    Caseload c;
    const QDate start(2025, 3, 3);
    const qint64 id = c.find([&](const Learner &learner, const std::vector<Enrolment> &enrolments) {
        return (learner.phase == Phase::Orientation || learner.phase == Phase::PreTrajectory)
            && learner.phaseSince < start && enrolments.empty();
    });
    Dossier d(*c.session, id);
    CHECK_FALSE(d.bar()->isVisible());

    // The SPOC enrols the learner from 03/03/2025, typed in the enrolment dialog.
    auto *training = d.open<QWidget>(DossierWidget::Training);
    whenOpen<EnrolmentDialog>([&](EnrolmentDialog &dialog) {
        auto *programme = dialog.findChild<QComboBox *>(QStringLiteral("programme"));
        programme->setFocus(Qt::TabFocusReason);
        chooseWithKeys(programme, 1);
        typeDate(dialog.findChild<DateField *>(QStringLiteral("start")),
                 QStringLiteral("3/3/2025"));
        clickOk(dialog);
    });
    QTest::mouseClick(training->findChild<QPushButton *>(QStringLiteral("newEnrolment")),
                      Qt::LeftButton);
    REQUIRE(require(c.enrolments().forLearner(id)).size() == 1);

    // The proposal appears under the header; nothing changed by itself.
    REQUIRE(d.bar()->isVisible());
    CHECK(d.bar()->textLabel()->text()
          == QStringLiteral("The training started on 03/03/2025. To the phase \"Training\" from "
                            "03/03/2025?"));
    CHECK(require(c.learners().get(id)).phase != Phase::Training);

    SECTION("\"Change phase…\" opens the phase dialog with the phase and the day filled in")
    {
        bool opened = false;
        whenOpen<PhaseChangeDialog>([&](PhaseChangeDialog &dialog) {
            opened = true;
            CHECK(dialog.targetCombo()->currentText() == QStringLiteral("Training"));
            CHECK(dialog.dateField()->lineEdit()->text() == QStringLiteral("03/03/2025"));
            clickOk(dialog);
        });
        QTest::mouseClick(d.bar()->changeButton(), Qt::LeftButton);
        CHECK(opened);
        const Learner after = require(c.learners().get(id));
        CHECK(after.phase == Phase::Training);
        CHECK(after.phaseSince == start);
        CHECK_FALSE(d.bar()->isVisible());
    }
    SECTION("cancelling the dialog changes nothing and keeps the proposal")
    {
        whenOpen<PhaseChangeDialog>([](PhaseChangeDialog &dialog) { dialog.reject(); });
        QTest::mouseClick(d.bar()->changeButton(), Qt::LeftButton);
        CHECK(require(c.learners().get(id)).phase != Phase::Training);
        CHECK(d.bar()->isVisible());
    }
}

TEST_CASE("moving the training end proposes the aftercare and moves the proposed aftercare start")
{
    Caseload c;
    const qint64 id = c.inTraining();
    const Learner before = require(c.learners().get(id));
    Dossier d(*c.session, id);
    CHECK_FALSE(d.bar()->isVisible()); // the training still runs

    // The training ends earlier: the SPOC types 28/02/2025 as the planned end.
    auto *training = d.open<QWidget>(DossierWidget::Training);
    whenOpen<EnrolmentDialog>([](EnrolmentDialog &dialog) {
        typeDate(dialog.findChild<DateField *>(QStringLiteral("plannedEnd")),
                 QStringLiteral("28.02.2025"));
        clickOk(dialog);
    });
    QTest::mouseClick(buttonWithText(training, QStringLiteral("Ch&ange enrolment…")),
                      Qt::LeftButton);
    REQUIRE(require(c.enrolments().forLearner(id)).front().plannedEnd == QDate(2025, 2, 28));

    REQUIRE(d.bar()->isVisible());
    CHECK(d.bar()->textLabel()->text()
          == QStringLiteral("The training ended on 28/02/2025. To the phase \"Aftercare\" from "
                            "01/03/2025?"));

    // The aftercare tab proposes the day after the new end as the start.
    auto *aftercare = d.open<AftercareTab>(DossierWidget::Aftercare);
    REQUIRE(aftercare);
    CHECK(aftercare->agreementBox()->trainingEndField()->lineEdit()->text()
          == QStringLiteral("28/02/2025"));
    CHECK(aftercare->agreementBox()->startField()->lineEdit()->text()
          == QStringLiteral("01/03/2025"));

    // "Not now" lets it be: the phase stays, only the enrolment change is on the undo stack.
    QTest::mouseClick(d.bar()->dismissButton(), Qt::LeftButton);
    CHECK_FALSE(d.bar()->isVisible());
    CHECK(require(c.learners().get(id)).phase == Phase::Training);
    CHECK(require(c.learners().get(id)).phaseSince == before.phaseSince);
    CHECK(c.session->undoStack()->count() == 1);
}

TEST_CASE("typing another training end in the agreement moves the proposed aftercare start")
{
    Caseload c;
    const qint64 id = c.inTraining();
    Dossier d(*c.session, id);
    auto *tab = d.open<AftercareTab>(DossierWidget::Aftercare);
    REQUIRE(tab);
    AgreementBox *box = tab->agreementBox();
    // Proposed from the planned end of the enrolment, 30/06/2025.
    CHECK(box->trainingEndField()->lineEdit()->text() == QStringLiteral("30/06/2025"));
    CHECK(box->startField()->lineEdit()->text() == QStringLiteral("01/07/2025"));

    typeDate(box->trainingEndField(), QStringLiteral("13/06/2025"));
    CHECK(box->startField()->lineEdit()->text() == QStringLiteral("14/06/2025"));
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    const auto stored = require(c.learners().aftercare(id));
    REQUIRE(stored.has_value());
    CHECK(stored->trainingEnd == QDate(2025, 6, 13));
    CHECK(stored->start == QDate(2025, 6, 14));

    SECTION("a start typed by the SPOC stays when the end moves again")
    {
        c.session->undoStack()->undo();
        REQUIRE_FALSE(require(c.learners().aftercare(id)).has_value());
        typeDate(box->startField(), QStringLiteral("14/07/2025"));
        typeDate(box->trainingEndField(), QStringLiteral("04/07/2025"));
        CHECK(box->startField()->date() == QDate(2025, 7, 14));
        QTest::mouseClick(box->recordButton(), Qt::LeftButton);
        const auto second = require(c.learners().aftercare(id));
        REQUIRE(second.has_value());
        CHECK(second->trainingEnd == QDate(2025, 7, 4));
        CHECK(second->start == QDate(2025, 7, 14));
    }
}

TEST_CASE("an outcome while the learner is still in training is questioned before it is stored")
{
    Caseload c;
    const qint64 id = c.inTraining();
    Dossier d(*c.session, id);
    auto *tab = d.open<AftercareTab>(DossierWidget::Aftercare);
    REQUIRE(tab);
    OutcomeBox *box = tab->outcomeBox();
    box->kindCombo()->setFocus(Qt::TabFocusReason);
    chooseWithKeys(box->kindCombo(), box->kindCombo()->findData(toCode(OutcomeKind::Other)));
    d.activate(); // the list closed (offscreen, the window may lose the focus)
    typeDate(box->dateField(), QStringLiteral("10/03/2025"));
    const QString doubts = QStringLiteral(
        "\u2022 On 10/03/2025 the learner is still in training: it ends on 30/06/2025.");

    bool asked = false;
    answerOutcomeQuestion(doubts, QStringLiteral("Back"), asked);
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    CHECK(asked);
    CHECK_FALSE(require(c.learners().outcome(id)).has_value());
    CHECK(c.session->undoStack()->count() == 0);

    asked = false;
    answerOutcomeQuestion(doubts, QStringLiteral("Store anyway"), asked);
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    CHECK(asked);
    const auto stored = require(c.learners().outcome(id));
    REQUIRE(stored.has_value());
    CHECK(stored->date == QDate(2025, 3, 10));
    CHECK(stored->kind == OutcomeKind::Other);
}

TEST_CASE("an outcome dated after today is questioned, also when its date is changed later")
{
    Caseload c;
    // In aftercare, the training ended: only the date after today is questioned.
    const qint64 id = c.find([&](const Learner &learner, const std::vector<Enrolment> &) {
        return learner.phase == Phase::Aftercare
            && !require(c.learners().outcome(learner.id)).has_value();
    });
    Dossier d(*c.session, id);
    auto *tab = d.open<AftercareTab>(DossierWidget::Aftercare);
    REQUIRE(tab);
    OutcomeBox *box = tab->outcomeBox();
    box->kindCombo()->setFocus(Qt::TabFocusReason);
    chooseWithKeys(box->kindCombo(), box->kindCombo()->findData(toCode(OutcomeKind::Other)));
    d.activate(); // the list closed (offscreen, the window may lose the focus)

    // Today asks nothing.
    typeDate(box->dateField(), QStringLiteral("14/03/2025"));
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    REQUIRE(require(c.learners().outcome(id)).has_value());
    CHECK(require(c.learners().outcome(id))->date == QDate(2025, 3, 14));

    // A recorded outcome moved to next week: "Back" puts the stored date back.
    const QString doubts = QStringLiteral("\u2022 The outcome date 21/03/2025 lies after today.");
    bool asked = false;
    answerOutcomeQuestion(doubts, QStringLiteral("Back"), asked);
    typeDate(box->dateField(), QStringLiteral("21032025"));
    CHECK(asked);
    CHECK(require(c.learners().outcome(id))->date == QDate(2025, 3, 14));
    CHECK(box->dateField()->lineEdit()->text() == QStringLiteral("14/03/2025"));

    d.activate(); // the question closed (offscreen, the window may lose the focus)
    asked = false;
    answerOutcomeQuestion(doubts, QStringLiteral("Store anyway"), asked);
    typeDate(box->dateField(), QStringLiteral("21/03/2025"));
    CHECK(asked);
    CHECK(require(c.learners().outcome(id))->date == QDate(2025, 3, 21));
}

} // namespace TRAJECT_UNITY_ID
