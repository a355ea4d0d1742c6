// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogbookTab.h"

#include "Session.h"
#include "dossier/logbook/ContactMomentDialog.h"
#include "dossier/logbook/LogbookModel.h"
#include "storage/LogbookRepository.h"
#include "widgets/DateField.h"
#include "widgets/EditorSupport.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageBox.h"
#include "widgets/TableSection.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

LogbookTab::LogbookTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{
    m_model = new LogbookModel(this);
    m_filter = new LogbookFilter(this);
    m_filter->setSourceModel(m_model);

    m_section = new TableSection(tr("Contact moments"), m_filter, LogbookModel::IdRole);
    m_section->setButtonTexts(tr("&Add…"), tr("E&dit…"), tr("Rem&ove"));
    m_section->addButton()->setToolTip(tr("Note or plan a contact moment (Insert)"));
    m_section->editButton()->setToolTip(tr("Change the selected contact moment (Enter)"));
    m_section->removeButton()->setToolTip(tr("Remove the selected contact moment (Delete)"));
    m_section->setStretchColumn(LogbookModel::Notes);

    m_show = new QComboBox;
    m_show->addItem(tr("All"), LogbookFilter::All);
    m_show->addItem(tr("Planned"), LogbookFilter::Planned);
    m_show->addItem(tr("Done"), LogbookFilter::Done);
    auto *showLabel = new QLabel(tr("Sho&w:"));
    showLabel->setBuddy(m_show);
    m_today = new QPushButton(tr("&New conversation today"));
    m_section->addHeaderWidget(showLabel);
    m_section->addHeaderWidget(m_show);
    m_section->addHeaderWidget(m_today);

    // Keyboard order follows the screen: filter, quick button, Add, Edit, Remove, the table.
    setTabOrder(m_show, m_today);
    setTabOrder(m_today, m_section->addButton());
    setTabOrder(m_section->addButton(), m_section->editButton());
    setTabOrder(m_section->editButton(), m_section->removeButton());
    setTabOrder(m_section->removeButton(), m_section->view());

    m_loadError = new ErrorLabel;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadError);
    layout->addWidget(m_section);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(static_cast<LogbookFilter::Show>(m_show->currentData().toInt()));
    });
    connect(m_today, &QPushButton::clicked, this, &LogbookTab::addConversationToday);
    connect(m_section, &TableSection::addRequested, this, &LogbookTab::addMoment);
    connect(m_section, &TableSection::editRequested, this, &LogbookTab::editMoment);
    connect(m_section, &TableSection::removeRequested, this, &LogbookTab::removeMoment);
    reload();
}

void LogbookTab::reload()
{
    std::vector<ContactMoment> moments;
    QString problem;
    if (m_learnerId != 0) {
        if (auto loaded
            = LogbookRepository(m_session.database(), m_session.clock()).forLearner(m_learnerId))
            moments = std::move(loaded).value();
        else
            problem = loaded.error().message;
    }
    m_loadError->setError(problem);
    m_model->setMoments(std::move(moments), m_session.clock().today());
    m_section->addButton()->setEnabled(m_learnerId != 0);
    m_today->setEnabled(m_learnerId != 0);
}

void LogbookTab::openDialog(const ContactMoment &moment, bool focusNotes)
{
    auto *dialog = new ContactMomentDialog(m_session, moment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A new line may be hidden by the filter: show everything to let it be seen.
        if (!m_section->selectId(dialog->savedId())) {
            m_show->setCurrentIndex(m_show->findData(LogbookFilter::All));
            m_section->selectId(dialog->savedId());
        }
        m_section->view()->setFocus();
    });
    dialog->open();
    if (focusNotes)
        dialog->notesEdit()->setFocus();
    else
        dialog->dateField()->setFocus();
}

void LogbookTab::addMoment()
{
    if (m_learnerId == 0)
        return;
    ContactMoment moment;
    moment.learnerId = m_learnerId;
    moment.date = m_session.clock().today();
    openDialog(moment, false);
}

void LogbookTab::addConversationToday()
{
    if (m_learnerId == 0)
        return;
    ContactMoment moment;
    moment.learnerId = m_learnerId;
    moment.date = m_session.clock().today();
    moment.kind = ContactKind::Conversation;
    moment.status = ContactStatus::Done;
    openDialog(moment, true);
}

void LogbookTab::editMoment(qint64 id)
{
    auto moment = LogbookRepository(m_session.database(), m_session.clock()).get(id);
    if (!moment) {
        m_loadError->setError(moment.error().message);
        return;
    }
    openDialog(*moment, false);
}

void LogbookTab::removeMoment(qint64 id)
{
    const ContactMoment *moment = m_model->momentAt(m_model->rowOf(id));
    if (!moment)
        return;
    const QString what = label(moment->kind) + QLatin1Char(' ') + editor::formatDate(moment->date);
    if (!editor::confirmRemoval(this, tr("Remove %1 from the logbook?").arg(what)))
        return;
    auto status = m_session.remove(tr("Remove %1 from the logbook").arg(what), m_learnerId, id,
                                   m_session.through(&LogbookRepository::remove, Aspect::Logbook));
    if (!status)
        MessageBox::warning(this, tr("Remove contact moment"), status.error().message);
}

} // namespace traject
