// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the start: from the start of a new process to the first paint of the
// main window on a large caseload. Not a pass/fail test: it prints its figures.
//
//   bench_startup [--learners 10000] [--runs 5] [--db file.sqlite] [--fresh] [--tsv]
//
// Each run starts this program again as a child (`--child FILE`), which does what
// app/main.cpp does (the translations, the lock, opening the database with its page check in the
// background, the main window, whose caseload list is read on a thread of its own; the checked
// backup made on every open starts on a worker thread once the window is shown, see
// OpeningBackup). It prints the time from its main() to the end of the first paint, and to the
// moment the whole list is shown and the file's check has passed. With
// TRAJECT_BENCH_SYNC_BACKUP=1 in the environment it does all of that before the window shows, as
// app/main.cpp once did. The parent times the whole process from starting it to the
// first paint, so loading the libraries is included. The child runs with its own empty home, so
// no saved window state or last learner is involved.

#include "BenchSupport.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "caseload/CaseloadPanel.h"
#include "crypto/KeyFile.h"
#include "safety/OpeningBackup.h"
#include "sqlite/SqliteDriver.h"
#include "storage/Backups.h"
#include "storage/CaseloadQuery.h"
#include "storage/DatabaseLock.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace traject;
using namespace traject::bench;

namespace {

/// Says when the window has painted for the first time.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<void()> painted)
        : m_painted(std::move(painted))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // The window paints first, its children right after in the same repaint.
            QTimer::singleShot(0, this, m_painted);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_painted;
    bool m_seen = false;
};

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The child: what app/main.cpp does up to the first paint of the window.
int runChild(int argc, char *argv[], const QString &path)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trajectplanner"));
    Settings settings;
    installTranslations(settings.get(Setting::Language));
    const double appReady = ms(sinceMain);

    // An encrypted copy is unlocked as the program does after its passphrase dialog (the
    // bench copy's slot has the least Argon2id cost: the derivation is timed on its own).
    if (!unlockIfEncrypted(path))
        return 2;
    auto lock = DatabaseLock::acquire(path);
    if (!lock) {
        std::fprintf(stderr, "%s\n", qPrintable(lock.error().message));
        return 2;
    }
    QElapsedTimer step;
    step.start();
    const bool syncBackup = qEnvironmentVariableIntValue("TRAJECT_BENCH_SYNC_BACKUP") == 1;
    if (syncBackup) {
        auto backup
            = backupOnOpen(path, traject::systemClock(), settings.get(Setting::BackupsKept));
        if (!backup)
            std::fprintf(stderr, "no backup: %s\n", qPrintable(backup.error().message));
    }
    const double backupMs = ms(step);
    step.restart();
    auto database = Database::open(
        path, syncBackup ? Database::PageCheck::BeforeOpening : Database::PageCheck::InBackground);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 2;
    }
    const double openMs = ms(step);
    step.restart();
    SystemClock clock;
    MainWindow window(**database, clock, nullptr,
                      syncBackup ? MainWindow::Loading::AtOnce : MainWindow::Loading::InBackground);
    const double windowMs = ms(step);
    step.restart();
    // After the first paint: the list fills and the file's check ends in the background; the
    // run ends once both are done (as the SPOC would see: the window, then the whole list).
    double firstPaintMs = 0, paintMs = 0;
    QTimer ready;
    ready.setInterval(2);
    QObject::connect(&ready, &QTimer::timeout, &window, [&] {
        if (window.caseloadPanel()->isLoading() || !(*database)->pageCheck())
            return;
        ready.stop();
        std::printf("first-paint\t%.3f\t%.3f\tapp %.1f\tbackup %.1f\topen %.1f\twindow "
                    "%.1f\tpaint %.1f\n",
                    firstPaintMs, ms(sinceMain), appReady, backupMs, openMs, windowMs, paintMs);
        std::fflush(stdout);
        window.close(); // as the user would; the last window closed ends the program
    });
    FirstPaint firstPaint([&] {
        firstPaintMs = ms(sinceMain);
        paintMs = ms(step);
        ready.start();
    });
    window.installEventFilter(&firstPaint);
    window.show();
    OpeningBackup openingBackup(path, settings.get(Setting::BackupsKept));
    if (!syncBackup)
        QTimer::singleShot(0, &openingBackup, &OpeningBackup::start);
    return QCoreApplication::exec();
}

/// The same data with plain SQLite alone: open the file and read the caseload list.
double plainFloor(const QString &path, const Clock &clock)
{
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db = sqlite::addDatabase(QStringLiteral("floor"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(CaseloadQuery::statement());
        query.bindValue(QStringLiteral(":today"), sql::date(clock.today()));
        query.exec();
        const int columns = query.record().count();
        while (query.next()) {
            for (int column = 0; column < columns; ++column)
                (void)query.value(column);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    return ms(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--child") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return runChild(argc, argv, QString::fromLocal8Bit(argv[i + 1]));
        }
    }

    QCoreApplication app(argc, argv);
    const Options options = parseOptions(
        app, QStringLiteral("Start benchmark: a new process up to the first window"), 10000, 5);
    FixedClock clock(benchToday());
    QString path;
    {
        const std::unique_ptr<Database> db = openCaseload(options, clock);
        if (!db)
            return 1;
        path = db->path();
    }

    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // The backups made on each open go beside the database; those of this run are removed.
    const Backups backups(path);
    QStringList before;
    for (const BackupInfo &info : backups.list())
        before << info.path;

    std::vector<double> total, inMain, listed;
    QString breakdown;
    bool failed = false;
    for (int run = 0; run < options.runs && !failed; ++run) {
        QProcess child;
        child.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), path });
        QByteArray output;
        double seen = -1;
        while (seen < 0 && child.waitForReadyRead(60000)) {
            output += child.readAllStandardOutput();
            if (output.contains('\n'))
                seen = ms(timer);
        }
        child.waitForFinished(60000);
        const QList<QByteArray> fields = output.trimmed().split('\t');
        if (seen < 0 || fields.size() < 3 || fields.first() != "first-paint") {
            std::fprintf(stderr, "the child did not paint: %s%s\n", output.constData(),
                         child.readAllStandardError().constData());
            failed = true;
            break;
        }
        // The line comes once the list is read too: the first paint was that much earlier.
        total.push_back(seen - (fields.at(2).toDouble() - fields.at(1).toDouble()));
        inMain.push_back(fields.at(1).toDouble());
        listed.push_back(fields.at(2).toDouble());
        breakdown = QString::fromUtf8(fields.mid(3).join(", "));
    }
    for (const BackupInfo &info : backups.list()) {
        if (!before.contains(info.path)) {
            QFile::remove(info.path);
            QFile::remove(crypto::KeyFile::pathFor(info.path));
        }
    }
    if (failed)
        return 1;

    const Stats floor = measure(options.runs, [&] { plainFloor(path, clock); });
    std::vector<Line> lines;
    lines.push_back({ QStringLiteral("start: new process to first paint of the window"),
                      summarise(total), std::nullopt, QStringLiteral("< 500 ms") });
    lines.push_back({ QStringLiteral("start: main() to first paint of the window"),
                      summarise(inMain), std::nullopt, QStringLiteral("< 500 ms") });
    lines.push_back({ QStringLiteral("start: main() to the whole list read and the file checked"),
                      summarise(listed),
                      std::nullopt,
                      {} });
    lines.push_back(
        { QStringLiteral("start: plain SQLite open + caseload list"), floor, std::nullopt, {} });
    if (options.encrypted) {
        // What the passphrase dialog adds before all of this: unwrapping the data key with the
        // program's real cost (Argon2id, KdfCost::passphrase()).
        const crypto::Secret dataKey = crypto::Secret::random(32);
        const crypto::KeyFile keys
            = crypto::KeyFile::create(dataKey, benchPassphrase(), crypto::newRecoveryKey());
        const crypto::KdfCost cost = crypto::KdfCost::passphrase();
        lines.push_back({ QStringLiteral("unlock: Argon2id of the passphrase (%1 passes over %2 "
                                         "MiB), then the data key unwrapped")
                              .arg(cost.operations)
                              .arg(cost.memoryBytes >> 20),
                          measure(options.runs, [&] { (void)keys.unlock(benchPassphrase()); }),
                          std::nullopt,
                          {} });
    }
    if (!tsvOutput())
        std::printf("last run, ms: %s\n\n", qPrintable(breakdown));
    print(lines);
    return 0;
}
