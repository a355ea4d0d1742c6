// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace traject {

OptionalDateEdit::OptionalDateEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent)
{
    m_check = new QCheckBox(checkText);
    m_edit = new QDateEdit;
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_edit->setMinimumDate(QDate(1900, 1, 1));
    m_edit->setEnabled(false);
    m_edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    setFocusProxy(m_check);

    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        if (on) {
            // The date is stored once it is typed or confirmed in the field.
            m_edit->setFocus(Qt::OtherFocusReason);
        } else {
            Q_EMIT editingFinished();
        }
    });
    connect(m_edit, &QDateEdit::editingFinished, this, [this] {
        if (m_check->isChecked())
            Q_EMIT editingFinished();
    });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    const QSignalBlocker checkBlocker(m_check);
    const QSignalBlocker editBlocker(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
    else if (m_defaultDate.isValid())
        m_edit->setDate(m_defaultDate);
}

void OptionalDateEdit::setDefaultDate(QDate date)
{
    m_defaultDate = date;
    if (!m_check->isChecked() && date.isValid()) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setDate(date);
    }
}

void OptionalDateEdit::setMaximumDate(QDate date)
{
    m_edit->setMaximumDate(date);
}

} // namespace traject
