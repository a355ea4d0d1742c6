// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/OrganisationDialog.h"

#include "Session.h"
#include "directory/OrganisationForm.h"
#include "storage/OrganisationRepository.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

OrganisationDialog::OrganisationDialog(Session &session, const Organisation &proposal,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New organisation"));
    m_form = new OrganisationForm;
    auto organisations
        = OrganisationRepository(session.database(), session.clock()).organisations();
    Organisation shown = proposal;
    shown.id = 0;
    m_form->setOrganisation(shown, organisations ? *organisations : std::vector<Organisation> {});
    if (!organisations)
        m_form->showGeneralError(organisations.error().message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add o&rganisation"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    m_form->nameEdit()->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(460);
}

void OrganisationDialog::accept()
{
    Organisation organisation = m_form->organisation();
    organisation.id = 0;
    if (!m_form->showProblems(organisation.validate()))
        return;
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    auto id = m_session.add(
        tr("Add organisation %1").arg(organisation.name), 0,
        [&database, &clock, organisation]() mutable {
            return OrganisationRepository(database, clock).addOrganisation(organisation);
        },
        m_session.through(&OrganisationRepository::removeOrganisation, Aspect::Shared));
    if (!id) {
        m_form->showGeneralError(id.error().message);
        return;
    }
    m_stored = *id;
    QDialog::accept();
}

} // namespace traject
