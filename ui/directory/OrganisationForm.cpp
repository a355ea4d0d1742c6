// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/OrganisationForm.h"

#include "directory/DirectoryEdits.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace traject {

OrganisationForm::OrganisationForm(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit;
    m_kind = new QComboBox;
    for (const OrganisationKind kind : allValues<OrganisationKind>())
        m_kind->addItem(label(kind), toCode(kind));
    m_siteType = new QComboBox;
    m_siteType->addItem(tr("(choose)"), toCode(SiteType::None));
    m_siteType->addItem(label(SiteType::GroupCare), toCode(SiteType::GroupCare));
    m_siteType->addItem(label(SiteType::FamilyCare), toCode(SiteType::FamilyCare));
    m_parent = new QComboBox;
    m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parent->setMinimumContentsLength(16);
    m_address = new QLineEdit;
    m_address->setPlaceholderText(tr("Street and number, postal code"));
    m_municipality = new QLineEdit;
    m_phone = new QLineEdit;
    m_email = new QLineEdit;
    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->installEventFilter(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("&Name"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&Kind"), m_kind, QStringLiteral("kind"));
    m_errors.addRow(form, tr("&Type of care"), m_siteType, QStringLiteral("siteType"));
    m_errors.addRow(form, tr("&Belongs to"), m_parent, QStringLiteral("parentId"));
    m_errors.addRow(form, tr("&Address"), m_address, QStringLiteral("address"));
    m_errors.addRow(form, tr("M&unicipality"), m_municipality, QStringLiteral("municipality"));
    m_errors.addRow(form, tr("&Phone"), m_phone, QStringLiteral("phone"));
    m_errors.addRow(form, tr("&E-mail"), m_email, QStringLiteral("email"));
    m_errors.addRow(form, tr("N&otes"), m_notes, QStringLiteral("notes"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(general);

    for (QLineEdit *edit : { m_name, m_address, m_municipality, m_phone, m_email })
        connect(edit, &QLineEdit::editingFinished, this, &OrganisationForm::edited);
    connect(m_kind, &QComboBox::activated, this, &OrganisationForm::kindChosen);
    connect(m_siteType, &QComboBox::activated, this, &OrganisationForm::edited);
    connect(m_parent, &QComboBox::activated, this, &OrganisationForm::edited);
}

void OrganisationForm::setOrganisation(const Organisation &organisation,
                                       const std::vector<Organisation> &all)
{
    m_shown = organisation;
    setTextKeepingCursor(m_name, organisation.name);
    selectData(m_kind, toCode(organisation.kind));
    selectData(m_siteType, toCode(organisation.siteType));

    m_parent->clear();
    m_parent->addItem(tr("(none)"), qint64(0));
    for (const auto &candidate : all) {
        // A site is no organiser; an organisation cannot belong to itself.
        const bool current = organisation.parentId && *organisation.parentId == candidate.id;
        if (candidate.id == organisation.id
            || (candidate.kind == OrganisationKind::ChildcareSite && !current))
            continue;
        m_parent->addItem(candidate.name, candidate.id);
    }
    selectData(m_parent, organisation.parentId.value_or(0));

    setTextKeepingCursor(m_address, organisation.address);
    setTextKeepingCursor(m_municipality, organisation.municipality);
    setTextKeepingCursor(m_phone, organisation.phone);
    setTextKeepingCursor(m_email, organisation.email);
    setTextKeepingCursor(m_notes, organisation.notes);
    updateSiteTypeState();
    m_errors.clear();
}

Organisation OrganisationForm::organisation() const
{
    Organisation organisation = m_shown;
    organisation.name = m_name->text().trimmed();
    organisation.kind = fromCode<OrganisationKind>(m_kind->currentData().toString())
                            .value_or(OrganisationKind::Other);
    organisation.siteType = organisation.kind == OrganisationKind::ChildcareSite
        ? fromCode<SiteType>(m_siteType->currentData().toString()).value_or(SiteType::None)
        : SiteType::None;
    const qint64 parent = m_parent->currentData().toLongLong();
    organisation.parentId = parent > 0 ? std::optional<qint64>(parent) : std::nullopt;
    organisation.address = m_address->text();
    organisation.municipality = m_municipality->text().trimmed();
    organisation.phone = m_phone->text().trimmed();
    organisation.email = m_email->text().trimmed();
    organisation.notes = m_notes->toPlainText();
    return organisation;
}

QList<QWidget *> OrganisationForm::fields() const
{
    return { m_name,         m_kind,  m_siteType, m_parent, m_address,
             m_municipality, m_phone, m_email,    m_notes };
}

bool OrganisationForm::showProblems(const Problems &problems)
{
    return m_errors.show(problems);
}

void OrganisationForm::showGeneralError(const QString &message)
{
    m_errors.showFor(QString(), { { QString(), message } });
}

bool OrganisationForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut
        && m_notes->toPlainText() != m_shown.notes)
        Q_EMIT edited();
    return QWidget::eventFilter(watched, event);
}

void OrganisationForm::kindChosen()
{
    updateSiteTypeState();
    Q_EMIT edited();
}

void OrganisationForm::updateSiteTypeState()
{
    const bool site = m_kind->currentData().toString() == toCode(OrganisationKind::ChildcareSite);
    if (!site)
        selectData(m_siteType, toCode(SiteType::None));
    // Only a childcare site has a type of care; for the others the choice says why it is off.
    m_siteType->setItemText(0, site ? tr("(choose)") : label(SiteType::None));
    m_siteType->setEnabled(site);
}

} // namespace traject
