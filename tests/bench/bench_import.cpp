// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the CSV import of learners: reading the file, checking every row, and the
// whole import in one transaction into a fresh database file on disk. Not a pass/fail test: it
// prints median and worst times.
//
//   bench_import [--rows 10000] [--runs 5]
//
// Target: 10,000 rows well under 2 s in a Release build.

#include "BenchSupport.h"
#include "exchange/LearnerImport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace traject;
using namespace traject::bench;

namespace {

/// A spreadsheet as a referrer would send it: Dutch headers, Windows line ends, UTF-8 with BOM,
/// names with accents, a valid national register number on every row.
QByteArray spreadsheet(int rows)
{
    QByteArray bytes("\xEF\xBB\xBF");
    bytes.append("Voornaam;Achternaam;Geboortedatum;Geslacht;E-mail;GSM;Straat;Postcode;"
                 "Gemeente;Rijksregisternummer;NT2-niveau;Opleidingsniveau\r\n");
    const QDate first(1970, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const QDate born = first.addDays(i % 10000);
        const int sequence = 2 * (i % 499) + 2; // even: women
        const qint64 base = QStringLiteral("%1%2")
                                .arg(born.toString(QStringLiteral("yyMMdd")))
                                .arg(sequence, 3, 10, QLatin1Char('0'))
                                .toLongLong();
        const qint64 check = 97 - base % 97;
        const QString number = QStringLiteral("%1%2")
                                   .arg(base, 9, 10, QLatin1Char('0'))
                                   .arg(check, 2, 10, QLatin1Char('0'));
        bytes.append(QStringLiteral("Hélène%1;Noël-Dubois%1;%2;V;cursist%1@voorbeeld.be;"
                                    "0470 %3 %4;Kerkstraat %5;8000;Brugge;%6;2.%7;laag\r\n")
                         .arg(i)
                         .arg(born.toString(QStringLiteral("dd/MM/yyyy")))
                         .arg(10 + i % 90)
                         .arg(100 + i % 900)
                         .arg(1 + i % 200)
                         .arg(number)
                         .arg(1 + i % 4)
                         .toUtf8());
    }
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Learner import benchmark"));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the file."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(rowsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    FixedClock clock(benchToday());
    const QByteArray bytes = spreadsheet(rows);
    std::printf("%d rows, %.1f MB of CSV, %d runs\n", rows, bytes.size() / 1e6, runs);

    bool failed = false;
    std::vector<Line> lines;
    lines.push_back({ QStringLiteral("CsvReader::parse() of %1 rows").arg(rows),
                      measure(runs, [&] { failed |= !CsvReader::parse(bytes).ok(); }),
                      std::nullopt,
                      {} });

    const CsvTable table = CsvReader::parse(bytes).value();
    const ColumnMapping mapping = LearnerImport::guessMapping(table.header);
    QTemporaryDir scratch;
    std::unique_ptr<Database> db;
    int run = 0;
    const auto freshDatabase = [&] {
        db.reset();
        auto opened
            = Database::open(scratch.filePath(QStringLiteral("import-%1.sqlite").arg(run++)));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
            failed = true;
            return;
        }
        db = std::move(opened).value();
    };
    freshDatabase();
    lines.push_back({ QStringLiteral("LearnerImport::check() of %1 rows").arg(rows),
                      measure(runs,
                              [&] {
                                  auto check = LearnerImport(*db, clock).check(table, mapping);
                                  failed |= !check || check->validCount() != rows;
                              }),
                      std::nullopt,
                      {} });
    lines.push_back(
        { QStringLiteral("import %1 rows: read, check, store, commit").arg(rows),
          measure(
              runs,
              [&] {
                  if (!db)
                      return;
                  auto summary
                      = LearnerImport(*db, clock).run(CsvReader::parse(bytes).value(), mapping, {});
                  if (!summary || summary->imported != rows) {
                      std::fprintf(stderr, "%s\n",
                                   summary ? "not every row was imported"
                                           : qPrintable(summary.error().toString()));
                      failed = true;
                  }
              },
              freshDatabase),
          std::nullopt, QStringLiteral("< 2 s for 10,000") });
    lines.push_back({ QStringLiteral("dry run of %1 rows (rolled back)").arg(rows),
                      measure(
                          runs,
                          [&] {
                              if (!db)
                                  return;
                              ImportOptions options;
                              options.dryRun = true;
                              auto summary = LearnerImport(*db, clock).run(table, mapping, options);
                              failed |= !summary || summary->imported != rows;
                          },
                          freshDatabase),
                      std::nullopt,
                      {} });
    db.reset();
    print(lines);
    if (failed) {
        std::fprintf(stderr, "an import failed\n");
        return 1;
    }
    return 0;
}
