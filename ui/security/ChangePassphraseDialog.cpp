// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePassphraseDialog.h"

#include "DialogParts.h"

#include "BackgroundTask.h"
#include "NewPassphraseFields.h"
#include "PassphraseField.h"
#include "crypto/KeyRing.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

ChangePassphraseDialog::ChangePassphraseDialog(const QString &databasePath, QWidget *parent,
                                               crypto::KdfCost cost)
    : QDialog(parent)
    , m_path(databasePath)
    , m_cost(cost)
    , m_current(new PassphraseField)
    , m_new(new NewPassphraseFields)
    , m_message(new QLabel)
    , m_task(new BackgroundTask(this))
{
    setWindowTitle(tr("Change the passphrase"));
    auto *intro = new QLabel(tr("Type the passphrase you use now, then the new one twice. The "
                                "recovery sheet keeps working."));
    intro->setWordWrap(true);

    makeProblemLine(m_message);

    m_busy = makeBusyRow(tr("Checking and storing the passphrase…"));

    auto *buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(tr("&Change the passphrase"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_ok->setDefault(true);
    m_cancel->setAutoDefault(false);
    connect(m_ok, &QPushButton::clicked, this, &ChangePassphraseDialog::tryChange);
    connect(m_cancel, &QPushButton::clicked, this, &ChangePassphraseDialog::reject);
    connect(m_task, &BackgroundTask::finished, this, &ChangePassphraseDialog::taskEnded);

    auto *currentForm = new QFormLayout;
    currentForm->addRow(tr("C&urrent passphrase:"), m_current);
    auto *column = new QVBoxLayout(this);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addLayout(currentForm);
    column->addSpacing(8);
    column->addWidget(m_new);
    column->addWidget(m_message);
    column->addWidget(m_busy);
    column->addStretch();
    column->addWidget(buttons);
    setMinimumWidth(560);
    m_current->setFocus();
}

ChangePassphraseDialog::~ChangePassphraseDialog() = default;

void ChangePassphraseDialog::reject()
{
    if (!m_task->isRunning())
        QDialog::reject();
}

void ChangePassphraseDialog::tryChange()
{
    if (m_task->isRunning())
        return;
    QString problem;
    if (m_current->text().isEmpty())
        problem = tr("Type the passphrase you use now.");
    else if (problem = m_new->problem();
             problem.isEmpty() && m_new->passphrase() == m_current->text())
        problem = tr("The new passphrase is the same as the one you use now.");
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->setVisible(true);
        return;
    }
    setBusy(true);
    m_task->start([path = m_path, current = m_current->text(), passphrase = m_new->passphrase(),
                   cost = m_cost]() -> Status {
        // The key is unlocked already; this only proves that the SPOC knows the passphrase.
        if (auto known = crypto::KeyRing::unlock(path, current); !known)
            return known;
        return crypto::KeyRing::changePassphrase(path, passphrase, cost);
    });
}

void ChangePassphraseDialog::taskEnded(const Status &result)
{
    setBusy(false);
    if (result) {
        accept();
        return;
    }
    if (result.error().detail == crypto::KeyFile::wrongSecretDetail()) {
        m_message->setText(tr("The current passphrase is not right. Nothing was changed."));
        m_current->edit()->selectAll();
        m_current->setFocus();
    } else {
        m_message->setText(tr("The passphrase was not changed: %1").arg(result.error().message));
    }
    m_message->setVisible(true);
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_current->setEnabled(!busy);
    m_new->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    if (busy)
        m_message->setVisible(false);
}

} // namespace traject
