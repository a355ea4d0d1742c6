// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of a job, typed with the keys: the employer from the address book or typed, the
// Belgian work regimes (voltijds, 4/5, halftijds, another regime with its hours per week).
#include "TestSupport.h"
#include "UiSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/AftercareTab.h"
#include "dossier/aftercare/OutcomeBox.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::chooseWithKeys;
using traject::test::require;

namespace {

/// A demo learner in aftercare, without an outcome, in the aftercare tab on screen.
struct InAftercare
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    std::unique_ptr<AftercareTab> tab;
    qint64 learnerId = 0;

    InAftercare()
    {
        require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        for (const Learner &learner : require(LearnerRepository(*db, clock).all())) {
            if (learner.phase == Phase::Aftercare && !require(outcomeOf(learner.id))) {
                learnerId = learner.id;
                break;
            }
        }
        REQUIRE(learnerId != 0);
        tab = std::make_unique<AftercareTab>(*session);
        tab->resize(1000, 700);
        tab->showLearner(learnerId);
        tab->show();
        tab->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(tab.get()));
    }

    Result<std::optional<Outcome>> outcomeOf(qint64 id) const
    {
        return LearnerRepository(*db, clock).outcome(id);
    }
    std::optional<Outcome> stored() const { return require(outcomeOf(learnerId)); }
    OutcomeBox *box() const { return tab->outcomeBox(); }
};

/// Presses Tab where the focus is, and returns where it went.
QWidget *pressTab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget();
}

/// The focus is in this widget or in the line edit of this combo box.
bool focusedIn(QWidget *widget)
{
    QWidget *focused = QApplication::focusWidget();
    return focused == widget || (focused && widget->isAncestorOf(focused));
}

/// Types over what a line edit holds, and leaves it with Tab.
void typeOver(QLineEdit *field, const QString &text)
{
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
    pressTab();
}

/// From the outcome's kind (Alt+U) on with Tab to a later field of the form, checking each stop
/// on the way: kind, employer, contract, regime, hours.
void tabTo(QWidget &window, OutcomeBox *box, QWidget *target)
{
    QTest::keyClick(&window, Qt::Key_U, Qt::AltModifier);
    REQUIRE(box->kindCombo()->hasFocus());
    for (QWidget *stop : QList<QWidget *> { box->employerCombo(), box->contractCombo(),
                                            box->regimeCombo(), box->hoursEdit() }) {
        if (focusedIn(target))
            return;
        pressTab();
        REQUIRE(focusedIn(stop));
    }
    REQUIRE(focusedIn(target));
}

} // namespace

TEST_CASE("a job is recorded with an employer from the address book and each Belgian regime")
{
    const auto [regime, hoursTyped, hours] = GENERATE(table<WorkRegime, const char *, double>({
        { WorkRegime::FullTime, "38", 38.0 },
        { WorkRegime::FourFifths, "30,4", 30.4 },
        { WorkRegime::HalfTime, "19", 19.0 },
        { WorkRegime::Other, "24,5", 24.5 },
    }));
    CAPTURE(toCode(regime).toStdString());
    InAftercare a;
    OutcomeBox *box = a.box();
    REQUIRE_FALSE(a.stored().has_value());

    tabTo(*a.tab, box, box->kindCombo());
    chooseWithKeys(box->kindCombo(), box->kindCombo()->findData(toCode(OutcomeKind::JobChildcare)));
    // The address book's organisations are offered; F4, the arrows and Enter choose one.
    pressTab();
    QComboBox *employer = box->employerCombo();
    REQUIRE(employer->hasFocus());
    const auto organisations = require(OrganisationRepository(*a.db, a.clock).organisations());
    REQUIRE(organisations.size() >= 2);
    CHECK(employer->count() == int(organisations.size()));
    const Organisation &chosen = organisations.at(1);
    chooseWithKeys(employer, employer->findText(chosen.name));
    CHECK(employer->currentText() == chosen.name);
    // Tab on to the contract, the regime and the hours.
    pressTab();
    REQUIRE(box->contractCombo()->hasFocus());
    pressTab();
    REQUIRE(box->regimeCombo()->hasFocus());
    chooseWithKeys(box->regimeCombo(), box->regimeCombo()->findData(toCode(regime)));
    pressTab();
    REQUIRE(box->hoursEdit()->hasFocus());
    QTest::keyClicks(box->hoursEdit(), QString::fromLatin1(hoursTyped));
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);

    const auto stored = a.stored();
    REQUIRE(stored.has_value());
    CHECK(stored->kind == OutcomeKind::JobChildcare);
    CHECK(stored->employer == chosen.name);
    CHECK(stored->regime == regime);
    CHECK(stored->hoursPerWeek == hours);
}

TEST_CASE("another regime asks for its hours, and an employer not in the address book is typed")
{
    InAftercare a;
    OutcomeBox *box = a.box();
    tabTo(*a.tab, box, box->kindCombo());
    chooseWithKeys(box->kindCombo(),
                   box->kindCombo()->findData(toCode(OutcomeKind::JobOtherSector)));
    // A name of one's own, which the address book does not have.
    pressTab();
    REQUIRE(focusedIn(box->employerCombo()));
    QTest::keyClicks(box->employerEdit(), QStringLiteral("Bakkerij Janssens"));
    pressTab();
    REQUIRE(box->contractCombo()->hasFocus());
    pressTab();
    chooseWithKeys(box->regimeCombo(), box->regimeCombo()->findData(toCode(WorkRegime::Other)));
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    CHECK(box->errorFor(QStringLiteral("hoursPerWeek"))
          == QStringLiteral("Another regime is told by its hours: type the hours per week."));
    CHECK_FALSE(a.stored().has_value());

    tabTo(*a.tab, box, box->hoursEdit());
    QTest::keyClicks(box->hoursEdit(), QStringLiteral("16"));
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    const auto stored = a.stored();
    REQUIRE(stored.has_value());
    CHECK(stored->employer == QStringLiteral("Bakkerij Janssens"));
    CHECK(stored->regime == WorkRegime::Other);
    CHECK(stored->hoursPerWeek == 16.0);

    // Recorded, a change is stored at once; the hours of another regime are not emptied.
    tabTo(*a.tab, box, box->hoursEdit());
    typeOver(box->hoursEdit(), QString());
    CHECK(box->errorFor(QStringLiteral("hoursPerWeek"))
          == QStringLiteral("Another regime is told by its hours: type the hours per week."));
    CHECK(a.stored()->hoursPerWeek == 16.0);
    // Half time needs no hours.
    tabTo(*a.tab, box, box->regimeCombo());
    chooseWithKeys(box->regimeCombo(), box->regimeCombo()->findData(toCode(WorkRegime::HalfTime)));
    CHECK(a.stored()->regime == WorkRegime::HalfTime);
    CHECK_FALSE(a.stored()->hoursPerWeek.has_value());
}

} // namespace TRAJECT_UNITY_ID
