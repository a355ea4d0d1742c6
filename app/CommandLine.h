// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// What the user asked for on the command line.
struct CommandLineOptions
{
    QString databasePath; // empty: the default database
    bool demo = false;
    bool noWindow = false;

    // Documents written without a window.
    std::optional<qint64> printPlan; // the learner whose personal plan to write
    std::optional<qint64> attendanceSheet; // the placement whose attendance sheet to write
    std::optional<qint64> printIntake; // the intake whose summary to write
    QString out; // the PDF file
    QString audience = QStringLiteral("learner");
    QString planLanguage = QStringLiteral("nl");
    bool sensitive = false;
    /// The plan's appendix with every module and placement day: yes, no, or as the audience has
    /// it (empty: off for the learner and a partner, on for the workplace).
    QString appendix;

    // An intake template (JSON) to load into the database.
    QString intakeTemplate;

    // Data safety and the learner's rights.
    QString backup; // the file to write a backup to
    QString restore; // the backup to put in the database's place
    std::optional<qint64> exportLearner; // everything about this learner, into the folder of --out
    std::optional<qint64> eraseLearner; // erased for good, without asking

    // Exchange with other tools.
    QString importLearners; // the CSV file to import learners from
    bool dryRun = false; // check the import and show its report, save nothing
    QString onError = QStringLiteral("skip"); // an invalid row: skip it, or stop (import nothing)
    std::optional<qint64> exportIcs; // the learner whose agenda to write to --out
    QString exportList; // the list to write to the CSV file of --out ("caseload")

    // Reports: profile or meeting, with the period or the day of the last meeting.
    QString report;
    QString reportFrom;
    QString reportTo;
    std::optional<qint64> mlpSummary; // the learner whose MLP summary to write to --out

    // Encryption.
    QString passphraseFile; // its first line unlocks the database, or encrypts a new one
    QString recoveryKeyFile; // its first line, the recovery key, unlocks the database
    bool encrypt = false; // encrypts the existing plain database with the passphrase
    QString changePassphrase; // the file whose first line is the new passphrase
    QString recoverySheet; // the PDF to write the recovery sheet (of a new recovery key) to

    bool checkAuditLog = false; // check the audit log's chain
    std::optional<int> generate; // fill a new database with this many made-up learners

    bool writesDocument() const { return printPlan || attendanceSheet || printIntake; }
    bool loadsIntakeTemplate() const { return !intakeTemplate.isEmpty(); }
    bool runsPrivacyCommand() const
    {
        return !backup.isEmpty() || !restore.isEmpty() || exportLearner || eraseLearner;
    }
    bool runsExchangeCommand() const
    {
        return !importLearners.isEmpty() || exportIcs || !exportList.isEmpty();
    }
    /// Encrypting, a new passphrase or a new recovery sheet: done, then the program stops.
    bool runsKeyCommand() const
    {
        return encrypt || !changePassphrase.isEmpty() || !recoverySheet.isEmpty();
    }
    bool usesKeys() const
    {
        return runsKeyCommand() || !passphraseFile.isEmpty() || !recoveryKeyFile.isEmpty();
    }
    /// Documents, templates, backups and the learner's rights go with an existing caseload, never
    /// a new one.
    bool needsExistingDatabase() const
    {
        return writesDocument() || loadsIntakeTemplate()
            || (runsPrivacyCommand() && restore.isEmpty()) // a backup can replace a lost file
            || runsExchangeCommand() || checkAuditLog || !report.isEmpty() || encrypt
            || !changePassphrase.isEmpty() || !recoveryKeyFile.isEmpty();
    }
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// True when the arguments ask for no window at all (help, version, --no-window, a
    /// document, a template to load), so that main() can start without a display.
    static bool isHeadless(int argc, char *argv[]);
    /// True when the arguments ask for a document: it is drawn (fonts, painting) without a
    /// display.
    static bool writesDocument(int argc, char *argv[]);

    /// Parses the arguments. Prints help, the version or an error itself; then returns the exit
    /// code in exitCode and no options.
    static std::optional<CommandLineOptions> parse(const QStringList &arguments, int *exitCode);

    /// The default database: <AppDataLocation>/trajectplanner.sqlite.
    static QString defaultDatabasePath();
    /// The demo database: <AppDataLocation>/demo.sqlite (made anew by --demo without --db).
    static QString demoDatabasePath();
};
