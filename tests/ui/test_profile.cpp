// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTyping.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/ProfileTab.h"
#include "dossier/profile/ChildrenModel.h"
#include "dossier/profile/PhaseHistoryModel.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <functional>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// A demo caseload with the profile of one learner on screen.
struct ProfileFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    std::unique_ptr<ProfileTab> tab;
    qint64 id = 0;

    /// Shows the first demo learner that fits (by default one in training).
    explicit ProfileFixture(std::function<bool(const Learner &)> fits
                            = [](const Learner &l) { return l.phase == Phase::Training; })
    {
        require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        for (const auto &learner : require(LearnerRepository(*db, clock).all())) {
            if (fits(learner)) {
                id = learner.id;
                break;
            }
        }
        REQUIRE(id != 0);
        tab = std::make_unique<ProfileTab>(*session);
        tab->resize(800, 600);
        tab->show();
        QApplication::setActiveWindow(tab.get());
        tab->showLearner(id);
    }

    Learner stored() const { return require(LearnerRepository(*db, clock).get(id)); }
    QLineEdit *line(const char *field) const
    {
        auto *edit = qobject_cast<QLineEdit *>(tab->field(QString::fromLatin1(field)));
        REQUIRE(edit);
        return edit;
    }

    /// Types text into a line field as a user would, then leaves it.
    void type(const char *field, const QString &text) const
    {
        QLineEdit *edit = line(field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }

    DateField *birth() const
    {
        auto *edit = qobject_cast<DateField *>(tab->field(QStringLiteral("birthDate")));
        REQUIRE(edit);
        return edit;
    }

    /// Types a birth date as a user would: Tab from the last name into the date field, where
    /// its text is selected, type it and leave the field with Tab.
    void typeBirthDate(const QString &typed) const
    {
        line("lastName")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == birth()->lineEdit());
        QTest::keyClicks(QApplication::focusWidget(), typed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // One Tab leaves the field.
        CHECK(QApplication::focusWidget() == tab->field(QStringLiteral("gender")));
    }
};

} // namespace

TEST_CASE("a profile field is stored when it is left, and undo restores it")
{
    ProfileFixture f;
    const Learner before = f.stored();
    REQUIRE(f.line("email")->text() == before.email);

    f.type("email", QStringLiteral("nieuw.adres@example.be"));
    CHECK(f.stored().email == QStringLiteral("nieuw.adres@example.be"));
    CHECK(f.session->undoStack()->count() == 1);
    CHECK(f.tab->errorFor(QStringLiteral("email")).isEmpty());

    // Leaving a field without changing it stores nothing.
    f.line("email")->setFocus();
    QTest::keyClick(f.line("email"), Qt::Key_Tab);
    CHECK(f.session->undoStack()->count() == 1);

    f.session->undoStack()->undo();
    CHECK(f.stored().email == before.email);
    CHECK(f.line("email")->text() == before.email);
    // Filling the fields again after an undo stores nothing.
    CHECK(f.session->undoStack()->count() == 1);
    CHECK(f.session->undoStack()->index() == 0);

    f.session->undoStack()->redo();
    CHECK(f.line("email")->text() == QStringLiteral("nieuw.adres@example.be"));
    CHECK(f.stored().email == QStringLiteral("nieuw.adres@example.be"));
}

TEST_CASE("invalid input is refused under the field and nothing is stored")
{
    using Row = std::tuple<const char *, const char *>;
    const auto [field, typed] = GENERATE(table<const char *, const char *>({
        Row { "email", "sara@" },
        Row { "postalCode", "80000" },
        Row { "phone", "12" },
        Row { "nationalNumber", "85.07.30-033.62" },
        Row { "firstName", "" },
        Row { "monthsUnemployed", "veel" },
        Row { "monthsUnemployed", "900" },
    }));
    ProfileFixture f;
    const Learner before = f.stored();

    f.type(field, QString::fromUtf8(typed));
    INFO(field);
    CHECK_FALSE(f.tab->errorFor(QString::fromLatin1(field)).isEmpty());
    CHECK(f.stored() == before);
    CHECK(f.session->undoStack()->count() == 0);
    // The typed text stays, so that it can be corrected.
    CHECK(f.line(field)->text() == QString::fromUtf8(typed));

    // Another field can still be changed; the refused text is kept.
    if (QLatin1String(field) != QLatin1String("municipality")) {
        f.type("municipality", QStringLiteral("Oostende"));
        CHECK(f.stored().municipality == QStringLiteral("Oostende"));
        CHECK(f.line(field)->text() == QString::fromUtf8(typed));
        CHECK_FALSE(f.tab->errorFor(QString::fromLatin1(field)).isEmpty());
    }
}

TEST_CASE("a corrected field is stored and its message goes away")
{
    ProfileFixture f;
    f.type("postalCode", QStringLiteral("80"));
    CHECK(f.tab->errorFor(QStringLiteral("postalCode"))
          == QStringLiteral("A Belgian postal code has four digits, for example 8000."));
    f.type("postalCode", QStringLiteral("8400"));
    CHECK(f.tab->errorFor(QStringLiteral("postalCode")).isEmpty());
    CHECK(f.stored().postalCode == QStringLiteral("8400"));
}

TEST_CASE("a valid national register number is shown formatted and stored as digits")
{
    ProfileFixture f([](const Learner &l) { return l.nationalNumber.isEmpty(); });
    const Learner before = f.stored();
    // 90.01.01-124.94 belongs to someone born on 1 January 1990.
    f.typeBirthDate(QStringLiteral("01011990"));
    REQUIRE(f.stored().birthDate == QDate(1990, 1, 1));
    CHECK(f.tab->errorFor(QStringLiteral("birthDate")).isEmpty());

    f.type("nationalNumber", QStringLiteral("90010112494"));
    CHECK(f.tab->errorFor(QStringLiteral("nationalNumber")).isEmpty());
    CHECK(f.stored().nationalNumber == QStringLiteral("90010112494"));
    CHECK(f.line("nationalNumber")->text() == QStringLiteral("90.01.01-124.94"));

    // A number of someone else's birth date is refused; the typed date stays to be corrected.
    f.typeBirthDate(QStringLiteral("05051991"));
    CHECK_FALSE(f.tab->errorFor(QStringLiteral("birthDate")).isEmpty());
    CHECK(f.stored().birthDate == QDate(1990, 1, 1));
    CHECK(f.birth()->date() == QDate(1991, 5, 5));
    CHECK(before.nationalNumber != f.stored().nationalNumber);
}

TEST_CASE("the birth date may be left empty")
{
    ProfileFixture f;
    const QDate before = f.stored().birthDate;
    REQUIRE(before.isValid());
    DateField *birth = f.birth();
    // An empty field is no date.
    test::typeDate(birth, QString());
    CHECK(birth->lineEdit()->text().isEmpty());
    CHECK(birth->problem().isEmpty());
    CHECK_FALSE(f.stored().birthDate.isValid());
    CHECK(f.session->undoStack()->count() == 1);
    f.session->undoStack()->undo();
    CHECK(f.stored().birthDate == before);
    CHECK(birth->lineEdit()->text() == before.toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(birth->date() == before);
}

TEST_CASE("lists, check boxes, notes and the referrer are stored as they change")
{
    ProfileFixture f;
    const Learner before = f.stored();

    auto *nt2 = qobject_cast<QComboBox *>(f.tab->field(QStringLiteral("nt2Level")));
    REQUIRE(nt2);
    CHECK(nt2->findText(QStringLiteral("2.4 (B1)")) >= 0);
    REQUIRE(before.nt2Level != Nt2Level::L3);
    // Typing the start of a level chooses it.
    nt2->setFocus();
    QTest::keyClick(nt2, Qt::Key_3);
    CHECK(nt2->currentText() == QStringLiteral("3 (B2)"));
    CHECK(f.stored().nt2Level == Nt2Level::L3);

    auto *laptop = qobject_cast<QCheckBox *>(f.tab->field(QStringLiteral("hasLaptop")));
    REQUIRE(laptop);
    laptop->setFocus();
    QTest::keyClick(laptop, Qt::Key_Space);
    CHECK(f.stored().hasLaptop != before.hasLaptop);

    auto *referrer = qobject_cast<QComboBox *>(f.tab->field(QStringLiteral("referrerId")));
    REQUIRE(referrer);
    CHECK(referrer->count() > 1);
    REQUIRE(before.referrerId.has_value());
    // Home goes to the first choice, "Not known".
    referrer->setFocus();
    QTest::keyClick(referrer, Qt::Key_Home);
    CHECK(referrer->currentText() == QStringLiteral("Not known"));
    CHECK_FALSE(f.stored().referrerId.has_value());

    f.type("monthsUnemployed", QString());
    CHECK_FALSE(f.stored().monthsUnemployed.has_value());
    f.type("monthsUnemployed", QStringLiteral("14"));
    CHECK(f.stored().monthsUnemployed == 14);

    auto *notes = qobject_cast<QPlainTextEdit *>(f.tab->field(QStringLiteral("notes")));
    REQUIRE(notes);
    notes->setFocus();
    notes->selectAll();
    QTest::keyClicks(notes, QStringLiteral("Belt liever na 16 uur."));
    f.line("firstName")->setFocus();
    CHECK(f.stored().notes == QStringLiteral("Belt liever na 16 uur."));

    CHECK(f.session->undoStack()->count() == 6);
    while (f.session->undoStack()->canUndo())
        f.session->undoStack()->undo();
    const Learner back = f.stored();
    CHECK(back.nt2Level == before.nt2Level);
    CHECK(back.hasLaptop == before.hasLaptop);
    CHECK(back.referrerId == before.referrerId);
    CHECK(back.monthsUnemployed == before.monthsUnemployed);
    CHECK(back.notes == before.notes);
    CHECK(nt2->currentData().toString() == toCode(before.nt2Level));
}

TEST_CASE("children are added, changed and removed in the table")
{
    ProfileFixture f;
    const std::vector<Child> before = f.stored().children;
    const auto count = before.size();
    ChildrenModel *model = f.tab->childrenModel();
    QTableView *view = f.tab->childrenView();
    REQUIRE(model->rowCount() == static_cast<int>(count));
    const auto stored = [&f](int row) { return f.stored().children.at(static_cast<size_t>(row)); };

    // "Add child" adds a row and opens the editor of its birth year, typed over "unknown".
    QTest::mouseClick(f.tab->addChildButton(), Qt::LeftButton);
    REQUIRE(f.stored().children.size() == count + 1);
    const int row = model->rowCount() - 1;
    auto *year = qobject_cast<QSpinBox *>(QApplication::focusWidget());
    REQUIRE(year);
    CHECK(year->text() == QStringLiteral("unknown"));
    QTest::keyClicks(year, QStringLiteral("2020"));
    // Tab stores it and goes on to the childcare, chosen by typing its first letter.
    QTest::keyClick(year, Qt::Key_Tab);
    CHECK(stored(row).birthYear == 2020);
    auto *arrangement = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(arrangement);
    QTest::keyClick(arrangement, Qt::Key_D);
    CHECK(arrangement->currentText() == QStringLiteral("Daycare"));
    QTest::keyClick(arrangement, Qt::Key_Tab);
    CHECK(stored(row).arrangement == ChildcareArrangement::Daycare);
    // Then the note, stored by Enter.
    auto *note = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(note);
    QTest::keyClicks(note, QStringLiteral("Opvang op dinsdag"));
    QTest::keyClick(note, Qt::Key_Return);
    // The editor closes once Enter is handled, and the table has the focus again.
    REQUIRE(QTest::qWaitFor([view] { return QApplication::focusWidget() == view; }));
    CHECK(stored(row).note == QStringLiteral("Opvang op dinsdag"));
    CHECK(stored(row).birthYear == 2020);
    CHECK(model->index(row, ChildrenModel::Arrangement).data().toString()
          == QStringLiteral("Daycare"));

    // A birth year before 1950 is refused, with the message under the table: Home goes to the
    // birth year of the row and opens its editor.
    const std::vector<Child> added = f.stored().children;
    const auto undoSteps = f.session->undoStack()->count();
    QTest::keyClick(view, Qt::Key_Home);
    year = qobject_cast<QSpinBox *>(QApplication::focusWidget());
    REQUIRE(year);
    CHECK(year->value() == 2020);
    QTest::keyClicks(year, QStringLiteral("1900"));
    QTest::keyClick(year, Qt::Key_Tab);
    CHECK(f.tab->errorFor(QStringLiteral("children"))
          == QStringLiteral("A child's birth year must lie between 1950 and this year."));
    CHECK(f.stored().children == added);
    CHECK(f.session->undoStack()->count() == undoSteps);
    CHECK(model->index(row, ChildrenModel::BirthYear).data().toInt() == 2020);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    // The child of the row clicked last is removed (the first here).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(0, ChildrenModel::Note)).center());
    QTest::mouseClick(f.tab->removeChildButton(), Qt::LeftButton);
    // (The children are written anew with each change, so their ids say nothing.)
    const auto withoutIds = [](std::vector<Child> children) {
        for (Child &child : children)
            child.id = 0;
        return children;
    };
    std::vector<Child> left = withoutIds(added);
    left.erase(left.begin());
    CHECK(withoutIds(f.stored().children) == left);
    CHECK(model->rowCount() == static_cast<int>(count));

    f.session->undoStack()->undo();
    CHECK(f.stored().children.size() == count + 1);
    CHECK(model->rowCount() == static_cast<int>(count + 1));
}

TEST_CASE("the children and phase history models are well-behaved item models")
{
    ProfileFixture f;
    QAbstractItemModelTester children(f.tab->childrenModel(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester history(f.tab->phaseHistoryModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::mouseClick(f.tab->addChildButton(), Qt::LeftButton);
    f.session->undoStack()->undo();

    PhaseHistoryModel *model = f.tab->phaseHistoryModel();
    const auto lines = require(LearnerRepository(*f.db, f.clock).phaseHistory(f.id));
    REQUIRE(model->rowCount() == static_cast<int>(lines.size()));
    CHECK(model->index(0, PhaseHistoryModel::Change).data().toString()
          == QStringLiteral("Referral"));
    CHECK(model->index(1, PhaseHistoryModel::Change).data().toString()
          == QStringLiteral("Referral → Info session"));
}

TEST_CASE("the phase history names the reason of a stop")
{
    PhaseChange stop;
    stop.from = Phase::Intake;
    stop.to = Phase::Stopped;
    stop.reasonCode = toCode(NonEntryReason::LanguageTooLow);
    stop.reasonText = QStringLiteral("Eerst NT2.");
    CHECK(PhaseHistoryModel::describeReason(stop)
          == QStringLiteral("Language level too low: Eerst NT2."));
    stop.from = Phase::Training;
    stop.reasonCode = toCode(StopReason::Health);
    stop.reasonText.clear();
    CHECK(PhaseHistoryModel::describeReason(stop) == QStringLiteral("Health problems"));
}

TEST_CASE("removing a learner asks first and can be undone")
{
    ProfileFixture f;
    const QString name = f.stored().fullName();
    {
        traject::test::MessageAnswers answers({ QMessageBox::No });
        QTest::mouseClick(f.tab->removeLearnerButton(), Qt::LeftButton);
        REQUIRE(answers.texts().size() == 1);
        CHECK(answers.texts().front().contains(name));
        CHECK(answers.problems().isEmpty());
    }
    CHECK(LearnerRepository(*f.db, f.clock).get(f.id).ok());

    traject::test::MessageAnswers answers({ QMessageBox::Yes });
    QTest::mouseClick(f.tab->removeLearnerButton(), Qt::LeftButton);
    CHECK(answers.left() == 0);
    CHECK_FALSE(LearnerRepository(*f.db, f.clock).get(f.id).ok());
    f.session->undoStack()->undo();
    CHECK(f.stored().fullName() == name);
}

TEST_CASE("the profile can be filled in with the keyboard, in the order of the form")
{
    ProfileFixture f;
    auto *birth = qobject_cast<DateField *>(f.tab->field(QStringLiteral("birthDate")));
    REQUIRE(birth);
    f.line("firstName")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == f.line("lastName"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == birth->lineEdit());
    // One Tab leaves the date field (the calendar button is not in the tab order).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == f.tab->field(QStringLiteral("gender")));

    f.line("phone")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == f.line("email"));
    // Enter stores the field too.
    f.line("email")->selectAll();
    QTest::keyClicks(f.line("email"), QStringLiteral("sara@example.be"));
    QTest::keyClick(f.line("email"), Qt::Key_Return);
    CHECK(f.stored().email == QStringLiteral("sara@example.be"));
}

} // namespace TRAJECT_UNITY_ID
