// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/KeyFile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace traject {

class BackgroundTask;
class NewPassphraseFields;

/// "Herstelsleutel gebruiken…": the recovery key as it is on the sheet (any case, with or
/// without dashes), then a new passphrase typed twice. Opens the database with the key
/// (KeyRing::unlockWithRecoveryKey) and sets the new passphrase (KeyRing::changePassphrase), on a
/// thread of its own. Accepted when both are done.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString &databasePath, QWidget *parent = nullptr,
                      crypto::KdfCost newPassphraseCost = crypto::KdfCost::passphrase());
    ~RecoveryKeyDialog() override;

    QLineEdit *keyField() const { return m_key; }
    NewPassphraseFields *newPassphrase() const { return m_new; }
    QLabel *message() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }

    void reject() override;

private:
    void tryKey();
    void taskEnded(const Status &result);
    void setBusy(bool busy);

    QString m_path;
    crypto::KdfCost m_cost;
    QLineEdit *m_key = nullptr;
    NewPassphraseFields *m_new = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_busy = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    BackgroundTask *m_task = nullptr;
};

} // namespace traject
