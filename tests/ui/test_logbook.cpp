// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTyping.h"
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/LogbookTab.h"
#include "dossier/logbook/ContactMomentDialog.h"
#include "dossier/logbook/LogbookModel.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "widgets/DateField.h"
#include "widgets/EditorSupport.h"
#include "widgets/TableSection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct LogbookFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    LogbookRepository logbook { *db, clock };
    qint64 learner = 0;

    LogbookFixture()
    {
        require(demo::fillDemoCaseload(*db, clock));
        // A learner with both planned and done contact moments.
        for (const auto &candidate : require(LearnerRepository(*db, clock).all())) {
            const auto moments = require(logbook.forLearner(candidate.id));
            const bool planned = std::any_of(moments.begin(), moments.end(), [](const auto &m) {
                return m.status == ContactStatus::Planned;
            });
            const bool done = std::any_of(moments.begin(), moments.end(), [](const auto &m) {
                return m.status == ContactStatus::Done;
            });
            if (planned && done) {
                learner = candidate.id;
                break;
            }
        }
        REQUIRE(learner != 0);
    }
};

ContactMomentDialog *editorOf(const LogbookTab &tab)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return qobject_cast<ContactMomentDialog *>(tab.openEditor());
}

void confirm(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("a conversation held today is noted in the logbook with one button")
{
    LogbookFixture f;
    Session session(*f.db, f.clock);
    const auto before = require(f.logbook.forLearner(f.learner));
    LogbookTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    REQUIRE(tab.model()->rowCount() == static_cast<int>(before.size()));
    // Newest first.
    for (int row = 1; row < tab.model()->rowCount(); ++row)
        CHECK(tab.model()->momentAt(row - 1)->date >= tab.model()->momentAt(row)->date);

    QTest::mouseClick(tab.conversationTodayButton(), Qt::LeftButton);
    auto *dialog = editorOf(tab);
    REQUIRE(dialog);
    CHECK(dialog->dateField()->date() == f.clock.today());
    CHECK(dialog->kindCombo()->currentData().toInt()
          == static_cast<int>(ContactKind::Conversation));
    CHECK(dialog->statusCombo()->currentData().toInt() == static_cast<int>(ContactStatus::Done));
    CHECK(dialog->focusWidget() == dialog->notesEdit());
    QTest::keyClicks(dialog->notesEdit(), QStringLiteral("Stage loopt goed."));
    QTest::keyClick(dialog->notesEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog->notesEdit(), QStringLiteral("Volgende week mentor bellen."));
    QTest::keyClicks(dialog->withWhomEdit(), QStringLiteral("cursist"));
    confirm(dialog);
    CHECK_FALSE(dialog->isVisible());

    const auto after = require(f.logbook.forLearner(f.learner));
    REQUIRE(after.size() == before.size() + 1);
    const qint64 id = tab.section()->currentId();
    const ContactMoment stored = require(f.logbook.get(id));
    CHECK(stored.date == f.clock.today());
    CHECK(stored.kind == ContactKind::Conversation);
    CHECK(stored.status == ContactStatus::Done);
    CHECK(stored.notes == QStringLiteral("Stage loopt goed.\nVolgende week mentor bellen."));
    CHECK(stored.withWhom == QStringLiteral("cursist"));
    // The table shows the first line of the notes.
    CHECK(tab.model()->index(tab.model()->rowOf(id), LogbookModel::Notes).data().toString()
          == QStringLiteral("Stage loopt goed."));

    session.undoStack()->undo();
    CHECK_FALSE(f.logbook.get(id).ok());
    CHECK(tab.model()->rowCount() == static_cast<int>(before.size()));
    session.undoStack()->redo();
    CHECK(require(f.logbook.get(id)) == stored);
}

TEST_CASE("a contact that took place cannot lie in the future, nor its follow-up before it")
{
    LogbookFixture f;
    Session session(*f.db, f.clock);
    const auto count = require(f.logbook.forLearner(f.learner)).size();
    LogbookTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);

    QTest::mouseClick(tab.section()->addButton(), Qt::LeftButton);
    auto *dialog = editorOf(tab);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    test::typeDate(dialog->dateField(), QStringLiteral("21/03/2025"), Qt::Key_Return); // in 7 days
    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QStringLiteral("date"))
          == ContactMoment::tr("A contact that took place cannot lie in the future."));
    CHECK(require(f.logbook.forLearner(f.learner)).size() == count);
    CHECK(session.undoStack()->count() == 0);

    // Planned is fine for a day ahead, but not with a follow-up before it.
    dialog->statusCombo()->setCurrentIndex(
        dialog->statusCombo()->findData(static_cast<int>(ContactStatus::Planned)));
    CHECK(dialog->errors().errorFor(QStringLiteral("date")).isEmpty());
    test::typeDate(dialog->followUp().field(), QStringLiteral("14/03/2025"));
    QTest::keyClick(dialog->dateField()->lineEdit(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QStringLiteral("followUp"))
          == ContactMoment::tr("The follow-up lies before the contact itself."));
    CHECK(require(f.logbook.forLearner(f.learner)).size() == count);

    test::typeDate(dialog->followUp().field(), QStringLiteral("04/04/2025")); // in 21 days
    dialog->aftercareCheck()->setChecked(true);
    QTest::keyClick(dialog->dateField()->lineEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());
    const ContactMoment stored = require(f.logbook.get(tab.section()->currentId()));
    CHECK(stored.status == ContactStatus::Planned);
    CHECK(stored.date == f.clock.today().addDays(7));
    CHECK(stored.followUp == f.clock.today().addDays(21));
    CHECK(stored.aftercare);

    // A planned contact ahead is shown in italics.
    const int row = tab.model()->rowOf(stored.id);
    CHECK(tab.model()->index(row, LogbookModel::Date).data(Qt::FontRole).value<QFont>().italic());
    CHECK(
        tab.model()->index(row, LogbookModel::Kind).data().toString().contains(label(stored.kind)));
}

TEST_CASE("a logbook line is changed and removed, and both are undone and redone")
{
    LogbookFixture f;
    Session session(*f.db, f.clock);
    LogbookTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    const int rows = tab.model()->rowCount();
    REQUIRE(rows > 1);

    tab.section()->view()->selectRow(rows - 1); // the oldest
    const qint64 id = tab.section()->currentId();
    const ContactMoment original = require(f.logbook.get(id));
    tab.section()->view()->setFocus();
    QTest::keyClick(tab.section()->view(), Qt::Key_Return);
    auto *dialog = editorOf(tab);
    REQUIRE(dialog);
    CHECK(dialog->notesEdit()->toPlainText() == original.notes);
    dialog->withWhomEdit()->selectAll();
    QTest::keyClicks(dialog->withWhomEdit(), QStringLiteral("cursist en mentor"));
    QTest::keyClick(dialog->withWhomEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());
    CHECK(require(f.logbook.get(id)).withWhom == QStringLiteral("cursist en mentor"));
    CHECK(tab.section()->currentId() == id);

    session.undoStack()->undo();
    CHECK(require(f.logbook.get(id)) == original);
    session.undoStack()->redo();
    CHECK(require(f.logbook.get(id)).withWhom == QStringLiteral("cursist en mentor"));

    editor::setRemovalConfirmation([](const QString &) { return true; });
    QTest::mouseClick(tab.section()->removeButton(), Qt::LeftButton);
    editor::setRemovalConfirmation({});
    CHECK_FALSE(f.logbook.get(id).ok());
    CHECK(tab.model()->rowCount() == rows - 1);
    session.undoStack()->undo();
    CHECK(require(f.logbook.get(id)).withWhom == QStringLiteral("cursist en mentor"));
    CHECK(tab.model()->rowCount() == rows);
    session.undoStack()->redo();
    CHECK_FALSE(f.logbook.get(id).ok());
}

TEST_CASE("the logbook filter shows all, only planned or only done contact moments")
{
    LogbookFixture f;
    Session session(*f.db, f.clock);
    LogbookTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    const auto moments = require(f.logbook.forLearner(f.learner));
    const auto planned = std::count_if(moments.begin(), moments.end(), [](const auto &m) {
        return m.status == ContactStatus::Planned;
    });
    const auto done = std::count_if(moments.begin(), moments.end(),
                                    [](const auto &m) { return m.status == ContactStatus::Done; });
    auto *view = tab.section()->view();
    CHECK(view->model()->rowCount() == static_cast<int>(moments.size()));

    tab.filterCombo()->setCurrentIndex(tab.filterCombo()->findData(LogbookFilter::Planned));
    CHECK(view->model()->rowCount() == static_cast<int>(planned));
    tab.filterCombo()->setCurrentIndex(tab.filterCombo()->findData(LogbookFilter::Done));
    CHECK(view->model()->rowCount() == static_cast<int>(done));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        CHECK(view->model()->index(row, LogbookModel::Status).data().toString()
              == label(ContactStatus::Done));
    tab.filterCombo()->setCurrentIndex(tab.filterCombo()->findData(LogbookFilter::All));
    CHECK(view->model()->rowCount() == static_cast<int>(moments.size()));
}

TEST_CASE("the logbook model and its filter are well-behaved item models")
{
    LogbookFixture f;
    LogbookModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LogbookFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto moments = require(f.logbook.forLearner(f.learner));
    model.setMoments(moments, f.clock.today());
    REQUIRE(model.rowCount() == static_cast<int>(moments.size()));
    CHECK(model.columnCount() == LogbookModel::ColumnCount);
    CHECK(model.index(0, LogbookModel::Date).data().toString()
          == moments.front().date.toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(model.index(0, 0).data(LogbookModel::IdRole).toLongLong() == moments.front().id);
    CHECK(model.headerData(LogbookModel::WithWhom, Qt::Horizontal).toString()
          == QStringLiteral("With whom"));
    filter.setShow(LogbookFilter::Planned);
    filter.setShow(LogbookFilter::Done);
    model.setMoments({}, f.clock.today());
    CHECK(filter.rowCount() == 0);
}

TEST_CASE("screenshots of the logbook tab and its editor", "[.screenshot]")
{
    LogbookFixture f;
    Session session(*f.db, f.clock);
    LogbookTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    QTest::qWait(50);
    tab.grab().save(QStringLiteral("/tmp/h-barriers-logbook.png"));
    tab.addMoment();
    auto *dialog = editorOf(tab);
    REQUIRE(dialog);
    // Typed straight into the field (the picture needs no focus): a day ahead, then Enter.
    dialog->dateField()->lineEdit()->selectAll();
    QTest::keyClicks(dialog->dateField()->lineEdit(), QStringLiteral("17/03/2025"));
    QTest::keyClick(dialog->dateField()->lineEdit(), Qt::Key_Return);
    dialog->accept();
    QTest::qWait(50);
    dialog->grab().save(QStringLiteral("/tmp/h-barriers-contact-dialog.png"));
    dialog->reject();
}

} // namespace TRAJECT_UNITY_ID
