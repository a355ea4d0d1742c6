// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/profile/ConsentEditor.h"

#include "Session.h"
#include "dossier/profile/ConsentDialog.h"
#include "dossier/profile/ConsentModel.h"
#include "storage/ConsentRepository.h"
#include "widgets/EditorSupport.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageBox.h"
#include "widgets/TableSection.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

ConsentEditor::ConsentEditor(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new ConsentModel(this);
    m_section = new TableSection(tr("Consents"), m_model, ConsentModel::IdRole);
    // No mnemonics: the Profile tab has used up the letters; Insert, Enter and Delete work in
    // the table.
    m_section->setButtonTexts(tr("Record consent…"), tr("Change…"), tr("Remove"));
    m_section->addButton()->setToolTip(
        tr("Record with whom the learner agreed to share what, and from when (Insert)"));
    m_section->editButton()->setToolTip(
        tr("Change the selected consent, or record that it was withdrawn (Enter)"));
    m_section->removeButton()->setToolTip(
        tr("Remove a consent recorded by mistake; a withdrawn one is better kept (Delete)"));
    m_section->setStretchColumn(ConsentModel::Shares);
    m_section->view()->setAccessibleName(tr("Consents"));
    m_section->view()->setMinimumHeight(m_section->view()->verticalHeader()->defaultSectionSize()
                                        * 4);

    m_loadError = new ErrorLabel;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadError);
    layout->addWidget(m_section);

    connect(m_section, &TableSection::addRequested, this, &ConsentEditor::addConsent);
    connect(m_section, &TableSection::editRequested, this, &ConsentEditor::editConsent);
    connect(m_section, &TableSection::removeRequested, this, &ConsentEditor::removeConsent);
    connect(&m_session, &Session::changed, this, [this](qint64 learnerId, Aspects aspects) {
        if (m_learnerId != 0 && (learnerId == m_learnerId || learnerId == 0)
            && (aspects & (Aspect::Profile | Aspect::Shared)))
            reload();
    });
    reload();
}

void ConsentEditor::setLearner(qint64 learnerId)
{
    m_learnerId = learnerId;
    reload();
}

void ConsentEditor::reload()
{
    std::vector<Consent> consents;
    QString problem;
    if (m_learnerId != 0) {
        auto found
            = ConsentRepository(m_session.database(), m_session.clock()).forLearner(m_learnerId);
        if (found)
            consents = std::move(found).value();
        else
            problem = found.error().message;
    }
    m_loadError->setError(problem);
    m_model->setToday(m_session.clock().today());
    m_model->setRows(std::move(consents));
    m_section->addButton()->setEnabled(m_learnerId != 0);
}

void ConsentEditor::addConsent()
{
    if (m_learnerId == 0)
        return;
    Consent consent;
    consent.learnerId = m_learnerId;
    consent.givenOn = m_session.clock().today();
    using enum ConsentShare;
    consent.shares = { Trajectory, Training, Placements };
    auto *dialog = new ConsentDialog(m_session, consent, this);
    m_editor = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_section->selectId(dialog->savedId());
        m_section->view()->setFocus();
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_section->view()->setFocus(); });
    dialog->open();
}

void ConsentEditor::editConsent(qint64 id)
{
    const Consent *consent = m_model->rowAt(m_model->rowOf(id));
    if (!consent)
        return;
    auto *dialog = new ConsentDialog(m_session, *consent, this);
    m_editor = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_section->view()->setFocus(); });
    dialog->open();
}

void ConsentEditor::removeConsent(qint64 id)
{
    const Consent *consent = m_model->rowAt(m_model->rowOf(id));
    if (!consent)
        return;
    const QString who = consent->recipientText();
    if (!editor::confirmRemoval(
            this,
            tr("Remove the consent for %1? Remove only one recorded by mistake: a withdrawn "
               "consent is better changed, so that it stays known.")
                .arg(who)))
        return;
    auto status = m_session.remove(tr("Remove consent for %1").arg(who), m_learnerId, id,
                                   m_session.through(&ConsentRepository::remove, Aspect::Profile));
    if (!status)
        MessageBox::warning(this, tr("Remove consent"), status.error().message);
}

} // namespace traject
