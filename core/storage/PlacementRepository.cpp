// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementRepository.h"

#include "storage/internal/Sql.h"

namespace traject {

namespace {

const QString PlacementTable = QStringLiteral("placement");
const QString DayTable = QStringLiteral("placement_day");

QString shown(QDate day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

sql::Columns placementColumns(const Placement &p)
{
    return {
        { QStringLiteral("enrolment_id"), sql::optionalId(p.enrolmentId) },
        { QStringLiteral("kind"), toCode(p.kind) },
        { QStringLiteral("site_id"), sql::optionalId(p.siteId) },
        { QStringLiteral("mentor_id"), sql::optionalId(p.mentorId) },
        { QStringLiteral("supervisor_id"), sql::optionalId(p.supervisorId) },
        { QStringLiteral("start_date"), sql::date(p.start) },
        { QStringLiteral("end_date"), sql::date(p.end) },
        { QStringLiteral("weekdays"), p.pattern.mask() },
        { QStringLiteral("hours_per_day"), p.hoursPerDay },
        { QStringLiteral("target_days"), p.targetDays },
        { QStringLiteral("target_hours"), p.targetHours },
        { QStringLiteral("notes"), p.notes },
    };
}

Placement readPlacement(const QSqlQuery &q)
{
    using namespace sql;
    Placement p;
    p.id = value(q, "id").toLongLong();
    p.learnerId = value(q, "learner_id").toLongLong();
    p.enrolmentId = toOptionalId(value(q, "enrolment_id"));
    p.kind = enumValue(q, "kind", PlacementKind::WorkplaceLearning);
    p.siteId = toOptionalId(value(q, "site_id"));
    p.mentorId = toOptionalId(value(q, "mentor_id"));
    p.supervisorId = toOptionalId(value(q, "supervisor_id"));
    p.start = toDate(value(q, "start_date"));
    p.end = toDate(value(q, "end_date"));
    p.pattern = WeekPattern::fromMask(value(q, "weekdays").toInt());
    p.hoursPerDay = value(q, "hours_per_day").toDouble();
    p.targetDays = value(q, "target_days").toInt();
    p.targetHours = value(q, "target_hours").toDouble();
    p.notes = text(q, "notes");
    return p;
}

sql::Columns dayColumns(const PlacementDay &d)
{
    return {
        { QStringLiteral("date"), sql::date(d.date) },
        { QStringLiteral("planned_hours"), d.plannedHours },
        { QStringLiteral("worked_hours"), sql::optionalNumber(d.workedHours) },
        { QStringLiteral("status"), toCode(d.status) },
        { QStringLiteral("note"), d.note },
    };
}

PlacementDay readDay(const QSqlQuery &q)
{
    using namespace sql;
    PlacementDay d;
    d.id = value(q, "id").toLongLong();
    d.placementId = value(q, "placement_id").toLongLong();
    d.date = toDate(value(q, "date"));
    d.plannedHours = value(q, "planned_hours").toDouble();
    if (!value(q, "worked_hours").isNull())
        d.workedHours = value(q, "worked_hours").toDouble();
    d.status = enumValue(q, "status", PlacementDayStatus::Planned);
    d.note = text(q, "note");
    return d;
}

} // namespace

Result<qint64> PlacementRepository::add(Placement &placement)
{
    if (auto error = rejected(placement.validate()))
        return *error;
    auto columns = placementColumns(placement);
    columns.prepend({ QStringLiteral("learner_id"), placement.learnerId });
    auto id = sql::inTransaction(m_db, [&] { return sql::insert(m_db, PlacementTable, columns); });
    id = sql::explain(
        std::move(id), sql::Constraint::ForeignKey,
        tr("The learner, enrolment, site or person of this placement no longer exists."));
    if (id)
        placement.id = *id;
    return id;
}

Status PlacementRepository::update(const Placement &placement)
{
    if (auto error = rejected(placement.validate()))
        return *error;
    auto status = sql::inTransaction(m_db, [&]() -> Status {
        auto outside = sql::scalar(
            m_db,
            QStringLiteral("SELECT count(*) FROM placement_day WHERE placement_id = :id "
                           "AND (date < :start OR date > :end)"),
            { { QStringLiteral("id"), placement.id },
              { QStringLiteral("start"), sql::date(placement.start) },
              { QStringLiteral("end"), sql::date(placement.end) } });
        if (!outside)
            return outside.error();
        if (*outside > 0)
            return Error { tr("%n placement day(s) would fall outside the new period; move or "
                              "remove them first.",
                              nullptr, static_cast<int>(*outside)),
                           {} };
        return sql::update(m_db, PlacementTable, placement.id, placementColumns(placement));
    });
    return sql::explain(std::move(status), sql::Constraint::ForeignKey,
                        tr("The enrolment, site or person of this placement no longer exists."));
}

Status PlacementRepository::updateAll(const QList<Placement> &placements)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        for (const Placement &placement : placements) {
            if (auto status = update(placement); !status)
                return status;
        }
        return {};
    });
}

Status PlacementRepository::remove(qint64 id, Removal *removed)
{
    return removeRow(PlacementTable, id, removed);
}

Result<Placement> PlacementRepository::get(qint64 id) const
{
    return sql::selectOne<Placement>(m_db, QStringLiteral("SELECT * FROM placement WHERE id = :id"),
                                     { { QStringLiteral("id"), id } }, readPlacement,
                                     tr("This placement does not exist (number %1).").arg(id));
}

Result<std::vector<Placement>> PlacementRepository::forLearner(qint64 learnerId) const
{
    return sql::select<Placement>(
        m_db,
        QStringLiteral(
            "SELECT * FROM placement WHERE learner_id = :learner ORDER BY start_date, id"),
        { { QStringLiteral("learner"), learnerId } }, readPlacement);
}

Status PlacementRepository::checkDay(const PlacementDay &day, const Placement &placement) const
{
    if (auto error = rejected(day.validate()))
        return *error;
    if (!placement.contains(day.date))
        return Error { tr("The day %1 lies outside the placement, which runs from %2 to %3.")
                           .arg(shown(day.date), shown(placement.start), shown(placement.end)),
                       {} };
    return {};
}

Result<qint64> PlacementRepository::insertDay(const PlacementDay &day)
{
    auto columns = dayColumns(day);
    columns.prepend({ QStringLiteral("placement_id"), day.placementId });
    return sql::explain(sql::insert(m_db, DayTable, columns), sql::Constraint::Unique,
                        tr("The placement already has a day on %1.").arg(shown(day.date)));
}

Result<qint64> PlacementRepository::addDay(PlacementDay &day)
{
    auto placement = get(day.placementId);
    if (!placement)
        return placement.error();
    if (auto status = checkDay(day, *placement); !status)
        return status.error();
    auto id = sql::inTransaction(m_db, [&] { return insertDay(day); });
    if (id)
        day.id = *id;
    return id;
}

Status PlacementRepository::updateDay(const PlacementDay &day)
{
    auto stored = this->day(day.id);
    if (!stored)
        return stored.error();
    auto placement = get(stored->placementId);
    if (!placement)
        return placement.error();
    if (auto status = checkDay(day, *placement); !status)
        return status;
    auto status = sql::inTransaction(
        m_db, [&] { return sql::update(m_db, DayTable, day.id, dayColumns(day)); });
    return sql::explain(std::move(status), sql::Constraint::Unique,
                        tr("The placement already has a day on %1.").arg(shown(day.date)));
}

Status PlacementRepository::removeDay(qint64 id, Removal *removed)
{
    return removeRow(DayTable, id, removed);
}

Result<PlacementDay> PlacementRepository::day(qint64 id) const
{
    return sql::selectOne<PlacementDay>(
        m_db, QStringLiteral("SELECT * FROM placement_day WHERE id = :id"),
        { { QStringLiteral("id"), id } }, readDay,
        tr("This placement day does not exist (number %1).").arg(id));
}

Result<std::vector<PlacementDay>> PlacementRepository::days(qint64 placementId) const
{
    return sql::select<PlacementDay>(
        m_db,
        QStringLiteral("SELECT * FROM placement_day WHERE placement_id = :placement ORDER BY date"),
        { { QStringLiteral("placement"), placementId } }, readDay);
}

Status PlacementRepository::addDays(qint64 placementId, const QList<PlacementDay> &days)
{
    auto placement = get(placementId);
    if (!placement)
        return placement.error();
    for (const auto &day : days) {
        if (auto status = checkDay(day, *placement); !status)
            return status;
    }
    return sql::inTransaction(m_db, [&]() -> Status {
        for (PlacementDay day : days) {
            day.placementId = placementId;
            if (auto id = insertDay(day); !id)
                return id.error();
        }
        return {};
    });
}

Status PlacementRepository::updateDays(const QList<PlacementDay> &days)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        for (const PlacementDay &day : days) {
            if (auto status = updateDay(day); !status)
                return status;
        }
        return {};
    });
}

Status PlacementRepository::removeDays(qint64 placementId, const QList<QDate> &dates,
                                       Removal *removed)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        if (removed) {
            auto stored = days(placementId);
            if (!stored)
                return stored.error();
            const QSet<QDate> wanted(dates.begin(), dates.end());
            for (const auto &day : *stored) {
                if (!wanted.contains(day.date))
                    continue;
                if (auto captured = capture(DayTable, day.id, *removed); !captured)
                    return captured;
            }
        }
        for (const QDate date : dates) {
            auto query
                = sql::exec(m_db,
                            QStringLiteral("DELETE FROM placement_day "
                                           "WHERE placement_id = :placement AND date = :date"),
                            { { QStringLiteral("placement"), placementId },
                              { QStringLiteral("date"), sql::date(date) } });
            if (!query)
                return query.error();
            if (query->numRowsAffected() != 1)
                return Error { tr("The placement has no day on %1.").arg(shown(date)), {} };
        }
        return {};
    });
}

Result<QSet<QDate>> PlacementRepository::bookedDates(qint64 learnerId) const
{
    auto query
        = sql::exec(m_db,
                    QStringLiteral("SELECT DISTINCT d.date FROM placement_day d "
                                   "JOIN placement p ON p.id = d.placement_id "
                                   "WHERE p.learner_id = :learner AND d.status <> :cancelled"),
                    { { QStringLiteral("learner"), learnerId },
                      { QStringLiteral("cancelled"), toCode(PlacementDayStatus::Cancelled) } });
    if (!query)
        return query.error();
    QSet<QDate> dates;
    while (query->next())
        dates.insert(sql::toDate(query->value(0)));
    return dates;
}

Result<QList<QPair<Placement, QList<PlacementDay>>>>
PlacementRepository::withDaysForLearner(qint64 learnerId) const
{
    const sql::Binds learner = { { QStringLiteral("learner"), learnerId } };
    auto placements = forLearner(learnerId);
    if (!placements)
        return placements.error();
    auto days = sql::selectGrouped<PlacementDay>(
        m_db,
        QStringLiteral("SELECT d.* FROM placement_day d "
                       "JOIN placement p ON p.id = d.placement_id "
                       "WHERE p.learner_id = :learner ORDER BY d.date"),
        learner, "placement_id", readDay);
    if (!days)
        return days.error();
    QList<QPair<Placement, QList<PlacementDay>>> result;
    for (auto &placement : *placements) {
        const auto &ofPlacement = days->value(placement.id);
        result.append({ placement, QList<PlacementDay>(ofPlacement.begin(), ofPlacement.end()) });
    }
    return result;
}

} // namespace traject
