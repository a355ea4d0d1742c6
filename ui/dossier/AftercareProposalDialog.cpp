// SPDX-License-Identifier: GPL-3.0-or-later
#include "AftercareProposalDialog.h"

#include "Session.h"
#include "dossier/aftercare/ProposalModel.h"
#include "edits/PlanAftercareContacts.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/ItemViews.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

AftercareProposalDialog::AftercareProposalDialog(Session &session, qint64 learnerId,
                                                 QDate trainingEnd, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(learnerId)
{
    setWindowTitle(tr("Propose aftercare contacts"));
    const QDate today = session.clock().today();
    auto proposals = proposeAftercareContacts(trainingEnd);
    const auto past = std::remove_if(proposals.begin(), proposals.end(),
                                     [today](const ProposedContact &p) { return p.date < today; });
    m_leftOut = static_cast<int>(std::distance(past, proposals.end()));
    proposals.erase(past, proposals.end());

    QString text = tr("The training ended on %1. Proposed: a contact every two weeks during the "
                      "first three months, then one a month until six months after the end. "
                      "Dates in a weekend move to the Monday.")
                       .arg(shownDate(trainingEnd));
    if (m_leftOut > 0)
        text += QLatin1Char(' ')
            + tr("%n date(s) that already lie in the past are left out.", nullptr, m_leftOut);
    text += QLatin1Char(' ')
        + tr("Change dates, kinds and notes, remove or add lines: nothing is stored until you "
             "choose Create.");
    auto *intro = new QLabel(text);
    intro->setWordWrap(true);

    m_model = new ProposalModel(this);
    m_model->setContacts(std::move(proposals));
    m_view = new TableView;
    m_view->setAccessibleName(tr("Proposed contacts"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProposalDelegate(today, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ProposalModel::Date,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProposalModel::Kind,
                                                     QHeaderView::ResizeToContents);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ProposalModel::Date));

    m_add = new QPushButton(tr("&Add line"));
    m_remove = new QPushButton(tr("&Remove line"));
    connect(m_add, &QPushButton::clicked, this, &AftercareProposalDialog::addRow);
    connect(m_remove, &QPushButton::clicked, this, &AftercareProposalDialog::removeRow);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();

    m_error = new ErrorLabel;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    createButton()->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AftercareProposalDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(620, 460);
}

QPushButton *AftercareProposalDialog::createButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString AftercareProposalDialog::error() const
{
    return m_error->text();
}

void AftercareProposalDialog::addRow()
{
    const auto &contacts = m_model->contacts();
    ProposedContact contact;
    contact.date = contacts.empty() ? m_session.clock().today() : contacts.back().date.addMonths(1);
    if (contact.date.dayOfWeek() >= 6)
        contact.date = contact.date.addDays(8 - contact.date.dayOfWeek());
    contact.kind = ContactKind::Conversation;
    contact.note = tr("Aftercare contact");
    const int row = m_model->addContact(contact);
    const QModelIndex date = m_model->index(row, ProposalModel::Date);
    m_view->setCurrentIndex(date);
    m_view->setFocus();
    m_view->edit(date);
}

void AftercareProposalDialog::removeRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_model->removeRows(current.row(), 1);
    const int row = std::min(current.row(), m_model->rowCount() - 1);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, current.column()));
}

void AftercareProposalDialog::accept()
{
    const auto &contacts = m_model->contacts();
    if (contacts.empty()) {
        m_error->setError(tr("There is nothing to create: add a line, or cancel."));
        return;
    }
    const QDate today = m_session.clock().today();
    for (size_t row = 0; row < contacts.size(); ++row) {
        const auto problems = plannedAftercareContact(m_learnerId, contacts[row]).validate(today);
        if (!problems.isEmpty()) {
            m_error->setError(tr("Line %1: %2").arg(row + 1).arg(describe(problems)));
            m_view->setCurrentIndex(m_model->index(static_cast<int>(row), ProposalModel::Date));
            return;
        }
    }
    auto planned = std::make_shared<PlanAftercareContacts>(m_session.database(), m_session.clock(),
                                                           m_learnerId, contacts);
    if (auto status = m_session.run(planned); !status) {
        m_error->setError(status.error().message);
        return;
    }
    m_created = planned->ids();
    QDialog::accept();
}

} // namespace traject
