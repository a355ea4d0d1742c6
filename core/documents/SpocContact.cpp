// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpocContact.h"

#include "Settings.h"
#include "storage/OrganisationRepository.h"
#include "storage/RoleCardRepository.h"

#include <QStringList>

namespace traject {

namespace {

bool samePerson(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

void fillIn(QString &value, const QString &from)
{
    if (value.trimmed().isEmpty())
        value = from.trimmed();
}

} // namespace

Problems SpocContact::validate() const
{
    Problems problems;
    if (!phone.trimmed().isEmpty() && !check::isPhone(phone))
        problems.append({ QStringLiteral("phone"),
                          tr("This phone number is not valid: type at least 9 digits, for "
                             "example 0470 12 34 56.") });
    if (!email.trimmed().isEmpty() && !check::isEmail(email))
        problems.append({ QStringLiteral("email"),
                          tr("This e-mail address is not valid, for example "
                             "naam@organisatie.be.") });
    if (name.trimmed().isEmpty()
        && !(phone.trimmed().isEmpty() && email.trimmed().isEmpty()
             && organisation.trimmed().isEmpty()))
        problems.append({ QStringLiteral("name"),
                          tr("Fill in your name too: plans and sheets print it with these "
                             "details.") });
    return problems;
}

QString SpocContact::line() const
{
    QString text = name.trimmed();
    if (!organisation.trimmed().isEmpty())
        text += QStringLiteral(" (%1)").arg(organisation.trimmed());
    QStringList reach;
    if (!phone.trimmed().isEmpty())
        reach.append(tr("phone %1").arg(phone.trimmed()));
    if (!email.trimmed().isEmpty())
        reach.append(tr("e-mail %1").arg(email.trimmed()));
    if (!reach.isEmpty())
        text += QStringLiteral(", ") + reach.join(QStringLiteral(", "));
    return text;
}

SpocContact SpocContact::fromSettings(const Settings &settings)
{
    return { settings.get(Setting::SpocName), settings.get(Setting::SpocPhone),
             settings.get(Setting::SpocEmail), settings.get(Setting::SpocOrganisation) };
}

void SpocContact::store(Settings &settings) const
{
    settings.set(Setting::SpocName, name.trimmed());
    settings.set(Setting::SpocPhone, phone.trimmed());
    settings.set(Setting::SpocEmail, email.trimmed());
    settings.set(Setting::SpocOrganisation, organisation.trimmed());
}

Result<SpocContact> SpocContact::forLearner(Database &database, const Clock &clock,
                                            qint64 learnerId, QDate day, const SpocContact &own)
{
    auto assignments = RoleCardRepository(database, clock).forLearner(learnerId);
    if (!assignments)
        return assignments.error();
    OrganisationRepository directory(database, clock);
    for (const RoleAssignment &assignment : *assignments) {
        if (assignment.role != Role::Spoc || !assignment.isActiveOn(day))
            continue;
        auto person = directory.person(assignment.personId);
        if (!person)
            return person.error();
        SpocContact spoc { person->name, person->phone, person->email, {} };
        if (person->organisationId) {
            if (auto organisation = directory.organisation(*person->organisationId))
                spoc.organisation = organisation->name;
        }
        if (samePerson(spoc.name, own.name)) {
            fillIn(spoc.phone, own.phone);
            fillIn(spoc.email, own.email);
            fillIn(spoc.organisation, own.organisation);
        }
        return spoc;
    }
    SpocContact spoc = own;
    spoc.name = spoc.name.trimmed();
    return spoc.isEmpty() ? SpocContact {} : spoc;
}

} // namespace traject
