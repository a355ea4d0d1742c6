// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildrenModel.h"

#include <QComboBox>
#include <QSpinBox>

#include <utility>

namespace traject {

namespace {

bool sameContent(const std::vector<Child> &a, const std::vector<Child> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].birthYear != b[i].birthYear || a[i].arrangement != b[i].arrangement
            || a[i].note != b[i].note)
            return false;
    }
    return true;
}

} // namespace

ChildrenModel::ChildrenModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChildrenModel::setChildren(std::vector<Child> children)
{
    if (sameContent(children, m_children)) {
        m_children = std::move(children);
        return;
    }
    beginResetModel();
    m_children = std::move(children);
    endResetModel();
}

int ChildrenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_children.size());
}

int ChildrenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChildrenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Child &child = m_children[static_cast<size_t>(index.row())];
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case BirthYear:
        if (display)
            return child.birthYear != 0 ? QVariant(child.birthYear) : QVariant(tr("unknown"));
        if (edit)
            return child.birthYear;
        break;
    case Arrangement:
        if (display)
            return label(child.arrangement);
        if (edit)
            return toCode(child.arrangement);
        break;
    case Note:
        if (display || edit)
            return child.note;
        break;
    default:
        break;
    }
    return {};
}

QVariant ChildrenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BirthYear:
        return tr("Birth year");
    case Arrangement:
        return tr("Childcare during training");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags ChildrenModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool ChildrenModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto changed = m_children;
    Child &child = changed[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case BirthYear:
        child.birthYear = value.toInt();
        break;
    case Arrangement: {
        const auto arrangement = fromCode<ChildcareArrangement>(value.toString());
        if (!arrangement)
            return false;
        child.arrangement = *arrangement;
        break;
    }
    case Note:
        child.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (sameContent(changed, m_children))
        return true;
    // The model holds the change while it is stored, so that the reload this brings finds
    // nothing new and does not reset the view under the editor (Tab then goes on to the next
    // cell); it goes back when the change is refused.
    std::vector<Child> previous = std::exchange(m_children, changed);
    if (m_commit && !m_commit(changed)) {
        m_children = std::move(previous);
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

QWidget *ChildrenDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case ChildrenModel::BirthYear: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 9999);
        spin->setSpecialValueText(ChildrenModel::tr("unknown"));
        return spin;
    }
    case ChildrenModel::Arrangement: {
        auto *combo = new QComboBox(parent);
        for (const auto arrangement : allValues<ChildcareArrangement>())
            combo->addItem(label(arrangement), toCode(arrangement));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ChildrenDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ChildrenDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace traject
