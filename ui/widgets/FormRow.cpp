// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormRow.h"

#include "widgets/FieldErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

FormRow addFormRow(QFormLayout *form, FieldErrors &errors, const QString &label, QWidget *input,
                   const QString &field, QWidget *shown)
{
    FormRow row;
    row.box = new QWidget;
    auto *column = new QVBoxLayout(row.box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(shown ? shown : input);
    auto *error = new ErrorLabel;
    column->addWidget(error);
    row.box->setFocusProxy(input);
    if (!label.isEmpty()) {
        row.label = new QLabel(label);
        row.label->setBuddy(input);
        form->addRow(row.label, row.box);
    } else {
        form->addRow(row.box);
    }
    errors.add(field, input, error);
    return row;
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
