// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

bool CommandLine::isHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag :
             { "--no-window", "--help", "-h", "--help-all", "--version", "-v" }) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
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
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addOption(noWindowOption);

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
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
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
    if (parser.isSet(dbOption) && options.databasePath.trimmed().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("--db needs the name of a database file.")));
        *exitCode = 2;
        return std::nullopt;
    }
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
