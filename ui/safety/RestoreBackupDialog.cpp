// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreBackupDialog.h"

#include "BackupListModel.h"
#include "widgets/ItemViews.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, int currentLearners,
                                         QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_currentLearners(currentLearners)
    , m_model(new BackupListModel(this))
{
    setWindowTitle(tr("Restore a backup"));
    const Backups backups(databasePath);
    m_model->setBackups(backups.list());

    auto *intro = new QLabel(tr("Choose the backup to put back. The backups are in %1.")
                                 .arg(QDir::toNativeSeparators(backups.folder())));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new TableView;
    m_table->setAccessibleName(tr("Backups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(BackupListModel::Date,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BackupListModel::Learners,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BackupListModel::Size,
                                                      QHeaderView::ResizeToContents);
    intro->setBuddy(m_table);

    auto *other = new QPushButton(tr("&Other file…"));
    other->setAutoDefault(false);
    connect(other, &QPushButton::clicked, this, &RestoreBackupDialog::chooseOtherFile);
    auto *otherRow = new QHBoxLayout;
    otherRow->addStretch();
    otherRow->addWidget(other);

    m_preview = new QLabel;
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 5);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);

    auto *buttons = new QDialogButtonBox;
    m_restore = buttons->addButton(tr("&Restore this backup"), QDialogButtonBox::AcceptRole);
    m_restore->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(otherRow);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RestoreBackupDialog::updatePreview);
    setTabOrder(m_table, other);
    setTabOrder(other, m_restore);

    // The newest usable backup is chosen to begin with.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->backup(row).usable) {
            m_table->setCurrentIndex(m_model->index(row, BackupListModel::Date));
            break;
        }
    }
    updatePreview();
    m_table->setFocus();
    resize(640, 460);
}

std::optional<QString> RestoreBackupDialog::chosenPath() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->backup(current.row()).usable)
        return std::nullopt;
    return m_model->backup(current.row()).path;
}

void RestoreBackupDialog::chooseFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int row = m_model->rowOf(absolute);
    if (row < 0)
        row = m_model->append(Backups::peek(absolute));
    m_table->setCurrentIndex(m_model->index(row, BackupListModel::Date));
    m_table->setFocus();
}

void RestoreBackupDialog::chooseOtherFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a backup"), Backups(m_databasePath).folder(),
        tr("Trajectplanner databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        chooseFile(path);
}

void RestoreBackupDialog::updatePreview()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_preview->setText(m_model->rowCount() == 0
                               ? tr("There are no backups yet. Choose \"Other file…\" to restore "
                                    "a backup from elsewhere.")
                               : tr("Choose a backup in the list."));
        m_restore->setEnabled(false);
        return;
    }
    const BackupInfo &backup = m_model->backup(current.row());
    if (!backup.usable) {
        m_preview->setText(
            tr("%1 cannot be restored: %2").arg(QFileInfo(backup.path).fileName(), backup.problem));
        m_restore->setEnabled(false);
        return;
    }
    const QString date = BackupListModel::dateText(backup.made);
    m_preview->setText(
        tr("Backup of %1 with %n learner(s).", nullptr, backup.learners).arg(date)
        + QLatin1Char('\n')
        + tr("The current database (%n learner(s)) is first kept as a safety copy in the "
             "backups folder. Then this backup takes its place: what was entered after %1 is "
             "only in the safety copy.",
             nullptr, m_currentLearners)
              .arg(date));
    m_restore->setEnabled(true);
}

} // namespace traject
