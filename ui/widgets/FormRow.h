// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QLayout;
class QVBoxLayout;
class QWidget;

namespace traject {

class FieldErrors;

/// One row of a form: its label, and the column with the input and the error line under it.
/// The column is a layout, not a widget: the input and its label are siblings, which is how a
/// screen reader finds the label of a field (its name and its "labelled by" relation).
struct FormRow
{
    QFormLayout *form = nullptr;
    QLabel *label = nullptr;
    QVBoxLayout *column = nullptr;

    /// Shows or hides the whole row: label, input and error line.
    void setVisible(bool visible) const;
};

/// Adds "label: input" to the form with an error line under the input, registers the field with
/// the errors, and lets the label's mnemonic reach the input. `shown` is what the row shows when
/// it is not the input itself (the input with a hint or buttons around it): give it as a layout
/// (`shownLayout`) when it can be, so that the input stays the label's sibling.
FormRow addFormRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *input,
                   const QString &field, QWidget *shown = nullptr);
FormRow addFormRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *input,
                   const QString &field, QLayout *shownLayout);

/// Gives the labels of every form under root the same width, so that the fields of forms in
/// separate group boxes line up.
void alignFormLabels(QWidget *root);

} // namespace traject
