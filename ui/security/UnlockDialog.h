// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/KeyFile.h"

#include <QDialog>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace traject {

class BackgroundTask;
class PassphraseField;

/// Asks the passphrase of an encrypted database ("Databank openen"): the field with show/hide
/// and the Caps Lock warning, a wrong passphrase said plainly under it, and after each wrong try
/// a wait that doubles (1, 2, 4, … up to 30 seconds) with the button counting down. The check
/// (about a second of key derivation) runs on a thread of its own while the dialog shows that
/// it is busy. "Herstelsleutel gebruiken…" opens the database with the recovery key and sets a
/// new passphrase (RecoveryKeyDialog). Accepted once the database's key is unlocked.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    /// Checks a passphrase; by default KeyRing::unlock of the database.
    using Check = std::function<Status(const QString &passphrase)>;

    /// `newPassphraseCost`: the cost of the passphrase set after the recovery key (tests choose
    /// KdfCost::minimal()).
    explicit UnlockDialog(const QString &databasePath, QWidget *parent = nullptr,
                          crypto::KdfCost newPassphraseCost = crypto::KdfCost::passphrase());
    ~UnlockDialog() override;

    /// The words above the field (by default: which database, and that it is encrypted).
    void setIntro(const QString &text);
    /// Another check of the passphrase (e.g. for a window that is locked).
    void setCheck(Check check);
    /// Whether "Herstelsleutel gebruiken…" is offered (it is by default).
    void setRecoveryAllowed(bool allowed);

    QLabel *intro() const { return m_intro; }
    PassphraseField *passphraseField() const { return m_field; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *recoveryButton() const { return m_recovery; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// The plain words under the field: a wrong passphrase, the wait.
    QLabel *message() const { return m_message; }
    /// Shown while the passphrase is being checked.
    QWidget *busyIndicator() const { return m_busy; }
    int failedTries() const { return m_failures; }
    /// The wait after this many wrong tries: 1, 2, 4, 8, 16, 30, 30, … seconds.
    static int waitAfter(int failures);

    void reject() override;

private:
    void tryUnlock();
    void checked(const Status &result);
    void setBusy(bool busy);
    void tick();
    void useRecoveryKey();

    QString m_path;
    crypto::KdfCost m_newPassphraseCost;
    Check m_check;
    QLabel *m_intro = nullptr;
    PassphraseField *m_field = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_busy = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_recovery = nullptr;
    QPushButton *m_cancel = nullptr;
    BackgroundTask *m_task = nullptr;
    QTimer *m_countdown = nullptr;
    int m_failures = 0;
    int m_secondsLeft = 0;
};

} // namespace traject
