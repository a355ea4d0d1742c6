// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ModuleDelegate.h"

#include "directory/ModuleModel.h"

#include <QSpinBox>

namespace traject {

QWidget *ModuleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setAlignment(Qt::AlignRight);
        switch (index.column()) {
        case ModuleModel::Lestijden:
            spin->setRange(0, 2000);
            break;
        case ModuleModel::WorkplacePercent:
            spin->setRange(0, 100);
            spin->setSuffix(tr(" %"));
            break;
        case ModuleModel::Semester:
            spin->setRange(0, 6);
            spin->setSpecialValueText(tr("any"));
            break;
        default:
            break;
        }
    }
    return editor;
}

} // namespace traject
