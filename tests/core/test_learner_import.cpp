// SPDX-License-Identifier: GPL-3.0-or-later
// Importing learners from a spreadsheet: mapping, validation report, policies, one transaction.
#include "TestSupport.h"

#include "exchange/LearnerImport.h"
#include "storage/AuditLog.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

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

const char *const header
    = "Voornaam;Achternaam;Geboortedatum;Geslacht;E-mail;GSM;Straat;Postcode;Gemeente;"
      "Rijksregisternummer;NT2-niveau";

CsvTable table(const QByteArray &bytes)
{
    return require(CsvReader::parse(bytes));
}

int learnerCount(Database &db)
{
    return int(require(sql::scalar(db, QStringLiteral("SELECT count(*) FROM learner"))));
}

int auditCount(Database &db)
{
    return int(require(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry"))));
}

struct Fixture
{
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    FixedClock clock { traject::test::fixedToday() };
    LearnerImport importer { *db, clock };

    ImportSummary run(const QByteArray &bytes, ImportOptions options = {})
    {
        const CsvTable csv = table(bytes);
        return require(importer.run(csv, LearnerImport::guessMapping(csv.header), options));
    }
};

ImportOptions policy(InvalidRows onInvalid, bool dryRun = false)
{
    ImportOptions options;
    options.onInvalid = onInvalid;
    options.dryRun = dryRun;
    return options;
}

QStringList lines(const ImportCheck &check)
{
    QStringList result;
    for (const auto &problem : check.problems())
        result.append(
            QStringLiteral("%1|%2|%3").arg(problem.row).arg(problem.column, problem.message));
    return result;
}

} // namespace

TEST_CASE("import: columns are recognised by their Dutch or English names")
{
    using F = LearnerField;
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("Voornaam")) == F::FirstName);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("first name")) == F::FirstName);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("NAAM")) == F::LastName);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("Last_Name")) == F::LastName);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("Geboortedatum")) == F::BirthDate);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("Date of birth")) == F::BirthDate);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("e-mailadres")) == F::Email);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("GSM-nummer")) == F::Phone);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("Rijksregisternr.")) == F::NationalNumber);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("NT2-niveau")) == F::Nt2Level);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("Municipality")) == F::Municipality);
    CHECK(LearnerImport::fieldForColumn(QStringLiteral("Schoenmaat")) == F::Ignore);

    // A field is taken by the first column that names it.
    const auto mapping = LearnerImport::guessMapping(
        { QStringLiteral("Naam"), QStringLiteral("Familienaam"), QStringLiteral("Voornaam") });
    CHECK(mapping == ColumnMapping { F::LastName, F::Ignore, F::FirstName });

    // Every field has a label, and the table behind them is in the order of the enumeration.
    const auto fields = LearnerImport::allFields();
    CHECK(fields.size() == int(F::Notes) + 1);
    for (int i = 0; i < fields.size(); ++i) {
        CHECK(int(fields.at(i)) == i);
        CHECK_FALSE(LearnerImport::fieldLabel(fields.at(i)).isEmpty());
    }
}

TEST_CASE("import: valid rows become learners in the referral phase, with every field read")
{
    Fixture f;
    const auto summary = f.run(
        sheet({ header,
                "Amina;El Idrissi;05/03/1990;V;amina@voorbeeld.be;0470 12 34 56;Kerkstraat 1;8000;"
                "Brugge;90.03.05-002.13;2.4",
                "Jan;Claes;1/2/1985;man;;;;;;;B1" }));
    CHECK(summary.imported == 2);
    CHECK(summary.check.problems().isEmpty());
    REQUIRE(summary.ids.size() == 2);

    const Learner amina = require(LearnerRepository(*f.db, f.clock).get(summary.ids.at(0)));
    CHECK(amina.firstName == QStringLiteral("Amina"));
    CHECK(amina.lastName == QStringLiteral("El Idrissi"));
    CHECK(amina.birthDate == QDate(1990, 3, 5));
    CHECK(amina.gender == Gender::Female);
    CHECK(amina.email == QStringLiteral("amina@voorbeeld.be"));
    CHECK(amina.phone == QStringLiteral("0470 12 34 56"));
    CHECK(amina.street == QStringLiteral("Kerkstraat 1"));
    CHECK(amina.postalCode == QStringLiteral("8000"));
    CHECK(amina.municipality == QStringLiteral("Brugge"));
    CHECK(amina.nationalNumber == QStringLiteral("90030500213"));
    CHECK(amina.nt2Level == Nt2Level::L2_4);
    CHECK(amina.phase == Phase::Referral);
    CHECK(amina.phaseSince == traject::test::fixedToday());
    const auto history = require(LearnerRepository(*f.db, f.clock).phaseHistory(amina.id));
    REQUIRE(history.size() == 1);
    CHECK(history.front().to == Phase::Referral);

    const Learner jan = require(LearnerRepository(*f.db, f.clock).get(summary.ids.at(1)));
    CHECK(jan.birthDate == QDate(1985, 2, 1));
    CHECK(jan.gender == Gender::Male);
    CHECK(jan.nt2Level == Nt2Level::L2_4);
}

TEST_CASE("import: dates as dd/mm/yyyy, d/m/yyyy and yyyy-mm-dd; wrong dates are reported")
{
    Fixture f;
    const auto summary = f.run(
        sheet({ "Voornaam;Naam;Geboortedatum", "A;Een;25/12/1991", "B;Twee;1991-12-25",
                "C;Drie;31/02/1991", "D;Vier;25/12/91", "E;Vijf;morgen", "F;Zes;01/01/2030" }));
    CHECK(summary.imported == 2);
    CHECK(summary.check.invalidCount() == 4);
    const QStringList report = lines(summary.check);
    REQUIRE(report.size() == 4);
    for (const QString &line : report)
        CHECK(line.contains(QStringLiteral("|Geboortedatum|")));
    CHECK(report.at(0).startsWith(QStringLiteral("4|")));
    CHECK(report.at(0).contains(QStringLiteral("31/02/1991")));
    CHECK(report.at(1).startsWith(QStringLiteral("5|")));
    CHECK(report.at(2).startsWith(QStringLiteral("6|")));
    CHECK(report.at(3).startsWith(QStringLiteral("7|"))); // in the future, from validate()
}

TEST_CASE("import: an invalid national register number is reported with its row and column")
{
    Fixture f;
    const auto summary = f.run(sheet(
        { "Voornaam;Naam;Geboortedatum;Rijksregisternummer", "A;Een;05/03/1990;90.03.05-002.72",
          "B;Twee;06/03/1990;90.03.05-002.13", "C;Drie;05/03/1990;90030500213" }));
    CHECK(summary.imported == 1);
    const QStringList report = lines(summary.check);
    REQUIRE(report.size() == 2);
    CHECK(report.at(0).startsWith(QStringLiteral("2|Rijksregisternummer|")));
    CHECK(report.at(1).startsWith(QStringLiteral("3|Rijksregisternummer|")));
}

TEST_CASE("import: a UTF-8 file and a Windows-1252 file give the same learners")
{
    const QByteArray utf8 = QStringLiteral("Voornaam;Naam;Gemeente\r\nHélène;Noël;Sint-"
                                           "Eloois-Vijve\r\nFrançois;Ça Va;Gistel\r\n")
                                .toUtf8();
    const QByteArray cp1252 = "Voornaam;Naam;Gemeente\r\nH\xE9l\xE8ne;No\xEBl;Sint-Eloois-Vijve\r\n"
                              "Fran\xE7ois;\xC7"
                              "a Va;Gistel\r\n";
    const QByteArray bom = QByteArray("\xEF\xBB\xBF") + utf8;
    QList<QStringList> seen;
    for (const QByteArray &bytes : { utf8, cp1252, bom }) {
        Fixture f;
        const auto summary = f.run(bytes);
        REQUIRE(summary.imported == 2);
        QStringList names;
        for (const auto &learner : require(LearnerRepository(*f.db, f.clock).all()))
            names.append(learner.fullName() + QLatin1Char('/') + learner.municipality);
        seen.append(names);
    }
    CHECK(seen.at(0).contains(QStringLiteral("Hélène Noël/Sint-Eloois-Vijve")));
    CHECK(seen.at(0).contains(QStringLiteral("François Ça Va/Gistel")));
    CHECK(seen.at(1) == seen.at(0));
    CHECK(seen.at(2) == seen.at(0));
}

TEST_CASE("import: a required column missing refuses the file; an optional one is not needed")
{
    Fixture f;
    const CsvTable noFirstName = table(sheet({ "Naam;Gemeente", "Claes;Brugge" }));
    const auto refused
        = f.importer.run(noFirstName, LearnerImport::guessMapping(noFirstName.header), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(LearnerImport::fieldLabel(LearnerField::FirstName)));
    CHECK(learnerCount(*f.db) == 0);

    // No birth date, e-mail or anything else: still learners.
    const auto summary = f.run(sheet({ "Voornaam;Naam", "Jan;Claes" }));
    CHECK(summary.imported == 1);
}

TEST_CASE("import: the mapping can be changed, and two columns for one field are refused")
{
    Fixture f;
    const CsvTable csv = table(sheet({ "Kolom A;Kolom B;Kolom C", "Jan;Claes;x" }));
    ColumnMapping mapping = LearnerImport::guessMapping(csv.header);
    CHECK(mapping == ColumnMapping(3, LearnerField::Ignore));
    mapping[0] = LearnerField::FirstName;
    mapping[1] = LearnerField::LastName;
    const auto check = require(f.importer.check(csv, mapping));
    CHECK(check.validCount() == 1);
    CHECK(check.ignoredColumns == QStringList { QStringLiteral("Kolom C") });
    CHECK(learnerCount(*f.db) == 0); // a check writes nothing

    mapping[2] = LearnerField::LastName;
    const auto both = f.importer.check(csv, mapping);
    REQUIRE_FALSE(both.ok());
    CHECK(both.error().message.contains(QStringLiteral("Kolom B")));
    CHECK(both.error().message.contains(QStringLiteral("Kolom C")));
}

TEST_CASE("import: empty rows are skipped and reported; a row with extra or missing cells")
{
    Fixture f;
    const auto summary = f.run(sheet(
        { "Voornaam;Naam", "Jan;Claes", ";", "", "Els;Peeters;extra", "Ann;Wouters", "Bart" }));
    CHECK(summary.imported == 2);
    CHECK(summary.check.emptyRows == QList<int> { 3, 4 });
    const QStringList report = lines(summary.check);
    REQUIRE(report.size() == 2);
    CHECK(report.at(0).startsWith(QStringLiteral("5||")));
    // A row that stops early: the missing cells are empty, and the last name is required.
    CHECK(report.at(1).startsWith(QStringLiteral("7|Naam|")));
}

TEST_CASE("import: stop imports nothing when a row is invalid; skip imports the valid rows")
{
    const QByteArray bytes = sheet({ "Voornaam;Naam;E-mail", "Jan;Claes;jan@voorbeeld.be",
                                     ";Zonder voornaam;", "Els;Peeters;geen-adres" });
    Fixture stop;
    const auto stopped = stop.run(bytes, policy(InvalidRows::Stop));
    CHECK(stopped.stopped);
    CHECK(stopped.imported == 0);
    CHECK(stopped.check.invalidCount() == 2);
    CHECK(learnerCount(*stop.db) == 0);
    CHECK(auditCount(*stop.db) == 0);

    Fixture skip;
    const auto skipped = skip.run(bytes, policy(InvalidRows::Skip));
    CHECK_FALSE(skipped.stopped);
    CHECK(skipped.imported == 1);
    CHECK(learnerCount(*skip.db) == 1);
    const QStringList report = lines(skipped.check);
    REQUIRE(report.size() == 2);
    CHECK(report.at(0).startsWith(QStringLiteral("3|Voornaam|")));
    CHECK(report.at(1).startsWith(QStringLiteral("4|E-mail|")));
}

TEST_CASE("import: a dry run checks and writes everything, then leaves the database as it was")
{
    Fixture f;
    const auto summary = f.run(sheet({ "Voornaam;Naam", "Jan;Claes", "Els;Peeters" }),
                               policy(InvalidRows::Skip, true));
    CHECK(summary.dryRun);
    CHECK(summary.imported == 2);
    CHECK(summary.ids.empty());
    CHECK(learnerCount(*f.db) == 0);
    CHECK(auditCount(*f.db) == 0);
    CHECK(require(sql::scalar(*f.db, QStringLiteral("SELECT count(*) FROM phase_change"))) == 0);
}

TEST_CASE("import: possible duplicates in the database or higher up in the file are left out")
{
    Fixture f;
    Learner known;
    known.firstName = QStringLiteral("Amina");
    known.lastName = QStringLiteral("El Idrissi");
    known.birthDate = QDate(1990, 3, 5);
    const qint64 knownId = require(LearnerRepository(*f.db, f.clock).add(known));
    Learner numbered;
    numbered.firstName = QStringLiteral("Els");
    numbered.lastName = QStringLiteral("Peeters");
    numbered.nationalNumber = QStringLiteral("85073003328");
    const qint64 numberedId = require(LearnerRepository(*f.db, f.clock).add(numbered));

    const QByteArray bytes = sheet({ "Voornaam;Naam;Geboortedatum;Rijksregisternummer",
                                     "amina;EL IDRISSI;05/03/1990;", // same name and birth date
                                     "Elisabeth;Peeters;;85.07.30-033.28", // same number
                                     "Jan;Claes;01/02/1985;",
                                     "Jan;Claes;01/02/1985;", // same as the row above
                                     "Ann;Wouters;;" });
    const auto summary = f.run(bytes);
    CHECK(summary.imported == 2);
    CHECK(summary.check.duplicateCount() == 3);
    CHECK(summary.check.invalidCount() == 0);
    const auto problems = summary.check.problems();
    REQUIRE(problems.size() == 3);
    for (const auto &problem : problems)
        CHECK(problem.kind == ImportProblem::Kind::Duplicate);
    CHECK(problems.at(0).row == 2);
    CHECK(problems.at(0).message
          == QStringLiteral("Possible duplicate: learner %1 has the same name and birth date.")
                 .arg(knownId));
    CHECK(problems.at(1).row == 3);
    CHECK(problems.at(1).column == QStringLiteral("Rijksregisternummer"));
    CHECK(problems.at(1).message
          == QStringLiteral("Possible duplicate: learner %1 has the same national register number.")
                 .arg(numberedId));
    CHECK(problems.at(2).row == 5);
    CHECK(problems.at(2).message
          == QStringLiteral("Possible duplicate: row 4 has the same name and birth date."));
    CHECK(learnerCount(*f.db) == 4);

    // Asked for, they are imported anyway.
    Fixture all;
    ImportOptions options;
    options.importDuplicates = true;
    CHECK(all.run(bytes, options).imported == 5);
}

TEST_CASE("import: a failure halfway rolls the whole import back")
{
    Fixture f;
    require(sql::exec(*f.db,
                      QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON learner "
                                     "WHEN NEW.last_name = 'Boom' "
                                     "BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    const CsvTable csv
        = table(sheet({ "Voornaam;Naam", "Jan;Claes", "Els;Peeters", "Bo;Boom", "Ann;Wouters" }));
    const auto result = f.importer.run(csv, LearnerImport::guessMapping(csv.header), {});
    REQUIRE_FALSE(result.ok());
    // "Bo;Boom" is row 4 of the spreadsheet (the header is row 1).
    CHECK(result.error().message
          == QStringLiteral("Row 4 could not be stored, so nothing was imported: The learners "
                            "could not be saved."));
    CHECK(learnerCount(*f.db) == 0);
    CHECK(require(sql::scalar(*f.db, QStringLiteral("SELECT count(*) FROM phase_change"))) == 0);
    CHECK(auditCount(*f.db) == 0);
}

TEST_CASE("import: the audit log says how many learners came in, never who nor from which file")
{
    Fixture f;
    QTemporaryDir dir;
    // File names often hold a name.
    const QString path = dir.filePath(QStringLiteral("aanmelding-Jan-Claes.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(sheet({ "Voornaam;Naam", "Jan;Claes", "Els;Peeters", "Ann;Wouters" }));
    file.close();

    const auto summary = require(f.importer.importFile(path, {}));
    CHECK(summary.imported == 3);
    const auto entries = require(AuditLog(*f.db, f.clock).entries());
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().action == AuditAction::Import);
    CHECK(entries.front().detail.contains(QStringLiteral("3 learners")));
    CHECK_FALSE(entries.front().detail.contains(QStringLiteral("aanmelding")));
    CHECK_FALSE(entries.front().detail.contains(QStringLiteral("Claes")));
    CHECK_FALSE(entries.front().subject.contains(QStringLiteral("Claes")));
    CHECK(require(AuditLog(*f.db, f.clock).verify()).intact);
}

TEST_CASE("import: an unbalanced quote or an unreadable file imports nothing")
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kapot.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(sheet({ "Voornaam;Naam", "Jan;Claes", "Els;\"Peeters", "Ann;Wouters" }));
    file.close();
    const auto broken = f.importer.importFile(path, {});
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message
          == QStringLiteral("Row 3 (line 3 of the file): a quotation mark is opened but never "
                            "closed. Check the cell that starts there."));
    CHECK_FALSE(f.importer.importFile(dir.filePath(QStringLiteral("missing.csv")), {}).ok());
    CHECK(learnerCount(*f.db) == 0);
}

TEST_CASE("import: 10,000 rows in one transaction")
{
    Fixture f;
    QByteArray bytes = sheet({ "Voornaam;Naam;Geboortedatum;E-mail;Postcode;Gemeente" });
    for (int i = 0; i < 10000; ++i)
        bytes.append(QStringLiteral("Voornaam%1;Achternaam%1;%2;cursist%1@voorbeeld.be;8000;"
                                    "Brugge\r\n")
                         .arg(i)
                         .arg(QDate(1970, 1, 1).addDays(i).toString(QStringLiteral("dd/MM/yyyy")))
                         .toUtf8());
    QElapsedTimer timer;
    timer.start();
    const auto summary = f.run(bytes);
    WARN("10,000 rows imported in " << timer.elapsed() << " ms (this build)");
    CHECK(summary.imported == 10000);
    CHECK(summary.check.problems().isEmpty());
    CHECK(learnerCount(*f.db) == 10000);
    CHECK(auditCount(*f.db) == 1);
}

TEST_CASE("LearnerRepository::addAll stores every learner as add() does, or none")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(traject::test::fixedToday());
    LearnerRepository repository(*db, clock);
    std::vector<Learner> learners(3);
    learners[0].firstName = QStringLiteral("Jan");
    learners[0].lastName = QStringLiteral("Claes");
    learners[1].firstName = QStringLiteral("Els");
    learners[1].lastName = QStringLiteral("Peeters");
    learners[1].children.push_back({ 0, 2019, ChildcareArrangement::Daycare, {} });
    learners[2].firstName = QStringLiteral("Ann");
    learners[2].lastName = QStringLiteral("Wouters");
    learners[2].email = QStringLiteral("geen-adres");

    std::size_t failed = 99;
    CHECK_FALSE(repository.addAll(learners, &failed).ok());
    CHECK(failed == 2);
    CHECK(learnerCount(*db) == 0);

    learners[2].email.clear();
    require(repository.addAll(learners));
    CHECK(learnerCount(*db) == 3);
    for (const Learner &learner : learners) {
        const Learner stored = require(repository.get(learner.id));
        CHECK(stored.fullName() == learner.fullName());
        CHECK(stored.phase == Phase::Referral);
        CHECK(stored.phaseSince == traject::test::fixedToday());
        CHECK(stored.children.size() == learner.children.size());
        CHECK(require(repository.phaseHistory(learner.id)).size() == 1);
    }
}

} // namespace TRAJECT_UNITY_ID
