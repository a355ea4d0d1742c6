// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/KeyFile.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace traject {

class BackgroundTask;
class NewPassphraseFields;
class PassphraseField;

/// Bestand > Wachtzin wijzigen…: the current passphrase, then the new one twice. Only the
/// passphrase slot is wrapped anew (KeyRing::changePassphrase); the data stays as it is, and the
/// recovery sheet keeps working. The checks run on a thread of their own.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePassphraseDialog(const QString &databasePath, QWidget *parent = nullptr,
                           crypto::KdfCost cost = crypto::KdfCost::passphrase());
    ~ChangePassphraseDialog() override;

    PassphraseField *currentField() const { return m_current; }
    NewPassphraseFields *newPassphrase() const { return m_new; }
    QLabel *message() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }

    void reject() override;

private:
    void tryChange();
    void taskEnded(const Status &result);
    void setBusy(bool busy);

    QString m_path;
    crypto::KdfCost m_cost;
    PassphraseField *m_current = nullptr;
    NewPassphraseFields *m_new = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_busy = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    BackgroundTask *m_task = nullptr;
};

} // namespace traject
