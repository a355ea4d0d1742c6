// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/rolecard/SupportNetworkEditor.h"

#include "Session.h"
#include "dossier/rolecard/SupportNetworkModel.h"
#include "dossier/rolecard/SupportPersonDialog.h"
#include "storage/IntakeRepository.h"
#include "widgets/EditorSupport.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageBox.h"
#include "widgets/TableSection.h"

#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

SupportNetworkEditor::SupportNetworkEditor(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new SupportNetworkModel(this);
    m_section = new TableSection(tr("Support network"), m_model, SupportNetworkModel::IdRole);
    m_section->setButtonTexts(tr("Add &support person…"), tr("Change…"), tr("Remove"));
    m_section->addButton()->setToolTip(
        tr("Add someone this learner can fall back on: family, a friend, a professional "
           "(Insert)"));
    m_section->editButton()->setToolTip(tr("Change the selected support person (Enter)"));
    m_section->removeButton()->setToolTip(tr("Remove the selected support person (Delete)"));
    m_section->setStretchColumn(SupportNetworkModel::Note);
    m_section->view()->setAccessibleName(tr("Support network"));

    m_loadError = new ErrorLabel;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadError);
    layout->addWidget(m_section);

    connect(m_section, &TableSection::addRequested, this, &SupportNetworkEditor::addPerson);
    connect(m_section, &TableSection::editRequested, this, &SupportNetworkEditor::editPerson);
    connect(m_section, &TableSection::removeRequested, this, &SupportNetworkEditor::removePerson);
    connect(&m_session, &Session::changed, this, [this](qint64 learnerId, Aspects aspects) {
        if (m_learnerId != 0 && (learnerId == m_learnerId || learnerId == 0)
            && (aspects & Aspect::RoleCard))
            reload();
    });
    reload();
}

void SupportNetworkEditor::setLearner(qint64 learnerId)
{
    m_learnerId = learnerId;
    reload();
}

void SupportNetworkEditor::reload()
{
    std::vector<SupportPerson> persons;
    QString problem;
    if (m_learnerId != 0) {
        auto network
            = IntakeRepository(m_session.database(), m_session.clock()).supportNetwork(m_learnerId);
        if (network)
            persons = std::move(network).value();
        else
            problem = network.error().message;
    }
    m_loadError->setError(problem);
    m_model->setPersons(std::move(persons));
    m_section->addButton()->setEnabled(m_learnerId != 0);
}

void SupportNetworkEditor::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto *person = qobject_cast<SupportPersonDialog *>(dialog))
            m_section->selectId(person->savedId());
        m_section->view()->setFocus();
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_section->view()->setFocus(); });
    dialog->open();
}

void SupportNetworkEditor::addPerson()
{
    if (m_learnerId == 0)
        return;
    SupportPerson person;
    person.learnerId = m_learnerId;
    openDialog(new SupportPersonDialog(m_session, person, this));
}

void SupportNetworkEditor::editPerson(qint64 id)
{
    if (const SupportPerson *person = m_model->personAt(m_model->rowOf(id)))
        openDialog(new SupportPersonDialog(m_session, *person, this));
}

void SupportNetworkEditor::removePerson(qint64 id)
{
    const SupportPerson *person = m_model->personAt(m_model->rowOf(id));
    if (!person)
        return;
    const QString name = person->name;
    if (!editor::confirmRemoval(this, tr("Remove %1 from the support network?").arg(name)))
        return;
    auto status = m_session.remove(
        tr("Remove support person %1").arg(name), m_learnerId, id,
        m_session.through(&IntakeRepository::removeSupportPerson, Aspect::RoleCard));
    if (!status)
        MessageBox::warning(this, tr("Remove support person"), status.error().message);
}

} // namespace traject
