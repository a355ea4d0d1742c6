// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionLine.h"

#include "IntakeStore.h"
#include "Session.h"
#include "widgets/DateField.h"
#include "widgets/ReaderLabel.h"
#include "widgets/WheelGuard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace traject {

ActionLine::ActionLine(IntakeStore &store, std::optional<qint64> barrierId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_action.learnerId = store.learnerId();
    m_action.barrierId = barrierId;
    m_action.domain = SupportDomain::Preconditions;

    m_description = new QLineEdit(this);
    m_description->setPlaceholderText(tr("Agreed action: who does what"));
    m_description->setAccessibleName(tr("Action"));
    m_owner = new QComboBox(this);
    m_owner->setAccessibleName(tr("Who"));
    labelForReader(m_description, tr("Action"));
    labelForReader(m_owner, tr("Who"));
    // A partner's action names a person of that partner: that is chosen in the dossier.
    for (const ActionOwner owner :
         { ActionOwner::Spoc, ActionOwner::Together, ActionOwner::Learner })
        m_owner->addItem(label(owner), toCode(owner));
    // When the step is due: no date, or the day it was agreed for (typed as people type dates).
    m_due = new DateField(this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setOptional(true);
    m_due->setToday(store.session().clock().today());
    m_due->setAccessibleName(tr("By"));
    scrollPastWithWheel(m_owner);
    auto *by = new QLabel(tr("By"), this);
    by->setBuddy(m_due);
    // Level with the line edits, also when a line shows under the date.
    by->setMinimumHeight(m_description->sizeHint().height());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_description, 1, Qt::AlignTop);
    layout->addWidget(m_owner, 0, Qt::AlignTop);
    layout->addWidget(by, 0, Qt::AlignTop);
    layout->addWidget(m_due, 0, Qt::AlignTop);
    setFocusProxy(m_description);

    connect(m_description, &QLineEdit::editingFinished, this, &ActionLine::store);
    connect(m_owner, &QComboBox::activated, this, &ActionLine::store);
    connect(m_due, &DateField::dateChanged, this, &ActionLine::store);
}

QList<QWidget *> ActionLine::focusChain() const
{
    return { m_description, m_owner, m_due->lineEdit() };
}

void ActionLine::setAction(const Action &action)
{
    m_action = action;
    m_description->setText(action.description);
    // A partner's action (made in the dossier) keeps its partner.
    if (m_owner->findData(toCode(action.owner)) < 0)
        m_owner->addItem(label(action.owner), toCode(action.owner));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(toCode(action.owner))));
    m_due->setDate(action.due);
}

void ActionLine::setReadOnly(bool readOnly)
{
    m_description->setReadOnly(readOnly);
    m_owner->setEnabled(!readOnly);
    m_due->setReadOnly(readOnly);
}

void ActionLine::store()
{
    Action changed = m_action;
    changed.description = m_description->text().trimmed();
    changed.owner
        = fromCode<ActionOwner>(m_owner->currentData().toString()).value_or(ActionOwner::Spoc);
    changed.due = m_due->date();
    if (changed == m_action)
        return;
    if (changed.description.isEmpty()) {
        // Emptying a stored step takes it out of the dossier again.
        if (m_action.id != 0 && m_store.removeAction(m_action.id)) {
            m_action.id = 0;
            m_action.description.clear();
        }
        return;
    }
    auto id = m_store.storeAction(changed);
    if (!id)
        return;
    changed.id = *id;
    m_action = changed;
}

} // namespace traject
