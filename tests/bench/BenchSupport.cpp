// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include "crypto/KeyRing.h"
#include "demo/CaseloadGenerator.h"
#include "storage/BackupCopy.h"
#include "storage/Encryption.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace traject::bench {

namespace {

// --tsv, or TRAJECT_BENCH_TSV=1 in the environment (for a benchmark with options of its own).
bool tsv = qEnvironmentVariableIntValue("TRAJECT_BENCH_TSV") == 1;

/// The time limit of a target such as "< 16 ms, <= 3x" or "< 2 s", in ms; negative without one.
double targetMs(const QString &target)
{
    static const QRegularExpression limit(QStringLiteral("<\\s*([0-9.]+)\\s*(ms|s)\\b"));
    const auto match = limit.match(target);
    if (!match.hasMatch())
        return -1;
    const double value = match.captured(1).toDouble();
    return match.captured(2) == QLatin1String("s") ? value * 1000.0 : value;
}

void printTsv(const std::vector<Line> &lines)
{
    for (const Line &line : lines) {
        const double target = targetMs(line.target);
        std::printf("%s\t%.3f\t%.3f\t%d\t%s\t%s\n",
                    line.operation.simplified()
                        .replace(QLatin1Char('\t'), QLatin1Char(' '))
                        .toUtf8()
                        .constData(),
                    line.time.median, line.time.worst, line.time.runs,
                    line.floor ? QByteArray::number(line.floor->median, 'f', 3).constData() : "",
                    target >= 0 ? QByteArray::number(target, 'f', 0).constData() : "");
    }
    std::fflush(stdout);
}

} // namespace

bool tsvOutput()
{
    return tsv;
}

Stats summarise(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.empty())
        return {};
    const size_t n = samples.size();
    const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
    return { median, samples.back(), static_cast<int>(n) };
}

Stats measure(int runs, const std::function<void()> &work, const std::function<void()> &prepare,
              std::vector<double> *keep)
{
    std::vector<double> samples;
    for (int run = 0; run < runs; ++run) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (keep)
        keep->insert(keep->end(), samples.begin(), samples.end());
    return summarise(samples);
}

void print(const std::vector<Line> &lines)
{
    if (tsv) {
        printTsv(lines);
        return;
    }
    std::printf("%-44s %10s %10s %12s %8s  %s\n", "operation", "median ms", "worst ms",
                "raw SQL ms", "ratio", "target");
    std::printf("%s\n", QByteArray(100, '-').constData());
    for (const Line &line : lines) {
        const QByteArray name = line.operation.toUtf8();
        const QByteArray target = line.target.toUtf8();
        if (line.floor) {
            const double ratio = line.floor->median > 0 ? line.time.median / line.floor->median : 0;
            std::printf("%-44s %10.2f %10.2f %12.2f %7.1fx  %s\n", name.constData(),
                        line.time.median, line.time.worst, line.floor->median, ratio,
                        target.constData());
        } else {
            std::printf("%-44s %10.2f %10.2f %12s %8s  %s\n", name.constData(), line.time.median,
                        line.time.worst, "", "", target.constData());
        }
    }
    std::fflush(stdout);
}

int readAll(const Database &db, const QString &statement, const sql::Binds &binds)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const auto &[name, value] : binds)
        query.bindValue(QLatin1Char(':') + name, value);
    if (!query.exec()) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(sql::failure(query, {}).detail));
        return 0;
    }
    int rows = 0;
    const int columns = query.record().count();
    while (query.next()) {
        for (int column = 0; column < columns; ++column)
            (void)query.value(column);
        ++rows;
    }
    return rows;
}

qint64 scalar(const Database &db, const char *statement)
{
    auto value = sql::scalar(db, QString::fromLatin1(statement));
    return value ? *value : -1;
}

Options parseOptions(const QCoreApplication &app, const QString &description, int learners,
                     int runs)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption learnersOption(QStringLiteral("learners"),
                                            QStringLiteral("Learners to generate."),
                                            QStringLiteral("n"), QString::number(learners));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measure."),
                                        QStringLiteral("n"), QString::number(runs));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption freshOption(QStringLiteral("fresh"),
                                         QStringLiteral("Generate again even when it exists."));
    const QCommandLineOption tsvOption(
        QStringLiteral("tsv"),
        QStringLiteral("Print one tab-separated line per operation instead of the table: "
                       "operation, median_ms, worst_ms, runs, floor_ms, target_ms."));
    const QCommandLineOption generateOption(
        QStringLiteral("generate-only"),
        QStringLiteral("Only generate (or check) the database, then stop."));
    const QCommandLineOption encryptedOption(
        QStringLiteral("encrypted"),
        QStringLiteral("Measure an encrypted copy of the caseload (made once beside it)."));
    parser.addOptions({ learnersOption, runsOption, dbOption, freshOption, tsvOption,
                        generateOption, encryptedOption });
    parser.process(app);
    Options options;
    options.learners = std::max(20, parser.value(learnersOption).toInt());
    options.runs = std::max(1, parser.value(runsOption).toInt());
    options.path = parser.isSet(dbOption)
        ? parser.value(dbOption)
        : QDir::temp().filePath(QStringLiteral("traject-bench-%1-v%2.sqlite")
                                    .arg(options.learners)
                                    .arg(Database::latestVersion()));
    options.fresh = parser.isSet(freshOption);
    options.tsv = parser.isSet(tsvOption);
    options.generateOnly = parser.isSet(generateOption);
    options.encrypted = parser.isSet(encryptedOption);
    if (options.encrypted) {
        options.plainPath = options.path;
        QString encrypted = options.path;
        if (encrypted.endsWith(QLatin1String(".sqlite")))
            encrypted.chop(7);
        options.path = encrypted + QStringLiteral("-encrypted.sqlite");
    }
    tsv = tsv || options.tsv;
    return options;
}

QString benchPassphrase()
{
    return QStringLiteral("benchmark passphrase");
}

bool unlockIfEncrypted(const QString &path)
{
    if (!crypto::KeyRing::isEncrypted(path) || crypto::KeyRing::isUnlocked(path))
        return true;
    if (Status unlocked = crypto::KeyRing::unlock(path, benchPassphrase()); !unlocked) {
        std::fprintf(stderr, "%s\n", qPrintable(unlocked.error().toString()));
        return false;
    }
    return true;
}

namespace {

/// The encrypted copy of the plain caseload (made once, or again with --fresh).
bool makeEncryptedCopy(const Options &options, const Clock &clock)
{
    if (!options.fresh && QFile::exists(options.path)
        && QFile::exists(crypto::KeyFile::pathFor(options.path)))
        return true;
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys") })
        QFile::remove(options.path + suffix);
    Options plain = options;
    plain.encrypted = false;
    plain.generateOnly = false;
    plain.path = options.plainPath;
    if (!openCaseload(plain, clock))
        return false; // said on stderr
    QElapsedTimer timer;
    timer.start();
    if (Status copied = backup::writeCheckedCopy(options.plainPath, options.path); !copied) {
        std::fprintf(stderr, "%s\n", qPrintable(copied.error().toString()));
        return false;
    }
    const auto encrypted = Encryption::encrypt(
        options.path, benchPassphrase(), crypto::KdfCost::minimal(), crypto::KdfCost::minimal());
    if (!encrypted) {
        std::fprintf(stderr, "%s\n", qPrintable(encrypted.error().toString()));
        return false;
    }
    std::printf("encrypted a copy of the caseload in %.1f s\n", double(timer.elapsed()) / 1000.0);
    return true;
}

} // namespace

std::unique_ptr<Database> openCaseload(const Options &options, const Clock &clock)
{
    if (options.encrypted
        && (!makeEncryptedCopy(options, clock) || !unlockIfEncrypted(options.path)))
        return nullptr;
    const QString &path = options.path;
    if (!options.encrypted && (options.fresh || !QFile::exists(path))) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
    }
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(*opened);
    if (scalar(*db, "SELECT count(*) FROM learner") != options.learners) {
        if (scalar(*db, "SELECT count(*) FROM learner") != 0) {
            std::fprintf(stderr, "%s holds another caseload; use --fresh\n", qPrintable(path));
            return nullptr;
        }
        QElapsedTimer timer;
        timer.start();
        auto generated = demo::generateCaseload(*db, clock, options.learners, 502);
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error().toString()));
            return nullptr;
        }
        std::printf("generated %d learners in %.1f s\n", generated->learners,
                    double(timer.elapsed()) / 1000.0);
    }
    std::printf("database %s%s: %lld learners, %lld placement days, %lld barriers, %lld actions, "
                "%lld contact moments, %lld module plans; %d runs per measure\n\n",
                qPrintable(QDir::toNativeSeparators(path)),
                db->isEncrypted() ? " (encrypted, SQLCipher v4)" : "",
                scalar(*db, "SELECT count(*) FROM learner"),
                scalar(*db, "SELECT count(*) FROM placement_day"),
                scalar(*db, "SELECT count(*) FROM barrier"),
                scalar(*db, "SELECT count(*) FROM action"),
                scalar(*db, "SELECT count(*) FROM contact_moment"),
                scalar(*db, "SELECT count(*) FROM module_plan"), options.runs);
    if (options.generateOnly) {
        std::fflush(stdout);
        db.reset();
        std::exit(0);
    }
    return db;
}

} // namespace traject::bench
