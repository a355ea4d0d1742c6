// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/AftercareProposal.h"

#include <QAbstractTableModel>
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

/// Editors for the proposal: a date field (dd/MM/yyyy with calendar) and a list of contact kinds.
class ProposalDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace traject
