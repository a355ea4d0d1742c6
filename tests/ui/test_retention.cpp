// SPDX-License-Identifier: GPL-3.0-or-later
// The retention review (anonymise or erase learners whose trajectory ended long ago) and
// the audit log with the check of its chain.
#include "TestSupport.h"

#include "Session.h"
#include "Settings.h"
#include "demo/DemoData.h"
#include "privacy/AuditLogDialog.h"
#include "privacy/AuditLogModel.h"
#include "privacy/EraseLearnerDialog.h"
#include "privacy/RetentionActions.h"
#include "privacy/RetentionModel.h"
#include "privacy/RetentionReviewDialog.h"
#include "storage/AuditLog.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <QUndoStack>
#include <functional>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// The demo caseload with three trajectories that ended long ago (before 14/03/2025): one
/// stopped in 2016 for health reasons, one flowed out in 2018, one stopped in 2021.
struct Caseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::vector<qint64> ended;

    Caseload()
    {
        require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        // No demo trajectory ended long ago: everyone still on the list is made recent.
        require(sql::exec(*db,
                          QStringLiteral("UPDATE learner SET phase_since = '2025-01-06' "
                                         "WHERE phase IN ('outflow', 'stopped')")));
        auto ids = sql::exec(*db, QStringLiteral("SELECT id FROM learner ORDER BY id LIMIT 3"));
        while (ids->next())
            ended.push_back(ids->value(0).toLongLong());
        end(ended.at(0), QStringLiteral("stopped"), QStringLiteral("2016-02-01"),
            QStringLiteral("health"));
        end(ended.at(1), QStringLiteral("outflow"), QStringLiteral("2018-06-30"), {});
        end(ended.at(2), QStringLiteral("stopped"), QStringLiteral("2021-09-15"),
            QStringLiteral("finances_job"));
    }

    void end(qint64 id, const QString &phase, const QString &since, const QString &reason)
    {
        require(sql::exec(*db,
                          QStringLiteral("UPDATE learner SET phase = :phase, phase_since = :since "
                                         "WHERE id = :id"),
                          { { QStringLiteral("phase"), phase },
                            { QStringLiteral("since"), since },
                            { QStringLiteral("id"), id } }));
        require(sql::exec(*db,
                          QStringLiteral("INSERT INTO phase_change (learner_id, date, to_phase, "
                                         "reason_code) VALUES (:id, :since, :phase, :reason)"),
                          { { QStringLiteral("phase"), phase },
                            { QStringLiteral("since"), since },
                            { QStringLiteral("id"), id },
                            { QStringLiteral("reason"), reason } }));
    }

    QString name(qint64 id) const
    {
        return require(LearnerRepository(*db, clock).get(id)).fullName();
    }
};

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

/// Runs `act` on the modal dialog as soon as it is shown: looks again every 10 ms (at most
/// 2 s), because a loaded machine may show it after the first turn of the event loop.
void whenModal(std::function<void(QWidget *)> act, int tries = 200)
{
    QTimer::singleShot(10, [act = std::move(act), tries]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget())
            act(modal);
        else if (tries > 0)
            whenModal(std::move(act), tries - 1);
    });
}

/// Presses the button with this text in the next message box that opens.
void answerMessageBox(const QString &buttonText, bool &sawBox)
{
    QTimer::singleShot(0, [buttonText, &sawBox] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        sawBox = box != nullptr;
        if (!box)
            return;
        const auto buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (button->text() == buttonText) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

TEST_CASE("the retention review lists the trajectories that ended more than N years ago")
{
    Caseload caseload;
    RetentionReviewDialog dialog(*caseload.session, *caseload.settings);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();

    CHECK(dialog.yearsBox()->value() == 5);
    CHECK(dialog.model()->rowCount() == 2); // 2016 and 2018; 2021 is not yet five years ago
    CHECK(column(*dialog.model(), RetentionModel::Name)
          == QStringList { caseload.name(caseload.ended.at(0)),
                           caseload.name(caseload.ended.at(1)) });
    CHECK(column(*dialog.model(), RetentionModel::EndedOn)
          == QStringList { QStringLiteral("01/02/2016"), QStringLiteral("30/06/2018") });
    CHECK(column(*dialog.model(), RetentionModel::YearsSince)
          == QStringList { QStringLiteral("9"), QStringLiteral("6") });
    CHECK(dialog.model()->index(0, RetentionModel::Phase).data().toString()
          == QStringLiteral("Stopped: Health problems"));
    CHECK(dialog.model()->index(1, RetentionModel::Phase).data().toString()
          == QStringLiteral("Outflow"));
    CHECK(dialog.view()->isVisible());
    CHECK_FALSE(dialog.emptyLabel()->isVisible());

    // Three years: the one of 2021 comes in, and the setting is kept.
    dialog.yearsBox()->setFocus();
    QTest::keyClick(dialog.yearsBox(), Qt::Key_Down);
    QTest::keyClick(dialog.yearsBox(), Qt::Key_Down);
    CHECK(dialog.yearsBox()->value() == 3);
    CHECK(caseload.settings->get(Setting::RetentionYears) == 3);
    CHECK(dialog.model()->rowCount() == 3);
    CHECK(dialog.model()->index(2, RetentionModel::Phase).data().toString()
          == QStringLiteral("Stopped: Financial problems or a job"));

    // Twenty years: nobody, said in a friendly sentence instead of an empty table.
    dialog.yearsBox()->setValue(20);
    CHECK(caseload.settings->get(Setting::RetentionYears) == 20);
    CHECK(dialog.model()->rowCount() == 0);
    CHECK_FALSE(dialog.view()->isVisible());
    CHECK(dialog.emptyLabel()->isVisible());
    CHECK(dialog.emptyLabel()->text().contains(QStringLiteral("nothing to review")));
    CHECK_FALSE(dialog.anonymiseButton()->isEnabled());
    CHECK_FALSE(dialog.eraseButton()->isEnabled());
    CHECK_FALSE(dialog.openButton()->isEnabled());
}

TEST_CASE("anonymising from the retention review asks first, and the learner is not listed again")
{
    Caseload caseload;
    RetentionReviewDialog dialog(*caseload.session, *caseload.settings);
    dialog.show();
    REQUIRE(dialog.chosenLearners() == QList<qint64> { caseload.ended.at(0) });

    bool sawBox = false;
    answerMessageBox(QStringLiteral("Cancel"), sawBox);
    QTest::mouseClick(dialog.anonymiseButton(), Qt::LeftButton);
    CHECK(sawBox);
    CHECK(dialog.model()->rowCount() == 2);

    answerMessageBox(QStringLiteral("&Anonymise"), sawBox);
    QTest::mouseClick(dialog.anonymiseButton(), Qt::LeftButton);
    CHECK(sawBox);
    CHECK(dialog.model()->rowCount() == 1);
    CHECK(dialog.model()->learnerId(0) == caseload.ended.at(1));
    const Learner anonymised
        = require(LearnerRepository(*caseload.db, caseload.clock).get(caseload.ended.at(0)));
    CHECK(anonymised.firstName == QStringLiteral("Anoniem"));
    CHECK(caseload.session->undoStack()->count() == 0);
    const auto entries = require(AuditLog(*caseload.db, caseload.clock).entries());
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == AuditAction::Anonymise);
    CHECK(entries.back().subject == learnerSubject(caseload.ended.at(0)));

    // Another window reopened later does not list them either.
    RetentionReviewDialog later(*caseload.session, *caseload.settings);
    CHECK(later.model()->rowCount() == 1);
}

TEST_CASE("erasing from the retention review needs the name typed, then removes the learner")
{
    Caseload caseload;
    RetentionReviewDialog dialog(*caseload.session, *caseload.settings);
    dialog.show();
    dialog.view()->selectRow(1);
    REQUIRE(dialog.chosenLearners() == QList<qint64> { caseload.ended.at(1) });
    const QString name = caseload.name(caseload.ended.at(1));

    bool sawDialog = false;
    QTimer::singleShot(0, [&sawDialog, name] {
        auto *erase = qobject_cast<EraseLearnerDialog *>(QApplication::activeModalWidget());
        sawDialog = erase != nullptr;
        if (!erase)
            return;
        QTest::keyClicks(erase->nameField(), name);
        QTest::keyClick(erase->nameField(), Qt::Key_Return);
    });
    QTest::mouseClick(dialog.eraseButton(), Qt::LeftButton);
    CHECK(sawDialog);
    CHECK(dialog.model()->rowCount() == 1);
    CHECK(dialog.model()->learnerId(0) == caseload.ended.at(0));
    CHECK(require(sql::scalar(*caseload.db,
                              QStringLiteral("SELECT count(*) FROM learner WHERE id = :id"),
                              { { QStringLiteral("id"), caseload.ended.at(1) } }))
          == 0);
}

TEST_CASE("open dossier from the retention review hands the learner to the main window")
{
    Caseload caseload;
    qint64 opened = 0;
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<RetentionReviewDialog *>(modal);
        if (!dialog)
            return;
        dialog->view()->setFocus();
        QTest::keyClick(dialog->view(), Qt::Key_Down);
        QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject();
    });
    RetentionActions::reviewRetention(*caseload.session, *caseload.settings, nullptr,
                                      [&opened](qint64 learnerId) { opened = learnerId; });
    CHECK(opened == caseload.ended.at(1));

    // Escape closes without opening anything.
    opened = 0;
    whenModal([](QWidget *dialog) {
        QTest::keyClick(dialog, Qt::Key_Escape);
        if (dialog->isVisible())
            qobject_cast<QDialog *>(dialog)->reject();
    });
    RetentionActions::reviewRetention(*caseload.session, *caseload.settings, nullptr,
                                      [&opened](qint64 learnerId) { opened = learnerId; });
    CHECK(opened == 0);
}

TEST_CASE("the audit log shows what and when, newest first, and checks its chain")
{
    Caseload caseload;
    FixedClock clock(QDateTime(traject::test::fixedToday(), QTime(9, 15)));
    AuditLog log(*caseload.db, clock);
    require(log.append(AuditAction::Export, learnerSubject(7), QStringLiteral("learner 1")));
    clock.set(clock.now().addSecs(3600));
    require(log.append(AuditAction::Restore,
                       QStringLiteral("backup caseload-20250313-090000.sqlite"),
                       QStringLiteral("made 2025-03-13 09:00:00")));

    AuditLogDialog dialog(*caseload.session);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    REQUIRE(dialog.model()->rowCount() == 2);
    CHECK(column(*dialog.model(), AuditLogModel::When)
          == QStringList { QStringLiteral("14/03/2025 10:15:00"),
                           QStringLiteral("14/03/2025 09:15:00") });
    CHECK(column(*dialog.model(), AuditLogModel::What)
          == QStringList { QStringLiteral("Backup restored"), QStringLiteral("Data exported") });
    CHECK(column(*dialog.model(), AuditLogModel::Subject)
          == QStringList { QStringLiteral("Backup caseload-20250313-090000.sqlite"),
                           QStringLiteral("Learner 7") });
    CHECK(dialog.view()->editTriggers() == QAbstractItemView::NoEditTriggers);

    dialog.checkButton()->setFocus();
    QTest::keyClick(dialog.checkButton(), Qt::Key_Space);
    // (Without translations the plural reads "entry(ies)".)
    CHECK(
        dialog.resultLabel()->text().startsWith(QStringLiteral("The audit log is intact: 2 entr")));

    require(sql::exec(*caseload.db,
                      QStringLiteral("UPDATE audit_entry SET detail = 'learner 2' WHERE id = 1")));
    dialog.reload();
    CHECK_FALSE(dialog.checkChain());
    CHECK(dialog.resultLabel()->text().startsWith(QStringLiteral("The audit log is NOT intact.")));
    CHECK(dialog.resultLabel()->text().contains(QStringLiteral("Entry 1 was changed")));

    // Enter closes the dialog.
    QTest::keyClick(dialog.view(), Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("an empty audit log says so")
{
    Caseload caseload;
    AuditLogDialog dialog(*caseload.session);
    CHECK(dialog.model()->rowCount() == 0);
    CHECK(dialog.resultLabel()->text().contains(QStringLiteral("yet")));
    dialog.checkChain();
    CHECK(dialog.resultLabel()->text()
          == QStringLiteral("The audit log is empty: there is nothing to check yet."));
}

TEST_CASE("full years since the end of a trajectory")
{
    CHECK(RetentionModel::fullYears(QDate(2020, 3, 14), QDate(2025, 3, 14)) == 5);
    CHECK(RetentionModel::fullYears(QDate(2020, 3, 15), QDate(2025, 3, 14)) == 4);
    CHECK(RetentionModel::fullYears(QDate(), QDate(2021, 2, 28)) == 0);
}

TEST_CASE("pictures of the retention review and the audit log", "[.screenshot]")
{
    Caseload caseload;
    FixedClock clock(QDateTime(traject::test::fixedToday(), QTime(9, 15)));
    AuditLog log(*caseload.db, clock);
    require(log.append(AuditAction::Export, learnerSubject(7), QStringLiteral("learner 1")));
    require(log.append(AuditAction::Anonymise, learnerSubject(3),
                       QStringLiteral("barrier 2, intake_answer 4")));
    require(log.append(AuditAction::Restore,
                       QStringLiteral("backup caseload-20250313-090000.sqlite"),
                       QStringLiteral("made 2025-03-13 09:00:00; safety copy "
                                      "caseload-voor-terugzetten-20250314-091500.sqlite")));
    RetentionReviewDialog review(*caseload.session, *caseload.settings);
    review.yearsBox()->setValue(3);
    review.show();
    review.grab().save(QStringLiteral("/tmp/h-retention-review.png"));
    review.yearsBox()->setValue(20);
    review.grab().save(QStringLiteral("/tmp/h-retention-review-empty.png"));
    AuditLogDialog audit(*caseload.session);
    audit.show();
    audit.checkChain();
    QApplication::processEvents(); // the layout makes room for the result, as on screen
    audit.grab().save(QStringLiteral("/tmp/h-retention-audit.png"));
    EraseLearnerDialog erase(QStringLiteral("Sara Tesfaye"),
                             { QStringLiteral("/home/spoc/.local/share/trajectplanner/backups/"
                                              "trajectplanner-20250313-090000.sqlite"),
                               QStringLiteral("/media/usb/trajectplanner-kopie.sqlite") });
    erase.show();
    erase.grab().save(QStringLiteral("/tmp/h-erase-dialog.png"));
}

} // namespace TRAJECT_UNITY_ID
