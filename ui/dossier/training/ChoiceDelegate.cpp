// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceDelegate.h"

#include <QComboBox>

namespace traject {

ChoiceDelegate::ChoiceDelegate(Choices choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{ }

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[text, value] : m_choices)
        combo->addItem(text, value);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int row = combo->findData(index.data(Qt::EditRole).toInt());
    if (row >= 0)
        combo->setCurrentIndex(row);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0 && combo->currentData() != index.data(Qt::EditRole))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace traject
