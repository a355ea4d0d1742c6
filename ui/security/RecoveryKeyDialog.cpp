// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryKeyDialog.h"

#include "DialogParts.h"

#include "BackgroundTask.h"
#include "NewPassphraseFields.h"
#include "crypto/KeyRing.h"
#include "storage/Encryption.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

RecoveryKeyDialog::RecoveryKeyDialog(const QString &databasePath, QWidget *parent,
                                     crypto::KdfCost newPassphraseCost)
    : QDialog(parent)
    , m_path(databasePath)
    , m_cost(newPassphraseCost)
    , m_key(new QLineEdit)
    , m_new(new NewPassphraseFields)
    , m_message(new QLabel)
    , m_task(new BackgroundTask(this))
{
    setWindowTitle(tr("Use the recovery key"));
    auto *intro = new QLabel(
        tr("Forgot the passphrase? Type the recovery key from the recovery sheet (small or "
           "capital letters, with or without dashes). Then choose a new passphrase."));
    intro->setWordWrap(true);

    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_key->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);

    makeProblemLine(m_message);

    m_busy = makeBusyRow(tr("Opening the database and storing the new passphrase…"));

    auto *buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(tr("&Open and set the passphrase"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_ok->setDefault(true);
    m_cancel->setAutoDefault(false);
    connect(m_ok, &QPushButton::clicked, this, &RecoveryKeyDialog::tryKey);
    connect(m_cancel, &QPushButton::clicked, this, &RecoveryKeyDialog::reject);
    connect(m_task, &BackgroundTask::finished, this, &RecoveryKeyDialog::taskEnded);

    auto *keyForm = new QFormLayout;
    keyForm->addRow(tr("Recovery &key:"), m_key);
    auto *column = new QVBoxLayout(this);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addLayout(keyForm);
    column->addSpacing(8);
    column->addWidget(m_new);
    column->addWidget(m_message);
    column->addWidget(m_busy);
    column->addStretch();
    column->addWidget(buttons);
    setMinimumWidth(560);
    m_key->setFocus();
}

RecoveryKeyDialog::~RecoveryKeyDialog() = default;

void RecoveryKeyDialog::reject()
{
    if (!m_task->isRunning())
        QDialog::reject();
}

void RecoveryKeyDialog::tryKey()
{
    if (m_task->isRunning())
        return;
    const auto key = crypto::canonicalRecoveryKey(m_key->text());
    QString problem;
    if (!key)
        problem = tr("A recovery key has 32 letters and digits in 8 groups of 4, as on the "
                     "recovery sheet. Check what you typed.");
    else
        problem = m_new->problem();
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->setVisible(true);
        return;
    }
    setBusy(true);
    m_task->start([path = m_path, key = *key, passphrase = m_new->passphrase(),
                   cost = m_cost]() -> Status {
        if (Encryption::keysMissing(path)) {
            // The key file is lost: the copy beside a backup that the key opens goes back.
            if (auto restored = Encryption::restoreKeyFile(path, key, true); !restored)
                return restored.error();
        } else if (auto unlocked = crypto::KeyRing::unlockWithRecoveryKey(path, key); !unlocked) {
            return unlocked;
        }
        return crypto::KeyRing::changePassphrase(path, passphrase, cost);
    });
}

void RecoveryKeyDialog::taskEnded(const Status &result)
{
    setBusy(false);
    if (result) {
        accept();
        return;
    }
    if (result.error().detail == crypto::KeyFile::wrongSecretDetail()) {
        m_message->setText(tr("This recovery key does not open this database. Check it against "
                              "the recovery sheet of this database."));
        m_key->setFocus();
        m_key->selectAll();
    } else {
        m_message->setText(result.error().message);
    }
    m_message->setVisible(true);
}

void RecoveryKeyDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_key->setEnabled(!busy);
    m_new->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    if (busy)
        m_message->setVisible(false);
}

} // namespace traject
