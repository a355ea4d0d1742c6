// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace traject {

class ActionLine;
class IntakeStore;

/// The ten barrier categories as a checklist, with each category's examples as a hint. Ticking
/// one makes a barrier of that category in the dossier, ready for a short description and a
/// first action; "Another barrier in this category" adds one more, each its own barrier of the
/// dossier. Unticking takes them out again (after asking, when something was written).
class BarrierChecklist : public QWidget
{
    Q_OBJECT

public:
    BarrierChecklist(IntakeStore &store, QWidget *parent = nullptr);

    /// Shows the barriers and actions this intake made.
    void load(const std::vector<Barrier> &barriers, const std::vector<Action> &actions);
    void setReadOnly(bool readOnly);
    /// The widgets in their reading order, for the form's tab order.
    QList<QWidget *> focusChain() const;

    QCheckBox *check(BarrierCategory category) const;
    /// How many barriers the category holds.
    int count(BarrierCategory category) const;
    /// The description and the first action of the `index`th barrier of the category (nullptr
    /// when it has no such barrier).
    QLineEdit *description(BarrierCategory category, int index = 0) const;
    ActionLine *action(BarrierCategory category, int index = 0) const;
    QPushButton *removeButton(BarrierCategory category, int index) const;
    /// "Another barrier in this category" (shown while the category is ticked).
    QPushButton *addButton(BarrierCategory category) const;

    /// Adds a barrier of the category with this description (a note that becomes a barrier),
    /// ticking the category; when the category already holds that barrier, it is not made
    /// twice. Puts the focus on its description. Returns whether it is in the dossier.
    bool addBarrier(BarrierCategory category, const QString &description);

Q_SIGNALS:
    /// A barrier came or went: the form's tab order changes.
    void focusChainChanged();

private:
    struct Entry
    {
        QWidget *box = nullptr;
        QLineEdit *description = nullptr;
        ActionLine *action = nullptr;
        QPushButton *remove = nullptr;
        Barrier barrier;
    };
    struct Row
    {
        BarrierCategory category;
        QCheckBox *check = nullptr;
        QWidget *details = nullptr;
        QVBoxLayout *entries = nullptr;
        QPushButton *add = nullptr;
        std::vector<std::unique_ptr<Entry>> barriers;
    };

    Row &row(BarrierCategory category);
    const Row &row(BarrierCategory category) const;
    /// Stores a new barrier of the row and shows it; nullptr when it could not be stored.
    Entry *addNew(Row &row, const QString &description);
    Entry *show(Row &row, const Barrier &barrier, const Action &first);
    void toggled(Row &row, bool on);
    void describe(Entry &entry);
    void remove(Row &row, Entry &entry);
    void drop(Row &row, Entry &entry);
    bool written(const Row &row, const Entry &entry) const;
    void showRow(Row &row);

    IntakeStore &m_store;
    std::vector<Row> m_rows;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace traject
