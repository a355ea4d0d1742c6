// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseField.h"
#include "widgets/Tones.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

PassphraseField::PassphraseField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
    , m_show(new QPushButton(tr("Show")))
    , m_capsLock(new QLabel(tr("Caps Lock is on.")))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                                | Qt::ImhSensitiveData);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &PassphraseField::textChanged);

    // Enter in the field is for the dialog's own button, never for this one.
    m_show->setAutoDefault(false);
    m_show->setCheckable(true);
    m_show->setToolTip(tr("Shows the passphrase on the screen; make sure nobody looks along."));
    connect(m_show, &QPushButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(shown ? tr("Hide") : tr("Show"));
    });

    QPalette warning = m_capsLock->palette();
    warning.setColor(QPalette::WindowText, cautionColour(warning));
    m_capsLock->setPalette(warning);
    m_capsLock->setVisible(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_show);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_capsLock);
}

QString PassphraseField::text() const
{
    return m_edit->text();
}

void PassphraseField::clear()
{
    m_edit->clear();
}

bool PassphraseField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString typed = key->text();
        // Only a letter with two cases tells: digits, signs and Shift itself say nothing.
        if (typed.size() == 1 && typed.at(0).toUpper() != typed.at(0).toLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            setCapsLockOn(typed.at(0).isUpper() != shift);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PassphraseField::setCapsLockOn(bool on)
{
    m_capsLockOn = on;
    m_capsLock->setVisible(on);
}

} // namespace traject
