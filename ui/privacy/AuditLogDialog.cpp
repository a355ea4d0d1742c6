// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogDialog.h"

#include "AuditLogModel.h"
#include "Session.h"
#include "privacy/AuditSummary.h"
#include "widgets/ItemViews.h"
#include "widgets/Tones.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

AuditLogDialog::AuditLogDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Every export, erasure, anonymisation, restore and import is written here: what and "
           "when, never the content. Each entry is linked to the one before it, so that a "
           "change or a removed entry shows when the chain is checked."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new AuditLogModel(this);
    m_view = new TableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Entries of the audit log, newest first"));
    layout->addWidget(m_view, 1);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("Check the c&hain"), QDialogButtonBox::ActionRole);
    m_check->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_check, &QPushButton::clicked, this, &AuditLogDialog::checkChain);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload();
    resize(760, 480);
}

void AuditLogDialog::reload()
{
    const auto entries = AuditLog(m_session.database(), m_session.clock()).entries();
    if (!entries) {
        m_model->setEntries({});
        m_result->setText(tr("The audit log cannot be read: %1").arg(entries.error().message));
        return;
    }
    m_model->setEntries(*entries);
    m_view->resizeColumnsToContents();
    if (entries->empty())
        m_result->setText(tr("Nothing was exported, erased, anonymised, restored or imported "
                             "yet."));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

bool AuditLogDialog::checkChain()
{
    const auto report = AuditSummary::checkChain(m_session.database(), m_session.clock());
    if (!report) {
        m_result->setText(tr("The audit log cannot be read: %1").arg(report.error().message));
        return false;
    }
    m_result->setText(report->text);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText,
                     report->intact ? palette.color(QPalette::WindowText) : alertColour(palette));
    m_result->setPalette(palette);
    return report->intact;
}

} // namespace traject
