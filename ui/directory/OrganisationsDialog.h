// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/DirectoryEdits.h"
#include "domain/Organisation.h"

#include <QDialog>

class QGroupBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace traject {

class ErrorLabel;
class OrganisationForm;
class OrganisationModel;
class ContactPersonDialog;
class PersonModel;
class Session;

/// The address book (adresboek): organisations and their sites on the left, the chosen one's
/// details and contact persons on the right. Every change is stored at once and undoable.
class OrganisationsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganisationsDialog(Session &session, QWidget *parent = nullptr);
    ~OrganisationsDialog() override;

    /// Reads everything again, keeping the chosen organisation and person.
    void reload();
    /// Chooses the organisation (0: the persons without organisation); false when not listed.
    bool selectOrganisation(qint64 id);
    /// The chosen organisation's id; 0 for "No organisation" or nothing; -1 while adding one.
    qint64 currentOrganisation() const;
    qint64 currentPerson() const;
    bool selectPerson(qint64 id);

    void setConfirmRemoval(ConfirmRemoval confirm) { m_confirm = std::move(confirm); }

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *organisationView() const { return m_organisationView; }
    OrganisationModel *organisationModel() const { return m_organisations; }
    QSortFilterProxyModel *organisationProxy() const { return m_proxy; }
    OrganisationForm *form() const { return m_form; }
    QTableView *personView() const { return m_personView; }
    PersonModel *personModel() const { return m_persons; }
    ErrorLabel *listError() const { return m_listError; }
    ErrorLabel *personError() const { return m_personError; }
    /// The person dialog that is open now (adding or changing), if any.
    ContactPersonDialog *contactPersonDialog() const;

    /// Starts a new organisation in the form; addOrganisation() stores it.
    void newOrganisation();
    /// Stores the new organisation of the form; false when it was refused (messages shown).
    bool addOrganisation();
    void cancelNewOrganisation();
    void removeOrganisation();
    /// Opens the person dialog (non-blocking) for a new person of the chosen organisation.
    void addPerson();
    void editPerson();
    void removePerson();

    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCurrent();
    void commitOrganisation();
    void setCreating(bool creating);
    void openContactPersonDialog(ContactPersonDialog *dialog);
    qint64 selectedRow() const;

    Session &m_session;
    ConfirmRemoval m_confirm = askToRemove;
    OrganisationModel *m_organisations = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    PersonModel *m_persons = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_organisationView = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    ErrorLabel *m_listError = nullptr;
    QGroupBox *m_organisationBox = nullptr;
    OrganisationForm *m_form = nullptr;
    QWidget *m_creatingButtons = nullptr;
    QPushButton *m_addButton = nullptr;
    QGroupBox *m_personBox = nullptr;
    QTableView *m_personView = nullptr;
    QPushButton *m_addPersonButton = nullptr;
    QPushButton *m_editPersonButton = nullptr;
    QPushButton *m_removePersonButton = nullptr;
    ErrorLabel *m_personError = nullptr;
    std::vector<ContactPerson> m_allPersons;
    bool m_creating = false;
    bool m_reloading = false;
};

} // namespace traject
