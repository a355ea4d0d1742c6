// SPDX-License-Identifier: GPL-3.0-or-later
// Importing learners from a spreadsheet in the window: file, mapping with preview, validation
// report, import as one undoable step.
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "exchange/ExchangeActions.h"
#include "exchange/ImportFilePage.h"
#include "exchange/ImportMappingPage.h"
#include "exchange/ImportModels.h"
#include "exchange/ImportReportPage.h"
#include "exchange/ImportWizard.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// A spreadsheet as Excel saves it: CRLF line ends.
QByteArray sheet(std::initializer_list<const char *> lines)
{
    QByteArray bytes;
    for (const char *line : lines)
        bytes.append(line).append("\r\n");
    return bytes;
}

/// Six learners as a partner sends them, with a column the program does not know.
const std::initializer_list<const char *> goodSheet {
    "Voornaam;Achternaam;Geboortedatum;Geslacht;GSM;E-mail;Gemeente;NT2-niveau;Toeleider;"
    "Intakedatum",
    "Amina;El Idrissi;05/03/1990;V;0470 12 34 56;amina@voorbeeld.be;Brugge;2.4;VDAB;02/04/2025",
    "Fatma;Yilmaz;17/11/1987;vrouw;0471 22 33 44;;Kortrijk;2.3;OCMW;",
    "Sarah;De Smet;1/2/1995;V;;sarah.desmet@voorbeeld.be;Roeselare;;Huis van het Kind;",
    "Olena;Kovalenko;22/08/1992;V;0468 90 12 34;;Oostende;2.2;CAW;",
    "Mariam;Diallo;09/09/1999;V;0489 11 22 33;;Ieper;2.4;VDAB;",
    "Kevin;Vermeulen;30/06/1984;M;;;Brugge;;VDAB;",
};

/// Two good rows and two with a problem (a date that does not exist, no last name).
const std::initializer_list<const char *> mixedSheet {
    "Voornaam;Naam;Geboortedatum;Gemeente", "Amina;El Idrissi;05/03/1990;Brugge",
    "Fatma;Yilmaz;31/02/1987;Kortrijk",     "Sarah;;01/02/1995;Roeselare",
    "Olena;Kovalenko;22/08/1992;Oostende",
};

int learnerCount(Database &db)
{
    return int(require(sql::scalar(db, QStringLiteral("SELECT count(*) FROM learner"))));
}

int auditCount(Database &db)
{
    return int(require(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry"))));
}

struct WizardFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    Session session { *db, clock };
    QTemporaryDir folder;

    WizardFixture() { require(demo::fillDemoCaseload(*db, clock)); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = folder.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    Learner learner(qint64 id) { return require(LearnerRepository(*db, clock).get(id)); }
};

/// Presses Enter where the keyboard focus is (or on the wizard): the default button.
void pressEnter(ImportWizard &wizard)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || !wizard.isAncestorOf(target))
        target = &wizard;
    QTest::keyClick(target, Qt::Key_Return);
}

/// Waits until the file page has read its file (it reads on a worker thread).
void waitForRead(ImportWizard &wizard)
{
    if (!wizard.filePage()->isReading())
        return;
    QSignalSpy read(wizard.filePage(), &ImportFilePage::fileRead);
    REQUIRE(read.wait(60000));
    REQUIRE_FALSE(wizard.filePage()->isReading());
}

void openAndShow(ImportWizard &wizard, const QString &path)
{
    wizard.openFile(path);
    waitForRead(wizard);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    REQUIRE(wizard.currentId() == ImportWizard::FilePage);
}

} // namespace

namespace {

/// A file of about 8 MB: long enough to read that there is time to stop it.
QByteArray largeSheet(int rows)
{
    QByteArray bytes = "Voornaam;Naam;Geboortedatum;Gemeente;Opmerking\r\n";
    bytes.reserve(qsizetype(rows) * 96);
    const QByteArray remark(48, 'x');
    for (int i = 0; i < rows; ++i)
        bytes += "Voornaam" + QByteArray::number(i) + ";Naam" + QByteArray::number(i)
            + ";05/03/1990;Brugge;" + remark + "\r\n";
    return bytes;
}

QPushButton *buttonCalled(QWidget &parent, const QString &text)
{
    for (QPushButton *button : parent.findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("import wizard: a good file imports its learners with Enter alone, as one undoable step")
{
    WizardFixture f;
    QSignalSpy changed(&f.session, &Session::changed);
    ImportWizard wizard(f.session);
    openAndShow(wizard, f.write(QStringLiteral("aanmeldingen.csv"), sheet(goodSheet)));
    CHECK(wizard.filePage()->error().isEmpty());

    pressEnter(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CsvPreviewModel *preview = wizard.mappingPage()->previewModel();
    QAbstractItemModelTester previewTester(preview,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(preview->rowCount() == 6);
    CHECK(preview->columnCount() == 10);
    CHECK(preview->headerData(9, Qt::Horizontal).toString().startsWith(QStringLiteral("Intake")));
    CHECK(wizard.mappingPage()->combo(0)->currentData().toInt() == int(LearnerField::FirstName));
    CHECK(wizard.mappingPage()->combo(9)->currentData().toInt() == int(LearnerField::Ignore));
    CHECK(wizard.mappingPage()->problem().isEmpty());

    pressEnter(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ReportPage);
    QAbstractItemModelTester problemTester(wizard.reportPage()->problemModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(wizard.reportPage()->problemModel()->rowCount() == 0);
    CHECK(wizard.reportPage()->counts()
          == QStringLiteral("6 row(s) read: 6 can be imported, 0 with a problem, 0 possible "
                            "duplicate(s)."));
    CHECK(learnerCount(*f.db) == 25); // nothing written before "Import"

    const int audited = auditCount(*f.db);
    changed.clear();
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::DonePage);
    CHECK(auditCount(*f.db) == audited + 1);
    REQUIRE(wizard.summary());
    CHECK(wizard.summary()->imported == 6);
    CHECK(learnerCount(*f.db) == 31);
    CHECK(wizard.donePage()->result()
          == QStringLiteral("6 learner(s) imported, in the phase referral.\n"
                            "They are in the caseload list now. Edit > Undo (Ctrl+Z) takes the "
                            "whole import back; the import is also noted in the audit log."));
    CHECK_FALSE(changed.isEmpty());
    CHECK(changed.last().at(0).toLongLong() == 0); // the caseload list reloads

    const std::vector<qint64> ids = wizard.summary()->ids;
    REQUIRE(ids.size() == 6);
    const Learner amina = f.learner(ids.front());
    CHECK(amina.firstName == QStringLiteral("Amina"));
    CHECK(amina.birthDate == QDate(1990, 3, 5));
    CHECK(amina.phase == Phase::Referral);
    CHECK(amina.referrerNote == QStringLiteral("VDAB"));
    CHECK(f.learner(ids.at(2)).birthDate == QDate(1995, 2, 1));

    pressEnter(wizard); // Finish
    CHECK(wizard.result() == QDialog::Accepted);

    // One step on the undo stack: undo removes exactly these six, redo brings them back.
    REQUIRE(f.session.undoStack()->count() == 1);
    f.session.undoStack()->undo();
    CHECK(learnerCount(*f.db) == 25);
    CHECK_FALSE(LearnerRepository(*f.db, f.clock).get(ids.front()).ok());
    CHECK(auditCount(*f.db) == audited + 2); // the undo is noted too
    f.session.undoStack()->redo();
    CHECK(learnerCount(*f.db) == 31);
    CHECK(auditCount(*f.db) == audited + 3);
    CHECK(f.learner(ids.front()).lastName == QStringLiteral("El Idrissi"));
    CHECK(f.learner(ids.back()).firstName == QStringLiteral("Kevin"));
}

TEST_CASE("import wizard: the mapping the SPOC changes is the one used")
{
    WizardFixture f;
    ImportWizard wizard(f.session);
    openAndShow(wizard,
                f.write(QStringLiteral("lijst.csv"),
                        sheet({ "Voornaam;Familienaam;Contact;Opmerking",
                                "Amina;El Idrissi;0470 12 34 56;komt via OCMW",
                                "Olena;Kovalenko;0468 90 12 34;" })));
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    QComboBox *contact = wizard.mappingPage()->combo(2);
    QComboBox *remark = wizard.mappingPage()->combo(3);
    CHECK(contact->currentData().toInt() == int(LearnerField::Ignore));
    CHECK(remark->currentData().toInt() == int(LearnerField::Notes));

    contact->setCurrentIndex(contact->findData(int(LearnerField::Phone)));
    // With the keyboard: up from "Notes" to the field above it, then to "do not import".
    remark->setFocus();
    remark->setCurrentIndex(remark->findData(int(LearnerField::Ignore)));
    CHECK(wizard.mappingPage()
              ->previewModel()
              ->headerData(2, Qt::Horizontal)
              .toString()
              .contains(LearnerImport::fieldLabel(LearnerField::Phone)));

    // Return on the choice would open its list: on with the Next button.
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    REQUIRE(wizard.currentId() == ImportWizard::ReportPage);
    pressEnter(wizard);
    REQUIRE(wizard.summary());
    REQUIRE(wizard.summary()->ids.size() == 2);
    const Learner amina = f.learner(wizard.summary()->ids.front());
    CHECK(amina.phone == QStringLiteral("0470 12 34 56"));
    CHECK(amina.notes.isEmpty());
}

TEST_CASE("import wizard: a needed field without a column blocks Next, with the reason")
{
    WizardFixture f;
    ImportWizard wizard(f.session);
    openAndShow(wizard,
                f.write(QStringLiteral("namen.csv"),
                        sheet({ "Voornaam;Wie", "Amina;El Idrissi", "Olena;Kovalenko" })));
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    CHECK_FALSE(next->isEnabled());
    const QString lastName = LearnerImport::fieldLabel(LearnerField::LastName).toLower();
    CHECK(wizard.mappingPage()->problem().contains(lastName));
    auto *error = wizard.findChild<QLabel *>(QStringLiteral("mappingError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    pressEnter(wizard);
    CHECK(wizard.currentId() == ImportWizard::MappingPage);

    // Two columns for one field block it too.
    QComboBox *who = wizard.mappingPage()->combo(1);
    who->setCurrentIndex(who->findData(int(LearnerField::FirstName)));
    CHECK_FALSE(next->isEnabled());
    CHECK(wizard.mappingPage()->problem().contains(QStringLiteral("\"Wie\"")));

    who->setCurrentIndex(who->findData(int(LearnerField::LastName)));
    CHECK(next->isEnabled());
    CHECK_FALSE(error->isVisible());
    pressEnter(wizard);
    CHECK(wizard.currentId() == ImportWizard::ReportPage);
    CHECK(learnerCount(*f.db) == 25);
}

TEST_CASE("import wizard: rows with a problem: stop imports nothing, skip imports the others")
{
    WizardFixture f;
    const QString path = f.write(QStringLiteral("gemengd.csv"), sheet(mixedSheet));

    SECTION("stop")
    {
        ImportWizard wizard(f.session);
        openAndShow(wizard, path);
        pressEnter(wizard);
        pressEnter(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::ReportPage);
        ImportProblemModel *problems = wizard.reportPage()->problemModel();
        QAbstractItemModelTester tester(problems,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(problems->rowCount() == 2);
        CHECK(problems->index(0, ImportProblemModel::RowColumn).data().toInt() == 3);
        CHECK(problems->index(0, ImportProblemModel::FileColumn).data().toString()
              == QStringLiteral("Geboortedatum"));
        CHECK(problems->index(0, ImportProblemModel::ProblemColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("31/02/1987")));
        CHECK(problems->index(1, ImportProblemModel::RowColumn).data().toInt() == 4);
        CHECK(problems->index(1, ImportProblemModel::FileColumn).data().toString()
              == QStringLiteral("Naam"));

        QTest::keyClick(&wizard, Qt::Key_T, Qt::AltModifier); // S&top (an animated click)
        REQUIRE(QTest::qWaitFor([&] { return wizard.reportPage()->stopButton()->isChecked(); }));
        CHECK(wizard.reportPage()->outcome()
              == QStringLiteral("Nothing will be imported: 2 row(s) have a problem. Correct them "
                                "in the spreadsheet and import the file again."));
        pressEnter(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::DonePage);
        REQUIRE(wizard.summary());
        CHECK(wizard.summary()->stopped);
        CHECK(wizard.summary()->imported == 0);
        CHECK(learnerCount(*f.db) == 25);
        CHECK(f.session.undoStack()->count() == 0);
        CHECK(wizard.donePage()->result().startsWith(ImportDonePage::tr("Nothing was imported.")));
    }
    SECTION("skip")
    {
        ImportWizard wizard(f.session);
        openAndShow(wizard, path);
        pressEnter(wizard);
        pressEnter(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::ReportPage);
        CHECK(wizard.reportPage()->skipButton()->isChecked());
        pressEnter(wizard);
        REQUIRE(wizard.summary());
        CHECK(wizard.summary()->imported == 2);
        CHECK(learnerCount(*f.db) == 27);
        CHECK(f.learner(wizard.summary()->ids.back()).firstName == QStringLiteral("Olena"));
        CHECK(f.session.undoStack()->count() == 1);
    }
}

TEST_CASE("import wizard: possible duplicates are left out unless the SPOC asks for them")
{
    WizardFixture f;
    const Learner known = f.learner(1);
    REQUIRE(known.birthDate.isValid());
    const QByteArray bytes = QStringLiteral("Voornaam;Naam;Geboortedatum\r\n%1;%2;%3\r\n"
                                            "Amina;El Idrissi;05/03/1990\r\n")
                                 .arg(known.firstName, known.lastName,
                                      known.birthDate.toString(QStringLiteral("dd/MM/yyyy")))
                                 .toUtf8();
    const QString path = f.write(QStringLiteral("dubbel.csv"), bytes);
    const bool importThem = GENERATE(false, true);

    ImportWizard wizard(f.session);
    openAndShow(wizard, path);
    pressEnter(wizard);
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ReportPage);
    CHECK(wizard.reportPage()->problemModel()->rowCount() == 1);
    QCheckBox *duplicates = wizard.reportPage()->duplicatesBox();
    CHECK(duplicates->isEnabled());
    if (importThem) {
        QTest::keyClick(&wizard, Qt::Key_D, Qt::AltModifier); // &duplicates (an animated click)
        REQUIRE(QTest::qWaitFor([&] { return duplicates->isChecked(); }));
    }
    pressEnter(wizard);
    REQUIRE(wizard.summary());
    CHECK(wizard.summary()->imported == (importThem ? 2 : 1));
    CHECK(learnerCount(*f.db) == (importThem ? 27 : 26));
}

TEST_CASE("import wizard: Cancel or Escape at any step imports nothing")
{
    WizardFixture f;
    const QString path = f.write(QStringLiteral("aanmeldingen.csv"), sheet(goodSheet));
    const int steps = GENERATE(0, 1, 2);

    ImportWizard wizard(f.session);
    openAndShow(wizard, path);
    for (int i = 0; i < steps; ++i)
        pressEnter(wizard);
    CHECK(wizard.currentId() == steps);
    if (steps == 1)
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    else
        QTest::keyClick(&wizard, Qt::Key_Escape);
    CHECK(wizard.result() == QDialog::Rejected);
    CHECK_FALSE(wizard.isVisible());
    CHECK_FALSE(wizard.summary());
    CHECK(learnerCount(*f.db) == 25);
    CHECK(f.session.undoStack()->count() == 0);
}

TEST_CASE("import wizard: a file that cannot be read is told on the first page")
{
    WizardFixture f;
    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *expected;
    };
    const auto [name, bytes, expected] = GENERATE(
        Case { "quote.csv", "Voornaam;Naam\r\nAmina;\"El Idrissi\r\nOlena;Kovalenko\r\n",
               "quotation mark" },
        Case { "leeg.csv", "", "empty" }, Case { "kop.csv", "Voornaam;Naam\r\n", "no learners" },
        Case { "weg.csv", {}, "cannot be read" });
    QString path = f.write(QString::fromLatin1(name), bytes);
    if (QLatin1String(name) == QLatin1String("weg.csv")) {
        QFile::remove(path);
    }

    ImportWizard wizard(f.session);
    openAndShow(wizard, path);
    CHECK(wizard.filePage()->error().contains(QLatin1String(expected)));
    auto *error = wizard.findChild<QLabel *>(QStringLiteral("importFileError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    pressEnter(wizard);
    CHECK(wizard.currentId() == ImportWizard::FilePage);

    // Another file can be chosen on the page.
    const QString good = f.write(QStringLiteral("goed.csv"), sheet(goodSheet));
    ExchangeActions::setFileChooser([good](const QString &) { return good; });
    auto *choose = wizard.findChild<QPushButton *>();
    for (QPushButton *button : wizard.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Choose")))
            choose = button;
    }
    REQUIRE(choose);
    QTest::mouseClick(choose, Qt::LeftButton);
    ExchangeActions::setFileChooser({});
    waitForRead(wizard);
    CHECK(wizard.filePage()->error().isEmpty());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("import wizard: names in a Windows-1252 file arrive intact")
{
    WizardFixture f;
    const QString path = f.write(QStringLiteral("oud-excel.csv"),
                                 "Voornaam;Naam;Gemeente\r\nH\xE9l\xE8ne;No\xEBl;Sint-Eloois-"
                                 "Vijve\r\n\xC7igdem;\xD6zt\xFCrk;"
                                 "Menen\r\n");
    ImportWizard wizard(f.session);
    openAndShow(wizard, path);
    auto *info = wizard.findChild<QLabel *>(QStringLiteral("importFileInfo"));
    REQUIRE(info);
    CHECK(info->text()
          == QStringLiteral("2 learner row(s), 3 column(s), read as Windows-1252 (older Excel)."));
    pressEnter(wizard);
    CHECK(wizard.mappingPage()->previewModel()->index(0, 0).data().toString()
          == QStringLiteral("Hélène"));
    pressEnter(wizard);
    pressEnter(wizard);
    REQUIRE(wizard.summary());
    REQUIRE(wizard.summary()->ids.size() == 2);
    const Learner helene = f.learner(wizard.summary()->ids.front());
    CHECK(helene.firstName == QStringLiteral("Hélène"));
    CHECK(helene.lastName == QStringLiteral("Noël"));
    CHECK(f.learner(wizard.summary()->ids.back()).lastName == QStringLiteral("Öztürk"));
}

TEST_CASE("import wizard: File > Import asks for the file, runs the wizard and reports the count")
{
    WizardFixture f;
    QString chosen;
    ExchangeActions::setFileChooser([&chosen](const QString &) { return chosen; });

    // Cancelling the file question does nothing.
    CHECK(ExchangeActions::importLearners(f.session, nullptr).isEmpty());

    chosen = f.write(QStringLiteral("aanmeldingen.csv"), sheet(goodSheet));
    bool driven = false;
    QTimer::singleShot(0, [&driven] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        const auto drive = [wizard, &driven] {
            wizard->next();
            wizard->next();
            wizard->next(); // Import
            driven = wizard->currentId() == ImportWizard::DonePage;
            wizard->accept();
        };
        // The wizard reads the file on a worker thread while it shows its first page.
        if (wizard->filePage()->isReading())
            QObject::connect(wizard->filePage(), &ImportFilePage::fileRead, wizard, drive);
        else
            drive();
    });
    const QString message = ExchangeActions::importLearners(f.session, nullptr);
    ExchangeActions::setFileChooser({});
    CHECK(driven);
    CHECK(message
          == QStringLiteral("6 learner(s) imported from aanmeldingen.csv; Edit > Undo takes the "
                            "import back."));
    CHECK(learnerCount(*f.db) == 31);
}

TEST_CASE("import wizard: every page as the SPOC sees it", "[.screenshot]")
{
    WizardFixture f;
    const Learner known = f.learner(3);
    QByteArray bytes = sheet(
        { "Voornaam;Achternaam;Geboortedatum;Geslacht;GSM;E-mail;Straat;Postcode;Gemeente;"
          "Rijksregisternummer;NT2-niveau;Toeleider;Intakedatum;Opmerking",
          "Amina;El Idrissi;05/03/1990;V;0470 12 34 56;amina@voorbeeld.be;Kerkstraat 1;8000;"
          "Brugge;90.03.05-002.13;2.4;VDAB;02/04/2025;komt liefst voormiddag",
          "Fatma;Yilmaz;31/02/1987;vrouw;0471 22 33 44;;Zuidstraat 12;8500;Kortrijk;;2.3;OCMW;;",
          "Sarah;De Smet;1/2/1995;V;;sarah.desmet@voorbeeld;;8800;Roeselare;;;Huis van het "
          "Kind;;",
          "Olena;Kovalenko;22/08/1992;V;0468 90 12 34;;Torhoutsesteenweg 200;8400;Oostende;;"
          "2.2;CAW;;heeft 2 kinderen (3 en 5 jaar)",
          "Mariam;;09/09/1999;V;0489 11 22 33;;;8900;Ieper;;2.4;VDAB;;",
          "Kevin;Vermeulen;30/06/1984;M;;;;8000;Brugge;;;VDAB;;",
          "Nadia;Benali;14/05/1993;V;0477 55 66 77;;Langestraat 4;8000;Brugge;;B1;VDAB;;",
          "Joke;Claeys;03/12/1979;V;;;;8020;Oostkamp;;;ex-cursist;;",
          "Hanna;Tesfaye;18/07/2001;V;0466 12 12 12;;;8400;Oostende;;1.2;OCMW;;" });
    bytes.append(QStringLiteral("%1;%2;%3;V;;;;;;;;VDAB;;\r\n")
                     .arg(known.firstName, known.lastName,
                          known.birthDate.toString(QStringLiteral("dd/MM/yyyy")))
                     .toUtf8());
    const QString path = f.write(QStringLiteral("aanmeldingen-september.csv"), bytes);
    ImportWizard wizard(f.session);
    openAndShow(wizard, path);
    wizard.resize(900, 640);
    QTest::qWait(50);
    wizard.grab().save(QStringLiteral("/tmp/h-import-1-file.png"));
    pressEnter(wizard);
    QTest::qWait(50);
    wizard.grab().save(QStringLiteral("/tmp/h-import-2-mapping.png"));
    QComboBox *last = wizard.mappingPage()->combo(1);
    last->setCurrentIndex(0);
    QTest::qWait(50);
    wizard.grab().save(QStringLiteral("/tmp/h-import-2b-mapping-blocked.png"));
    last->setCurrentIndex(last->findData(int(LearnerField::LastName)));
    pressEnter(wizard);
    QTest::qWait(50);
    wizard.grab().save(QStringLiteral("/tmp/h-import-3-report.png"));
    pressEnter(wizard);
    QTest::qWait(50);
    wizard.grab().save(QStringLiteral("/tmp/h-import-4-done.png"));

    ImportWizard broken(f.session);
    openAndShow(broken,
                f.write(QStringLiteral("kapot.csv"),
                        "Voornaam;Naam\r\nAmina;\"El Idrissi\r\nOlena;Kovalenko\r\n"));
    broken.resize(900, 640);
    QTest::qWait(50);
    broken.grab().save(QStringLiteral("/tmp/h-import-1b-file-error.png"));

    ImportWizard reading(f.session);
    reading.resize(900, 640);
    reading.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reading));
    reading.openFile(f.write(QStringLiteral("groot.csv"), largeSheet(300000)));
    QTest::qWait(300);
    reading.grab().save(QStringLiteral("/tmp/h-import-1c-reading.png"));
}

TEST_CASE("import wizard: a file of ten thousand rows, half of them with a problem, stays quick")
{
    WizardFixture f;
    QByteArray bytes = "Voornaam;Naam;Geboortedatum;Gemeente\r\n";
    for (int i = 0; i < 10000; ++i)
        bytes += QStringLiteral("Voornaam%1;Naam%1;%2/03/1990;Brugge\r\n")
                     .arg(i)
                     .arg(i % 2 == 0 ? 5 : 35)
                     .toUtf8();
    ImportWizard wizard(f.session);
    QElapsedTimer timer;
    timer.start();
    openAndShow(wizard, f.write(QStringLiteral("groot.csv"), bytes));
    pressEnter(wizard);
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ReportPage);
    CHECK(wizard.reportPage()->problemModel()->rowCount() == 5000);
    pressEnter(wizard);
    REQUIRE(wizard.summary());
    CHECK(wizard.summary()->imported == 5000);
    WARN("10,000 rows through the wizard in " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 20000);
}

TEST_CASE("import wizard: a large file is read while the window stays responsive, and can be "
          "stopped")
{
    WizardFixture f;
    const int rows = 90000;
    const QString large = f.write(QStringLiteral("groot.csv"), largeSheet(rows));
    REQUIRE(QFileInfo(large).size() > 8'000'000);
    const QString good = f.write(QStringLiteral("goed.csv"), sheet(goodSheet));

    ImportWizard wizard(f.session);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QPushButton *choose = buttonCalled(wizard, QStringLiteral("Choose file…"));
    REQUIRE(choose);
    auto *progress = wizard.findChild<QWidget *>(QStringLiteral("importProgress"));
    REQUIRE(progress);
    CHECK_FALSE(progress->isVisible());

    SECTION("Stop reading: the page says so, nothing can be imported, and another file can be "
            "chosen")
    {
        QString chosen = large;
        ExchangeActions::setFileChooser([&chosen](const QString &) { return chosen; });
        QTest::mouseClick(choose, Qt::LeftButton);
        // The click returned while the file is still being read: the window handles events.
        REQUIRE(wizard.filePage()->isReading());
        CHECK(progress->isVisible());
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
        QPushButton *stop = buttonCalled(wizard, QStringLiteral("Stop reading"));
        REQUIRE(stop);
        QTest::mouseClick(stop, Qt::LeftButton);
        waitForRead(wizard);
        CHECK(wizard.filePage()->error().contains(QStringLiteral("cancelled")));
        CHECK_FALSE(progress->isVisible());
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

        chosen = good;
        QTest::mouseClick(choose, Qt::LeftButton);
        ExchangeActions::setFileChooser({});
        waitForRead(wizard);
        CHECK(wizard.filePage()->error().isEmpty());
        CHECK(wizard.button(QWizard::NextButton)->isEnabled());
        pressEnter(wizard);
        CHECK(wizard.currentId() == ImportWizard::MappingPage);
    }

    SECTION("read to the end, the rows are all there and the progress went up on the way")
    {
        ExchangeActions::setFileChooser([large](const QString &) { return large; });
        QTest::mouseClick(choose, Qt::LeftButton);
        ExchangeActions::setFileChooser({});
        auto *bar = progress->findChild<QProgressBar *>();
        REQUIRE(bar);
        int highest = 0;
        QSignalSpy read(wizard.filePage(), &ImportFilePage::fileRead);
        QElapsedTimer timer;
        timer.start();
        while (read.isEmpty() && timer.elapsed() < 60000) {
            QTest::qWait(20);
            highest = std::max(highest, bar->value());
        }
        REQUIRE(read.size() == 1);
        CHECK(highest > 0);
        CHECK(wizard.filePage()->error().isEmpty());
        auto *info = wizard.findChild<QLabel *>(QStringLiteral("importFileInfo"));
        REQUIRE(info);
        CHECK(info->text().startsWith(QStringLiteral("%1 learner row(s)").arg(rows)));
        CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    }

    SECTION("closing the wizard while it reads stops the read")
    {
        ExchangeActions::setFileChooser([large](const QString &) { return large; });
        QTest::mouseClick(choose, Qt::LeftButton);
        ExchangeActions::setFileChooser({});
        REQUIRE(wizard.filePage()->isReading());
        QTest::keyClick(&wizard, Qt::Key_Escape);
        CHECK_FALSE(wizard.isVisible());
        CHECK_FALSE(wizard.filePage()->isReading());
        CHECK_FALSE(wizard.summary());
    }
}

} // namespace TRAJECT_UNITY_ID
