// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleCardTab.h"

#include "Session.h"
#include "dossier/rolecard/RoleCardModel.h"
#include "dossier/rolecard/RoleDialog.h"
#include "dossier/rolecard/SupportNetworkEditor.h"
#include "storage/OrganisationRepository.h"
#include "storage/RoleCardRepository.h"
#include "widgets/EditorSupport.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageBox.h"
#include "widgets/TableSection.h"

#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

RoleCardTab::RoleCardTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{
    m_model = new RoleCardModel(this);
    m_section = new TableSection(tr("Who helps"), m_model, RoleCardModel::IdRole);
    // Enter edits and Delete removes the current row: with the support network in view too,
    // only the Add buttons have a letter for Alt.
    m_section->setButtonTexts(tr("&Add role…"), tr("Edit…"), tr("Remove"));
    m_section->addButton()->setToolTip(tr("Add a person with their role (Insert)"));
    m_section->editButton()->setToolTip(tr("Change the selected role (Enter)"));
    m_section->removeButton()->setToolTip(tr("Remove the selected role (Delete)"));
    m_section->setStretchColumn(RoleCardModel::Organisation);

    m_support = new SupportNetworkEditor(session);

    m_loadError = new ErrorLabel;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadError);
    layout->addWidget(m_section, 3);
    layout->addSpacing(8);
    layout->addWidget(m_support, 2);

    connect(m_section, &TableSection::addRequested, this, &RoleCardTab::addRole);
    connect(m_section, &TableSection::editRequested, this, &RoleCardTab::editRole);
    connect(m_section, &TableSection::removeRequested, this, &RoleCardTab::removeRole);
    reload();
}

void RoleCardTab::reload()
{
    std::vector<RoleCardLine> lines;
    QString problem;
    if (m_learnerId != 0) {
        OrganisationRepository directory(m_session.database(), m_session.clock());
        auto roles
            = RoleCardRepository(m_session.database(), m_session.clock()).forLearner(m_learnerId);
        auto persons = directory.persons();
        auto organisations = directory.organisations();
        if (!roles)
            problem = roles.error().message;
        else if (!persons)
            problem = persons.error().message;
        else if (!organisations)
            problem = organisations.error().message;
        else {
            QHash<qint64, ContactPerson> personById;
            for (const auto &person : *persons)
                personById.insert(person.id, person);
            QHash<qint64, QString> organisationNames;
            for (const auto &organisation : *organisations)
                organisationNames.insert(organisation.id, organisation.name);
            for (const auto &assignment : *roles) {
                RoleCardLine line { assignment, personById.value(assignment.personId), {} };
                if (line.person.organisationId)
                    line.organisation = organisationNames.value(*line.person.organisationId);
                lines.push_back(std::move(line));
            }
        }
    }
    m_loadError->setError(problem);
    m_model->setLines(std::move(lines), m_session.clock().today());
    m_section->addButton()->setEnabled(m_learnerId != 0);
    m_support->setLearner(m_learnerId);
}

void RoleCardTab::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto *role = qobject_cast<RoleDialog *>(dialog))
            m_section->selectId(role->savedId());
        m_section->view()->setFocus();
    });
    dialog->open();
}

void RoleCardTab::addRole()
{
    if (m_learnerId != 0)
        openDialog(new RoleDialog(m_session, m_learnerId, 0, this));
}

void RoleCardTab::editRole(qint64 id)
{
    openDialog(new RoleDialog(m_session, m_learnerId, id, this));
}

void RoleCardTab::removeRole(qint64 id)
{
    const RoleCardLine *line = m_model->lineAt(m_model->rowOf(id));
    if (!line)
        return;
    const QString what = tr("%1: %2").arg(label(line->assignment.role), line->person.name);
    if (!editor::confirmRemoval(this, tr("Remove %1 from the role card?").arg(what)))
        return;
    auto status
        = m_session.remove(tr("Remove %1 from the role card").arg(what), m_learnerId, id,
                           m_session.through(&RoleCardRepository::remove, Aspect::RoleCard));
    if (!status)
        MessageBox::warning(this, tr("Remove role"), status.error().message);
}

} // namespace traject
