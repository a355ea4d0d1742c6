// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/OrganisationsDialog.h"

#include "Session.h"
#include "directory/ContactPersonDialog.h"
#include "directory/OrganisationForm.h"
#include "directory/OrganisationModel.h"
#include "directory/PersonModel.h"
#include "storage/OrganisationRepository.h"
#include "widgets/FieldErrors.h"
#include "widgets/ItemViews.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

namespace {

QTableView *makeTable(QAbstractItemModel *model)
{
    auto *view = new TableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

OrganisationsDialog::OrganisationsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Address book"));

    // Left: the organisations, searchable by their name and the names of their persons.
    m_organisations = new OrganisationModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_organisations);
    m_proxy->setFilterRole(OrganisationModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search organisations and persons…"));
    m_search->setClearButtonEnabled(true);
    m_organisationView = makeTable(m_proxy);
    m_organisationView->setAccessibleName(tr("Organisations"));
    m_organisationView->setMinimumWidth(360);
    m_newButton = new QPushButton(tr("Ne&w organisation"));
    m_removeButton = new QPushButton(tr("&Remove organisation"));
    m_listError = new ErrorLabel;

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // The search field's label, for a screen reader (a placeholder is not a name) and the eye.
    auto *searchLine = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Search:"));
    searchLabel->setBuddy(m_search);
    searchLine->addWidget(searchLabel);
    searchLine->addWidget(m_search, 1);
    leftLayout->addLayout(searchLine);
    leftLayout->addWidget(m_organisationView, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_listError);

    // Right: the chosen organisation, stored field by field, and its contact persons.
    m_form = new OrganisationForm;
    m_addButton = new QPushButton(tr("Add or&ganisation"));
    auto *cancelButton = new QPushButton(tr("Cancel"));
    m_creatingButtons = new QWidget;
    auto *creatingLayout = new QHBoxLayout(m_creatingButtons);
    creatingLayout->setContentsMargins(0, 0, 0, 0);
    creatingLayout->addStretch();
    creatingLayout->addWidget(m_addButton);
    creatingLayout->addWidget(cancelButton);
    m_creatingButtons->hide();
    m_organisationBox = new QGroupBox(tr("Organisation"));
    auto *organisationLayout = new QVBoxLayout(m_organisationBox);
    organisationLayout->addWidget(m_form);
    organisationLayout->addWidget(m_creatingButtons);

    m_persons = new PersonModel(this);
    m_personView = makeTable(m_persons);
    m_personView->setAccessibleName(tr("Contact people"));
    m_personView->setMinimumHeight(120);
    m_addPersonButton = new QPushButton(tr("A&dd person"));
    m_editPersonButton = new QPushButton(tr("C&hange person"));
    m_removePersonButton = new QPushButton(tr("Remo&ve person"));
    m_personError = new ErrorLabel;
    m_personBox = new QGroupBox(tr("Contact persons"));
    auto *personLayout = new QVBoxLayout(m_personBox);
    personLayout->addWidget(m_personView, 1);
    auto *personButtons = new QHBoxLayout;
    personButtons->addWidget(m_addPersonButton);
    personButtons->addWidget(m_editPersonButton);
    personButtons->addWidget(m_removePersonButton);
    personButtons->addStretch();
    personLayout->addLayout(personButtons);
    personLayout->addWidget(m_personError);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_organisationBox);
    rightLayout->addWidget(m_personBox, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 640, 460 });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    QList<QWidget *> order { m_search, m_organisationView, m_newButton, m_removeButton };
    order += m_form->fields();
    order += { m_addButton,        cancelButton,         m_personView, m_addPersonButton,
               m_editPersonButton, m_removePersonButton, buttons };
    chainTabOrder(order);
    clearDefaultButtons(this);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!m_organisationView->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_organisationView->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_organisationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                if (m_creating && !m_reloading)
                    setCreating(false);
                showCurrent();
            });
    connect(m_personView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const bool chosen = currentPerson() != 0;
        m_editPersonButton->setEnabled(chosen);
        m_removePersonButton->setEnabled(chosen);
    });
    connect(m_personView, &QTableView::activated, this, &OrganisationsDialog::editPerson);
    connect(m_form, &OrganisationForm::edited, this, &OrganisationsDialog::commitOrganisation);
    connect(m_newButton, &QPushButton::clicked, this, &OrganisationsDialog::newOrganisation);
    connect(m_removeButton, &QPushButton::clicked, this, &OrganisationsDialog::removeOrganisation);
    connect(m_addButton, &QPushButton::clicked, this, &OrganisationsDialog::addOrganisation);
    connect(cancelButton, &QPushButton::clicked, this, &OrganisationsDialog::cancelNewOrganisation);
    connect(m_addPersonButton, &QPushButton::clicked, this, &OrganisationsDialog::addPerson);
    connect(m_editPersonButton, &QPushButton::clicked, this, &OrganisationsDialog::editPerson);
    connect(m_removePersonButton, &QPushButton::clicked, this, &OrganisationsDialog::removePerson);
    auto *removeOrganisationKey = new QShortcut(QKeySequence::Delete, m_organisationView);
    removeOrganisationKey->setContext(Qt::WidgetShortcut);
    connect(removeOrganisationKey, &QShortcut::activated, this,
            &OrganisationsDialog::removeOrganisation);
    auto *removePersonKey = new QShortcut(QKeySequence::Delete, m_personView);
    removePersonKey->setContext(Qt::WidgetShortcut);
    connect(removePersonKey, &QShortcut::activated, this, &OrganisationsDialog::removePerson);

    connect(&session, &Session::changed, this, [this](qint64, Aspects aspects) {
        if (aspects & Aspect::Shared)
            reload();
    });

    reload();
    if (!m_organisationView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_organisationView->setCurrentIndex(m_proxy->index(0, 0));
    auto *organisationHeader = m_organisationView->horizontalHeader();
    organisationHeader->setStretchLastSection(false);
    organisationHeader->setSectionResizeMode(OrganisationModel::Name, QHeaderView::Stretch);
    for (int column : { int(OrganisationModel::Kind), int(OrganisationModel::BelongsTo),
                        int(OrganisationModel::Municipality) })
        organisationHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *personHeader = m_personView->horizontalHeader();
    for (int column :
         { int(PersonModel::Name), int(PersonModel::Function), int(PersonModel::Phone) })
        personHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    personHeader->setSectionResizeMode(PersonModel::Email, QHeaderView::Stretch);
    resize(1100, 680);
}

OrganisationsDialog::~OrganisationsDialog()
{
    silenceChildren(this);
}

void OrganisationsDialog::reload()
{
    const qint64 organisation = selectedRow();
    const qint64 person = currentPerson();
    OrganisationRepository repository(m_session.database(), m_session.clock());
    auto organisations = repository.organisations();
    auto persons = repository.persons();
    if (!organisations || !persons) {
        m_listError->setError(organisations ? persons.error().message
                                            : organisations.error().message);
        return;
    }
    m_listError->setError({});
    m_reloading = true;
    m_allPersons = std::move(persons).value();
    m_organisations->setContents(std::move(organisations).value(), m_allPersons);
    if (organisation < 0 || !selectOrganisation(organisation)) {
        if (m_proxy->rowCount() > 0)
            m_organisationView->setCurrentIndex(m_proxy->index(0, 0));
    }
    m_reloading = false;
    showCurrent();
    if (person)
        selectPerson(person);
}

qint64 OrganisationsDialog::selectedRow() const
{
    const QModelIndex current = m_organisationView->currentIndex();
    return current.isValid() ? current.data(OrganisationModel::IdRole).toLongLong() : -1;
}

qint64 OrganisationsDialog::currentOrganisation() const
{
    return m_creating ? -1 : selectedRow();
}

bool OrganisationsDialog::selectOrganisation(qint64 id)
{
    const int row = m_organisations->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_organisations->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(m_organisations->index(row, 0));
    }
    m_organisationView->setCurrentIndex(index);
    m_organisationView->scrollTo(index);
    return true;
}

qint64 OrganisationsDialog::currentPerson() const
{
    const QModelIndex current = m_personView->currentIndex();
    return current.isValid() ? current.data(PersonModel::IdRole).toLongLong() : 0;
}

bool OrganisationsDialog::selectPerson(qint64 id)
{
    const int row = m_persons->rowOf(id);
    if (row < 0)
        return false;
    m_personView->setCurrentIndex(m_persons->index(row, 0));
    return true;
}

void OrganisationsDialog::showCurrent()
{
    if (m_reloading || m_creating)
        return;
    const qint64 id = selectedRow();
    const Organisation *organisation = id > 0 ? m_organisations->find(id) : nullptr;
    m_personError->setError({});
    m_organisationBox->setVisible(organisation != nullptr);
    m_organisationBox->setTitle(tr("Organisation"));
    if (organisation)
        m_form->setOrganisation(*organisation, m_organisations->organisations());
    m_removeButton->setEnabled(organisation != nullptr);

    std::vector<ContactPerson> persons;
    if (id >= 0) {
        for (const auto &person : m_allPersons) {
            if (person.organisationId.value_or(0) == id)
                persons.push_back(person);
        }
    }
    m_persons->setPersons(std::move(persons));
    m_personBox->setEnabled(id >= 0);
    m_personBox->setTitle(organisation ? tr("Contact persons of %1").arg(organisation->name)
                                       : tr("Contact persons without organisation"));
    m_editPersonButton->setEnabled(false);
    m_removePersonButton->setEnabled(false);
}

void OrganisationsDialog::setCreating(bool creating)
{
    m_creating = creating;
    m_creatingButtons->setVisible(creating);
    m_addButton->setDefault(creating);
    m_newButton->setEnabled(!creating);
    m_personBox->setEnabled(!creating);
    if (creating) {
        m_organisationBox->setTitle(tr("New organisation"));
        m_personBox->setTitle(tr("Contact persons"));
        m_organisationBox->show();
        m_removeButton->setEnabled(false);
        m_persons->setPersons({});
    }
}

void OrganisationsDialog::commitOrganisation()
{
    if (m_creating || m_reloading)
        return;
    const qint64 id = selectedRow();
    const Organisation *stored = id > 0 ? m_organisations->find(id) : nullptr;
    if (!stored)
        return;
    const Organisation before = *stored;
    const Organisation after = m_form->organisation();
    if (after == before) {
        m_form->showProblems({});
        return;
    }
    if (!m_form->showProblems(after.validate()))
        return;
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    auto status = m_session.edit(
        tr("Change organisation %1").arg(after.name), 0, Aspect::Shared,
        [&database, &clock, after] {
            return OrganisationRepository(database, clock).updateOrganisation(after);
        },
        [&database, &clock, before] {
            return OrganisationRepository(database, clock).updateOrganisation(before);
        });
    if (!status)
        m_form->showGeneralError(status.error().message);
}

void OrganisationsDialog::newOrganisation()
{
    setCreating(true);
    m_form->setOrganisation(Organisation {}, m_organisations->organisations());
    m_form->nameEdit()->setFocus(Qt::OtherFocusReason);
}

bool OrganisationsDialog::addOrganisation()
{
    if (!m_creating)
        return false;
    Organisation organisation = m_form->organisation();
    organisation.id = 0;
    if (!m_form->showProblems(organisation.validate()))
        return false;
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
        return false;
    }
    setCreating(false);
    selectOrganisation(*id);
    showCurrent();
    m_form->nameEdit()->setFocus(Qt::OtherFocusReason);
    return true;
}

void OrganisationsDialog::cancelNewOrganisation()
{
    if (!m_creating)
        return;
    setCreating(false);
    showCurrent();
    m_organisationView->setFocus(Qt::OtherFocusReason);
}

void OrganisationsDialog::removeOrganisation()
{
    const qint64 id = currentOrganisation();
    const Organisation *organisation = id > 0 ? m_organisations->find(id) : nullptr;
    if (!organisation)
        return;
    const QString name = organisation->name;
    QString question = tr("Remove \"%1\" from the address book? Its contact persons and sites are "
                          "kept, without this organisation.")
                           .arg(name);
    if (organisation->kind == OrganisationKind::ChildcareSite)
        question += QLatin1Char(' ') + tr("The closure periods of this site are removed with it.");
    if (!m_confirm(this, question))
        return;
    auto status = m_session.remove(
        tr("Remove organisation %1").arg(name), 0, id,
        m_session.through(&OrganisationRepository::removeOrganisation, Aspect::Shared));
    m_listError->setError(status ? QString() : status.error().message);
}

void OrganisationsDialog::addPerson()
{
    const qint64 id = currentOrganisation();
    if (id < 0)
        return;
    ContactPerson person;
    if (id > 0)
        person.organisationId = id;
    openContactPersonDialog(new ContactPersonDialog(m_session, person, this));
}

void OrganisationsDialog::editPerson()
{
    const int row = m_persons->rowOf(currentPerson());
    const ContactPerson *person = m_persons->personAt(row);
    if (!person)
        return;
    openContactPersonDialog(new ContactPersonDialog(m_session, *person, this));
}

void OrganisationsDialog::openContactPersonDialog(ContactPersonDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->storedPerson();
        for (const auto &person : m_allPersons) {
            if (person.id == id) {
                selectOrganisation(person.organisationId.value_or(0));
                selectPerson(id);
                break;
            }
        }
        m_personView->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

ContactPersonDialog *OrganisationsDialog::contactPersonDialog() const
{
    const auto dialogs = findChildren<ContactPersonDialog *>();
    for (ContactPersonDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void OrganisationsDialog::removePerson()
{
    const int row = m_persons->rowOf(currentPerson());
    const ContactPerson *person = m_persons->personAt(row);
    if (!person)
        return;
    const qint64 id = person->id;
    const QString name = person->name;
    if (!m_confirm(this, tr("Remove the contact person \"%1\"?").arg(name)))
        return;
    auto status = m_session.remove(
        tr("Remove contact person %1").arg(name), 0, id,
        m_session.through(&OrganisationRepository::removePerson, Aspect::Shared));
    if (!status)
        m_personError->setError(status.error().message);
}

void OrganisationsDialog::keyPressEvent(QKeyEvent *event)
{
    if (m_creating && event->matches(QKeySequence::Cancel)) {
        cancelNewOrganisation();
        return;
    }
    QDialog::keyPressEvent(event);
}

void OrganisationsDialog::done(int result)
{
    // A field being typed in when the dialog closes is stored like one that was left.
    if (!m_creating)
        commitOrganisation();
    QDialog::done(result);
}

} // namespace traject
