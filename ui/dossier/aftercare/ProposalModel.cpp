// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProposalModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLocale>

namespace traject {

ProposalModel::ProposalModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProposalModel::setContacts(std::vector<ProposedContact> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ProposalModel::addContact(const ProposedContact &contact)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_contacts.push_back(contact);
    endInsertRows();
    return row;
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProposedContact &contact = m_contacts[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case Date:
        if (role == Qt::DisplayRole)
            return QLocale().dayName(contact.date.dayOfWeek(), QLocale::ShortFormat)
                + QLatin1Char(' ') + contact.date.toString(QStringLiteral("dd/MM/yyyy"));
        if (role == Qt::EditRole)
            return contact.date;
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return label(contact.kind);
        if (role == Qt::EditRole)
            return toCode(contact.kind);
        break;
    case Note:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return contact.note;
        break;
    default:
        break;
    }
    return {};
}

QVariant ProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags ProposalModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool ProposalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ProposedContact &contact = m_contacts[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case Date: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return false;
        contact.date = date;
        break;
    }
    case Kind: {
        const auto kind = fromCode<ContactKind>(value.toString());
        if (!kind)
            return false;
        contact.kind = *kind;
        break;
    }
    case Note:
        contact.note = value.toString();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

bool ProposalModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_contacts.erase(m_contacts.begin() + row, m_contacts.begin() + row + count);
    endRemoveRows();
    return true;
}

QWidget *ProposalDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case ProposalModel::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        return edit;
    }
    case ProposalModel::Kind: {
        auto *combo = new QComboBox(parent);
        for (const auto kind : allValues<ContactKind>())
            combo->addItem(label(kind), toCode(kind));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ProposalDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        date->setDate(index.data(Qt::EditRole).toDate());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ProposalDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, date->date());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace traject
