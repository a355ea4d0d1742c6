// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTyping.h"
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/AftercareProposalDialog.h"
#include "dossier/AftercareTab.h"
#include "dossier/aftercare/AftercareContactsModel.h"
#include "dossier/aftercare/AgreementBox.h"
#include "dossier/aftercare/OutcomeBox.h"
#include "dossier/aftercare/ProposalModel.h"
#include "planning/AftercareProposal.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "widgets/DateField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

QList<QDate> datesOf(const std::vector<ProposedContact> &contacts)
{
    QList<QDate> dates;
    for (const auto &contact : contacts)
        dates.append(contact.date);
    return dates;
}

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
    qint64 firstIn(Phase phase) const
    {
        for (const auto &learner : require(LearnerRepository(*db, clock).all())) {
            if (learner.phase == phase)
                return learner.id;
        }
        FAIL("no demo learner in this phase");
        return 0;
    }
    std::vector<ContactMoment> aftercareContacts(qint64 id) const
    {
        auto all = require(LogbookRepository(*db, clock).forLearner(id));
        std::vector<ContactMoment> aftercare;
        std::copy_if(all.begin(), all.end(), std::back_inserter(aftercare),
                     [](const ContactMoment &m) { return m.aftercare; });
        return aftercare;
    }
};

} // namespace

TEST_CASE("the aftercare template: every two weeks for three months, then monthly until six")
{
    // 31 January 2025 is a Friday: the fortnightly contacts fall on Fridays; 31 May is a Saturday
    // and moves to Monday 2 June.
    const auto proposals = proposeAftercareContacts(QDate(2025, 1, 31));
    CHECK(datesOf(proposals)
          == QList<QDate> { QDate(2025, 2, 14), QDate(2025, 2, 28), QDate(2025, 3, 14),
                            QDate(2025, 3, 28), QDate(2025, 4, 11), QDate(2025, 4, 25),
                            QDate(2025, 6, 2), QDate(2025, 6, 30), QDate(2025, 7, 31) });
    CHECK(proposals.front().kind == ContactKind::Phone);
    CHECK(proposals.back().kind == ContactKind::Conversation);
    CHECK_FALSE(proposals.front().note.isEmpty());

    for (const auto &contact : proposeAftercareContacts(QDate(2025, 6, 28))) {
        INFO(contact.date.toString(Qt::ISODate).toStdString());
        CHECK(contact.date.dayOfWeek() <= 5);
    }
    CHECK(proposeAftercareContacts(QDate()).empty());
}

TEST_CASE("proposed aftercare contacts are created together and undone together")
{
    Caseload c;
    const qint64 id = c.firstIn(Phase::Aftercare);
    const auto before = c.aftercareContacts(id);

    AftercareProposalDialog dialog(*c.session, id, QDate(2025, 1, 31));
    dialog.show();
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Today is 14 March 2025: the two February dates are left out.
    CHECK(dialog.leftOut() == 2);
    ProposalModel *model = dialog.model();
    REQUIRE(model->rowCount() == 7);
    CHECK(model->index(0, ProposalModel::Date).data(Qt::EditRole).toDate() == QDate(2025, 3, 14));

    // The SPOC moves a date, removes a line and adds one.
    CHECK(model->setData(model->index(1, ProposalModel::Date), QDate(2025, 3, 31)));
    CHECK(model->setData(model->index(1, ProposalModel::Kind), toCode(ContactKind::HomeVisit)));
    dialog.view()->setCurrentIndex(model->index(2, ProposalModel::Date));
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    REQUIRE(model->rowCount() == 6);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    REQUIRE(model->rowCount() == 7);
    if (QWidget *editor = QApplication::focusWidget(); editor && editor != dialog.view())
        QTest::keyClick(editor, Qt::Key_Escape);
    // A month after the last line (31 July): Sunday 31 August moves to Monday 1 September.
    CHECK(model->contacts().back().date == QDate(2025, 9, 1));

    // Nothing is stored before "Create".
    CHECK(c.aftercareContacts(id).size() == before.size());
    CHECK(c.session->undoStack()->count() == 0);

    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const auto created = c.aftercareContacts(id);
    REQUIRE(created.size() == before.size() + 7);
    REQUIRE(dialog.created().size() == 7);
    for (const qint64 newId : dialog.created()) {
        const auto moment = require(LogbookRepository(*c.db, c.clock).get(newId));
        CHECK(moment.status == ContactStatus::Planned);
        CHECK(moment.aftercare);
        CHECK(moment.learnerId == id);
    }
    CHECK(require(LogbookRepository(*c.db, c.clock).get(dialog.created().at(1))).kind
          == ContactKind::HomeVisit);
    CHECK(c.session->undoStack()->count() == 1);

    c.session->undoStack()->undo();
    CHECK(c.aftercareContacts(id).size() == before.size());
    for (const qint64 newId : dialog.created())
        CHECK_FALSE(LogbookRepository(*c.db, c.clock).get(newId).ok());

    c.session->undoStack()->redo();
    CHECK(c.aftercareContacts(id).size() == before.size() + 7);
    for (const qint64 newId : dialog.created())
        CHECK(LogbookRepository(*c.db, c.clock).get(newId).ok());
}

TEST_CASE("the aftercare tab proposes contacts once the training has ended")
{
    Caseload c;
    AftercareTab tab(*c.session);
    tab.resize(800, 600);
    tab.show();

    tab.showLearner(c.firstIn(Phase::Aftercare));
    CHECK(tab.trainingEnd().isValid());
    CHECK(tab.proposeButton()->isEnabled());
    QAbstractItemModelTester tester(tab.contactsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tab.contactsModel()->rowCount() > 0);
    for (const auto &moment : tab.contactsModel()->contacts())
        CHECK(moment.aftercare);

    tab.showLearner(c.firstIn(Phase::Intake));
    CHECK_FALSE(tab.proposeButton()->isEnabled());
    CHECK(tab.contactsModel()->rowCount() == 0);
}

TEST_CASE("the aftercare agreement is recorded, changed and undone")
{
    Caseload c;
    const qint64 id = c.firstIn(Phase::Training);
    LearnerRepository learners(*c.db, c.clock);
    REQUIRE_FALSE(require(learners.aftercare(id)).has_value());

    AftercareTab tab(*c.session);
    tab.resize(800, 600);
    tab.show();
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    tab.showLearner(id);
    AgreementBox *box = tab.agreementBox();
    REQUIRE(box->recordButton()->isVisibleTo(box));
    const QDate proposedStart = box->startField()->date();
    CHECK(box->endLabel()->text()
          == proposedStart.addMonths(6).addDays(-1).toString(QStringLiteral("dd/MM/yyyy")));

    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    auto stored = require(learners.aftercare(id));
    REQUIRE(stored.has_value());
    CHECK(stored->start == proposedStart);
    CHECK(stored->months == 6);
    CHECK_FALSE(box->recordButton()->isVisibleTo(box));

    box->monthsSpin()->setValue(3);
    CHECK(require(learners.aftercare(id))->months == 3);
    CHECK(box->endLabel()->text()
          == proposedStart.addMonths(3).addDays(-1).toString(QStringLiteral("dd/MM/yyyy")));

    // A start before the end of the training is refused in place.
    traject::test::typeDate(
        box->startField(), stored->trainingEnd.addDays(-10).toString(QStringLiteral("dd/MM/yyyy")));
    CHECK_FALSE(box->errorFor(QStringLiteral("start")).isEmpty());
    CHECK(require(learners.aftercare(id))->start == proposedStart);

    c.session->undoStack()->undo();
    CHECK(require(learners.aftercare(id))->months == 6);
    c.session->undoStack()->undo();
    CHECK_FALSE(require(learners.aftercare(id)).has_value());
    CHECK(box->recordButton()->isVisibleTo(box));
}

TEST_CASE("an outcome with a job needs the employer; hours are checked")
{
    Caseload c;
    const qint64 id = c.firstIn(Phase::Aftercare);
    LearnerRepository learners(*c.db, c.clock);
    REQUIRE_FALSE(require(learners.outcome(id)).has_value());
    AftercareTab tab(*c.session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(id);
    OutcomeBox *box = tab.outcomeBox();
    REQUIRE(box->recordButton()->isVisibleTo(box));
    box->kindCombo()->setCurrentIndex(
        box->kindCombo()->findData(toCode(OutcomeKind::JobChildcare)));
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    CHECK(box->errorFor(QStringLiteral("employer")) == QStringLiteral("Name the employer."));
    CHECK_FALSE(require(learners.outcome(id)).has_value());

    QTest::keyClicks(box->employerEdit(), QStringLiteral("Kinderdagverblijf 't Nestje"));
    QTest::keyClicks(box->hoursEdit(), QStringLiteral("veel"));
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    CHECK_FALSE(box->errorFor(QStringLiteral("hoursPerWeek")).isEmpty());
    CHECK_FALSE(require(learners.outcome(id)).has_value());

    box->hoursEdit()->setText(QStringLiteral("30"));
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    auto outcome = require(learners.outcome(id));
    REQUIRE(outcome.has_value());
    CHECK(outcome->employer == QStringLiteral("Kinderdagverblijf 't Nestje"));
    CHECK(outcome->hoursPerWeek == 30.0);

    box->regimeCombo()->setCurrentIndex(
        box->regimeCombo()->findData(toCode(WorkRegime::FourFifths)));
    CHECK(require(learners.outcome(id))->regime == WorkRegime::FourFifths);
    c.session->undoStack()->undo();
    CHECK(require(learners.outcome(id))->regime == outcome->regime);
}

} // namespace TRAJECT_UNITY_ID
