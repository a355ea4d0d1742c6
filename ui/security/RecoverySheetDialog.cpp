// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverySheetDialog.h"

#include "Settings.h"
#include "documents/RecoverySheet.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace traject {

RecoverySheetDialog::RecoverySheetDialog(const QString &databasePath, const QString &recoveryKey,
                                         QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_recoveryKey(recoveryKey)
    , m_made(QDateTime::currentDateTime())
{
    setWindowTitle(tr("Recovery sheet"));
    auto *intro = new QLabel(
        tr("This is the recovery key of\n%1\nWith it the data opens when nobody knows the "
           "passphrase any more. Print the recovery sheet now, or save it as a PDF and print "
           "that. Keep the sheet in the safe of your organisation, never with the laptop.")
            .arg(QDir::toNativeSeparators(databasePath)));
    intro->setWordWrap(true);

    auto *key = new QLabel(recoveryKey);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.5);
    keyFont.setBold(true);
    key->setFont(keyFont);
    key->setAlignment(Qt::AlignCenter);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key->setFrameShape(QFrame::StyledPanel);
    key->setMargin(10);

    auto *saved = new QLabel(tr("A saved PDF holds the key in readable form: print it, then "
                                "delete the file (also from the recycle bin)."));
    saved->setWordWrap(true);

    m_done = new QLabel;
    m_done->setWordWrap(true);
    m_done->setVisible(false);

    auto *buttons = new QDialogButtonBox;
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_print->setDefault(true);
    m_save->setAutoDefault(false);
    m_close->setAutoDefault(false);
    connect(m_print, &QPushButton::clicked, this, &RecoverySheetDialog::print);
    connect(m_save, &QPushButton::clicked, this, &RecoverySheetDialog::save);
    connect(m_close, &QPushButton::clicked, this, &RecoverySheetDialog::reject);

    auto *column = new QVBoxLayout(this);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(key);
    column->addSpacing(8);
    column->addWidget(saved);
    column->addWidget(m_done);
    column->addStretch();
    column->addWidget(buttons);
    setMinimumWidth(620);
}

bool RecoverySheetDialog::saveTo(const QString &pdfPath)
{
    const RecoverySheet sheet { m_databasePath, m_recoveryKey, m_made.date(),
                                Settings().get(Setting::SpocName) };
    if (Status written = writeRecoverySheetPdf(sheet, pdfPath); !written) {
        MessageBox::warning(
            this, tr("Recovery sheet"),
            tr("The recovery sheet was not saved: %1").arg(written.error().message));
        return false;
    }
    m_handedOut = true;
    m_done->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(pdfPath)));
    m_done->setVisible(true);
    return true;
}

void RecoverySheetDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Recovery sheet"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RecoverySheet sheet { m_databasePath, m_recoveryKey, m_made.date(),
                                Settings().get(Setting::SpocName) };
    paintRecoverySheet(sheet, printer);
    m_handedOut = true;
    m_done->setText(tr("The recovery sheet went to the printer."));
    m_done->setVisible(true);
}

void RecoverySheetDialog::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = tr("Recovery sheet %1.pdf").arg(QFileInfo(m_databasePath).completeBaseName());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the recovery sheet"), QDir(folder).filePath(name), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

void RecoverySheetDialog::reject()
{
    if (!m_handedOut
        && MessageBox::question(
               this, tr("Recovery sheet"),
               tr("The recovery sheet is not printed or saved yet. Without it, a forgotten "
                  "passphrase means the data is lost for good. Close anyway?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace traject
