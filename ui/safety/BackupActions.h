// SPDX-License-Identifier: GPL-3.0-or-later
// The backup actions of the main window and of the start of the program (nothing lost).
#pragma once

#include "storage/Backups.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QWidget;

namespace traject {

class Database;
class Session;

/// While the program runs: every hour (by default) it looks at the newest automatic backup and
/// makes one when that is more than a day old. Failures are reported, never asked about.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    /// Keeps the newest `keep` backups; those older than `expireAfterYears` (the retention
    /// setting; 0: none) expire.
    DailyBackup(QString databasePath, int keep, int expireAfterYears, QObject *parent = nullptr);

    /// How often to look (an hour unless a test says otherwise).
    void setInterval(std::chrono::milliseconds interval);
    /// Where "now" comes from (the system clock unless a test says otherwise).
    void setNow(std::function<QDateTime()> now);
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    /// Makes a backup when none was made in the last 24 hours; whether it made one.
    bool check();

Q_SIGNALS:
    void made(const QString &path);
    /// A backup could not be made; for the status bar.
    void failed(const QString &message);

private:
    Backups m_backups;
    int m_keep = 30;
    int m_expireAfterYears = 0;
    std::function<QDateTime()> m_now;
    QTimer m_timer;
};

/// "Back-up maken…": asks where, writes a checked copy there and says how it went.
void makeBackupAs(Session &session, QWidget *parent);
/// The name offered: "<home>/<base>-back-up-yyyy-MM-dd.sqlite".
QString defaultBackupName(const Database &database, const QDate &today);

/// "Back-up terugzetten…", first half: lets the SPOC choose a backup (RestoreBackupDialog).
/// The caller closes the database, calls restoreChosenBackup, and opens it again.
std::optional<QString> chooseBackupToRestore(const Session &session, QWidget *parent);

/// Second half, with the database closed: restores and says how it went (with where the safety
/// copy is). Whether the database was replaced.
bool restoreChosenBackup(const QString &backupPath, const QString &databasePath, QWidget *parent);

/// A damaged file: explains the problem and offers the latest good backup or to quit (as
/// offerLatestBackup), and returns the backup chosen, without restoring it.
std::optional<QString> chooseLatestGoodBackup(const QString &databasePath, const QString &problem,
                                              QWidget *parent);

/// A damaged, foreign or newer file on open: explains the problem and offers the latest good
/// backup ("Laatste goede back-up terugzetten (datum, N cursisten)") or to quit. When the SPOC
/// chooses the backup it is restored (the file is not open), and its path returned; the caller
/// then opens the database again.
std::optional<QString> offerLatestBackup(const QString &databasePath, const QString &problem,
                                         QWidget *parent);

} // namespace traject
