// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"
#include "BackupCommand.h"
#include "CommandLine.h"
#include "DocumentCommand.h"
#include "ExchangeCommand.h"
#include "GenerateCommand.h"
#include "KeyCommand.h"
#include "PrivacyCommand.h"
#include "ReportCommand.h"

#include "Clock.h"
#include "MainWindow.h"
#include "Platform.h"
#include "Settings.h"
#include "Translations.h"
#include "demo/DemoData.h"
#include "safety/BackupActions.h"
#include "security/EncryptionActions.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/LearnerRepository.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void reportError(bool headless, const QString &message)
{
    if (headless) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    } else {
        traject::MessageBox::critical(nullptr, Messages::tr("Trajectplanner"), message);
    }
}

/// Removes an old demo database (with its WAL companions) so that --demo starts afresh.
bool removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys") }) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Personal data: no file of ours is readable by others, not even for a moment.
    traject::platform::restrictNewFilesToOwner();
    const bool headless = CommandLine::isHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::writesDocument(argc, argv)) {
        // Documents are drawn (fonts, painting) but never shown: no display needed.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (headless) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("trajectplanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAJECT_VERSION));
    if (qobject_cast<QApplication *>(app.get())) {
        // The menu entry and the icon of an installed program (cmake/Install.cmake): Wayland
        // desktops match the window to its .desktop file by this name, X11 ones take the icon.
        QGuiApplication::setDesktopFileName(QStringLiteral(TRAJECT_APP_ID));
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(TRAJECT_APP_ID)));
    }
    traject::Settings settings;
    traject::installTranslations(settings.get(traject::Setting::Language));

    int exitCode = 0;
    const auto options = CommandLine::parse(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;

    QString path = options->databasePath;
    bool freshDemo = path.isEmpty() && options->demo;
    if (freshDemo)
        path = CommandLine::demoDatabasePath();
    else if (path.isEmpty())
        path = CommandLine::defaultDatabasePath();
    // One writer at a time. A new database's folder is made by Database::open, and nobody else
    // can hold a lock in a folder that does not exist yet.
    std::unique_ptr<traject::DatabaseLock> lock;
    const auto takeLock = [&]() -> bool {
        lock.reset();
        if (QFileInfo(path).absoluteDir().exists()) {
            auto acquired = traject::DatabaseLock::acquire(path);
            if (!acquired) {
                reportError(headless, acquired.error().message);
                return false;
            }
            lock = std::move(acquired).value();
        }
        if (freshDemo && !removeDatabaseFiles(path)) {
            reportError(headless,
                        Messages::tr("The old demo database %1 cannot be removed.")
                            .arg(QDir::toNativeSeparators(path)));
            return false;
        }
        return true;
    };
    if (!takeLock())
        return 2;
    if (options->needsExistingDatabase() && !options->demo && !QFile::exists(path)) {
        // A document or a template goes with an existing caseload; never make an empty database
        // for it.
        reportError(
            headless,
            Messages::tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return 2;
    }

    // An encrypted file is unlocked (or a new one given its keys) before anything reads it.
    if (const auto stop = KeyCommand::prepare(*options, path, headless))
        return *stop;
    // The window asks the passphrase of an encrypted file, or gives a new database one (or the
    // SPOC looks around in the demo database first, which stays unencrypted).
    bool demoChosen = false;
    if (!headless) {
        switch (traject::EncryptionActions::prepareToOpen(
            path, options->demo || path == CommandLine::demoDatabasePath(), nullptr)) {
        case traject::StartChoice::Quit:
            return 0; // nothing changed
        case traject::StartChoice::OpenDemo:
            demoChosen = freshDemo = true;
            path = CommandLine::demoDatabasePath();
            if (!takeLock())
                return 2;
            break;
        case traject::StartChoice::Open:
            break;
        }
    }

    if (!options->backup.isEmpty())
        return backupTo(path, options->backup); // the file as it is: no migration, no window
    if (!options->restore.isEmpty())
        return restoreFrom(path, options->restore); // never while the file is open
    // One checked backup on every open, before any migration: a file that needs converting is
    // copied now, any other one in the background once the window is open.
    bool backUpLater = false;
    if (!headless && !freshDemo)
        backUpLater
            = traject::Database::schemaVersionOf(path) == traject::Database::latestVersion();
    if (!headless && !freshDemo && !backUpLater) {
        auto backup = traject::backupOnOpen(path, traject::systemClock(),
                                            settings.get(traject::Setting::BackupsKept),
                                            settings.get(traject::Setting::RetentionYears));
        if (!backup)
            traject::MessageBox::warning(nullptr, Messages::tr("Trajectplanner"),
                                         Messages::tr("No backup could be made while opening: %1")
                                             .arg(backup.error().message));
    }

    // The window's start: a file that needs no conversion is checked page by page in the
    // background while the window appears (every change waits for that check).
    auto database
        = traject::Database::open(path,
                                  backUpLater ? traject::Database::PageCheck::InBackground
                                              : traject::Database::PageCheck::BeforeOpening);
    if (!database && !headless) {
        // A damaged, foreign or newer file: offer the latest good backup instead.
        using Kind = traject::FileInspection::Kind;
        const Kind kind = traject::Database::inspect(path).kind;
        if ((kind == Kind::Corrupt || kind == Kind::Foreign || kind == Kind::NotSqlite
             || kind == Kind::Newer)
            && traject::offerLatestBackup(path, database.error().message, nullptr))
            database = traject::Database::open(path);
        else if (kind == Kind::Corrupt || kind == Kind::Foreign || kind == Kind::NotSqlite
                 || kind == Kind::Newer)
            return 2; // the SPOC saw the problem and chose to quit
    }
    if (!database) {
        reportError(headless, database.error().message);
        return 2;
    }
    traject::SystemClock clock;

    if (options->demo || demoChosen) {
        const auto summary = traject::demo::fillDemoCaseload(**database, clock);
        if (!summary) {
            reportError(headless, summary.error().message);
            return 2;
        }
        if (headless)
            std::printf("%s\n",
                        qPrintable(Messages::tr("Demo data added: %n learner(s).", nullptr,
                                                summary->learners)));
    }

    if (options->writesDocument())
        return writeDocument(*options, **database, clock);
    if (options->loadsIntakeTemplate())
        return loadIntakeTemplate(*options, **database, clock);
    if (options->exportLearner)
        return PrivacyCommand::exportLearner(*options->exportLearner, options->out, **database,
                                             clock);
    if (options->eraseLearner)
        return PrivacyCommand::eraseLearner(*options->eraseLearner, **database, clock);
    if (options->checkAuditLog)
        return AuditCommand::checkAuditLog(**database, clock);
    if (options->generate)
        return GenerateCommand::run(*options->generate, **database, clock);
    if (!options->importLearners.isEmpty())
        return ExchangeCommand::importLearners(options->importLearners, options->dryRun,
                                               options->onError, **database, clock);
    if (!options->exportList.isEmpty())
        return ExchangeCommand::exportList(options->exportList, options->out, **database, clock);
    if (options->exportIcs)
        return ExchangeCommand::exportIcs(*options->exportIcs, options->out, **database, clock,
                                          options->planLanguage);

    if (options->mlpSummary)
        return ReportCommand::mlpSummary(*options->mlpSummary, options->out, **database, clock);
    if (!options->report.isEmpty())
        return ReportCommand::run(options->report, options->reportFrom, options->reportTo,
                                  options->out, **database, clock);

    if (options->noWindow || options->runsKeyCommand()) {
        const auto count = traject::LearnerRepository(**database, clock).count();
        if (!count) {
            reportError(headless, count.error().message);
            return 2;
        }
        std::printf("%s\n",
                    qPrintable(Messages::tr("Database %1: %n learner(s).", nullptr, *count)
                                   .arg(QDir::toNativeSeparators(path))));
        return 0;
    }

    for (;;) {
        QString backup;
        QString passphrase;
        int code = 0;
        {
            traject::MainWindow window(**database, clock, nullptr,
                                       traject::MainWindow::Loading::InBackground);
            if (path == CommandLine::demoDatabasePath())
                window.markAsDemo();
            window.show();
            if (backUpLater) {
                window.backUpInBackground(settings.get(traject::Setting::BackupsKept));
                backUpLater = false; // a restored backup needs no copy of itself
            }
            QTimer::singleShot(0, &window, &traject::MainWindow::resumeInterruptedIntake);
            code = QCoreApplication::exec();
            backup = window.backupToRestore();
            passphrase = window.passphraseToEncrypt();
        }
        if (backup.isEmpty() && passphrase.isEmpty())
            return code;
        // "Restore a backup" and "Encrypt": with the window gone the database is closed,
        // restored or encrypted, and opened again (the lock stays ours throughout).
        database->reset();
        if (!passphrase.isEmpty())
            traject::EncryptionActions::encryptChosen(path, passphrase, nullptr);
        else
            traject::restoreChosenBackup(backup, path, nullptr);
        database = traject::Database::open(path);
        if (!database) {
            reportError(headless, database.error().message);
            return 2;
        }
    }
}
