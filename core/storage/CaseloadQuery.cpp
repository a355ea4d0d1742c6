// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadQuery.h"

#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace traject {

namespace {

// One row per learner. The correlated subqueries each find a handful of rows through an index
// (see 0002_caseload_indexes.sql), so the whole list costs one statement. The work-place learning
// is that of the whole trajectory (see workplaceProgress()): the days worked in all its
// placements against the target of the one that starts last.
const char *const caseloadSql = R"(
SELECT l.id, l.first_name, l.last_name, l.phase, l.phase_since, l.municipality, l.phone, l.email,
       na.description, na.due_date, na.owner,
       nc.date, nc.kind, nc.with_whom, nc.notes,
       (SELECT count(*) FROM action a
         WHERE a.learner_id = l.id AND a.done_date IS NULL) AS open_actions,
       EXISTS (SELECT 1 FROM action a
                WHERE a.learner_id = l.id AND a.done_date IS NULL
                  AND a.owner IN ('spoc', 'together')) AS own_open_action,
       (SELECT count(*) FROM barrier b
         WHERE b.learner_id = l.id AND b.status IN ('open', 'in_progress')) AS open_barriers,
       wp.id, wp.target_days,
       (SELECT count(*) FROM placement p JOIN placement_day d ON d.placement_id = p.id
         WHERE p.learner_id = l.id AND p.kind = 'workplace_learning'
           AND d.status = 'worked') AS worked_days
  FROM learner l
  LEFT JOIN action na ON na.id =
       (SELECT a.id FROM action a
         WHERE a.learner_id = l.id AND a.done_date IS NULL
         ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT 1)
  LEFT JOIN contact_moment nc ON nc.id =
       (SELECT c.id FROM contact_moment c
         WHERE c.learner_id = l.id AND c.status = 'planned' AND c.date >= :today
         ORDER BY c.date, c.id LIMIT 1)
  LEFT JOIN placement wp ON wp.id =
       (SELECT p.id FROM placement p
         WHERE p.learner_id = l.id AND p.kind = 'workplace_learning'
         ORDER BY p.start_date DESC, p.id DESC LIMIT 1)
)";

enum Field
{
    Id,
    FirstName,
    LastName,
    PhaseCode,
    PhaseSince,
    Municipality,
    Phone,
    Email,
    ActionDescription,
    ActionDue,
    ActionOwnerCode,
    ContactDate,
    ContactKindCode,
    ContactWith,
    ContactNotes,
    OpenActions,
    OwnOpenAction,
    OpenBarriers,
    PlacementId,
    TargetDays,
    WorkedDays
};

/// Reads an ISO date ("yyyy-MM-dd") without the cost of QDate::fromString.
QDate isoDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return QDate::fromString(text, Qt::ISODate);
    auto number = [&text](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const int digit = text.at(i).unicode() - '0';
            if (digit < 0 || digit > 9)
                return -1;
            n = n * 10 + digit;
        }
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

} // namespace

NextStep CaseloadEntry::nextStep(QDate today) const
{
    NextStep step;
    const bool contactFirst = nextContact
        && (!nextAction || !nextAction->due.isValid() || nextContact->date < nextAction->due);
    if (contactFirst) {
        step.kind = NextStep::Kind::Contact;
        step.date = nextContact->date;
    } else if (nextAction) {
        step.kind = NextStep::Kind::Action;
        step.date = nextAction->due;
        step.overdue = nextAction->due.isValid() && nextAction->due < today;
    }
    return step;
}

Result<std::vector<CaseloadEntry>> CaseloadQuery::all() const
{
    return run(std::nullopt);
}

Result<std::optional<CaseloadEntry>> CaseloadQuery::forLearner(qint64 learnerId) const
{
    auto rows = run(learnerId);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<CaseloadEntry>();
    return std::optional<CaseloadEntry>(std::move(rows->front()));
}

QString CaseloadQuery::statement()
{
    // No ORDER BY: reading the learners in rowid order keeps the lookups in the other tables
    // close together (their rows were mostly added learner by learner); sorting afterwards in
    // C++ costs less than the sorter or a scan in name order (measured: about half the time).
    return QString::fromUtf8(caseloadSql);
}

Result<std::vector<CaseloadEntry>> CaseloadQuery::run(std::optional<qint64> learnerId) const
{
    const QString statement = learnerId
        ? QString::fromUtf8(caseloadSql) + QStringLiteral(" WHERE l.id = :learner")
        : CaseloadQuery::statement();
    sql::Binds binds { { QStringLiteral("today"), sql::date(m_clock.today()) } };
    if (learnerId)
        binds.append({ QStringLiteral("learner"), *learnerId });
    auto query = sql::exec(m_db, statement, binds);
    if (!query)
        return Error { tr("The caseload could not be read."), query.error().detail };

    std::vector<CaseloadEntry> entries;
    while (query->next()) {
        const QSqlQuery &q = *query;
        CaseloadEntry e;
        e.id = q.value(Id).toLongLong();
        e.firstName = q.value(FirstName).toString();
        e.lastName = q.value(LastName).toString();
        e.phase = fromCode<Phase>(q.value(PhaseCode).toString()).value_or(Phase::Referral);
        e.phaseSince = isoDate(q.value(PhaseSince));
        e.municipality = q.value(Municipality).toString();
        e.phone = q.value(Phone).toString();
        e.email = q.value(Email).toString();
        if (!q.value(ActionDescription).isNull()) {
            e.nextAction
                = CaseloadAction { q.value(ActionDescription).toString(),
                                   isoDate(q.value(ActionDue)),
                                   fromCode<ActionOwner>(q.value(ActionOwnerCode).toString())
                                       .value_or(ActionOwner::Spoc) };
        }
        if (!q.value(ContactDate).isNull()) {
            e.nextContact
                = CaseloadContact { isoDate(q.value(ContactDate)),
                                    fromCode<ContactKind>(q.value(ContactKindCode).toString())
                                        .value_or(ContactKind::Conversation),
                                    q.value(ContactWith).toString(),
                                    q.value(ContactNotes).toString() };
        }
        e.openActions = q.value(OpenActions).toInt();
        e.hasOwnOpenAction = q.value(OwnOpenAction).toInt() != 0;
        e.openBarriers = q.value(OpenBarriers).toInt();
        if (!q.value(PlacementId).isNull())
            e.placement
                = CaseloadPlacement { q.value(PlacementId).toLongLong(),
                                      q.value(WorkedDays).toInt(), q.value(TargetDays).toInt() };
        entries.push_back(std::move(e));
    }
    std::sort(entries.begin(), entries.end(), [](const CaseloadEntry &a, const CaseloadEntry &b) {
        if (const int c = a.lastName.compare(b.lastName, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (const int c = a.firstName.compare(b.firstName, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.id < b.id;
    });
    return entries;
}

} // namespace traject
