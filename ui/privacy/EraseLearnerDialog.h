// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace traject {

/// The confirmation of "Definitief verwijderen": says what goes and that it cannot be undone,
/// lists the backups that still hold the learner and offers to erase them from those too, and only
/// lets the SPOC go on after typing the learner's name.
class EraseLearnerDialog : public QDialog
{
    Q_OBJECT

public:
    EraseLearnerDialog(const QString &learnerName, const QStringList &backups,
                       QWidget *parent = nullptr);

    /// Whether the typed name matches (spaces and capitals do not matter).
    bool nameConfirmed() const;
    QLineEdit *nameField() const { return m_name; }
    QPushButton *eraseButton() const { return m_erase; }
    /// Whether the learner is to be erased from the listed backups too (ticked by default).
    bool alsoFromBackups() const;

    void accept() override;

private:
    QString m_learnerName;
    QLineEdit *m_name = nullptr;
    QPushButton *m_erase = nullptr;
    QCheckBox *m_fromBackups = nullptr;
};

} // namespace traject
