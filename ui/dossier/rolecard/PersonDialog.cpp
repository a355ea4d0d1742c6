// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/rolecard/PersonDialog.h"

#include "Session.h"
#include "storage/OrganisationRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

PersonDialog::PersonDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New person"));
    m_name = new QLineEdit;
    m_function = new QLineEdit;
    m_function->setPlaceholderText(tr("For example: mentor, teacher, consultant"));
    m_organisation = new QComboBox;
    m_organisation->addItem(tr("(no organisation)"), QVariant());
    if (auto organisations
        = OrganisationRepository(session.database(), session.clock()).organisations()) {
        for (const auto &organisation : *organisations)
            m_organisation->addItem(organisation.name, organisation.id);
    }
    m_phone = new QLineEdit;
    m_email = new QLineEdit;

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("&Name"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&Function"), m_function, QStringLiteral("function"));
    m_errors.addRow(form, tr("&Organisation"), m_organisation, QStringLiteral("organisationId"));
    m_errors.addRow(form, tr("&Phone"), m_phone, QStringLiteral("phone"));
    m_errors.addRow(form, tr("&E-mail"), m_email, QStringLiteral("email"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add person"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    m_name->setFocus();
    setMinimumWidth(420);
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::accept()
{
    ContactPerson person;
    person.name = m_name->text().trimmed();
    person.function = m_function->text().trimmed();
    const QVariant organisation = m_organisation->currentData();
    if (organisation.isValid())
        person.organisationId = organisation.toLongLong();
    person.phone = m_phone->text().trimmed();
    person.email = m_email->text().trimmed();
    if (!m_errors.show(person.validate()))
        return;
    Session *session = &m_session;
    auto id = session->add(
        tr("Add person %1").arg(person.name), 0, QStringLiteral("contact_person"),
        [session, person] {
            auto value = person;
            return OrganisationRepository(session->database(), session->clock()).addPerson(value);
        });
    if (!id) {
        m_errors.show({ { QString(), id.error().message } });
        return;
    }
    m_saved = *id;
    QDialog::accept();
}

} // namespace traject
