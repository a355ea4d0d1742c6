// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the backups on a large generated caseload: a checked backup beside the
// open database (VACUUM INTO + integrity_check), a copy to a chosen file, the list with a peek
// inside each backup, and a restore. Not a pass/fail test: it prints median and worst times.
//
//   bench_backup [--learners 10000] [--runs 5] [--db file.sqlite] [--fresh]
//
// The backups made beside the database are removed again at the end.

#include "BenchSupport.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace traject;
using namespace traject::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app, QStringLiteral("Backup benchmark"), 10000, 5);
    FixedClock clock(benchToday());
    const std::unique_ptr<Database> db = openCaseload(options, clock);
    if (!db)
        return 1;

    const Backups backups(db->path());
    const bool folderExisted = QFileInfo::exists(backups.folder());
    QStringList made;
    const QDateTime start = QDateTime(QDate(2001, 1, 1), QTime(0, 0));
    int run = 0;
    bool failed = false;
    std::vector<Line> lines;
    // The program has the database open (with its WAL) while the backup is made.
    lines.push_back(
        { QStringLiteral("Backups::make() while open"),
          measure(options.runs,
                  [&] {
                      auto backup = backups.make(options.runs + 1, start.addSecs(run++));
                      if (!backup) {
                          std::fprintf(stderr, "%s\n", qPrintable(backup.error().toString()));
                          failed = true;
                      } else {
                          made << backup->path;
                      }
                  }),
          std::nullopt, QStringLiteral("< 5 s") });
    const qint64 size = made.isEmpty() ? 0 : QFileInfo(made.constLast()).size();

    QTemporaryDir scratch;
    const QString chosen = scratch.filePath(QStringLiteral("copy.sqlite"));
    lines.push_back({ QStringLiteral("Backups::copyTo() a chosen file"),
                      measure(options.runs,
                              [&] {
                                  if (!backups.copyTo(chosen, QDateTime::currentDateTime()))
                                      failed = true;
                              }),
                      std::nullopt,
                      {} });
    lines.push_back({ QStringLiteral("Backups::list() of %1 backups").arg(made.size()),
                      measure(options.runs, [&] { (void)backups.list(); }),
                      std::nullopt,
                      {} });
    lines.push_back({ QStringLiteral("Backups::checkIntegrity() of one backup"),
                      measure(options.runs,
                              [&] {
                                  if (!Backups::checkIntegrity(chosen))
                                      failed = true;
                              }),
                      std::nullopt,
                      {} });
    const QString restored = scratch.filePath(QStringLiteral("restored.sqlite"));
    lines.push_back({ QStringLiteral("Backups::restore() (safety copy + replace)"),
                      measure(options.runs,
                              [&] {
                                  if (!Backups::restore(chosen, restored, start.addSecs(run++)))
                                      failed = true;
                              }),
                      std::nullopt,
                      {} });

    for (const QString &path : std::as_const(made))
        QFile::remove(path);
    if (!folderExisted)
        QDir().rmdir(backups.folder());

    std::printf("backup file: %.1f MB\n\n", double(size) / (1024.0 * 1024.0));
    print(lines);
    if (failed) {
        std::fprintf(stderr, "a backup failed\n");
        return 1;
    }
    return 0;
}
