// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/profile/ConsentModel.h"

#include "widgets/DateField.h"

#include <QBrush>
#include <QPalette>

namespace traject {

ConsentModel::ConsentModel(QObject *parent)
    : RowTableModel<Consent>(ColumnCount, parent)
{ }

QVariant ConsentModel::cell(const Consent &consent, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(column)) {
        case Recipient:
            return consent.recipientText();
        case Shares:
            return consent.sharesText();
        case Given:
            return shownDate(consent.givenOn);
        case Withdrawn:
            return shownDate(consent.withdrawnOn);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Shares)
            return consent.sharesText();
        if (!consent.note.isEmpty())
            return consent.note;
        break;
    case Qt::ForegroundRole:
        if (!consent.isActiveOn(m_today))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return {};
}

QVariant ConsentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Recipient:
        return tr("Shared with");
    case Shares:
        return tr("What");
    case Given:
        return tr("Given on");
    case Withdrawn:
        return tr("Withdrawn on");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
