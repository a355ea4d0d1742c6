// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Organisation.h"
#include "storage/Repository.h"

#include <vector>

namespace traject {

/// The partners: organisations (with their sites) and the contact persons who work there.
class OrganisationRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)

public:
    using Repository::Repository;

    /// Validates and stores a new organisation; sets its id.
    Result<qint64> addOrganisation(Organisation &organisation);
    Status updateOrganisation(const Organisation &organisation);
    /// Removes the organisation; its sites, persons, learners and placements lose the link to it.
    Status removeOrganisation(qint64 id, Removal *removed = nullptr);
    Result<Organisation> organisation(qint64 id) const;
    /// All organisations by name.
    Result<std::vector<Organisation>> organisations() const;

    /// Validates and stores a new contact person; sets their id.
    Result<qint64> addPerson(ContactPerson &person);
    Status updatePerson(const ContactPerson &person);
    /// Removes the person; refused while they are on a learner's role card.
    Status removePerson(qint64 id, Removal *removed = nullptr);
    Result<ContactPerson> person(qint64 id) const;
    /// All contact persons by name.
    Result<std::vector<ContactPerson>> persons() const;
    /// The contact persons of one organisation, by name.
    Result<std::vector<ContactPerson>> personsOf(qint64 organisationId) const;

private:
    Status checkParent(const Organisation &organisation) const;
};

} // namespace traject
