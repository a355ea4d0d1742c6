// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarrierChecklist.h"

#include "ActionLine.h"
#include "IntakeStore.h"
#include "intake/Intake.h"
#include "widgets/MessageBox.h"

#include <algorithm>

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        auto *column = new QVBoxLayout(row.details);
        column->setContentsMargins(24, 0, 0, 4);
        column->setSpacing(4);
        row.entries = new QVBoxLayout;
        row.entries->setSpacing(6);
        column->addLayout(row.entries);
        row.add = new QPushButton(tr("+ Another barrier in this category"), row.details);
        row.add->setObjectName(QStringLiteral("addBarrier_") + toCode(category));
        row.add->setAutoDefault(false);
        auto *addLine = new QHBoxLayout;
        addLine->addWidget(row.add);
        addLine->addStretch(1);
        column->addLayout(addLine);
        row.details->hide();

        layout->addWidget(row.check);
        layout->addWidget(examples);
        layout->addWidget(row.details);
        m_rows.push_back(std::move(row));
    }
    for (auto &row : m_rows) {
        const BarrierCategory category = row.category;
        connect(row.check, &QCheckBox::toggled, this, [this, category](bool on) {
            if (!m_loading)
                toggled(this->row(category), on);
        });
        connect(row.add, &QPushButton::clicked, this, [this, category] {
            Row &r = this->row(category);
            if (Entry *entry = addNew(r, label(category))) {
                entry->description->setFocus();
                entry->description->selectAll();
            }
        });
    }
}

BarrierChecklist::Row &BarrierChecklist::row(BarrierCategory category)
{
    return m_rows.at(static_cast<std::size_t>(category) - 1);
}

const BarrierChecklist::Row &BarrierChecklist::row(BarrierCategory category) const
{
    return m_rows.at(static_cast<std::size_t>(category) - 1);
}

QList<QWidget *> BarrierChecklist::focusChain() const
{
    QList<QWidget *> chain;
    for (const auto &row : m_rows) {
        chain << row.check;
        for (const auto &entry : row.barriers) {
            chain << entry->description;
            chain << entry->action->focusChain();
            chain << entry->remove;
        }
        if (!row.barriers.empty())
            chain << row.add;
    }
    return chain;
}

QCheckBox *BarrierChecklist::check(BarrierCategory category) const
{
    return row(category).check;
}

int BarrierChecklist::count(BarrierCategory category) const
{
    return static_cast<int>(row(category).barriers.size());
}

QLineEdit *BarrierChecklist::description(BarrierCategory category, int index) const
{
    const auto &barriers = row(category).barriers;
    return index >= 0 && index < static_cast<int>(barriers.size())
        ? barriers.at(static_cast<std::size_t>(index))->description
        : nullptr;
}

ActionLine *BarrierChecklist::action(BarrierCategory category, int index) const
{
    const auto &barriers = row(category).barriers;
    return index >= 0 && index < static_cast<int>(barriers.size())
        ? barriers.at(static_cast<std::size_t>(index))->action
        : nullptr;
}

QPushButton *BarrierChecklist::removeButton(BarrierCategory category, int index) const
{
    const auto &barriers = row(category).barriers;
    return index >= 0 && index < static_cast<int>(barriers.size())
        ? barriers.at(static_cast<std::size_t>(index))->remove
        : nullptr;
}

QPushButton *BarrierChecklist::addButton(BarrierCategory category) const
{
    return row(category).add;
}

void BarrierChecklist::load(const std::vector<Barrier> &barriers,
                            const std::vector<Action> &actions)
{
    m_loading = true;
    for (auto &row : m_rows) {
        while (!row.barriers.empty())
            drop(row, *row.barriers.back());
        for (const auto &barrier : barriers) {
            if (barrier.category != row.category)
                continue;
            Action first;
            first.learnerId = m_store.learnerId();
            first.barrierId = barrier.id;
            for (const auto &action : actions) {
                if (action.barrierId == barrier.id) {
                    first = action;
                    break;
                }
            }
            show(row, barrier, first);
        }
        row.check->setChecked(!row.barriers.empty());
        showRow(row);
    }
    m_loading = false;
    setReadOnly(m_readOnly);
    Q_EMIT focusChainChanged();
}

void BarrierChecklist::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (auto &row : m_rows) {
        row.check->setEnabled(!readOnly);
        row.add->setVisible(!readOnly);
        for (auto &entry : row.barriers) {
            entry->description->setReadOnly(readOnly);
            entry->action->setReadOnly(readOnly);
            entry->remove->setVisible(!readOnly);
        }
    }
}

void BarrierChecklist::showRow(Row &row)
{
    row.details->setVisible(!row.barriers.empty());
}

BarrierChecklist::Entry *BarrierChecklist::show(Row &row, const Barrier &barrier,
                                                const Action &first)
{
    auto entry = std::make_unique<Entry>();
    Entry *e = entry.get();
    e->barrier = barrier;
    e->box = new QWidget(row.details);
    auto *grid = new QGridLayout(e->box);
    grid->setContentsMargins(0, 0, 0, 0);
    e->description = new QLineEdit(barrier.description, e->box);
    e->description->setPlaceholderText(tr("What exactly stands in the way?"));
    e->description->setAccessibleName(tr("Description of the barrier"));
    e->action = new ActionLine(m_store, barrier.id, e->box);
    e->action->setAction(first);
    e->remove = new QPushButton(tr("Remove"), e->box);
    e->remove->setAutoDefault(false);
    e->remove->setToolTip(tr("Takes this barrier and its actions out of the file"));
    grid->addWidget(new QLabel(tr("Barrier:"), e->box), 0, 0);
    grid->addWidget(e->description, 0, 1);
    grid->addWidget(new QLabel(tr("First action:"), e->box), 1, 0);
    grid->addWidget(e->action, 1, 1);
    grid->addWidget(e->remove, 0, 2);
    grid->setColumnStretch(1, 1);
    row.entries->addWidget(e->box);
    e->box->show(); // at once: Tab from the barrier goes on to its action
    const BarrierCategory category = row.category;
    connect(e->description, &QLineEdit::editingFinished, this, [this, e] { describe(*e); });
    connect(e->remove, &QPushButton::clicked, this,
            [this, category, e] { remove(this->row(category), *e); });
    row.barriers.push_back(std::move(entry));
    return e;
}

BarrierChecklist::Entry *BarrierChecklist::addNew(Row &row, const QString &description)
{
    const Barrier barrier = intakeBarrier(m_store.intake(), row.category, description);
    auto id = m_store.storeBarrier(barrier);
    if (!id)
        return nullptr;
    Barrier stored = barrier;
    stored.id = *id;
    Action none;
    none.learnerId = m_store.learnerId();
    none.barrierId = stored.id;
    Entry *entry = show(row, stored, none);
    {
        QSignalBlocker blocker(row.check);
        row.check->setChecked(true);
    }
    showRow(row);
    Q_EMIT focusChainChanged();
    return entry;
}

bool BarrierChecklist::addBarrier(BarrierCategory category, const QString &description)
{
    Row &r = row(category);
    const QString text = description.simplified();
    Entry *entry = nullptr;
    for (auto &existing : r.barriers) {
        if (existing->barrier.description == text)
            entry = existing.get();
    }
    if (!entry)
        entry = addNew(r, text);
    if (!entry)
        return false;
    entry->description->setFocus();
    return true;
}

bool BarrierChecklist::written(const Row &row, const Entry &entry) const
{
    return entry.description->text().trimmed() != label(row.category)
        || entry.action->action().id != 0;
}

void BarrierChecklist::toggled(Row &row, bool on)
{
    if (on) {
        if (Entry *entry = addNew(row, label(row.category))) {
            entry->description->setFocus();
            entry->description->selectAll();
        } else {
            QSignalBlocker blocker(row.check);
            row.check->setChecked(false);
        }
        return;
    }

    if (row.barriers.empty()) {
        showRow(row);
        return;
    }
    const bool anyWritten = std::any_of(row.barriers.begin(), row.barriers.end(),
                                        [&](const auto &entry) { return written(row, *entry); });
    const QString question = row.barriers.size() == 1
        ? tr("Remove the barrier \"%1\" and its actions from the file?")
              .arg(row.barriers.front()->description->text().trimmed())
        : tr("Remove the %1 barriers of \"%2\" and their actions from the file?")
              .arg(row.barriers.size())
              .arg(label(row.category));
    if (anyWritten
        && MessageBox::question(this, tr("Remove barrier"), question) != QMessageBox::Yes) {
        QSignalBlocker blocker(row.check);
        row.check->setChecked(true);
        return;
    }
    while (!row.barriers.empty()) {
        Entry &entry = *row.barriers.back();
        if (!m_store.removeBarrier(entry.barrier.id)) {
            QSignalBlocker blocker(row.check);
            row.check->setChecked(true);
            Q_EMIT focusChainChanged();
            return;
        }
        drop(row, entry);
    }
    showRow(row);
    Q_EMIT focusChainChanged();
}

void BarrierChecklist::remove(Row &row, Entry &entry)
{
    if (written(row, entry)
        && MessageBox::question(this, tr("Remove barrier"),
                                tr("Remove the barrier \"%1\" and its actions from the file?")
                                    .arg(entry.description->text().trimmed()))
            != QMessageBox::Yes)
        return;
    if (!m_store.removeBarrier(entry.barrier.id))
        return;
    drop(row, entry);
    if (row.barriers.empty()) {
        QSignalBlocker blocker(row.check);
        row.check->setChecked(false);
    }
    showRow(row);
    Q_EMIT focusChainChanged();
    // The focus goes back to the category's last barrier, or to the category.
    if (row.barriers.empty())
        row.check->setFocus();
    else
        row.barriers.back()->description->setFocus();
}

void BarrierChecklist::drop(Row &row, Entry &entry)
{
    for (auto it = row.barriers.begin(); it != row.barriers.end(); ++it) {
        if (it->get() == &entry) {
            QWidget *box = entry.box;
            // Gone from the file: leaving its description no longer stores anything.
            entry.description->disconnect(this);
            entry.remove->disconnect(this);
            box->hide();
            box->deleteLater();
            row.barriers.erase(it);
            return;
        }
    }
}

void BarrierChecklist::describe(Entry &entry)
{
    if (entry.barrier.id == 0)
        return;
    QString text = entry.description->text().trimmed();
    if (text.isEmpty()) {
        // A barrier always says what it is: back to the category's name.
        text = label(entry.barrier.category);
        entry.description->setText(text);
    }
    if (text == entry.barrier.description)
        return;
    Barrier changed = entry.barrier;
    changed.description = text;
    if (m_store.storeBarrier(changed))
        entry.barrier = changed;
}

} // namespace traject
