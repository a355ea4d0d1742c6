// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerImport.h"

#include "Clock.h"
#include "domain/NationalNumber.h"
#include "exchange/ImportValues.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"
#include "storage/Removal.h"
#include "storage/internal/Sql.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace traject {

namespace {

struct FieldInfo
{
    LearnerField field;
    const char *name; // the field name in Learner::validate()'s problems
    const char *label; // English source text, context LearnerImport
    std::vector<const char *> columns; // normalised column names
};

const std::array<FieldInfo, 26> &fieldTable()
{
    static const std::array<FieldInfo, 26> table { {
        { LearnerField::Ignore, "", QT_TRANSLATE_NOOP("LearnerImport", "(do not import)"), {} },
        { LearnerField::FirstName,
          "firstName",
          QT_TRANSLATE_NOOP("LearnerImport", "First name"),
          { "voornaam", "voornamen", "firstname", "givenname", "forename", "prenom" } },
        { LearnerField::LastName,
          "lastName",
          QT_TRANSLATE_NOOP("LearnerImport", "Last name"),
          { "achternaam", "familienaam", "naam", "lastname", "surname", "familyname", "name",
            "nom" } },
        { LearnerField::BirthDate,
          "birthDate",
          QT_TRANSLATE_NOOP("LearnerImport", "Birth date"),
          { "geboortedatum", "geborenop", "geboortedag", "birthdate", "dateofbirth", "dob",
            "birthday" } },
        { LearnerField::Gender,
          "gender",
          QT_TRANSLATE_NOOP("LearnerImport", "Gender"),
          { "geslacht", "gender", "sex", "mv", "mvx" } },
        { LearnerField::Email,
          "email",
          QT_TRANSLATE_NOOP("LearnerImport", "E-mail"),
          { "email", "emailadres", "mail", "mailadres", "emailaddress", "epost" } },
        { LearnerField::Phone,
          "phone",
          QT_TRANSLATE_NOOP("LearnerImport", "Phone"),
          { "telefoon", "telefoonnummer", "tel", "telnr", "gsm", "gsmnummer", "gsmnr", "mobiel",
            "mobielnummer", "phone", "phonenumber", "telephone", "mobile" } },
        { LearnerField::Street,
          "street",
          QT_TRANSLATE_NOOP("LearnerImport", "Street and number"),
          { "straat", "straatennummer", "straatnr", "adres", "address", "street",
            "streetaddress" } },
        { LearnerField::PostalCode,
          "postalCode",
          QT_TRANSLATE_NOOP("LearnerImport", "Postal code"),
          { "postcode", "postnummer", "postalcode", "zip", "zipcode" } },
        { LearnerField::Municipality,
          "municipality",
          QT_TRANSLATE_NOOP("LearnerImport", "Municipality"),
          { "gemeente", "woonplaats", "stad", "plaats", "municipality", "city", "town" } },
        { LearnerField::NationalNumber,
          "nationalNumber",
          QT_TRANSLATE_NOOP("LearnerImport", "National register number"),
          { "rijksregisternummer", "rijksregisternr", "rijksregister", "rrn", "rrnr", "insz",
            "insznummer", "nationalnumber", "nationalregisternumber" } },
        { LearnerField::HomeLanguage,
          "homeLanguage",
          QT_TRANSLATE_NOOP("LearnerImport", "Home language"),
          { "thuistaal", "moedertaal", "homelanguage", "mothertongue" } },
        { LearnerField::Nt2Level,
          "nt2Level",
          QT_TRANSLATE_NOOP("LearnerImport", "NT2 level"),
          { "nt2niveau", "nt2", "niveaunt2", "niveaunederlands", "taalniveau", "nt2level",
            "dutchlevel" } },
        { LearnerField::EducationLevel,
          "educationLevel",
          QT_TRANSLATE_NOOP("LearnerImport", "Education level"),
          { "opleidingsniveau", "scholingsniveau", "onderwijsniveau", "educationlevel",
            "education" } },
        { LearnerField::ForeignDiploma,
          "foreignDiploma",
          QT_TRANSLATE_NOOP("LearnerImport", "Foreign diploma"),
          { "buitenlandsdiploma", "foreigndiploma" } },
        { LearnerField::MigrationBackground,
          "migrationBackground",
          QT_TRANSLATE_NOOP("LearnerImport", "Migration background"),
          { "migratieachtergrond", "migrationbackground" } },
        { LearnerField::StatusBeforeStart,
          "statusBeforeStart",
          QT_TRANSLATE_NOOP("LearnerImport", "Status before the start"),
          { "statusvoorstart", "statusvoordestart", "statusbijstart", "statusbeforestart" } },
        { LearnerField::MonthsUnemployed,
          "monthsUnemployed",
          QT_TRANSLATE_NOOP("LearnerImport", "Months unemployed"),
          { "maandenwerkloos", "maandenwerkzoekend", "aantalmaandenwerkloos",
            "aantalmaandenwerkzoekend", "monthsunemployed" } },
        { LearnerField::EmploymentService,
          "employmentService",
          QT_TRANSLATE_NOOP("LearnerImport", "Employment service"),
          { "arbeidsbemiddeling", "bemiddelingsdienst", "employmentservice" } },
        { LearnerField::Statute,
          "statute",
          QT_TRANSLATE_NOOP("LearnerImport", "Statute or benefit"),
          { "statuut", "uitkering", "statute", "benefit" } },
        { LearnerField::Transport,
          "transport",
          QT_TRANSLATE_NOOP("LearnerImport", "Transport"),
          { "vervoer", "vervoermiddel", "transport" } },
        { LearnerField::DrivingLicence,
          "drivingLicence",
          QT_TRANSLATE_NOOP("LearnerImport", "Driving licence"),
          { "rijbewijs", "drivinglicence", "drivinglicense" } },
        { LearnerField::HasLaptop,
          "hasLaptop",
          QT_TRANSLATE_NOOP("LearnerImport", "Has a laptop"),
          { "laptop", "heeftlaptop", "haslaptop" } },
        { LearnerField::HasInternet,
          "hasInternet",
          QT_TRANSLATE_NOOP("LearnerImport", "Has internet"),
          { "internet", "heeftinternet", "hasinternet" } },
        { LearnerField::ReferrerNote,
          "referrerNote",
          QT_TRANSLATE_NOOP("LearnerImport", "Referred by"),
          { "toeleider", "verwijzer", "doorverwezendoor", "toegeleiddoor", "referrer",
            "referredby" } },
        { LearnerField::Notes,
          "notes",
          QT_TRANSLATE_NOOP("LearnerImport", "Notes"),
          { "opmerking", "opmerkingen", "notities", "notes", "remarks" } },
    } };
    return table;
}

const FieldInfo &infoOf(LearnerField field)
{
    return fieldTable().at(static_cast<std::size_t>(field));
}

/// Reads one cell into the learner; returns a problem with the cell, if any.
QString readCell(Learner &learner, LearnerField field, const QString &text)
{
    namespace iv = importvalue;
    QString problem;
    const QString value = text.trimmed();
    const auto choose = [&](auto parsed, auto &target) {
        if (parsed)
            target = *parsed;
        else
            problem = iv::Texts::tr("\"%1\" is not one of the known values.").arg(value);
    };
    const auto yesNo = [&](bool &target) {
        if (const auto parsed = iv::yesNo(value, &problem))
            target = *parsed;
    };
    switch (field) {
    case LearnerField::Ignore:
        break;
    case LearnerField::FirstName:
        learner.firstName = value;
        break;
    case LearnerField::LastName:
        learner.lastName = value;
        break;
    case LearnerField::BirthDate:
        if (const auto day = iv::date(value, &problem))
            learner.birthDate = *day;
        break;
    case LearnerField::Gender:
        choose(iv::gender(value), learner.gender);
        break;
    case LearnerField::Email:
        learner.email = value;
        break;
    case LearnerField::Phone:
        learner.phone = value;
        break;
    case LearnerField::Street:
        learner.street = value;
        break;
    case LearnerField::PostalCode:
        learner.postalCode = value;
        break;
    case LearnerField::Municipality:
        learner.municipality = value;
        break;
    case LearnerField::NationalNumber:
        learner.nationalNumber = value;
        break;
    case LearnerField::HomeLanguage:
        learner.homeLanguage = value;
        break;
    case LearnerField::Nt2Level:
        choose(iv::nt2Level(value), learner.nt2Level);
        break;
    case LearnerField::EducationLevel:
        choose(iv::educationLevel(value), learner.educationLevel);
        break;
    case LearnerField::ForeignDiploma:
        learner.foreignDiploma = value;
        break;
    case LearnerField::MigrationBackground:
        choose(iv::migrationBackground(value), learner.migrationBackground);
        break;
    case LearnerField::StatusBeforeStart:
        choose(iv::statusBeforeStart(value), learner.statusBeforeStart);
        break;
    case LearnerField::MonthsUnemployed: {
        bool ok = true;
        learner.monthsUnemployed = iv::wholeNumber(value, &ok);
        if (!ok)
            problem = iv::Texts::tr("\"%1\" is not a whole number of months.").arg(value);
        break;
    }
    case LearnerField::EmploymentService:
        choose(iv::employmentService(value), learner.employmentService);
        break;
    case LearnerField::Statute:
        learner.statute = value;
        break;
    case LearnerField::Transport:
        choose(iv::transport(value), learner.transport);
        break;
    case LearnerField::DrivingLicence:
        yesNo(learner.drivingLicence);
        break;
    case LearnerField::HasLaptop:
        yesNo(learner.hasLaptop);
        break;
    case LearnerField::HasInternet:
        yesNo(learner.hasInternet);
        break;
    case LearnerField::ReferrerNote:
        learner.referrerNote = value;
        break;
    case LearnerField::Notes:
        learner.notes = text; // line breaks kept
        break;
    }
    return problem;
}

QString nameKey(const Learner &learner)
{
    if (!learner.birthDate.isValid())
        return {};
    return learner.firstName.trimmed().toCaseFolded() + QLatin1Char('|')
        + learner.lastName.trimmed().toCaseFolded() + QLatin1Char('|')
        + learner.birthDate.toString(Qt::ISODate);
}

QString numberKey(const QString &typed)
{
    const auto number = NationalNumber::parse(typed);
    return number ? number->digits() : QString();
}

/// What is in the database already: learner numbers by national number and by name + birth date.
struct Known
{
    QHash<QString, qint64> byNumber;
    QHash<QString, qint64> byName;
};

Result<Known> knownLearners(const Database &database)
{
    auto query = sql::exec(database,
                           QStringLiteral("SELECT id, first_name, last_name, birth_date, "
                                          "national_number FROM learner"));
    if (!query)
        return query.error();
    Known known;
    while (query->next()) {
        Learner learner;
        const qint64 id = query->value(0).toLongLong();
        learner.firstName = query->value(1).toString();
        learner.lastName = query->value(2).toString();
        learner.birthDate = sql::toDate(query->value(3));
        const QString number = query->value(4).toString();
        if (!number.isEmpty())
            known.byNumber.insert(number, id);
        if (const QString key = nameKey(learner); !key.isEmpty())
            known.byName.insert(key, id);
    }
    return known;
}

} // namespace

bool ImportRow::valid() const
{
    return std::none_of(problems.begin(), problems.end(), [](const ImportProblem &problem) {
        return problem.kind == ImportProblem::Kind::Invalid;
    });
}

bool ImportRow::duplicate() const
{
    return std::any_of(problems.begin(), problems.end(), [](const ImportProblem &problem) {
        return problem.kind == ImportProblem::Kind::Duplicate;
    });
}

int ImportCheck::validCount() const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const ImportRow &row) { return row.valid() && !row.duplicate(); }));
}

int ImportCheck::invalidCount() const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [](const ImportRow &row) { return !row.valid(); }));
}

int ImportCheck::duplicateCount() const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const ImportRow &row) { return row.valid() && row.duplicate(); }));
}

QList<ImportProblem> ImportCheck::problems() const
{
    QList<ImportProblem> all;
    for (const auto &row : rows)
        all.append(row.problems);
    return all;
}

LearnerImport::LearnerImport(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

LearnerField LearnerImport::fieldForColumn(const QString &name)
{
    const QString word = importvalue::normalised(name);
    if (word.isEmpty())
        return LearnerField::Ignore;
    for (const auto &info : fieldTable()) {
        for (const char *column : info.columns) {
            if (word == QLatin1String(column))
                return info.field;
        }
    }
    return LearnerField::Ignore;
}

ColumnMapping LearnerImport::guessMapping(const QStringList &header)
{
    ColumnMapping mapping;
    QSet<int> taken;
    for (const QString &name : header) {
        LearnerField field = fieldForColumn(name);
        if (taken.contains(int(field)))
            field = LearnerField::Ignore;
        if (field != LearnerField::Ignore)
            taken.insert(int(field));
        mapping.append(field);
    }
    return mapping;
}

QList<LearnerField> LearnerImport::allFields()
{
    QList<LearnerField> fields;
    for (const auto &info : fieldTable())
        fields.append(info.field);
    return fields;
}

QString LearnerImport::fieldLabel(LearnerField field)
{
    return tr(infoOf(field).label);
}

Result<ImportCheck> LearnerImport::check(const CsvTable &table, const ColumnMapping &mapping) const
{
    QHash<int, int> columnOf; // field → column
    for (qsizetype i = 0; i < mapping.size() && i < table.header.size(); ++i) {
        const LearnerField field = mapping.at(i);
        if (field == LearnerField::Ignore)
            continue;
        if (columnOf.contains(int(field)))
            return Error { tr("The columns \"%1\" and \"%2\" are both read as \"%3\". Choose one "
                              "of them.")
                               .arg(table.header.at(columnOf.value(int(field))), table.header.at(i),
                                    fieldLabel(field)),
                           {} };
        columnOf.insert(int(field), int(i));
    }
    for (const LearnerField required : { LearnerField::FirstName, LearnerField::LastName }) {
        if (!columnOf.contains(int(required)))
            return Error { tr("The file has no column \"%1\". Name a column so in the header row, "
                              "or choose it in the mapping. Nothing was imported.")
                               .arg(fieldLabel(required)),
                           {} };
    }

    auto known = knownLearners(m_database);
    if (!known)
        return known.error();
    // The rows of this file seen so far, by the same keys: the spreadsheet row number.
    QHash<QString, int> fileNumbers;
    QHash<QString, int> fileNames;

    const QDate today = m_clock.today();
    ImportCheck result;
    result.emptyRows = table.emptyRows;
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        if (i >= mapping.size() || mapping.at(i) == LearnerField::Ignore)
            result.ignoredColumns.append(table.header.at(i));
    }
    // The problems of validate() name a field; the report names the column in the file.
    QHash<QString, QString> columnForName;
    for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
        columnForName.insert(QLatin1String(infoOf(LearnerField(it.key())).name),
                             table.header.at(it.value()));

    result.rows.reserve(table.rows.size());
    for (const CsvRow &csv : table.rows) {
        ImportRow row;
        row.row = csv.row;
        const auto problem = [&row](const QString &column, const QString &message,
                                    ImportProblem::Kind kind = ImportProblem::Kind::Invalid) {
            row.problems.append({ row.row, column, message, kind });
        };
        QSet<QString> unreadable; // fields whose cell could not be read: no second message
        for (qsizetype c = 0; c < csv.cells.size(); ++c) {
            if (c >= table.header.size()) {
                if (!csv.cells.at(c).trimmed().isEmpty()) {
                    problem(QString(),
                            tr("This row has more cells than the header row has "
                               "column names."));
                    break;
                }
                continue;
            }
            const LearnerField field = c < mapping.size() ? mapping.at(c) : LearnerField::Ignore;
            const QString message = readCell(row.learner, field, csv.cells.at(c));
            if (!message.isEmpty()) {
                problem(table.header.at(c), message);
                unreadable.insert(QLatin1String(infoOf(field).name));
            }
        }
        row.learner.phase = Phase::Referral;
        row.learner.phaseSince = today;
        for (const FieldError &error : row.learner.validate(today)) {
            if (!unreadable.contains(error.field))
                problem(columnForName.value(error.field), error.message);
        }

        if (row.valid()) {
            const QString number = numberKey(row.learner.nationalNumber);
            const QString name = nameKey(row.learner);
            const QString numberColumn = columnForName.value(QStringLiteral("nationalNumber"));
            const QString nameColumn = columnForName.value(QStringLiteral("lastName"));
            const auto duplicate = [&](const QString &column, const QString &message) {
                problem(column, message, ImportProblem::Kind::Duplicate);
            };
            if (!number.isEmpty() && known->byNumber.contains(number))
                duplicate(numberColumn,
                          tr("Possible duplicate: learner %1 has the same national register "
                             "number.")
                              .arg(known->byNumber.value(number)));
            else if (!number.isEmpty() && fileNumbers.contains(number))
                duplicate(numberColumn,
                          tr("Possible duplicate: row %1 has the same national register number.")
                              .arg(fileNumbers.value(number)));
            else if (!name.isEmpty() && known->byName.contains(name))
                duplicate(nameColumn,
                          tr("Possible duplicate: learner %1 has the same name and birth date.")
                              .arg(known->byName.value(name)));
            else if (!name.isEmpty() && fileNames.contains(name))
                duplicate(nameColumn,
                          tr("Possible duplicate: row %1 has the same name and birth date.")
                              .arg(fileNames.value(name)));
            if (!number.isEmpty() && !fileNumbers.contains(number))
                fileNumbers.insert(number, row.row);
            if (!name.isEmpty() && !fileNames.contains(name))
                fileNames.insert(name, row.row);
        }
        result.rows.push_back(std::move(row));
    }
    return result;
}

Result<ImportSummary> LearnerImport::run(const CsvTable &table, const ColumnMapping &mapping,
                                         const ImportOptions &options)
{
    auto checked = check(table, mapping);
    if (!checked)
        return checked.error();
    ImportSummary summary;
    summary.check = std::move(checked).value();
    summary.dryRun = options.dryRun;
    if (options.onInvalid == InvalidRows::Stop && summary.check.invalidCount() > 0) {
        summary.stopped = true;
        return summary;
    }

    std::vector<const ImportRow *> wanted;
    for (const auto &row : summary.check.rows) {
        if (row.valid() && (options.importDuplicates || !row.duplicate()))
            wanted.push_back(&row);
    }
    if (wanted.empty())
        return summary;

    // One transaction: every row or none. It is rolled back when it is not committed (a dry run,
    // or a failure halfway).
    Transaction transaction(m_database);
    if (auto started = transaction.status(); !started)
        return started.error();
    std::vector<Learner> learners;
    learners.reserve(wanted.size());
    for (const ImportRow *row : wanted)
        learners.push_back(row->learner);
    std::size_t failed = 0;
    if (auto added = LearnerRepository(m_database, m_clock).addAll(learners, &failed); !added)
        return Error { tr("Row %1 could not be stored, so nothing was imported: %2")
                           .arg(failed < wanted.size() ? wanted[failed]->row : 0)
                           .arg(added.error().message),
                       added.error().detail };
    if (!options.dryRun) {
        for (const Learner &learner : learners)
            summary.ids.push_back(learner.id);
    }
    summary.imported = int(wanted.size());
    if (options.dryRun)
        return summary;

    // Counts only: the file's name often holds a name (of a learner, a partner, a colleague).
    const QString detail = QStringLiteral("import of %1 learners").arg(summary.imported);
    auto logged = AuditLog(m_database, m_clock)
                      .append(AuditAction::Import, QStringLiteral("learners"), detail);
    if (!logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

Result<ImportSummary> LearnerImport::importFile(const QString &path, ImportOptions options)
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    if (options.sourceName.isEmpty())
        options.sourceName = QFileInfo(path).fileName();
    return run(*table, guessMapping(table->header), options);
}

Status LearnerImport::takeBack(const ImportSummary &summary, Removal &removed)
{
    return sql::inTransaction(m_database, [&]() -> Status {
        Removal taken;
        LearnerRepository learners(m_database, m_clock);
        for (const qint64 id : summary.ids) {
            if (auto gone = learners.remove(id, &taken); !gone)
                return gone;
        }
        auto logged
            = AuditLog(m_database, m_clock)
                  .append(AuditAction::Import, QStringLiteral("learners"),
                          QStringLiteral("undo: import of %1 learners").arg(summary.imported));
        if (!logged)
            return logged.error();
        removed = taken;
        return {};
    });
}

Status LearnerImport::putBack(const ImportSummary &summary, const Removal &removed)
{
    return sql::inTransaction(m_database, [&]() -> Status {
        if (auto restored = removed.restore(m_database); !restored)
            return restored;
        auto logged
            = AuditLog(m_database, m_clock)
                  .append(AuditAction::Import, QStringLiteral("learners"),
                          QStringLiteral("redo: import of %1 learners").arg(summary.imported));
        if (!logged)
            return logged.error();
        return {};
    });
}

} // namespace traject
