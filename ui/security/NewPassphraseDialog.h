// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace traject {

class NewPassphraseFields;

/// Chooses the passphrase of a database: for a new one at the first start, or for an existing
/// plain one (Bestand > Versleutelen…). The passphrase is typed twice with a hint of its
/// strength, and the dialog says plainly that without it or the recovery sheet nobody can open
/// the data, not even the makers; for an existing file also what encrypting cannot reach.
class NewPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        NewDatabase,
        EncryptExisting
    };
    /// The result of exec() when the SPOC chose to look around in the demo database first.
    static constexpr int DemoChosen = 2;

    NewPassphraseDialog(Purpose purpose, const QString &databasePath, QWidget *parent = nullptr);

    QString passphrase() const;
    NewPassphraseFields *fields() const { return m_fields; }
    QLabel *message() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }
    /// "Look around with demo data first" (a new database only).
    QPushButton *demoButton() const { return m_demo; }

private:
    void tryAccept();

    NewPassphraseFields *m_fields = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace traject
