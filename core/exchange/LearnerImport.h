// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Learner.h"
#include "exchange/CsvReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace traject {

class Clock;
class Database;

/// The learner data a column of a spreadsheet can hold.
enum class LearnerField
{
    Ignore,
    FirstName,
    LastName,
    BirthDate,
    Gender,
    Email,
    Phone,
    Street,
    PostalCode,
    Municipality,
    NationalNumber,
    HomeLanguage,
    Nt2Level,
    EducationLevel,
    ForeignDiploma,
    MigrationBackground,
    StatusBeforeStart,
    MonthsUnemployed,
    EmploymentService,
    Statute,
    Transport,
    DrivingLicence,
    HasLaptop,
    HasInternet,
    ReferrerNote,
    Notes,
};

/// For each column of the file (in order) the field it is read into.
using ColumnMapping = QList<LearnerField>;

/// What to do with the file when some rows are invalid.
enum class InvalidRows
{
    Skip, // import the valid rows, report the others
    Stop, // import nothing
};

struct ImportOptions
{
    InvalidRows onInvalid = InvalidRows::Skip;
    /// Everything is checked and written, then rolled back: the database stays as it was.
    bool dryRun = false;
    /// Possible duplicates are reported and left out, unless this is set.
    bool importDuplicates = false;
    /// The file's name, for the Undo menu; never in the audit log, which takes counts only.
    QString sourceName;
};

/// One problem in the validation report: a row of the spreadsheet, a column (its name in the
/// file; empty for the row as a whole) and what is wrong, in words a SPOC can read.
struct ImportProblem
{
    enum class Kind
    {
        Invalid, // the row cannot be imported as it is
        Duplicate, // the learner is probably there already (in the database or higher up)
    };
    int row = 0;
    QString column;
    QString message;
    Kind kind = Kind::Invalid;

    bool operator==(const ImportProblem &) const = default;
};

/// One row of the file read as a learner, with its problems.
struct ImportRow
{
    int row = 0;
    Learner learner;
    QList<ImportProblem> problems; // parsing and validation problems, duplicates
    bool valid() const;
    bool duplicate() const;
};

/// The file read through a mapping: every row as a learner and the validation report. Nothing is
/// written. A wizard shows it as the preview.
struct ImportCheck
{
    std::vector<ImportRow> rows;
    QList<int> emptyRows;
    /// The names of the columns that are not read (no field, or the field is not known).
    QStringList ignoredColumns;

    int validCount() const; // valid and not a duplicate
    int invalidCount() const;
    int duplicateCount() const; // valid but probably there already
    /// Every problem, row by row.
    QList<ImportProblem> problems() const;
};

/// The outcome of an import (or of a dry run).
struct ImportSummary
{
    ImportCheck check;
    /// The learners added (in a dry run: that would have been added).
    int imported = 0;
    std::vector<qint64> ids; // empty after a dry run
    bool dryRun = false;
    /// Nothing was imported because some rows were invalid and the policy is Stop.
    bool stopped = false;
};

/// Imports learners from a spreadsheet (CSV): a mapping of columns to fields, guessed from Dutch or
/// English column names and changeable; a validation report per row and column; all valid rows in
/// one transaction or nothing. New learners start in the referral phase, as from the window.
class Removal;

class LearnerImport
{
    Q_DECLARE_TR_FUNCTIONS(LearnerImport)

public:
    LearnerImport(Database &database, const Clock &clock);

    /// The field a column name stands for (Dutch or English, any case, accents and punctuation
    /// ignored); Ignore when it is not known.
    static LearnerField fieldForColumn(const QString &name);
    /// The mapping guessed from the header; a field is taken by the first column that names it.
    static ColumnMapping guessMapping(const QStringList &header);
    /// The fields in the order a mapping screen lists them (Ignore first).
    static QList<LearnerField> allFields();
    /// The field's name, translated.
    static QString fieldLabel(LearnerField field);

    /// Reads every row through the mapping and checks it, without writing anything. Refused when
    /// a column for the first or the last name is missing or two columns map to one field.
    Result<ImportCheck> check(const CsvTable &table, const ColumnMapping &mapping) const;

    /// Checks, then adds the valid rows (or, with Stop, nothing when a row is invalid) in one
    /// transaction with one entry in the audit log. Any failure while writing rolls everything
    /// back and is returned as an error.
    Result<ImportSummary> run(const CsvTable &table, const ColumnMapping &mapping,
                              const ImportOptions &options);

    /// Reads the file, guesses the mapping and runs the import.
    Result<ImportSummary> importFile(const QString &path, ImportOptions options);

    /// Takes an import back: removes the learners it added, with whatever was added to them since,
    /// and notes it in the audit log, in one transaction. `removed` gets what to put back.
    Status takeBack(const ImportSummary &summary, Removal &removed);
    /// Puts learners taken back again, with the same numbers, and notes it in the audit log, in
    /// one transaction.
    Status putBack(const ImportSummary &summary, const Removal &removed);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace traject
