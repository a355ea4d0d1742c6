// SPDX-License-Identifier: GPL-3.0-or-later
#include "Organisation.h"

namespace traject {

namespace {
void checkContact(Problems &problems, const QString &phone, const QString &email,
                  const QString &phoneMessage, const QString &emailMessage)
{
    if (!phone.trimmed().isEmpty() && !check::isPhone(phone))
        problems.append({ QStringLiteral("phone"), phoneMessage });
    if (!email.trimmed().isEmpty() && !check::isEmail(email))
        problems.append({ QStringLiteral("email"), emailMessage });
}
} // namespace

Problems Organisation::validate() const
{
    Problems problems;
    if (name.trimmed().isEmpty())
        problems.append({ QStringLiteral("name"), tr("Fill in the name of the organisation.") });
    if (kind == OrganisationKind::ChildcareSite && siteType == SiteType::None)
        problems.append({ QStringLiteral("siteType"),
                          tr("Choose group care or family care for a childcare site.") });
    if (kind != OrganisationKind::ChildcareSite && siteType != SiteType::None)
        problems.append(
            { QStringLiteral("siteType"), tr("Only a childcare site has a type of care.") });
    if (parentId && *parentId == id && id != 0)
        problems.append(
            { QStringLiteral("parentId"), tr("An organisation cannot belong to itself.") });
    checkContact(problems, phone, email, tr("This phone number is not valid."),
                 tr("This e-mail address is not valid."));
    return problems;
}

Problems ContactPerson::validate() const
{
    Problems problems;
    if (name.trimmed().isEmpty())
        problems.append({ QStringLiteral("name"), tr("Fill in the name of the contact person.") });
    checkContact(problems, phone, email, tr("This phone number is not valid."),
                 tr("This e-mail address is not valid."));
    return problems;
}

bool RoleAssignment::isActiveOn(QDate day) const
{
    return (!from.isValid() || from <= day) && (!to.isValid() || day <= to);
}

Problems RoleAssignment::validate() const
{
    Problems problems;
    if (personId <= 0)
        problems.append(
            { QStringLiteral("personId"), tr("Choose the person who takes up this role.") });
    if (from.isValid() && to.isValid() && to < from)
        problems.append({ QStringLiteral("to"), tr("The end of the role lies before its start.") });
    return problems;
}

} // namespace traject
