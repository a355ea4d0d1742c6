// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgrammeRepository.h"

#include "storage/internal/Sql.h"

#include <QSet>

namespace traject {

namespace {

const QString ProgrammeTable = QStringLiteral("programme");
const QString ModuleTable = QStringLiteral("module");

sql::Columns programmeColumns(const Programme &p)
{
    return {
        { QStringLiteral("name"), p.name.trimmed() },
        { QStringLiteral("provider"), toCode(p.provider) },
        { QStringLiteral("provider_id"), sql::optionalId(p.providerId) },
        { QStringLiteral("duration_months"), p.durationMonths },
        { QStringLiteral("total_lestijden"), p.totalLestijden },
        { QStringLiteral("class_days_per_week"), p.classDaysPerWeek },
        { QStringLiteral("placement_hours"), p.placementHours },
        { QStringLiteral("observation_hours"), p.observationHours },
        { QStringLiteral("description"), p.description },
        { QStringLiteral("template_key"), p.templateKey },
    };
}

QList<sql::ChildRow> moduleRows(const Programme &p)
{
    QList<sql::ChildRow> rows;
    for (const auto &m : p.modules)
        rows.append({ m.id,
                      {
                          { QStringLiteral("position"), m.position },
                          { QStringLiteral("name"), m.name.trimmed() },
                          { QStringLiteral("lestijden"), m.lestijden },
                          { QStringLiteral("workplace_percent"), m.workplacePercent },
                          { QStringLiteral("is_placement"), m.isPlacement },
                          { QStringLiteral("to_be_named"), m.toBeNamed },
                          { QStringLiteral("typical_semester"), m.typicalSemester },
                      } });
    return rows;
}

Programme readProgramme(const QSqlQuery &q)
{
    using namespace sql;
    Programme p;
    p.id = value(q, "id").toLongLong();
    p.name = text(q, "name");
    p.provider = enumValue(q, "provider", ProviderKind::Other);
    p.providerId = toOptionalId(value(q, "provider_id"));
    p.durationMonths = value(q, "duration_months").toInt();
    p.totalLestijden = value(q, "total_lestijden").toInt();
    p.classDaysPerWeek = value(q, "class_days_per_week").toDouble();
    p.placementHours = value(q, "placement_hours").toInt();
    p.observationHours = value(q, "observation_hours").toInt();
    p.description = text(q, "description");
    p.templateKey = text(q, "template_key");
    return p;
}

Module readModule(const QSqlQuery &q)
{
    using namespace sql;
    Module m;
    m.id = value(q, "id").toLongLong();
    m.position = value(q, "position").toInt();
    m.name = text(q, "name");
    m.lestijden = value(q, "lestijden").toInt();
    m.workplacePercent = value(q, "workplace_percent").toInt();
    m.isPlacement = value(q, "is_placement").toBool();
    m.toBeNamed = value(q, "to_be_named").toBool();
    m.typicalSemester = value(q, "typical_semester").toInt();
    return m;
}

} // namespace

Result<qint64> ProgrammeRepository::add(Programme &programme)
{
    if (auto error = rejected(programme.validate()))
        return *error;
    std::vector<qint64> moduleIds;
    auto id = sql::inTransaction(m_db, [&]() -> Result<qint64> {
        auto id = sql::insert(m_db, ProgrammeTable, programmeColumns(programme));
        if (!id)
            return id;
        auto ids = sql::syncChildren(m_db, ModuleTable, QStringLiteral("programme_id"), *id,
                                     moduleRows(programme));
        if (!ids)
            return ids.error();
        moduleIds = std::move(ids).value();
        return id;
    });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey,
                      tr("The organisation that teaches the programme no longer exists."));
    if (!id)
        return id;
    programme.id = *id;
    for (std::size_t i = 0; i < moduleIds.size(); ++i)
        programme.modules[i].id = moduleIds[i];
    return id;
}

Status ProgrammeRepository::update(const Programme &programme)
{
    if (auto error = rejected(programme.validate()))
        return *error;
    return sql::inTransaction(m_db, [&]() -> Status {
        // A module in a learner's module plan may not go: name the first one that would.
        auto used = sql::exec(
            m_db,
            QStringLiteral("SELECT id, name FROM module WHERE programme_id = :programme "
                           "AND EXISTS (SELECT 1 FROM module_plan WHERE module_id = module.id) "
                           "ORDER BY position, id"),
            { { QStringLiteral("programme"), programme.id } });
        if (!used)
            return used.error();
        QSet<qint64> kept;
        for (const auto &module : programme.modules)
            kept.insert(module.id);
        while (used->next()) {
            if (!kept.contains(used->value(0).toLongLong()))
                return Error {
                    tr("The module \"%1\" is in the module plan of a learner, so it cannot be "
                       "removed; take it out of their plan first.")
                        .arg(used->value(1).toString()),
                    {}
                };
        }
        auto status = sql::update(m_db, ProgrammeTable, programme.id, programmeColumns(programme));
        if (!status)
            return sql::explain(
                std::move(status), sql::Constraint::ForeignKey,
                tr("The organisation that teaches the programme no longer exists."));
        auto ids = sql::syncChildren(m_db, ModuleTable, QStringLiteral("programme_id"),
                                     programme.id, moduleRows(programme));
        if (!ids)
            return ids.error();
        return {};
    });
}

Status ProgrammeRepository::remove(qint64 id, Removal *removed)
{
    auto status = removeRow(ProgrammeTable, id, removed);
    return sql::explain(std::move(status), sql::Constraint::ForeignKey,
                        tr("A learner is enrolled in this programme, so it cannot be removed; "
                           "remove or change that enrolment first."));
}

Status ProgrammeRepository::removeModule(qint64 moduleId, Removal *removed)
{
    auto status = removeRow(ModuleTable, moduleId, removed);
    return sql::explain(std::move(status), sql::Constraint::ForeignKey,
                        tr("A learner's module plan uses this module, so it cannot be removed; "
                           "change that plan first."));
}

Status ProgrammeRepository::removeModule(const Programme &after, qint64 moduleId, Removal &removed)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto captured = capture(ModuleTable, moduleId, removed); !captured)
            return captured;
        return update(after);
    });
}

Result<Programme> ProgrammeRepository::get(qint64 id) const
{
    auto programme
        = sql::selectOne<Programme>(m_db, QStringLiteral("SELECT * FROM programme WHERE id = :id"),
                                    { { QStringLiteral("id"), id } }, readProgramme,
                                    tr("This programme does not exist (number %1).").arg(id));
    if (!programme)
        return programme;
    auto modules = sql::select<Module>(
        m_db, QStringLiteral("SELECT * FROM module WHERE programme_id = :id ORDER BY position, id"),
        { { QStringLiteral("id"), id } }, readModule);
    if (!modules)
        return modules.error();
    programme->modules = std::move(modules).value();
    return programme;
}

Result<std::vector<Programme>> ProgrammeRepository::all() const
{
    auto programmes = sql::select<Programme>(
        m_db, QStringLiteral("SELECT * FROM programme ORDER BY name COLLATE NOCASE, id"), {},
        readProgramme);
    if (!programmes)
        return programmes;
    auto modules = sql::selectGrouped<Module>(
        m_db, QStringLiteral("SELECT * FROM module ORDER BY position, id"), {}, "programme_id",
        readModule);
    if (!modules)
        return modules.error();
    for (auto &programme : *programmes)
        programme.modules = modules->value(programme.id);
    return programmes;
}

Result<qint64> ProgrammeRepository::installTemplate(const QString &key)
{
    auto programme = ProgrammeTemplates::load(key);
    if (!programme)
        return programme.error();
    return add(*programme);
}

Status ProgrammeRepository::installTemplatesIfMissing()
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto query = sql::exec(m_db, QStringLiteral("SELECT DISTINCT template_key FROM programme"));
        if (!query)
            return query.error();
        QSet<QString> present;
        while (query->next())
            present.insert(query->value(0).toString());
        for (const auto &key : ProgrammeTemplates::keys()) {
            if (present.contains(key))
                continue;
            if (auto id = installTemplate(key); !id)
                return id.error();
        }
        return {};
    });
}

} // namespace traject
