// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace traject {

/// A date that may be left empty: a check box ("known") in front of a date field (dd/MM/yyyy,
/// calendar popup). Unchecked means no date. editingFinished() is emitted when the box is
/// unchecked, and when the date field is left or confirmed while the box is checked.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString &checkText, QWidget *parent = nullptr);

    /// The date, or an invalid date when none is given.
    QDate date() const;
    /// Shows this date (an invalid one unchecks the box); emits nothing.
    void setDate(QDate date);
    /// The date the field shows when the box is checked while there was no date.
    void setDefaultDate(QDate date);
    void setMaximumDate(QDate date);

    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

Q_SIGNALS:
    void editingFinished();

private:
    QCheckBox *m_check = nullptr;
    QDateEdit *m_edit = nullptr;
    QDate m_defaultDate;
};

} // namespace traject
