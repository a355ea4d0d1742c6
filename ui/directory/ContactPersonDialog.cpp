// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ContactPersonDialog.h"

#include "Session.h"
#include "directory/DirectoryChoice.h"
#include "directory/DirectoryEdits.h"
#include "storage/OrganisationRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

ContactPersonDialog::ContactPersonDialog(Session &session, const ContactPerson &person,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_before(person)
{
    setWindowTitle(person.id == 0 ? tr("New contact person") : tr("Contact person"));
    m_name = new QLineEdit(person.name);
    m_function = new QLineEdit(person.function);
    m_function->setPlaceholderText(tr("e.g. workplace mentor, teacher, VDAB consultant"));
    m_organisation = new QComboBox;
    DirectoryChoice::forOrganisations(
        m_organisation, session,
        [this](QComboBox *combo) {
            combo->addItem(tr("(no organisation)"), qint64(0));
            auto organisations
                = OrganisationRepository(m_session.database(), m_session.clock()).organisations();
            if (!organisations) {
                m_errors.showFor(QString(), { { QString(), organisations.error().message } });
                return;
            }
            for (const auto &organisation : *organisations)
                combo->addItem(organisation.name, organisation.id);
        },
        [] { return Organisation {}; });
    selectData(m_organisation, person.organisationId.value_or(0));
    m_phone = new QLineEdit(person.phone);
    m_email = new QLineEdit(person.email);
    m_notes = new QPlainTextEdit(person.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("&Name"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&Function"), m_function, QStringLiteral("function"));
    m_errors.addRow(form, tr("&Organisation"), m_organisation, QStringLiteral("organisationId"));
    m_errors.addRow(form, tr("&Phone"), m_phone, QStringLiteral("phone"));
    m_errors.addRow(form, tr("&E-mail"), m_email, QStringLiteral("email"));
    m_errors.addRow(form, tr("No&tes"), m_notes, QStringLiteral("notes"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(person.id == 0 ? tr("&Add person") : tr("&Save person"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

ContactPerson ContactPersonDialog::fromForm() const
{
    ContactPerson person = m_before;
    person.name = m_name->text().trimmed();
    person.function = m_function->text().trimmed();
    const qint64 organisation = m_organisation->currentData().toLongLong();
    person.organisationId = organisation > 0 ? std::optional<qint64>(organisation) : std::nullopt;
    person.phone = m_phone->text().trimmed();
    person.email = m_email->text().trimmed();
    person.notes = m_notes->toPlainText();
    return person;
}

void ContactPersonDialog::accept()
{
    const ContactPerson after = fromForm();
    if (!m_errors.show(after.validate()))
        return;
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    if (after.id == 0) {
        auto id = m_session.add(
            tr("Add contact person %1").arg(after.name), 0,
            [&database, &clock, person = after]() mutable {
                return OrganisationRepository(database, clock).addPerson(person);
            },
            m_session.through(&OrganisationRepository::removePerson, Aspect::Shared));
        if (!id) {
            m_errors.show({ { QString(), id.error().message } });
            return;
        }
        m_stored = *id;
    } else if (after != m_before) {
        const ContactPerson before = m_before;
        auto status = m_session.edit(
            tr("Change contact person %1").arg(after.name), 0, Aspect::Shared,
            [&database, &clock, after] {
                return OrganisationRepository(database, clock).updatePerson(after);
            },
            [&database, &clock, before] {
                return OrganisationRepository(database, clock).updatePerson(before);
            });
        if (!status) {
            m_errors.show({ { QString(), status.error().message } });
            return;
        }
        m_stored = after.id;
    } else {
        m_stored = after.id;
    }
    QDialog::accept();
}

} // namespace traject
