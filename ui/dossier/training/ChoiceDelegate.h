// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace traject {

/// Edits a column whose Qt::EditRole is an int (an enum value, a semester, …) with a combo box.
/// Choosing an item commits it at once, so one click or one Enter is enough.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, int>>; // label, value

    explicit ChoiceDelegate(Choices choices, QObject *parent = nullptr);

    /// Label and value of each enum value, in its order.
    template<typename E> static Choices enumChoices(const QList<E> &values)
    {
        Choices choices;
        for (const E value : values)
            choices.append({ label(value), static_cast<int>(value) });
        return choices;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace traject
