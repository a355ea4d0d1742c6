// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldErrors.h"

#include "FormRow.h"
#include "Tones.h"

#include <QFormLayout>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace traject {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(alertStyle());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    hide();
}

void ErrorLabel::setError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldErrors::addRow(QFormLayout *form, const QString &label, QWidget *input,
                         const QString &field)
{
    addFormRow(form, *this, label, input, field);
}

void FieldErrors::add(const QString &field, QWidget *input, ErrorLabel *label)
{
    m_entries.insert(field, { input, label });
}

bool FieldErrors::show(const Problems &problems)
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        showFor(it.key(), problems);
    return problems.isEmpty();
}

bool FieldErrors::showFor(const QString &field, const Problems &problems)
{
    const auto entry = m_entries.value(field);
    QStringList messages;
    for (const auto &problem : problems) {
        if (problem.field == field)
            messages.append(problem.message);
    }
    if (entry.label)
        entry.label->setError(messages.join(QLatin1Char('\n')));
    if (entry.input) {
        entry.input->setProperty("invalid", !messages.isEmpty());
        entry.input->setAccessibleDescription(messages.join(QLatin1Char(' ')));
    }
    return messages.isEmpty();
}

void FieldErrors::clear()
{
    show({});
}

QString FieldErrors::errorFor(const QString &field) const
{
    const auto entry = m_entries.value(field);
    return entry.label ? entry.label->text() : QString();
}

} // namespace traject
