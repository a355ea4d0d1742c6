// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupActions.h"

#include "BackupListModel.h"
#include "RestoreBackupDialog.h"
#include "Session.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace traject {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(BackupActions)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int learnersIn(const Session &session)
{
    auto count = LearnerRepository(session.database(), session.clock()).count();
    return count ? *count : 0;
}

} // namespace

DailyBackup::DailyBackup(QString databasePath, int keep, int expireAfterYears, QObject *parent)
    : QObject(parent)
    , m_backups(std::move(databasePath))
    , m_keep(keep)
    , m_expireAfterYears(expireAfterYears)
    , m_now([] { return QDateTime::currentDateTime(); })
{
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &DailyBackup::check);
}

void DailyBackup::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void DailyBackup::setNow(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void DailyBackup::start()
{
    m_timer.start();
}

void DailyBackup::stop()
{
    m_timer.stop();
}

bool DailyBackup::check()
{
    const QDateTime now = m_now();
    const auto newest = m_backups.newestAutomatic();
    if (newest && newest->secsTo(now) < 24 * 60 * 60)
        return false;
    const auto backup = m_backups.make(m_keep, now, m_expireAfterYears);
    if (!backup) {
        Q_EMIT failed(Texts::tr("The daily backup failed: %1").arg(backup.error().message));
        return false;
    }
    Q_EMIT made(backup->path);
    return true;
}

QString defaultBackupName(const Database &database, const QDate &today)
{
    return QDir::homePath() + QLatin1Char('/') + QFileInfo(database.path()).completeBaseName()
        + QStringLiteral("-back-up-") + today.toString(QStringLiteral("yyyy-MM-dd"))
        + QStringLiteral(".sqlite");
}

void makeBackupAs(Session &session, QWidget *parent)
{
    const QString file = QFileDialog::getSaveFileName(
        parent, Texts::tr("Make a backup"),
        defaultBackupName(session.database(), session.clock().today()),
        Texts::tr("Trajectplanner databases (*.sqlite)"));
    if (file.isEmpty())
        return;
    const auto copied = Backups(session.database().path()).copyTo(file, session.clock().now());
    if (!copied) {
        MessageBox::warning(parent, Texts::tr("Make a backup"), copied.error().message);
        return;
    }
    const QString written
        = Texts::tr("Backup of %n learner(s) written to %1.", nullptr, copied->learners)
              .arg(shown(copied->path));
    if (copied->notice.isEmpty())
        MessageBox::information(parent, Texts::tr("Make a backup"), written);
    else
        MessageBox::warning(parent, Texts::tr("Make a backup"),
                            written + QStringLiteral("\n\n") + copied->notice);
}

std::optional<QString> chooseBackupToRestore(const Session &session, QWidget *parent)
{
    RestoreBackupDialog dialog(session.database().path(), learnersIn(session), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosenPath();
}

bool restoreChosenBackup(const QString &backupPath, const QString &databasePath, QWidget *parent)
{
    QString auditProblem;
    const auto restored
        = Backups::restore(backupPath, databasePath, systemClock().now(), &auditProblem);
    if (!restored) {
        MessageBox::critical(parent, Texts::tr("Restore a backup"), restored.error().message);
        return false;
    }
    QString text = Texts::tr("The backup %1 was restored.").arg(shown(backupPath));
    if (!restored->isEmpty())
        text += QLatin1Char('\n')
            + Texts::tr("The database as it was is kept as %1.").arg(shown(*restored));
    if (!auditProblem.isEmpty())
        text += QLatin1Char('\n')
            + Texts::tr("The restore could not be written in the audit log: %1").arg(auditProblem);
    MessageBox::information(parent, Texts::tr("Restore a backup"), text);
    return true;
}

std::optional<QString> chooseLatestGoodBackup(const QString &databasePath, const QString &problem,
                                              QWidget *parent)
{
    const auto good = Backups(databasePath).latestGood();
    QMessageBox box(QMessageBox::Critical, Texts::tr("Trajectplanner"), problem,
                    QMessageBox::NoButton, parent);
    QPushButton *restore = nullptr;
    if (good) {
        box.setInformativeText(
            Texts::tr("The latest good backup is from %1. When you restore it, the file as it is "
                      "now is kept as a safety copy first.")
                .arg(BackupListModel::dateText(good->made)));
        restore = box.addButton(Texts::tr("&Restore the latest good backup (%1, %n learner(s))",
                                          nullptr, good->learners)
                                    .arg(BackupListModel::dateText(good->made)),
                                QMessageBox::AcceptRole);
    } else {
        box.setInformativeText(Texts::tr("There is no good backup of this file in %1.")
                                   .arg(shown(Backups(databasePath).folder())));
    }
    QPushButton *quit = box.addButton(Texts::tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restore ? restore : quit);
    box.setEscapeButton(quit);
    MessageBox::exec(box);
    if (!restore || box.clickedButton() != restore)
        return std::nullopt;
    return good->path;
}

std::optional<QString> offerLatestBackup(const QString &databasePath, const QString &problem,
                                         QWidget *parent)
{
    const auto chosen = chooseLatestGoodBackup(databasePath, problem, parent);
    if (!chosen || !restoreChosenBackup(*chosen, databasePath, parent))
        return std::nullopt;
    return chosen;
}

} // namespace traject
