// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarrierChecklist.h"

#include "ActionLine.h"
#include "IntakeStore.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace traject {

BarrierChecklist::BarrierChecklist(IntakeStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_rows.reserve(allValues<BarrierCategory>().size());
    for (const BarrierCategory category : allValues<BarrierCategory>()) {
        Row row;
        row.category = category;
        row.check = new QCheckBox(
            QStringLiteral("%1. %2").arg(static_cast<int>(category)).arg(label(category)), this);
        row.check->setObjectName(QStringLiteral("barrier_") + toCode(category));
        auto *examples = new QLabel(barrierCategoryExamples(category), this);
        examples->setWordWrap(true);
        examples->setIndent(24);
        examples->setStyleSheet(QStringLiteral("color: palette(mid);"));

        row.details = new QWidget(this);
        auto *grid = new QGridLayout(row.details);
        grid->setContentsMargins(24, 0, 0, 4);
        row.description = new QLineEdit(row.details);
        row.description->setPlaceholderText(tr("What exactly stands in the way?"));
        row.description->setAccessibleName(tr("Description of the barrier"));
        row.action = new ActionLine(store, std::nullopt, row.details);
        grid->addWidget(new QLabel(tr("Barrier:"), row.details), 0, 0);
        grid->addWidget(row.description, 0, 1);
        grid->addWidget(new QLabel(tr("First action:"), row.details), 1, 0);
        grid->addWidget(row.action, 1, 1);
        grid->setColumnStretch(1, 1);
        row.details->hide();

        layout->addWidget(row.check);
        layout->addWidget(examples);
        layout->addWidget(row.details);
        m_rows.push_back(row);
    }
    for (auto &row : m_rows) {
        Row *r = &row;
        connect(row.check, &QCheckBox::toggled, this, [this, r](bool on) {
            if (!m_loading)
                toggled(*r, on);
        });
        connect(row.description, &QLineEdit::editingFinished, this, [this, r] { describe(*r); });
    }
}

QList<QWidget *> BarrierChecklist::focusChain() const
{
    QList<QWidget *> chain;
    for (const auto &row : m_rows) {
        chain << row.check << row.description;
        chain << row.action->focusChain();
    }
    return chain;
}

QCheckBox *BarrierChecklist::check(BarrierCategory category) const
{
    return m_rows.at(static_cast<int>(category) - 1).check;
}

QLineEdit *BarrierChecklist::description(BarrierCategory category) const
{
    return m_rows.at(static_cast<int>(category) - 1).description;
}

ActionLine *BarrierChecklist::action(BarrierCategory category) const
{
    return m_rows.at(static_cast<int>(category) - 1).action;
}

void BarrierChecklist::load(const std::vector<Barrier> &barriers,
                            const std::vector<Action> &actions)
{
    m_loading = true;
    for (auto &row : m_rows) {
        row.barrier = Barrier();
        for (const auto &barrier : barriers) {
            if (barrier.category == row.category) {
                row.barrier = barrier;
                break;
            }
        }
        const bool ticked = row.barrier.id != 0;
        row.check->setChecked(ticked);
        row.description->setText(row.barrier.description);
        Action first;
        first.learnerId = m_store.learnerId();
        first.barrierId = ticked ? std::optional<qint64>(row.barrier.id) : std::nullopt;
        for (const auto &action : actions) {
            if (ticked && action.barrierId == row.barrier.id) {
                first = action;
                break;
            }
        }
        row.action->setAction(first);
        show(row, ticked);
    }
    m_loading = false;
}

void BarrierChecklist::setReadOnly(bool readOnly)
{
    for (auto &row : m_rows) {
        row.check->setEnabled(!readOnly);
        row.description->setReadOnly(readOnly);
        row.action->setReadOnly(readOnly);
    }
}

void BarrierChecklist::show(Row &row, bool on)
{
    row.details->setVisible(on);
    row.description->setEnabled(on);
    row.action->setEnabled(on);
}

void BarrierChecklist::toggled(Row &row, bool on)
{
    if (on) {
        Barrier barrier;
        barrier.learnerId = m_store.learnerId();
        barrier.category = row.category;
        barrier.description = label(row.category);
        barrier.detectedOn = m_store.intake().date;
        barrier.detectedInPhase = Phase::Intake;
        auto id = m_store.storeBarrier(barrier);
        if (!id) {
            QSignalBlocker blocker(row.check);
            row.check->setChecked(false);
            return;
        }
        barrier.id = *id;
        row.barrier = barrier;
        row.description->setText(barrier.description);
        row.action->setBarrier(barrier.id);
        show(row, true);
        row.description->setFocus();
        row.description->selectAll();
        return;
    }

    if (row.barrier.id == 0) {
        show(row, false);
        return;
    }
    const bool written
        = row.description->text().trimmed() != label(row.category) || row.action->action().id != 0;
    if (written
        && QMessageBox::question(this, tr("Remove barrier"),
                                 tr("Remove the barrier \"%1\" and its actions from the file?")
                                     .arg(row.description->text().trimmed()))
            != QMessageBox::Yes) {
        QSignalBlocker blocker(row.check);
        row.check->setChecked(true);
        return;
    }
    if (!m_store.removeBarrier(row.barrier.id)) {
        QSignalBlocker blocker(row.check);
        row.check->setChecked(true);
        return;
    }
    row.barrier = Barrier();
    row.description->clear();
    Action none;
    none.learnerId = m_store.learnerId();
    row.action->setAction(none);
    show(row, false);
}

void BarrierChecklist::describe(Row &row)
{
    if (row.barrier.id == 0)
        return;
    QString text = row.description->text().trimmed();
    if (text.isEmpty()) {
        // A barrier always says what it is: back to the category's name.
        text = label(row.category);
        row.description->setText(text);
    }
    if (text == row.barrier.description)
        return;
    Barrier changed = row.barrier;
    changed.description = text;
    if (m_store.storeBarrier(changed))
        row.barrier = changed;
}

} // namespace traject
