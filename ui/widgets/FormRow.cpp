// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormRow.h"

#include "widgets/FieldErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace traject {

namespace {

FormRow addRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *input,
               const QString &field, const std::function<void(QVBoxLayout *)> &addShown)
{
    FormRow row;
    row.form = form;
    row.column = new QVBoxLayout;
    row.column->setContentsMargins(0, 0, 0, 0);
    row.column->setSpacing(2);
    addShown(row.column);
    auto *error = new ErrorLabel;
    row.column->addWidget(error);
    if (!label.isEmpty()) {
        row.label = new QLabel(label);
        row.label->setBuddy(input);
        form->addRow(row.label, row.column);
    } else {
        form->addRow(row.column);
    }
    errors.add(field, input, error);
    return row;
}

} // namespace

void FormRow::setVisible(bool visible) const
{
    form->setRowVisible(column, visible);
}

FormRow addFormRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *input,
                   const QString &field, QWidget *shown)
{
    return addRow(form, errors, label, input, field,
                  [&](QVBoxLayout *column) { column->addWidget(shown ? shown : input); });
}

FormRow addFormRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *input,
                   const QString &field, QLayout *shownLayout)
{
    return addRow(form, errors, label, input, field,
                  [&](QVBoxLayout *column) { column->addLayout(shownLayout); });
}

void alignFormLabels(QWidget *root)
{
    QList<QWidget *> labels;
    int width = 0;
    const auto forms = root->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (QWidget *label = item ? item->widget() : nullptr) {
                labels.append(label);
                width = std::max(width, label->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

} // namespace traject
