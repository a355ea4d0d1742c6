// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPushButton;

namespace traject {

/// Offers the recovery sheet of an encrypted database at once, when its recovery key is new: to
/// print, or to save as PDF (core/documents/RecoverySheet). Closing without either asks first,
/// since the key is shown only now.
class RecoverySheetDialog : public QDialog
{
    Q_OBJECT

public:
    RecoverySheetDialog(const QString &databasePath, const QString &recoveryKey,
                        QWidget *parent = nullptr);

    QPushButton *printButton() const { return m_print; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *done() const { return m_done; }
    /// Whether the sheet was printed or saved.
    bool handedOut() const { return m_handedOut; }
    /// Saves the sheet as PDF without asking where (for the save dialog and tests).
    bool saveTo(const QString &pdfPath);

    void reject() override;

private:
    void print();
    void save();

    QString m_databasePath;
    QString m_recoveryKey;
    QDateTime m_made;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_done = nullptr;
    bool m_handedOut = false;
};

} // namespace traject
