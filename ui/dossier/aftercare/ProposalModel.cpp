// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProposalModel.h"

#include "widgets/DateField.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
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
                + QLatin1Char(' ') + shownDate(contact.date);
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

ProposalDelegate::ProposalDelegate(QDate today, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_today(today)
{ }

QWidget *ProposalDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case ProposalModel::Date: {
        auto *field = new DateField(parent);
        field->setToday(m_today);
        field->setAccessibleName(ProposalModel::tr("Date"));
        field->setAutoFillBackground(true);
        // The keys of the line edit reach the delegate's filter: Enter, Tab and leaving the
        // cell commit only a date that is accepted.
        field->lineEdit()->installEventFilter(const_cast<ProposalDelegate *>(this));
        return field;
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
    if (auto *date = qobject_cast<DateField *>(editor))
        date->setDate(index.data(Qt::EditRole).toDate());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ProposalDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *date = qobject_cast<DateField *>(editor)) {
        // Only an accepted date: a refused text leaves the line as it was.
        if (date->commit() && !date->hasProblem())
            model->setData(index, date->date());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void ProposalDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    if (qobject_cast<DateField *>(editor)) {
        QRect rect = option.rect;
        rect.setWidth(qMax(rect.width(), editor->sizeHint().width()));
        rect.setHeight(qMax(rect.height(), editor->sizeHint().height()));
        editor->setGeometry(rect);
        editor->raise();
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

bool ProposalDelegate::eventFilter(QObject *object, QEvent *event)
{
    // In the date field's line edit: Enter, Tab and Backtab close the editor only when the text
    // is a date the field accepts; otherwise it stays open with the reason under it.
    auto *edit = qobject_cast<QLineEdit *>(object);
    auto *field = edit ? qobject_cast<DateField *>(edit->parentWidget()) : nullptr;
    // The line edit is not the editor: its other events (focus out) are the field's own.
    if (field && event->type() != QEvent::KeyPress)
        return false;
    if (field) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool leaves = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
            || key == Qt::Key_Backtab;
        if (leaves && (!field->commit() || field->hasProblem())) {
            field->hintLabel()->show();
            field->adjustSize();
            return true;
        }
        if (leaves) {
            Q_EMIT commitData(field);
            Q_EMIT closeEditor(field,
                               key == Qt::Key_Tab           ? EditNextItem
                                   : key == Qt::Key_Backtab ? EditPreviousItem
                                                            : SubmitModelCache);
            return true;
        }
        return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace traject
