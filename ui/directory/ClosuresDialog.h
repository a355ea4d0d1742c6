// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/DirectoryEdits.h"
#include "planning/Holidays.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QKeyEvent;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace traject {

class ClosureModel;
class DateField;
class HolidayModel;
class Session;

/// The closure periods (sluitingsperiodes) that placement planning skips, edited in place and
/// stored at once; beside them, for reference, the Belgian public holidays of a chosen year.
class ClosuresDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClosuresDialog(Session &session, QWidget *parent = nullptr);
    ~ClosuresDialog() override;

    void reload();
    bool selectClosure(qint64 id);
    /// The chosen closure period's id; 0 when none (or while a new one is being added).
    qint64 currentClosure() const;

    void setConfirmRemoval(ConfirmRemoval confirm) { m_confirm = std::move(confirm); }

    QTableView *closureView() const { return m_closureView; }
    ClosureModel *closureModel() const { return m_closures; }
    QLineEdit *nameEdit() const { return m_name; }
    DateField *startField() const { return m_start; }
    DateField *endField() const { return m_end; }
    QComboBox *siteCombo() const { return m_site; }
    QSpinBox *yearSpin() const { return m_year; }
    QTableView *holidayView() const { return m_holidayView; }
    HolidayModel *holidayModel() const { return m_holidays; }
    ErrorLabel *listError() const { return m_listError; }
    QString errorFor(const QString &field) const { return m_errors.errorFor(field); }

    void newClosure();
    bool addClosure();
    void cancelNewClosure();
    void removeClosure();

    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCurrent();
    void setCreating(bool creating);
    void commitClosure();
    ClosurePeriod fromForm() const;
    qint64 selectedRow() const;

    Session &m_session;
    ConfirmRemoval m_confirm = askToRemove;
    ClosureModel *m_closures = nullptr;
    QTableView *m_closureView = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    ErrorLabel *m_listError = nullptr;
    QGroupBox *m_formBox = nullptr;
    QLineEdit *m_name = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QComboBox *m_site = nullptr;
    QWidget *m_creatingButtons = nullptr;
    QPushButton *m_addButton = nullptr;
    FieldErrors m_errors;
    QSpinBox *m_year = nullptr;
    HolidayModel *m_holidays = nullptr;
    QTableView *m_holidayView = nullptr;
    ClosurePeriod m_shown;
    bool m_creating = false;
    bool m_reloading = false;
};

} // namespace traject
