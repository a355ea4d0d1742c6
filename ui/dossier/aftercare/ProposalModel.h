// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/AftercareProposal.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QStyledItemDelegate>

#include <vector>

namespace traject {

/// The proposed aftercare contacts in an editable table (date, kind, note); nothing is stored.
class ProposalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Note,
        ColumnCount
    };

    explicit ProposalModel(QObject *parent = nullptr);

    void setContacts(std::vector<ProposedContact> contacts);
    const std::vector<ProposedContact> &contacts() const { return m_contacts; }
    /// Adds a line at the end (or at row), returns its row.
    int addContact(const ProposedContact &contact);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    std::vector<ProposedContact> m_contacts;
};

/// Editors for the proposal: the date field of the program (a date as people type it, the line
/// under it saying what was understood or why not) and a list of contact kinds. A date that is
/// refused keeps its editor open with the message: the line keeps its date.
class ProposalDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// `today`: the session's clock, for a year left out or of two digits.
    explicit ProposalDelegate(QDate today, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    /// The date field gets the room for the line under it, below the cell.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QDate m_today;
};

} // namespace traject
