// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectoryChoice.h"

#include "Session.h"
#include "directory/ContactPersonDialog.h"
#include "directory/OrganisationDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QSignalBlocker>

namespace traject {

namespace {

/// Marks the "New…" item; its data is -1, which is no id.
constexpr int NewItemRole = Qt::UserRole + 64;

} // namespace

int DirectoryChoice::rowOfPrevious() const
{
    const int row = m_previous.isValid() ? m_combo->findData(m_previous) : -1;
    if (row < 0 || isNewItem(m_combo, row)
        || !(m_combo->model()->flags(m_combo->model()->index(row, m_combo->modelColumn()))
             & Qt::ItemIsEnabled))
        return 0;
    return row;
}

DirectoryChoice *DirectoryChoice::forOrganisations(QComboBox *combo, Session &session, Fill fill,
                                                   std::function<Organisation()> proposal)
{
    auto *choice = new DirectoryChoice(combo, session, Kind::Organisation, std::move(fill));
    choice->m_organisation = std::move(proposal);
    choice->refill();
    return choice;
}

DirectoryChoice *DirectoryChoice::forPersons(QComboBox *combo, Session &session, Fill fill,
                                             std::function<ContactPerson()> proposal)
{
    auto *choice = new DirectoryChoice(combo, session, Kind::Person, std::move(fill));
    choice->m_person = std::move(proposal);
    choice->refill();
    return choice;
}

DirectoryChoice::DirectoryChoice(QComboBox *combo, Session &session, Kind kind, Fill fill)
    : QObject(combo)
    , m_combo(combo)
    , m_session(session)
    , m_kind(kind)
    , m_fill(std::move(fill))
{
    // Every choice of the SPOC starts with a key, a click or the wheel on the combo: what is
    // chosen then is what "New…" goes back to.
    m_combo->installEventFilter(this);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &DirectoryChoice::indexChanged);
}

bool DirectoryChoice::isNewItem(const QComboBox *combo, int row)
{
    return row >= 0 && combo->itemData(row, NewItemRole).toBool();
}

void DirectoryChoice::refill()
{
    rememberChoice();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_fill(m_combo);
    if (m_combo->count() > 0)
        m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("New…"), qint64(-1));
    m_combo->setItemData(m_combo->count() - 1, true, NewItemRole);
    m_combo->setCurrentIndex(rowOfPrevious());
}

void DirectoryChoice::rememberChoice()
{
    const int row = m_combo->currentIndex();
    if (row >= 0 && !isNewItem(m_combo, row))
        m_previous = m_combo->itemData(row);
}

bool DirectoryChoice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_combo) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
        case QEvent::FocusIn:
            rememberChoice();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void DirectoryChoice::indexChanged(int row)
{
    if (!isNewItem(m_combo, row)) {
        rememberChoice();
        return;
    }
    // "New…" is an action, not a choice: the earlier choice stays until the new one is stored.
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(rowOfPrevious());
    }
    QMetaObject::invokeMethod(this, &DirectoryChoice::openNew, Qt::QueuedConnection);
}

void DirectoryChoice::openNew()
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    QWidget *parent = m_combo->window();
    if (m_kind == Kind::Organisation)
        m_editor = new OrganisationDialog(
            m_session, m_organisation ? m_organisation() : Organisation {}, parent);
    else
        m_editor
            = new ContactPersonDialog(m_session, m_person ? m_person() : ContactPerson {}, parent);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::finished, this, &DirectoryChoice::editorFinished);
    m_editor->open();
}

void DirectoryChoice::editorFinished(int result)
{
    qint64 id = 0;
    if (result == QDialog::Accepted) {
        if (auto *organisation = qobject_cast<OrganisationDialog *>(m_editor))
            id = organisation->storedOrganisation();
        else if (auto *person = qobject_cast<ContactPersonDialog *>(m_editor))
            id = person->storedPerson();
    }
    // Back where the SPOC was choosing, in the window the editor was opened from.
    m_combo->window()->activateWindow();
    m_combo->setFocus(Qt::OtherFocusReason);
    if (id <= 0)
        return;
    refill();
    const int row = m_combo->findData(id);
    if (row < 0)
        return; // not one this combo offers (e.g. the kind was changed): the choice stays
    m_combo->setCurrentIndex(row);
    // As if the SPOC had chosen it in the list: the form takes it over as any other choice.
    Q_EMIT m_combo->activated(row);
    Q_EMIT created(id);
}

} // namespace traject
