// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Backups.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace traject {

class BackupListModel;

/// "Back-up terugzetten…": the backups beside the database (and any other file the SPOC picks),
/// with a preview of the chosen one and of what happens when it is put back. It only chooses;
/// the restore itself happens after the database is closed (Backups::restore).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    /// `currentLearners`: how many learners the open database holds, for the preview.
    RestoreBackupDialog(const QString &databasePath, int currentLearners,
                        QWidget *parent = nullptr);

    /// The chosen backup, when it can be restored.
    std::optional<QString> chosenPath() const;
    /// Adds a file from elsewhere to the list (or finds it there) and chooses it.
    void chooseFile(const QString &path);

    QTableView *table() const { return m_table; }
    QLabel *preview() const { return m_preview; }
    QPushButton *restoreButton() const { return m_restore; }
    BackupListModel *model() const { return m_model; }

private:
    void chooseOtherFile();
    void updatePreview();

    QString m_databasePath;
    int m_currentLearners = 0;
    BackupListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace traject
