// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "GenerateCommand.h"
#include "sqlite/Versions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

namespace {

bool hasFlag(int argc, char *argv[], std::initializer_list<const char *> flags)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : flags) {
            // "--out FILE" or "--out=FILE"
            const size_t length = std::strlen(flag);
            if (std::strncmp(argv[i], flag, length) == 0
                && (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
}

} // namespace

bool CommandLine::isHeadless(int argc, char *argv[])
{
    return hasFlag(argc, argv,
                   { "--no-window",
                     "--help",
                     "-h",
                     "--help-all",
                     "--version",
                     "-v",
                     "--load-intake-template",
                     "--backup",
                     "--restore",
                     "--erase-learner",
                     "--export-learner",
                     "--export-list",
                     "--import-learners",
                     "--export-ics",
                     "--check-audit-log",
                     "--generate",
                     "--report",
                     "--mlp-summary",
                     "--encrypt",
                     "--change-passphrase",
                     "--recovery-sheet" })
        || writesDocument(argc, argv);
}

bool CommandLine::writesDocument(int argc, char *argv[])
{
    // The export of a learner's data draws a PDF too, and so does the recovery sheet.
    return hasFlag(argc, argv,
                   { "--print-plan", "--attendance-sheet", "--print-intake", "--export-learner",
                     "--report", "--mlp-summary", "--recovery-sheet" });
}

std::optional<CommandLineOptions> CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Trajectplanner: plan and follow up the trajectories of "
                                        "learners toward a childcare qualification."));
    const auto helpOption = parser.addHelpOption();
    const auto versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("Open the database FILE instead of the default one."), tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Fill a new database with a realistic demo caseload. "
                                           "Without --db a fresh demo database is made."));
    const QCommandLineOption noWindowOption(
        QStringLiteral("no-window"),
        tr("Open (and create or convert) the database, then stop without a window."));
    const QCommandLineOption printPlanOption(
        QStringLiteral("print-plan"),
        tr("Write the personal plan of learner ID to the PDF file of --out (and keep it as a "
           "version), then stop."),
        tr("ID"));
    const QCommandLineOption attendanceOption(
        QStringLiteral("attendance-sheet"),
        tr("Write the attendance sheet of placement ID to the PDF file of --out, then stop."),
        tr("ID"));
    const QCommandLineOption printIntakeOption(
        QStringLiteral("print-intake"),
        tr("Write the one-page summary of intake ID to the PDF file of --out, then stop."),
        tr("ID"));
    const QCommandLineOption loadTemplateOption(
        QStringLiteral("load-intake-template"),
        tr("Load the intake template of the JSON file FILE into the database (new intakes use "
           "it), then stop."),
        tr("FILE"));
    const QCommandLineOption backupOption(
        QStringLiteral("backup"), tr("Write a checked backup of the database to FILE, then stop."),
        tr("FILE"));
    const QCommandLineOption restoreOption(
        QStringLiteral("restore"),
        tr("Put the backup FILE in the database's place, as Restore backup does: the current "
           "file is kept as a safety copy, the backup is checked first, and learners erased "
           "since are erased again; then stop."),
        tr("FILE"));
    const QCommandLineOption listOption(
        QStringLiteral("export-list"),
        tr("Write the list LIST (caseload) as the window shows it without a filter to the CSV "
           "file of --out, then stop."),
        tr("LIST"));
    const QCommandLineOption exportOption(
        QStringLiteral("export-learner"),
        tr("Write everything about learner ID as JSON and PDF into the folder of --out, then "
           "stop."),
        tr("ID"));
    const QCommandLineOption mlpOption(
        QStringLiteral("mlp-summary"),
        tr("Write the MLP summary of learner ID (what to type into VDAB's partner platform) to "
           "the PDF file of --out, then stop."),
        tr("ID"));
    const QCommandLineOption eraseOption(
        QStringLiteral("erase-learner"),
        tr("Erase learner ID for good, without asking, and print what was removed; then stop."),
        tr("ID"));
    const QCommandLineOption importOption(
        QStringLiteral("import-learners"),
        tr("Import the learners of the CSV file FILE (as Excel saves it) and print the validation "
           "report, then stop."),
        tr("FILE"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("With --import-learners: check and show everything, but save nothing."));
    const QCommandLineOption onErrorOption(
        QStringLiteral("on-error"),
        tr("With --import-learners: skip (default) imports the valid rows, stop imports nothing "
           "when a row is invalid."),
        tr("HOW"), QStringLiteral("skip"));
    const QCommandLineOption icsOption(
        QStringLiteral("export-ics"),
        tr("Write the placement days and appointments of learner ID as an agenda file (.ics) to "
           "the file of --out, then stop."),
        tr("ID"));
    const QCommandLineOption auditOption(
        QStringLiteral("check-audit-log"),
        tr("Check that the audit log is intact (every entry unchanged and linked to the one before "
           "it). Exit 0: intact, 1: broken, 2: the database cannot be opened."));
    const QCommandLineOption generateOption(
        QStringLiteral("generate"),
        tr("Fill a new database (--db) with N made-up learners and their placement days, barriers, "
           "actions and contact moments, for trying the program at scale; print the counts and "
           "the time, then stop."),
        tr("N"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        tr("Write a report to the file of --out (.pdf or .csv), then stop: profile (the caseload "
           "profile of the period --from … --to), esf (the ESF+ report of the period --from … "
           "--to: a summary as PDF, one row per participant as CSV) or meeting (the case-meeting "
           "sheet of what changed since the last meeting, --from its date; --to is today unless "
           "given)."),
        tr("KIND"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("First day of the period for --report profile or esf, "
                                           "or the day of the last case meeting "
                                           "for --report meeting (dd/mm/yyyy or yyyy-mm-dd)."),
                                        tr("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Last day of the period for --report (dd/mm/yyyy or yyyy-mm-dd)."),
        tr("DATE"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        tr("The file to write: a PDF, an .ics agenda (for --export-learner: the folder)."),
        tr("FILE"));
    const QCommandLineOption audienceOption(
        QStringLiteral("audience"),
        tr("Who the plan is for: learner (default), workplace or partner."), tr("WHO"),
        QStringLiteral("learner"));
    const QCommandLineOption languageOption(QStringLiteral("plan-language"),
                                            tr("The language of the document: nl (default) or en."),
                                            tr("LANGUAGE"), QStringLiteral("nl"));
    const QCommandLineOption sensitiveOption(
        QStringLiteral("sensitive"),
        tr("Also print barriers of sensitive categories (family, psychological)."));
    const QCommandLineOption appendixOption(
        QStringLiteral("appendix"),
        tr("With --print-plan: add the appendix with every module and workplace day: yes or no "
           "(default: no for the learner and a partner, yes for the workplace)."),
        tr("CHOICE"));
    const QCommandLineOption passphraseFileOption(
        QStringLiteral("passphrase-file"),
        tr("The first line of the file is the passphrase: it unlocks an encrypted database. A new "
           "database (a --db file that does not exist yet, --demo or --generate) is encrypted "
           "with it."),
        tr("FILE"));
    const QCommandLineOption recoveryKeyFileOption(
        QStringLiteral("recovery-key-file"),
        tr("The first line of the file is the recovery key of the recovery sheet: it unlocks an "
           "encrypted database whose passphrase is forgotten (set a new one with "
           "--change-passphrase)."),
        tr("FILE"));
    const QCommandLineOption encryptOption(
        QStringLiteral("encrypt"),
        tr("Encrypt the database and the backups in its backups folder with the passphrase of "
           "--passphrase-file, then stop. Add --recovery-sheet to print its recovery key."));
    const QCommandLineOption changePassphraseOption(
        QStringLiteral("change-passphrase"),
        tr("Set the first line of the file as the new passphrase of the encrypted database (the "
           "data stays as it is), then stop."),
        tr("FILE"));
    const QCommandLineOption recoverySheetOption(
        QStringLiteral("recovery-sheet"),
        tr("Write the recovery sheet to the PDF file, with a new recovery key (the previous sheet "
           "stops working); with --encrypt or a new encrypted database, the sheet of its key. "
           "Then stop."),
        tr("FILE"));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addOption(noWindowOption);
    for (const auto &option :
         { printPlanOption, attendanceOption, printIntakeOption,  outOption,      audienceOption,
           languageOption,  sensitiveOption,  loadTemplateOption, backupOption,   exportOption,
           eraseOption,     importOption,     dryRunOption,       onErrorOption,  icsOption,
           restoreOption,   listOption,       auditOption,        generateOption, reportOption,
           fromOption,      toOption,         appendixOption,     mlpOption })
        parser.addOption(option);
    for (const auto &option : { passphraseFileOption, recoveryKeyFileOption, encryptOption,
                                changePassphraseOption, recoverySheetOption })
        parser.addOption(option);

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(parser.errorText()),
                     qPrintable(tr("Use --help to see the options.")));
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\nSQLite %s, %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()),
                    qPrintable(traject::sqlite::sqliteVersion()),
                    qPrintable(traject::sqlite::ciphersVersion()));
        *exitCode = 0;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Unknown argument: %1. Use --help to see the options.")
                                    .arg(parser.positionalArguments().constFirst())));
        *exitCode = 2;
        return std::nullopt;
    }

    CommandLineOptions options;
    options.databasePath = parser.value(dbOption);
    options.demo = parser.isSet(demoOption);
    options.noWindow = parser.isSet(noWindowOption);
    const auto fail = [exitCode](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        *exitCode = 2;
        return std::nullopt;
    };
    if (parser.isSet(dbOption) && options.databasePath.trimmed().isEmpty())
        return fail(tr("--db needs the name of a database file."));

    // Documents: a number, a file to write, and words we know.
    const auto id = [&](const QCommandLineOption &option) -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        return ok && value > 0 ? std::optional(value) : std::nullopt;
    };
    const int documents = int(parser.isSet(printPlanOption)) + int(parser.isSet(attendanceOption))
        + int(parser.isSet(printIntakeOption));
    if (documents > 1)
        return fail(tr("Write one document at a time: --print-plan, --attendance-sheet or "
                       "--print-intake."));
    if (parser.isSet(printPlanOption)) {
        options.printPlan = id(printPlanOption);
        if (!options.printPlan)
            return fail(tr("--print-plan needs the number of a learner, e.g. --print-plan 12."));
    }
    if (parser.isSet(attendanceOption)) {
        options.attendanceSheet = id(attendanceOption);
        if (!options.attendanceSheet)
            return fail(tr("--attendance-sheet needs the number of a placement."));
    }
    if (parser.isSet(printIntakeOption)) {
        options.printIntake = id(printIntakeOption);
        if (!options.printIntake)
            return fail(tr("--print-intake needs the number of an intake, e.g. --print-intake 3."));
    }
    if (parser.isSet(loadTemplateOption)) {
        options.intakeTemplate = parser.value(loadTemplateOption);
        if (options.intakeTemplate.trimmed().isEmpty())
            return fail(tr("--load-intake-template needs the name of a template file."));
        if (documents > 0)
            return fail(tr("Load an intake template on its own, without writing a document."));
    }
    const int privacy = int(parser.isSet(backupOption)) + int(parser.isSet(restoreOption))
        + int(parser.isSet(listOption)) + int(parser.isSet(exportOption))
        + int(parser.isSet(eraseOption)) + int(parser.isSet(importOption))
        + int(parser.isSet(mlpOption)) + int(parser.isSet(icsOption))
        + int(parser.isSet(auditOption)) + int(parser.isSet(generateOption));
    if (privacy > 1 || (privacy > 0 && (documents > 0 || parser.isSet(loadTemplateOption))))
        return fail(tr("Do one thing at a time: a backup, an export, an erasure, a document or a "
                       "template."));
    if (parser.isSet(backupOption)) {
        options.backup = parser.value(backupOption);
        if (options.backup.trimmed().isEmpty())
            return fail(tr("--backup needs the name of the file to write."));
    }
    if (parser.isSet(restoreOption)) {
        options.restore = parser.value(restoreOption);
        if (options.restore.trimmed().isEmpty())
            return fail(tr("--restore needs the name of the backup to restore."));
    }
    if (parser.isSet(listOption)) {
        options.exportList = parser.value(listOption).trimmed().toLower();
        if (options.exportList != QLatin1String("caseload"))
            return fail(tr("--export-list knows one list: caseload, not \"%1\".")
                            .arg(parser.value(listOption)));
        if (parser.value(outOption).trimmed().isEmpty())
            return fail(tr("Give the CSV file to write with --out, e.g. --out caseload.csv."));
    }
    if (parser.isSet(exportOption)) {
        options.exportLearner = id(exportOption);
        if (!options.exportLearner)
            return fail(tr("--export-learner needs the number of a learner, e.g. "
                           "--export-learner 12."));
        if (parser.value(outOption).trimmed().isEmpty())
            return fail(tr("Give the folder to write to with --out, e.g. --out export."));
    }
    if (parser.isSet(mlpOption)) {
        options.mlpSummary = id(mlpOption);
        if (!options.mlpSummary)
            return fail(tr("--mlp-summary needs the number of a learner, e.g. --mlp-summary 12."));
        if (parser.value(outOption).trimmed().isEmpty())
            return fail(tr("Give the PDF file to write with --out, e.g. --out mlp.pdf."));
    }
    if (parser.isSet(eraseOption)) {
        options.eraseLearner = id(eraseOption);
        if (!options.eraseLearner)
            return fail(tr("--erase-learner needs the number of a learner, e.g. "
                           "--erase-learner 12."));
    }
    options.checkAuditLog = parser.isSet(auditOption);
    if (parser.isSet(generateOption)) {
        options.generate = GenerateCommand::parseCount(parser.value(generateOption));
        if (!options.generate)
            return fail(GenerateCommand::countProblem());
        if (options.demo)
            return fail(tr("Do one thing at a time: --demo or --generate."));
    }
    if (parser.isSet(importOption)) {
        options.importLearners = parser.value(importOption);
        if (options.importLearners.trimmed().isEmpty())
            return fail(tr("--import-learners needs the name of a CSV file."));
    }
    if ((parser.isSet(dryRunOption) || parser.isSet(onErrorOption)) && !parser.isSet(importOption))
        return fail(tr("--dry-run and --on-error go with --import-learners."));
    options.dryRun = parser.isSet(dryRunOption);
    options.onError = parser.value(onErrorOption);
    if (parser.isSet(icsOption)) {
        options.exportIcs = id(icsOption);
        if (!options.exportIcs)
            return fail(tr("--export-ics needs the number of a learner, e.g. --export-ics 12."));
        if (parser.value(outOption).trimmed().isEmpty())
            return fail(tr("Give the .ics file to write with --out, e.g. --out agenda.ics."));
    }
    if (parser.isSet(reportOption)) {
        options.report = parser.value(reportOption);
        options.reportFrom = parser.value(fromOption);
        options.reportTo = parser.value(toOption);
        if (parser.value(outOption).trimmed().isEmpty())
            return fail(
                tr("Give the file to write with --out, e.g. --out profile.pdf or profile.csv."));
    } else if (parser.isSet(fromOption) || parser.isSet(toOption)) {
        return fail(tr("--from and --to go with --report."));
    }
    // Keys: files to read, and what goes together.
    const auto file = [&](const QCommandLineOption &option, QString *into) {
        *into = parser.value(option);
        return !parser.isSet(option) || !into->trimmed().isEmpty();
    };
    if (!file(passphraseFileOption, &options.passphraseFile)
        || !file(recoveryKeyFileOption, &options.recoveryKeyFile)
        || !file(changePassphraseOption, &options.changePassphrase)
        || !file(recoverySheetOption, &options.recoverySheet))
        return fail(tr("--passphrase-file, --recovery-key-file, --change-passphrase and "
                       "--recovery-sheet need the name of a file."));
    options.encrypt = parser.isSet(encryptOption);
    if (!options.passphraseFile.isEmpty() && !options.recoveryKeyFile.isEmpty())
        return fail(tr("Give --passphrase-file or --recovery-key-file, not both."));
    if (options.encrypt && options.passphraseFile.isEmpty())
        return fail(tr("--encrypt needs --passphrase-file: the file with the passphrase."));
    if (options.encrypt
        && (options.demo || options.generate || !options.changePassphrase.isEmpty()))
        return fail(tr("--encrypt converts an existing database, on its own; a new database is "
                       "encrypted with --passphrase-file alone."));
    if (!options.recoverySheet.isEmpty()
        && !options.recoverySheet.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(tr("Give --recovery-sheet a file name that ends in .pdf."));
    options.out = parser.value(outOption);
    options.audience = parser.value(audienceOption);
    options.planLanguage = parser.value(languageOption);
    options.sensitive = parser.isSet(sensitiveOption);
    if (parser.isSet(appendixOption)) {
        options.appendix = parser.value(appendixOption).trimmed().toLower();
        if (options.appendix != QLatin1String("yes") && options.appendix != QLatin1String("no"))
            return fail(
                tr("--appendix is yes or no, not \"%1\".").arg(parser.value(appendixOption)));
        if (!options.printPlan)
            return fail(tr("--appendix goes with --print-plan."));
    }
    if (options.writesDocument() && options.out.trimmed().isEmpty())
        return fail(tr("Give the PDF file to write with --out, e.g. --out plan.pdf."));
    if (!options.writesDocument() && !options.exportLearner && !options.exportIcs
        && options.exportList.isEmpty() && options.report.isEmpty() && !options.mlpSummary
        && parser.isSet(outOption))
        return fail(tr("--out goes with --print-plan, --attendance-sheet, --print-intake, "
                       "--export-learner, --export-ics, --export-list, --report or "
                       "--mlp-summary."));
    return options;
}

QString CommandLine::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("trajectplanner.sqlite"));
}

QString CommandLine::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}
