// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "storage/Backups.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

WelcomePage::WelcomePage(const QString &databasePath, bool encrypted, QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to Trajectplanner"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_intro = new QLabel(
        encrypted ? tr("Your caseload is still empty: add your first learner. Made-up learners "
                       "never go into this encrypted file; the demo caseload has a file of its "
                       "own (trajectplanner --demo).")
                  : tr("Your caseload is still empty. Start with an empty file and add your "
                       "first learner, or look around first with a demo caseload of made-up "
                       "learners."));
    m_intro->setWordWrap(true);

    m_where = new QLabel(
        tr("Your data is kept in one file on this computer only:\n%1\n"
           "A checked backup goes into %2 each time the program opens and once a day. Nothing is "
           "sent anywhere. Uninstalling the program leaves these files where they are.")
            .arg(QDir::toNativeSeparators(databasePath),
                 QDir::toNativeSeparators(Backups(databasePath).folder())));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *lock = new QLabel(
        encrypted ? tr("The file is encrypted: without your passphrase or the recovery sheet "
                       "nobody can read it. Keep the recovery sheet in the safe of your "
                       "organisation.")
                  : tr("The file is not encrypted: whoever has this laptop or a backup can read "
                       "it. File > Encrypt… encrypts it before you add real learners."));
    lock->setWordWrap(true);

    m_emptyButton = new QPushButton(tr("Start with an empty caseload"));
    m_demoButton = new QPushButton(tr("Start with demo data"));
    m_emptyButton->setDefault(true);
    connect(m_emptyButton, &QPushButton::clicked, this, &WelcomePage::startEmptyRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::startWithDemoRequested);
    if (encrypted)
        m_demoButton->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_emptyButton);
    buttons->addWidget(m_demoButton);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addStretch();
    column->addWidget(title);
    column->addSpacing(12);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(m_where);
    column->addSpacing(8);
    column->addWidget(lock);
    column->addStretch(2);

    auto *centred = new QHBoxLayout(this);
    centred->addStretch();
    centred->addLayout(column, 3);
    centred->addStretch();
}

} // namespace traject
