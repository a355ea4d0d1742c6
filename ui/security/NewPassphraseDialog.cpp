// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewPassphraseDialog.h"

#include "DialogParts.h"

#include "NewPassphraseFields.h"
#include "PassphraseField.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

NewPassphraseDialog::NewPassphraseDialog(Purpose purpose, const QString &databasePath,
                                         QWidget *parent)
    : QDialog(parent)
    , m_fields(new NewPassphraseFields)
    , m_message(new QLabel)
{
    const QString shown = QDir::toNativeSeparators(databasePath);
    const bool fresh = purpose == Purpose::NewDatabase;
    setWindowTitle(fresh ? tr("A new database") : tr("Encrypt the database"));

    auto *intro = new QLabel(
        fresh ? tr("Trajectplanner keeps the data of your learners in one file on this "
                   "computer:\n%1\nThe file is encrypted. Choose a passphrase: you type it each "
                   "time you open Trajectplanner.")
                    .arg(shown)
              : tr("Encrypting makes the file\n%1\nand the backups in its backups folder "
                   "unreadable without the passphrase or the recovery sheet. Choose a "
                   "passphrase: you type it each time you open Trajectplanner.")
                    .arg(shown));
    intro->setWordWrap(true);

    auto *warning = new QLabel(
        tr("<b>Without the passphrase or the recovery sheet nobody can open this data, not even "
           "the makers of Trajectplanner.</b> Next you get a recovery sheet to print or save: "
           "keep it in the safe of your organisation, never with the laptop."));
    warning->setWordWrap(true);
    warning->setFrameShape(QFrame::StyledPanel);
    warning->setMargin(8);

    auto *column = new QVBoxLayout(this);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(m_fields);
    column->addSpacing(8);
    column->addWidget(warning);
    if (!fresh) {
        auto *limits = new QLabel(
            tr("What encrypting cannot reach: copies of this file made elsewhere (on a USB "
               "stick, in an e-mail, in a cloud folder) stay readable, so remove them yourself. "
               "On an SSD, pieces of the old readable file can stay on the disk until they are "
               "written over; only encryption of the whole disk (BitLocker, FileVault) prevents "
               "that. The file is closed while it is being encrypted; Trajectplanner opens it "
               "again afterwards."));
        limits->setWordWrap(true);
        column->addWidget(limits);
    }

    makeProblemLine(m_message);
    column->addWidget(m_message);
    column->addStretch();

    auto *buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(fresh ? tr("&Make the database") : tr("&Encrypt"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    if (fresh) {
        m_demo = buttons->addButton(tr("Look around with &demo data first"),
                                    QDialogButtonBox::ActionRole);
        m_demo->setAutoDefault(false);
        m_demo->setToolTip(tr("Opens a separate demo database with made-up learners. It is not "
                              "encrypted, as it holds no real people."));
        connect(m_demo, &QPushButton::clicked, this, [this] { done(DemoChosen); });
    }
    QPushButton *cancel
        = buttons->addButton(fresh ? tr("&Quit") : tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAutoDefault(false);
    connect(m_ok, &QPushButton::clicked, this, &NewPassphraseDialog::tryAccept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_fields, &NewPassphraseFields::changed, m_message, &QWidget::hide);
    column->addWidget(buttons);
    setMinimumWidth(600);
    m_fields->first()->setFocus();
}

QString NewPassphraseDialog::passphrase() const
{
    return m_fields->passphrase();
}

void NewPassphraseDialog::tryAccept()
{
    const QString problem = m_fields->problem();
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_message->setText(problem);
    m_message->setVisible(true);
}

} // namespace traject
