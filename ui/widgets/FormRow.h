// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace traject {

class FieldErrors;

/// One row of a form: its label and the box with the input and the error line under it.
struct FormRow
{
    QLabel *label = nullptr;
    QWidget *box = nullptr;
};

/// Adds "label: input" to the form with an error line under the input, registers the field with
/// the errors, and lets the label's mnemonic reach the input. `shown` is what the row shows when
/// it is not the input itself (the input with a hint or buttons around it).
FormRow addFormRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *input,
                   const QString &field, QWidget *shown = nullptr);

/// Gives the labels of every form under root the same width, so that the fields of forms in
/// separate group boxes line up.
void alignFormLabels(QWidget *root);

} // namespace traject
