// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockDialog.h"

#include "DialogParts.h"

#include "BackgroundTask.h"
#include "PassphraseField.h"
#include "RecoveryKeyDialog.h"
#include "crypto/KeyRing.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

UnlockDialog::UnlockDialog(const QString &databasePath, QWidget *parent,
                           crypto::KdfCost newPassphraseCost)
    : QDialog(parent)
    , m_path(databasePath)
    , m_newPassphraseCost(newPassphraseCost)
    , m_check([databasePath](const QString &passphrase) {
        return crypto::KeyRing::unlock(databasePath, passphrase);
    })
    , m_task(new BackgroundTask(this))
    , m_countdown(new QTimer(this))
{
    setWindowTitle(tr("Open the database"));
    m_intro = new QLabel(tr("The database %1 is encrypted. Type your passphrase to open it.")
                             .arg(QDir::toNativeSeparators(databasePath)));
    m_intro->setWordWrap(true);

    m_field = new PassphraseField;
    auto *label = new QLabel(tr("&Passphrase:"));
    label->setBuddy(m_field->edit());

    m_message = new QLabel;
    makeProblemLine(m_message);

    m_busy = makeBusyRow(tr("Checking the passphrase…"));

    auto *buttons = new QDialogButtonBox;
    m_unlock = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_recovery = buttons->addButton(tr("Use the &recovery key…"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_unlock->setDefault(true);
    m_recovery->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    // Enter in the field tries the passphrase, also where the dialog is part of a window (the
    // lock screen) and whichever button was default last.
    connect(m_field->edit(), &QLineEdit::returnPressed, this, &UnlockDialog::tryUnlock);
    connect(m_recovery, &QPushButton::clicked, this, &UnlockDialog::useRecoveryKey);
    connect(m_cancel, &QPushButton::clicked, this, &UnlockDialog::reject);
    connect(m_task, &BackgroundTask::finished, this, &UnlockDialog::checked);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &UnlockDialog::tick);

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_intro);
    column->addSpacing(8);
    column->addWidget(label);
    column->addWidget(m_field);
    column->addWidget(m_message);
    column->addWidget(m_busy);
    column->addStretch();
    column->addWidget(buttons);
    setMinimumWidth(480);
    m_field->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

void UnlockDialog::setCheck(Check check)
{
    m_check = std::move(check);
}

void UnlockDialog::setRecoveryAllowed(bool allowed)
{
    m_recovery->setVisible(allowed);
}

int UnlockDialog::waitAfter(int failures)
{
    if (failures <= 0)
        return 0;
    return failures > 5 ? 30 : std::min(30, 1 << (failures - 1));
}

void UnlockDialog::reject()
{
    if (m_task->isRunning())
        return; // the check ends in a moment; the key it may unlock must not be left behind
    QDialog::reject();
}

void UnlockDialog::tryUnlock()
{
    if (m_task->isRunning() || m_secondsLeft > 0)
        return;
    const QString passphrase = m_field->text();
    if (passphrase.isEmpty()) {
        m_message->setText(tr("Type your passphrase first."));
        m_message->setVisible(true);
        m_field->setFocus();
        return;
    }
    setBusy(true);
    m_task->start([check = m_check, passphrase] { return check(passphrase); });
}

void UnlockDialog::checked(const Status &result)
{
    setBusy(false);
    if (result) {
        m_message->setVisible(false);
        m_field->clear();
        accept();
        return;
    }
    m_field->edit()->selectAll();
    m_field->setFocus();
    if (result.error().detail != crypto::KeyFile::wrongSecretDetail()) {
        // Not a wrong passphrase: a missing or damaged key file, too little memory.
        m_message->setText(result.error().message);
        m_message->setVisible(true);
        return;
    }
    ++m_failures;
    m_secondsLeft = waitAfter(m_failures) + 1; // tick() counts the first one down at once
    m_unlock->setEnabled(false);
    m_countdown->start();
    tick();
}

void UnlockDialog::tick()
{
    if (--m_secondsLeft <= 0) {
        m_secondsLeft = 0;
        m_countdown->stop();
        m_unlock->setEnabled(true);
        m_unlock->setText(tr("&Open"));
        m_message->setText(tr("That passphrase is not right. Try again."));
        m_message->setVisible(true);
        return;
    }
    m_unlock->setText(tr("Wait %n s", nullptr, m_secondsLeft));
    m_message->setText(tr("That passphrase is not right. You can try again in %n second(s).",
                          nullptr, m_secondsLeft));
    m_message->setVisible(true);
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_field->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_recovery->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    if (busy)
        m_message->setVisible(false);
}

void UnlockDialog::useRecoveryKey()
{
    RecoveryKeyDialog dialog(m_path, this, m_newPassphraseCost);
    if (dialog.exec() == QDialog::Accepted)
        accept();
}

} // namespace traject
