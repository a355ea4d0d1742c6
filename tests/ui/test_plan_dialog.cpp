// SPDX-License-Identifier: GPL-3.0-or-later
// "Print personal plan" and the attendance sheet: options per audience, consent, versions kept
// for every PDF saved or printed, exact copies of stored versions, the preview path.
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "caseload/CaseloadPanel.h"
#include "demo/DemoData.h"
#include "documents/PlanDocument.h"
#include "dossier/DossierWidget.h"
#include "dossier/PlacementsTab.h"
#include "plan/AttendanceSheetDialog.h"
#include "plan/DocumentOutput.h"
#include "plan/PlanDialog.h"
#include "plan/PlanVersionModel.h"
#include "plan/VersionList.h"
#include "storage/ConsentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanVersionRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// The demo caseload, with a learner who agreed to share (and has placements) and one who has
/// not agreed yet.
struct Caseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    qint64 withConsent = 0;
    qint64 withoutConsent = 0;
    qint64 placement = 0; // one of withConsent's placements, with days still planned

    Caseload()
    {
        (void)require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        PlacementRepository placements(*db, clock);
        for (const Learner &learner : require(LearnerRepository(*db, clock).all())) {
            if (require(ConsentRepository(*db, clock).partnerConsents(learner.id, clock.today()))
                    .empty()) {
                if (withoutConsent == 0)
                    withoutConsent = learner.id;
                continue;
            }
            if (withConsent != 0)
                continue;
            for (const Placement &candidate : require(placements.forLearner(learner.id))) {
                const auto days = require(placements.days(candidate.id));
                if (std::any_of(days.begin(), days.end(), [](const PlacementDay &day) {
                        return day.status == PlacementDayStatus::Planned;
                    })) {
                    withConsent = learner.id;
                    placement = candidate.id;
                    break;
                }
            }
        }
        REQUIRE(withConsent != 0);
        REQUIRE(withoutConsent != 0);
    }

    std::vector<PlanVersion> versions(qint64 learnerId, DocumentKind kind) const
    {
        return require(PlanVersionRepository(*db, clock).forLearner(learnerId, kind));
    }
};

QList<PlanSection> checkedSections(const PlanDialog &dialog)
{
    QList<PlanSection> checked;
    for (const PlanSection section : allSections()) {
        if (dialog.sectionBox(section)->isChecked())
            checked.append(section);
    }
    return checked;
}

/// Presses Tab where the focus is, as a person does, and returns where the focus went.
QWidget *pressTab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget();
}

/// The focused widget for a failure message: its object name or text.
std::string describe(const QWidget *widget)
{
    if (!widget)
        return "nothing";
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text().toStdString();
    return widget->objectName().isEmpty() ? widget->metaObject()->className()
                                          : widget->objectName().toStdString();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("the plan dialog offers each audience its own parts and never the forbidden ones")
{
    Caseload caseload;
    PlanDialog dialog(*caseload.session, caseload.withConsent);
    dialog.show();

    SECTION("the learner gets every part, without the sensitive barriers")
    {
        CHECK(checkedSections(dialog) == allSections());
        for (const PlanSection section : allSections())
            CHECK(dialog.sectionBox(section)->isEnabled());
        CHECK(dialog.sensitiveBox()->isEnabled());
        CHECK_FALSE(dialog.sensitiveBox()->isChecked());
        CHECK(dialog.options().language == QStringLiteral("nl"));
        CHECK(dialog.previewButton()->isEnabled());
        CHECK(dialog.errorText().isEmpty());
    }

    SECTION("the workplace: no barriers or appointments, not even when asked")
    {
        QTest::mouseClick(dialog.audienceButton(Audience::Workplace), Qt::LeftButton);
        CHECK(dialog.options().audience == Audience::Workplace);
        CHECK(checkedSections(dialog) == PlanOptions::defaultSections(Audience::Workplace));
        for (const PlanSection section : { PlanSection::Barriers, PlanSection::Appointments }) {
            CHECK_FALSE(dialog.sectionBox(section)->isEnabled());
            CHECK_FALSE(dialog.sectionBox(section)->isChecked());
        }
        CHECK(dialog.sectionBox(PlanSection::Training)->isEnabled());
        CHECK_FALSE(dialog.sensitiveBox()->isEnabled());
        CHECK_FALSE(dialog.options().sections.contains(PlanSection::Barriers));

        // Back to the learner: the defaults again.
        dialog.setAudience(Audience::Learner);
        CHECK(checkedSections(dialog) == allSections());
    }

    SECTION("sensitive barriers go only with the barriers")
    {
        QTest::keyClick(dialog.sensitiveBox(), Qt::Key_Space);
        CHECK(dialog.options().includeSensitive);
        QTest::keyClick(dialog.sectionBox(PlanSection::Barriers), Qt::Key_Space);
        CHECK_FALSE(dialog.sensitiveBox()->isEnabled());
        CHECK_FALSE(dialog.sensitiveBox()->isChecked());
        CHECK_FALSE(dialog.options().includeSensitive);
    }

    SECTION("a plan without any part cannot be made, and says so")
    {
        for (const PlanSection section : allSections()) {
            if (dialog.sectionBox(section)->isChecked())
                QTest::keyClick(dialog.sectionBox(section), Qt::Key_Space);
        }
        CHECK(dialog.errorText()
              == QStringLiteral("Choose at least one part of the plan to print."));
        CHECK_FALSE(dialog.saveButton()->isEnabled());
        CHECK_FALSE(dialog.printButton()->isEnabled());
        CHECK_FALSE(dialog.previewButton()->isEnabled());
    }

    SECTION("a partner with consent gets the partner's parts")
    {
        dialog.setAudience(Audience::Partner);
        CHECK(checkedSections(dialog) == PlanOptions::defaultSections(Audience::Partner));
        CHECK(dialog.saveButton()->isEnabled());
        CHECK(dialog.errorText().isEmpty());
    }

    SECTION("English on request")
    {
        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(QStringLiteral("en")));
        CHECK(dialog.options().language == QStringLiteral("en"));
    }
}

TEST_CASE("a plan for a partner needs the learner's consent")
{
    Caseload caseload;
    PlanDialog dialog(*caseload.session, caseload.withoutConsent);
    dialog.show();
    CHECK(dialog.saveButton()->isEnabled());

    // On the round indicator: a radio button takes a click on its indicator and text only.
    QTest::mouseClick(dialog.audienceButton(Audience::Partner), Qt::LeftButton, {}, QPoint(8, 10));
    CHECK(dialog.errorText().contains(QStringLiteral("no consent for a partner holds today")));
    CHECK_FALSE(dialog.previewButton()->isEnabled());
    CHECK_FALSE(dialog.printButton()->isEnabled());
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    // Not even through the functions behind the buttons.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("partner.pdf"));
    CHECK_FALSE(dialog.savePdf(path).ok());
    CHECK_FALSE(QFile::exists(path));
    CHECK(caseload.versions(caseload.withoutConsent, DocumentKind::Plan).empty());

    dialog.setAudience(Audience::Learner);
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.saveButton()->isEnabled());
}

TEST_CASE("saving the plan as a PDF keeps it as a numbered version")
{
    Caseload caseload;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    PlanDialog dialog(*caseload.session, caseload.withConsent);
    dialog.show();
    VersionList *list = dialog.versions();
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(list->model()->rowCount() == 0);
    CHECK_FALSE(list->saveCopyButton()->isEnabled());

    const QString first = folder.filePath(QStringLiteral("plan 1.pdf"));
    const PlanVersion one = require(dialog.savePdf(first));
    CHECK(one.number == 1);
    CHECK(QFile::exists(first));
    CHECK(fileBytes(first).startsWith("%PDF"));
    CHECK(fileBytes(first) == one.pdf);
    CHECK(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, PlanVersionModel::Number).data().toInt() == 1);
    CHECK(dialog.doneText().contains(QDir::toNativeSeparators(first)));
    CHECK(dialog.errorText().isEmpty());

    dialog.setAudience(Audience::Workplace);
    const QString second = folder.filePath(QStringLiteral("plan 2.pdf"));
    const PlanVersion two = require(dialog.savePdf(second));
    CHECK(two.number == 2);
    REQUIRE(list->model()->rowCount() == 2);
    // The newest first, chosen, with who it was for.
    CHECK(list->model()->index(0, PlanVersionModel::Number).data().toInt() == 2);
    CHECK(list->model()->index(0, PlanVersionModel::Audience).data().toString()
          == audienceLabel(Audience::Workplace));
    CHECK(list->model()->index(0, PlanVersionModel::Created).data().toString()
          == caseload.clock.now().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    CHECK(list->model()->index(0, PlanVersionModel::Pages).data().toInt() == two.pages);
    CHECK(list->current()->id == two.id);

    const auto stored = caseload.versions(caseload.withConsent, DocumentKind::Plan);
    REQUIRE(stored.size() == 2);
    CHECK(stored.front().audience == QStringLiteral("workplace"));
    CHECK(PlanDocuments::optionsOf(stored.front()).sections
          == PlanOptions::defaultSections(Audience::Workplace));
    // A stored version is a fact, not an edit: nothing to undo.
    CHECK(caseload.session->undoStack()->count() == 0);
}

TEST_CASE("the appendix with the full lists is off for the learner, on for the workplace, and "
          "the SPOC can tick it")
{
    Caseload caseload;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    PlanDialog dialog(*caseload.session, caseload.withConsent);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    const auto savedText = [&](const QString &name) {
        const PlanVersion version = require(dialog.savePdf(folder.filePath(name)));
        return std::pair { traject::test::pdfText(version.pdf).simplified(), version };
    };
    // (The plan speaks Dutch unless the SPOC chooses English.)
    const QString appendix = QStringLiteral("Bijlage: alle ");

    CHECK_FALSE(dialog.appendixBox()->isChecked());
    const auto [learnerText, learnerVersion] = savedText(QStringLiteral("learner.pdf"));
    CHECK_FALSE(learnerText.contains(appendix));
    CHECK_FALSE(PlanDocuments::optionsOf(learnerVersion).appendix);

    // The workplace needs the days: the appendix is on for it.
    QTest::mouseClick(dialog.audienceButton(Audience::Workplace), Qt::LeftButton);
    CHECK(dialog.appendixBox()->isChecked());
    const auto [workplaceText, workplaceVersion] = savedText(QStringLiteral("workplace.pdf"));
    CHECK(workplaceText.contains(appendix));
    CHECK(PlanDocuments::optionsOf(workplaceVersion).appendix);

    // Back to the learner: off again, until the SPOC ticks it with its key (Alt+X).
    QTest::mouseClick(dialog.audienceButton(Audience::Learner), Qt::LeftButton);
    CHECK_FALSE(dialog.appendixBox()->isChecked());
    QTest::keyClick(&dialog, Qt::Key_X, Qt::AltModifier);
    QTRY_VERIFY(dialog.appendixBox()->isChecked());
    CHECK(QApplication::focusWidget() == dialog.appendixBox());
    const auto [tickedText, tickedVersion] = savedText(QStringLiteral("ticked.pdf"));
    CHECK(tickedText.contains(appendix));
    CHECK(tickedVersion.pages > learnerVersion.pages);
}

TEST_CASE("a saved copy of a stored version is the exact PDF that was kept")
{
    Caseload caseload;
    QTemporaryDir folder;
    PlanDialog dialog(*caseload.session, caseload.withConsent);
    const PlanVersion one = require(dialog.savePdf(folder.filePath(QStringLiteral("a.pdf"))));
    (void)require(dialog.savePdf(folder.filePath(QStringLiteral("b.pdf"))));

    VersionList *list = dialog.versions();
    list->select(one.id);
    CHECK(list->current()->number == 1);
    CHECK(list->saveCopyButton()->isEnabled());
    const QString copy = folder.filePath(QStringLiteral("copy of 1.pdf"));
    require(list->saveCopy(copy));
    const PlanVersion stored
        = require(PlanVersionRepository(*caseload.db, caseload.clock).get(one.id));
    CHECK(fileBytes(copy) == stored.pdf);
    CHECK(dialog.doneText().contains(QStringLiteral("version 1")));
    // A copy is no new version.
    CHECK(caseload.versions(caseload.withConsent, DocumentKind::Plan).size() == 2);

    // A copy into a folder that does not exist fails with the reason.
    CHECK_FALSE(list->saveCopy(folder.filePath(QStringLiteral("missing/copy.pdf"))).ok());
    CHECK(dialog.errorText().contains(QStringLiteral("does not exist")));
}

TEST_CASE("a plan that cannot be written keeps no version and says why")
{
    Caseload caseload;
    QTemporaryDir folder;
    PlanDialog dialog(*caseload.session, caseload.withConsent);
    dialog.show();
    const QString path = folder.filePath(QStringLiteral("no such folder/plan.pdf"));
    const auto saved = dialog.savePdf(path);
    REQUIRE_FALSE(saved.ok());
    CHECK(dialog.errorText() == saved.error().message);
    CHECK(dialog.errorText().contains(QStringLiteral("does not exist")));
    CHECK(dialog.doneText().isEmpty());
    CHECK(caseload.versions(caseload.withConsent, DocumentKind::Plan).empty());
    CHECK(dialog.versions()->model()->rowCount() == 0);

    // The next one that works is number 1.
    CHECK(require(dialog.savePdf(folder.filePath(QStringLiteral("plan.pdf")))).number == 1);
    CHECK(dialog.errorText().isEmpty());
}

TEST_CASE("the preview paints the plan and keeps nothing; printing keeps the version it prints")
{
    Caseload caseload;
    QTemporaryDir folder;
    PlanDialog dialog(*caseload.session, caseload.withConsent);

    QPrinter preview(QPrinter::HighResolution);
    preview.setOutputFormat(QPrinter::PdfFormat);
    preview.setOutputFileName(folder.filePath(QStringLiteral("preview.pdf")));
    require(dialog.paintPreview(&preview));
    CHECK(fileBytes(preview.outputFileName()).startsWith("%PDF"));
    CHECK(caseload.versions(caseload.withConsent, DocumentKind::Plan).empty());

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.filePath(QStringLiteral("printed.pdf")));
    const PlanVersion printed = require(dialog.printTo(printer));
    CHECK(printed.number == 1);
    CHECK(fileBytes(printer.outputFileName()).startsWith("%PDF"));
    CHECK(caseload.versions(caseload.withConsent, DocumentKind::Plan).size() == 1);
    CHECK(dialog.doneText().contains(QStringLiteral("printer")));
}

TEST_CASE("the preview's own Print button prints through the dialog, which keeps a version")
{
    QPrinter printer;
    QPrintPreviewDialog preview(&printer);
    int asked = 0;
    REQUIRE(output::reroutePrintAction(preview, [&asked] { ++asked; }));
    const QString printText = QCoreApplication::translate("QPrintPreviewDialog", "Print");
    for (QAction *action : preview.findChildren<QAction *>()) {
        if (action->text() == printText)
            action->trigger();
    }
    CHECK(asked == 1);
}

TEST_CASE("a file name never holds characters a file system refuses")
{
    CHECK(output::safeFileName(QStringLiteral("Plan a/b: c*d?")) == QStringLiteral("Plan a b c d"));
}

TEST_CASE("the attendance sheet of a placement is saved as a version of its own")
{
    Caseload caseload;
    QTemporaryDir folder;
    AttendanceSheetDialog dialog(*caseload.session, caseload.placement);
    dialog.show();
    CHECK(dialog.problem().isEmpty());
    CHECK(dialog.saveButton()->isEnabled());
    CHECK(dialog.description().contains(QStringLiteral("One line per planned day")));
    CHECK(dialog.versions()->view()->isColumnHidden(PlanVersionModel::Audience));

    const QString path = folder.filePath(QStringLiteral("sheet.pdf"));
    const PlanVersion sheet = require(dialog.savePdf(path));
    CHECK(sheet.kind == DocumentKind::Attendance);
    CHECK(sheet.subjectId == caseload.placement);
    CHECK(sheet.number == 1);
    CHECK(fileBytes(path).startsWith("%PDF"));
    CHECK(dialog.versions()->model()->rowCount() == 1);
    CHECK(caseload.versions(caseload.withConsent, DocumentKind::Attendance).size() == 1);
    CHECK(caseload.versions(caseload.withConsent, DocumentKind::Plan).empty());

    QPrinter preview(QPrinter::HighResolution);
    preview.setOutputFormat(QPrinter::PdfFormat);
    preview.setOutputFileName(folder.filePath(QStringLiteral("preview.pdf")));
    require(dialog.paintPreview(&preview));
    CHECK(QFile::exists(preview.outputFileName()));
    CHECK(caseload.versions(caseload.withConsent, DocumentKind::Attendance).size() == 1);

    CHECK_FALSE(dialog.savePdf(folder.filePath(QStringLiteral("gone/sheet.pdf"))).ok());
    CHECK(dialog.errorText().contains(QStringLiteral("does not exist")));
    CHECK(caseload.versions(caseload.withConsent, DocumentKind::Attendance).size() == 1);
}

TEST_CASE("the workplace-learning tab offers the attendance sheet of the chosen placement")
{
    Caseload caseload;
    PlacementsTab tab(*caseload.session);
    tab.showLearner(caseload.withConsent);
    tab.show();
    REQUIRE(tab.placementId() != 0);
    CHECK(tab.attendanceSheetButton()->isEnabled());
    tab.showLearner(0);
    CHECK_FALSE(tab.attendanceSheetButton()->isEnabled());
}

TEST_CASE("File > Print personal plan is there only while a learner is shown")
{
    Caseload caseload;
    MainWindow window(*caseload.db, caseload.clock);
    QAction *print = window.printAction();
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
    window.caseloadPanel()->selectLearner(caseload.withConsent);
    CHECK(window.dossier()->showsLearner());
    CHECK(window.dossier()->planButton()->isVisibleTo(window.dossier()));
    CHECK(print->isEnabled());
    window.showCaseloadTimeline();
    CHECK_FALSE(print->isEnabled());
}

TEST_CASE("the plan dialogs fit a laptop screen")
{
    Caseload caseload;
    QTemporaryDir folder;
    const auto screenshot = [](QWidget &widget, const QString &name) {
        if (const QByteArray dir = qgetenv("TRAJECT_SCREENSHOTS"); !dir.isEmpty())
            widget.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name
                               + QStringLiteral(".png"));
    };

    PlanDialog plan(*caseload.session, caseload.withConsent);
    (void)require(plan.savePdf(folder.filePath(QStringLiteral("1.pdf"))));
    plan.setAudience(Audience::Workplace);
    (void)require(plan.savePdf(folder.filePath(QStringLiteral("2.pdf"))));
    plan.show();
    plan.adjustSize();
    CHECK(plan.printButton()->isDefault());
    CHECK(plan.width() <= 1000);
    CHECK(plan.height() <= 700);
    screenshot(plan, QStringLiteral("plan-dialog"));

    PlanDialog partner(*caseload.session, caseload.withoutConsent);
    partner.setAudience(Audience::Partner);
    partner.show();
    partner.adjustSize();
    screenshot(partner, QStringLiteral("plan-dialog-partner"));

    AttendanceSheetDialog sheet(*caseload.session, caseload.placement);
    (void)require(sheet.savePdf(folder.filePath(QStringLiteral("sheet.pdf"))));
    sheet.show();
    sheet.adjustSize();
    CHECK(sheet.width() <= 1000);
    CHECK(sheet.height() <= 700);
    screenshot(sheet, QStringLiteral("attendance-dialog"));

    DossierWidget dossier(*caseload.session);
    dossier.resize(800, 600);
    dossier.showLearner(caseload.withConsent);
    dossier.tabs()->setCurrentIndex(DossierWidget::Placements);
    dossier.show();
    CHECK(dossier.width() == 800);
    screenshot(dossier, QStringLiteral("dossier-placements"));
}

TEST_CASE("the plan dialog works from the keyboard")
{
    Caseload caseload;
    PlanDialog dialog(*caseload.session, caseload.withConsent);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    // Enter prints (the paper then matches a stored version); Escape closes.
    CHECK(dialog.printButton()->isDefault());
    // It opens on who the plan is for (one stop: the arrows choose among them); Tab goes on to
    // the language, the parts in the order printed, the appendix, then the versions and what to
    // do with them.
    CHECK(QApplication::focusWidget() == dialog.audienceButton(Audience::Learner));
    const QList<QWidget *> stops {
        // (the consent is only for a partner)
        dialog.languageCombo(),
        dialog.sectionBox(PlanSection::Timeline),
        dialog.sectionBox(PlanSection::Helpers),
        dialog.sectionBox(PlanSection::Training),
        dialog.sectionBox(PlanSection::Placements),
        dialog.sectionBox(PlanSection::Barriers),
        dialog.sensitiveBox(),
        dialog.sectionBox(PlanSection::Appointments),
        dialog.sectionBox(PlanSection::Signatures),
        dialog.appendixBox(),
        dialog.versions()->view(),
        // (no version to copy yet)
        dialog.previewButton(),
        dialog.printButton(),
        dialog.saveButton(),
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
        // and round again
        dialog.audienceButton(Audience::Learner),
    };
    for (int i = 0; i < stops.size(); ++i) {
        QWidget *focused = pressTab();
        INFO("Tab " << i + 1 << " went to " << describe(focused) << ", not to "
                    << describe(stops.at(i)));
        REQUIRE(focused == stops.at(i));
    }
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("the dossier's Print plan and the tab's Attendance sheet open their dialogs")
{
    Caseload caseload;
    DossierWidget dossier(*caseload.session);
    dossier.showLearner(caseload.withConsent);
    dossier.tabs()->setCurrentIndex(DossierWidget::Placements);
    dossier.show();

    // Each dialog is modal: close it as soon as it is open, noting its learner or placement.
    const auto closeOpened = [](QString &seen) {
        QTimer::singleShot(0, [&seen] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *plan = qobject_cast<PlanDialog *>(modal))
                seen = plan->windowTitle();
            else if (auto *sheet = qobject_cast<AttendanceSheetDialog *>(modal))
                seen = sheet->description();
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
    };
    QString seen;
    closeOpened(seen);
    QTest::mouseClick(dossier.planButton(), Qt::LeftButton);
    CHECK(seen == QStringLiteral("Print personal plan"));

    auto *tab = qobject_cast<PlacementsTab *>(dossier.tab(DossierWidget::Placements));
    REQUIRE(tab);
    seen.clear();
    closeOpened(seen);
    QTest::mouseClick(tab->attendanceSheetButton(), Qt::LeftButton);
    CHECK(seen.startsWith(QStringLiteral("For the mentor at")));
}

} // namespace TRAJECT_UNITY_ID
