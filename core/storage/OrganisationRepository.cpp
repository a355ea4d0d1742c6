// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationRepository.h"

#include "storage/internal/Sql.h"

namespace traject {

namespace {

const QString OrganisationTable = QStringLiteral("organisation");
const QString PersonTable = QStringLiteral("contact_person");

sql::Columns organisationColumns(const Organisation &o)
{
    return {
        { QStringLiteral("name"), o.name.trimmed() },
        { QStringLiteral("kind"), toCode(o.kind) },
        { QStringLiteral("site_type"), toCode(o.siteType) },
        { QStringLiteral("parent_id"), sql::optionalId(o.parentId) },
        { QStringLiteral("address"), o.address },
        { QStringLiteral("municipality"), o.municipality.trimmed() },
        { QStringLiteral("phone"), o.phone.trimmed() },
        { QStringLiteral("email"), o.email.trimmed() },
        { QStringLiteral("notes"), o.notes },
    };
}

Organisation readOrganisation(const QSqlQuery &q)
{
    using namespace sql;
    Organisation o;
    o.id = value(q, "id").toLongLong();
    o.name = text(q, "name");
    o.kind = enumValue(q, "kind", OrganisationKind::Other);
    o.siteType = enumValue(q, "site_type", SiteType::None);
    o.parentId = toOptionalId(value(q, "parent_id"));
    o.address = text(q, "address");
    o.municipality = text(q, "municipality");
    o.phone = text(q, "phone");
    o.email = text(q, "email");
    o.notes = text(q, "notes");
    return o;
}

sql::Columns personColumns(const ContactPerson &p)
{
    return {
        { QStringLiteral("organisation_id"), sql::optionalId(p.organisationId) },
        { QStringLiteral("name"), p.name.trimmed() },
        { QStringLiteral("function"), p.function.trimmed() },
        { QStringLiteral("phone"), p.phone.trimmed() },
        { QStringLiteral("email"), p.email.trimmed() },
        { QStringLiteral("notes"), p.notes },
    };
}

ContactPerson readPerson(const QSqlQuery &q)
{
    using namespace sql;
    ContactPerson p;
    p.id = value(q, "id").toLongLong();
    p.organisationId = toOptionalId(value(q, "organisation_id"));
    p.name = text(q, "name");
    p.function = text(q, "function");
    p.phone = text(q, "phone");
    p.email = text(q, "email");
    p.notes = text(q, "notes");
    return p;
}

} // namespace

Status OrganisationRepository::checkParent(const Organisation &organisation) const
{
    if (!organisation.parentId || organisation.id == 0)
        return {};
    // Walk up from the new parent: meeting the organisation itself would make a circle.
    auto circular = sql::scalar(
        m_db,
        QStringLiteral("WITH RECURSIVE up(id) AS (SELECT :parent UNION "
                       "SELECT o.parent_id FROM organisation o JOIN up ON o.id = up.id "
                       "WHERE o.parent_id IS NOT NULL) "
                       "SELECT count(*) FROM up WHERE id = :self"),
        { { QStringLiteral("parent"), *organisation.parentId },
          { QStringLiteral("self"), organisation.id } });
    if (!circular)
        return circular.error();
    if (*circular > 0)
        return Error { tr("An organisation cannot belong to one of its own sites."), {} };
    return {};
}

Result<qint64> OrganisationRepository::addOrganisation(Organisation &organisation)
{
    if (auto error = rejected(organisation.validate()))
        return *error;
    auto id = sql::inTransaction(m_db, [&] {
        return sql::insert(m_db, OrganisationTable, organisationColumns(organisation));
    });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey,
                      tr("The organisation it belongs to no longer exists."));
    if (id)
        organisation.id = *id;
    return id;
}

Status OrganisationRepository::updateOrganisation(const Organisation &organisation)
{
    if (auto error = rejected(organisation.validate()))
        return *error;
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto status = checkParent(organisation); !status)
            return status;
        return sql::explain(sql::update(m_db, OrganisationTable, organisation.id,
                                        organisationColumns(organisation)),
                            sql::Constraint::ForeignKey,
                            tr("The organisation it belongs to no longer exists."));
    });
}

Status OrganisationRepository::removeOrganisation(qint64 id, Removal *removed)
{
    return removeRow(OrganisationTable, id, removed);
}

Result<Organisation> OrganisationRepository::organisation(qint64 id) const
{
    return sql::selectOne<Organisation>(
        m_db, QStringLiteral("SELECT * FROM organisation WHERE id = :id"),
        { { QStringLiteral("id"), id } }, readOrganisation,
        tr("This organisation does not exist (number %1).").arg(id));
}

Result<std::vector<Organisation>> OrganisationRepository::organisations() const
{
    return sql::select<Organisation>(
        m_db, QStringLiteral("SELECT * FROM organisation ORDER BY name COLLATE NOCASE, id"), {},
        readOrganisation);
}

Result<qint64> OrganisationRepository::addPerson(ContactPerson &person)
{
    if (auto error = rejected(person.validate()))
        return *error;
    auto id = sql::inTransaction(
        m_db, [&] { return sql::insert(m_db, PersonTable, personColumns(person)); });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey,
                      tr("The person's organisation no longer exists."));
    if (id)
        person.id = *id;
    return id;
}

Status OrganisationRepository::updatePerson(const ContactPerson &person)
{
    if (auto error = rejected(person.validate()))
        return *error;
    auto status = sql::inTransaction(
        m_db, [&] { return sql::update(m_db, PersonTable, person.id, personColumns(person)); });
    return sql::explain(std::move(status), sql::Constraint::ForeignKey,
                        tr("The person's organisation no longer exists."));
}

Status OrganisationRepository::removePerson(qint64 id, Removal *removed)
{
    auto status = removeRow(PersonTable, id, removed);
    return sql::explain(
        std::move(status), sql::Constraint::ForeignKey,
        tr("This person is still on the role card of a learner; remove them there first."));
}

Result<ContactPerson> OrganisationRepository::person(qint64 id) const
{
    return sql::selectOne<ContactPerson>(
        m_db, QStringLiteral("SELECT * FROM contact_person WHERE id = :id"),
        { { QStringLiteral("id"), id } }, readPerson,
        tr("This contact person does not exist (number %1).").arg(id));
}

Result<std::vector<ContactPerson>> OrganisationRepository::persons() const
{
    return sql::select<ContactPerson>(
        m_db, QStringLiteral("SELECT * FROM contact_person ORDER BY name COLLATE NOCASE, id"), {},
        readPerson);
}

Result<std::vector<ContactPerson>> OrganisationRepository::personsOf(qint64 organisationId) const
{
    return sql::select<ContactPerson>(
        m_db,
        QStringLiteral("SELECT * FROM contact_person WHERE organisation_id = :org "
                       "ORDER BY name COLLATE NOCASE, id"),
        { { QStringLiteral("org"), organisationId } }, readPerson);
}

} // namespace traject
