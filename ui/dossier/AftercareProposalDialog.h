// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/AftercareProposal.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QPushButton;
class QTableView;

namespace traject {

class ErrorLabel;
class ProposalModel;
class Session;

/// Proposes the aftercare contact moments from the template for a training end. The SPOC can
/// change dates, kinds and notes, remove lines and add some; only "Create" stores them, as one
/// undoable step.
class AftercareProposalDialog : public QDialog
{
    Q_OBJECT

public:
    AftercareProposalDialog(Session &session, qint64 learnerId, QDate trainingEnd,
                            QWidget *parent = nullptr);

    ProposalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *createButton() const;
    /// How many proposed dates were left out because they already lie in the past.
    int leftOut() const { return m_leftOut; }
    QString error() const;
    /// The ids of the contact moments made by "Create".
    const std::vector<qint64> &created() const { return m_created; }

public Q_SLOTS:
    void accept() override;

private:
    void addRow();
    void removeRow();

    Session &m_session;
    qint64 m_learnerId = 0;
    int m_leftOut = 0;
    ProposalModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ErrorLabel *m_error = nullptr;
    std::vector<qint64> m_created;
};

} // namespace traject
