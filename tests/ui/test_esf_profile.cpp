// SPDX-License-Identifier: GPL-3.0-or-later
// The ESF+ group of the Profile tab: answers chosen with the keys, stored at once, undone with
// Ctrl+Z; the day asked typed; the dossier's proposal shown while a question is not asked.
#include "DateTyping.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "dossier/DossierWidget.h"
#include "dossier/ProfileTab.h"
#include "dossier/profile/EsfEditor.h"
#include "storage/EsfRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QScrollArea>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

/// The demo caseload with no ESF+ question asked yet (the demo asks them at the intake).
void forgetEsfAnswers(Database &db, const Clock &clock)
{
    EsfRepository answers(db, clock);
    for (const Learner &learner : traject::test::require(LearnerRepository(db, clock).all())) {
        for (const auto &answer : traject::test::require(answers.forLearner(learner.id)))
            traject::test::require(answers.remove(answer.id));
    }
}

struct EsfFixture
{
    traject::test::DemoWindow w;
    qint64 learner = 0;
    EsfEditor *editor = nullptr;

    EsfFixture()
    {
        forgetEsfAnswers(*w.db, w.clock);
        // The window may show a dossier already: it reads the data again, as after a restore.
        w.window->session()->notifyChanged(0, everyAspect());
        learner = w.openLearnerOnRow(0);
        auto *profile = w.window->dossier()->findChild<ProfileTab *>();
        REQUIRE(profile);
        editor = profile->esfEditor();
        REQUIRE(editor);
    }

    std::optional<esf::EsfAnswer> stored(const char *indicator) const
    {
        return traject::test::require(
            EsfRepository(*w.db, w.clock).answer(learner, QLatin1String(indicator)));
    }

    /// The row of the combo box of `indicator` whose answer has this code.
    int rowOf(const char *indicator, const char *code) const
    {
        return editor->answerField(QLatin1String(indicator))->findData(QLatin1String(code));
    }
};

} // namespace

TEST_CASE("An ESF+ answer chosen with the keys is stored at once, asked today, and Ctrl+Z takes it "
          "back")
{
    EsfFixture f;
    QComboBox *gender = f.editor->answerField(QStringLiteral("gender"));
    REQUIRE(gender);
    // The demo learner was not asked yet; the dossier's gender is proposed, not recorded.
    CHECK_FALSE(f.stored("gender"));
    CHECK(gender->currentIndex() == 0);
    CHECK(gender->currentText().startsWith(QStringLiteral("Proposed: ")));

    gender->setFocus();
    traject::test::chooseWithKeys(gender, f.rowOf("gender", "non_binary"));
    auto answer = f.stored("gender");
    REQUIRE(answer);
    CHECK(answer->codes == QStringList(QStringLiteral("non_binary")));
    CHECK(answer->askedOn == traject::test::fixedToday());
    CHECK(f.editor->askedField(QStringLiteral("gender"))->date() == traject::test::fixedToday());

    QTest::keyClick(gender, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.stored("gender"));
    CHECK(gender->currentIndex() == 0);
    CHECK_FALSE(f.editor->askedField(QStringLiteral("gender"))->date().isValid());
}

TEST_CASE("A refusal is recorded with the day it was asked, typed in the field")
{
    traject::test::EnglishDates english;
    EsfFixture f;
    DateField *asked = f.editor->askedField(QStringLiteral("disability"));
    QComboBox *disability = f.editor->answerField(QStringLiteral("disability"));
    REQUIRE(asked);
    traject::test::typeDate(asked, QStringLiteral("10/03/2025"));
    CHECK_FALSE(f.stored("disability")); // a day alone records nothing

    disability->setFocus();
    traject::test::chooseWithKeys(disability, f.rowOf("disability", "refused"));
    auto answer = f.stored("disability");
    REQUIRE(answer);
    CHECK(answer->codes == QStringList(QStringLiteral("refused")));
    CHECK(answer->askedOn == QDate(2025, 3, 10));

    // Another day typed later moves the answer's day.
    traject::test::typeDate(asked, QStringLiteral("11/03/2025"));
    CHECK(f.stored("disability")->askedOn == QDate(2025, 3, 11));
    // A day after today is refused at the field, and the stored day stays.
    traject::test::typeDate(asked, QStringLiteral("20/03/2025"));
    CHECK(asked->hasProblem());
    CHECK(f.stored("disability")->askedOn == QDate(2025, 3, 11));

    // "Not asked yet" takes the answer back.
    traject::test::typeDate(asked, QStringLiteral("11/03/2025"));
    disability->setFocus();
    traject::test::chooseWithKeys(disability, 0);
    CHECK_FALSE(f.stored("disability"));
}

TEST_CASE("screenshot of the ESF+ group", "[.screenshot]")
{
    EsfFixture f;
    QComboBox *gender = f.editor->answerField(QStringLiteral("gender"));
    gender->setFocus();
    traject::test::chooseWithKeys(gender, f.rowOf("gender", "woman"));
    QComboBox *minority = f.editor->answerField(QStringLiteral("minority"));
    minority->setFocus();
    traject::test::chooseWithKeys(minority, f.rowOf("minority", "refused"));
    auto *scroll = f.w.window->dossier()->findChild<ProfileTab *>()->findChild<QScrollArea *>();
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(f.editor->answerField(QStringLiteral("homeless")), 0, 40);
    QTest::qWait(50);
    f.w.window->grab().save(QStringLiteral("/tmp/h-esf-profile.png"));
}

TEST_CASE("The results are ticked once the learner has left; several can hold, a refusal alone")
{
    traject::test::DemoSession d;
    const qint64 left = d.find([](const Learner &l, const auto &) {
        return l.phase == Phase::Outflow || l.phase == Phase::Stopped;
    });
    const qint64 training
        = d.find([](const Learner &l, const auto &) { return l.phase == Phase::Training; });
    EsfRepository answers(*d.db, d.clock);
    for (const char *result : { "result_leaving", "result_six_months" }) {
        if (auto stored = traject::test::require(answers.answer(left, QLatin1String(result))))
            traject::test::require(answers.remove(stored->id));
    }
    ProfileTab tab(*d.session);
    tab.resize(900, 700);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    EsfEditor *editor = tab.esfEditor();
    const QString leaving = QStringLiteral("result_leaving");

    // Still in training: nothing to tick yet.
    tab.showLearner(training);
    CHECK_FALSE(editor->resultBox(leaving, QStringLiteral("employed"))->isEnabled());

    tab.showLearner(left);
    QCheckBox *employed = editor->resultBox(leaving, QStringLiteral("employed"));
    QCheckBox *qualification = editor->resultBox(leaving, QStringLiteral("qualification"));
    QCheckBox *refused = editor->resultBox(leaving, QStringLiteral("refused"));
    REQUIRE(employed->isEnabled());
    QTest::mouseClick(qualification, Qt::LeftButton);
    QTest::mouseClick(employed, Qt::LeftButton);
    auto stored = traject::test::require(answers.answer(left, leaving));
    REQUIRE(stored);
    CHECK(stored->codes
          == QStringList({ QStringLiteral("employed"), QStringLiteral("qualification") }));
    CHECK(stored->askedOn == traject::test::fixedToday());

    // A refusal with an answer is refused, with the reason at the row; nothing changes.
    QTest::mouseClick(refused, Qt::LeftButton);
    CHECK(traject::test::require(answers.answer(left, leaving))->codes.size() == 2);
    CHECK(refused->isChecked()); // what was ticked stays, to be corrected

    // Unticking the refusal and the job leaves the qualification alone.
    QTest::mouseClick(refused, Qt::LeftButton);
    QTest::mouseClick(employed, Qt::LeftButton);
    CHECK(traject::test::require(answers.answer(left, leaving))->codes
          == QStringList(QStringLiteral("qualification")));
    // And unticking the last one takes the answer back.
    QTest::mouseClick(qualification, Qt::LeftButton);
    CHECK_FALSE(traject::test::require(answers.answer(left, leaving)));
}

TEST_CASE("screenshot of the ESF+ results", "[.screenshot]")
{
    traject::test::DemoSession d;
    const qint64 left = d.find([](const Learner &l, const auto &) {
        return l.phase == Phase::Outflow || l.phase == Phase::Stopped;
    });
    ProfileTab tab(*d.session);
    tab.resize(900, 700);
    tab.show();
    tab.showLearner(left);
    auto *scroll = tab.findChild<QScrollArea *>();
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(
        tab.esfEditor()->resultBox(QStringLiteral("result_six_months"), QStringLiteral("none")), 0,
        60);
    QTest::qWait(50);
    tab.grab().save(QStringLiteral("/tmp/h-esf-results.png"));
}

} // namespace TRAJECT_UNITY_ID
