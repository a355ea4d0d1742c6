// SPDX-License-Identifier: GPL-3.0-or-later
#include "Overview.h"

#include "Clock.h"
#include "domain/Learner.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace traject {

namespace {

// The placement days of the week, through placement_day_date.
const char *const placementDaysSql = R"(
SELECT p.id, p.learner_id, l.first_name, l.last_name, o.name, d.date
  FROM placement_day d
  JOIN placement p ON p.id = d.placement_id
  JOIN learner l ON l.id = p.learner_id
  LEFT JOIN organisation o ON o.id = p.site_id
 WHERE d.date BETWEEN :monday AND :sunday AND d.status <> 'cancelled'
 ORDER BY p.id, d.date
)";

// Per learner one range of contact_moment_status (learner_id, status, date); CROSS JOIN keeps
// SQLite from scanning every contact moment instead.
const char *const appointmentsSql = R"(
SELECT l.id, l.first_name, l.last_name, c.date, c.kind, c.status, c.with_whom
  FROM learner l
 CROSS JOIN contact_moment c ON c.learner_id = l.id AND c.status IN ('planned', 'done')
                       AND c.date BETWEEN :monday AND :sunday
)";

// Per learner one range of action_open (learner_id, done_date, due_date, owner).
const char *const dueActionsSql = R"(
SELECT l.id, l.first_name, l.last_name, a.description, a.due_date, a.owner
  FROM learner l
 CROSS JOIN action a ON a.learner_id = l.id AND a.done_date IS NULL AND a.due_date <= :sunday
)";

// The participants who left (outflow or stopped after taking part), with the day they left and
// whether their ESF+ results are recorded.
const char *const esfResultsSql = R"(
SELECT l.id, l.first_name, l.last_name,
       (SELECT max(pc.date) FROM phase_change pc WHERE pc.learner_id = l.id) AS left_on,
       EXISTS (SELECT 1 FROM esf_answer e
                WHERE e.learner_id = l.id AND e.indicator = 'result_leaving') AS at_leaving,
       EXISTS (SELECT 1 FROM esf_answer e
                WHERE e.learner_id = l.id AND e.indicator = 'result_six_months') AS six_months
  FROM learner l
 WHERE l.phase IN ('outflow', 'stopped')
   AND EXISTS (SELECT 1 FROM phase_change pc WHERE pc.learner_id = l.id AND pc.to_phase IN
               ('intake', 'orientation', 'pre_trajectory', 'training', 'aftercare'))
)";

// The learners in an active phase with their last contact moment done (contact_moment_status)
// and their registration (phase_change_learner).
const char *const silentSql = R"(
SELECT l.id, l.first_name, l.last_name, l.phase,
       (SELECT max(c.date) FROM contact_moment c
         WHERE c.learner_id = l.id AND c.status = 'done' AND c.date <= :today) AS last_contact,
       (SELECT min(pc.date) FROM phase_change pc WHERE pc.learner_id = l.id) AS registered
  FROM learner l
 WHERE l.phase NOT IN ('paused', 'stopped', 'outflow')
)";

// The first day each learner reached each stage (the rule is in Overview.h), counted per stage
// for the period. One pass over phase_change in learner order (phase_change_learner).
const char *const funnelSql = R"(
WITH ranked AS (
  SELECT learner_id, date,
         CASE
           WHEN to_phase = 'aftercare'
                OR (to_phase = 'outflow' AND from_phase IN ('training', 'aftercare')) THEN 3
           WHEN to_phase = 'training' THEN 2
           WHEN to_phase IN ('intake', 'orientation', 'pre_trajectory') THEN 1
           ELSE 0
         END AS stage
    FROM phase_change
), firsts AS (
  SELECT learner_id,
         min(date) AS registered,
         min(CASE WHEN stage >= 1 THEN date END) AS intake,
         min(CASE WHEN stage >= 2 THEN date END) AS started,
         min(CASE WHEN stage >= 3 THEN date END) AS qualified
    FROM ranked GROUP BY learner_id
)
SELECT coalesce(sum(registered BETWEEN :from AND :to), 0),
       coalesce(sum(intake BETWEEN :from AND :to), 0),
       coalesce(sum(started BETWEEN :from AND :to), 0),
       coalesce(sum(qualified BETWEEN :from AND :to), 0),
       (SELECT count(*) FROM outcome
         WHERE kind IN ('job_childcare', 'job_other') AND date BETWEEN :from AND :to)
  FROM firsts
)";

const char *const stopsSql = R"(
SELECT from_phase, reason_code, count(*)
  FROM phase_change
 WHERE to_phase = 'stopped' AND date BETWEEN :from AND :to
 GROUP BY from_phase, reason_code
)";

const char *const barriersSql = R"(
SELECT category, status, count(*) FROM barrier GROUP BY category, status
)";

// Learners in training with their work-place learning that has started: the worked days of all
// those placements (placement_day_status) and the target of the latest (placement_learner_kind).
const char *const progressSql = R"(
SELECT l.id, l.first_name, l.last_name,
       (SELECT count(*) FROM placement p JOIN placement_day d ON d.placement_id = p.id
         WHERE p.learner_id = l.id AND p.kind = 'workplace_learning'
           AND d.status = 'worked') AS worked,
       (SELECT p.target_days FROM placement p
         WHERE p.learner_id = l.id AND p.kind = 'workplace_learning'
         ORDER BY p.start_date DESC, p.id DESC LIMIT 1) AS target
  FROM learner l
 WHERE l.phase = 'training'
   AND EXISTS (SELECT 1 FROM placement p
                WHERE p.learner_id = l.id AND p.kind = 'workplace_learning'
                  AND p.start_date <= :today)
)";

QString fullName(const QSqlQuery &q, int first)
{
    return q.value(first).toString() + QLatin1Char(' ') + q.value(first + 1).toString();
}

bool byName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) < 0;
}

Error failed(const Error &error)
{
    return Error { Overview::tr("The overview could not be read."), error.detail };
}

template<typename E>
std::vector<Overview::ReasonCount> sortedReasons(const QHash<QString, int> &counts)
{
    std::vector<Overview::ReasonCount> reasons;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto value = fromCode<E>(it.key());
        reasons.push_back(
            { it.key(), value ? label(*value) : Overview::tr("No reason given"), it.value() });
    }
    std::sort(reasons.begin(), reasons.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return reasons;
}

Status readThisWeek(const Database &db, Overview &o)
{
    const sql::Binds week { { QStringLiteral("monday"), sql::date(o.weekStart) },
                            { QStringLiteral("sunday"), sql::date(o.weekEnd) } };
    auto days = sql::exec(db, QString::fromUtf8(placementDaysSql), week);
    if (!days)
        return failed(days.error());
    qint64 current = 0;
    while (days->next()) {
        const QSqlQuery &q = *days;
        if (q.value(0).toLongLong() != current || o.placementDays.empty()) {
            current = q.value(0).toLongLong();
            o.placementDays.push_back(
                { q.value(1).toLongLong(), fullName(q, 2), q.value(4).toString(), {} });
        }
        o.placementDays.back().days.append(sql::toDate(q.value(5)));
    }
    std::stable_sort(o.placementDays.begin(), o.placementDays.end(),
                     [](const auto &a, const auto &b) { return byName(a.name, b.name); });

    auto contacts = sql::exec(db, QString::fromUtf8(appointmentsSql), week);
    if (!contacts)
        return failed(contacts.error());
    while (contacts->next()) {
        const QSqlQuery &q = *contacts;
        o.appointments.push_back(
            { q.value(0).toLongLong(), fullName(q, 1), sql::toDate(q.value(3)),
              fromCode<ContactKind>(q.value(4).toString()).value_or(ContactKind::Conversation),
              fromCode<ContactStatus>(q.value(5).toString()).value_or(ContactStatus::Planned),
              q.value(6).toString() });
    }
    std::sort(o.appointments.begin(), o.appointments.end(), [](const auto &a, const auto &b) {
        return a.date != b.date ? a.date < b.date : byName(a.name, b.name);
    });

    auto actions = sql::exec(db, QString::fromUtf8(dueActionsSql),
                             { { QStringLiteral("sunday"), sql::date(o.weekEnd) } });
    if (!actions)
        return failed(actions.error());
    while (actions->next()) {
        const QSqlQuery &q = *actions;
        const QDate due = sql::toDate(q.value(4));
        o.dueActions.push_back(
            { q.value(0).toLongLong(), fullName(q, 1), q.value(3).toString(), due,
              fromCode<ActionOwner>(q.value(5).toString()).value_or(ActionOwner::Spoc),
              due < o.today });
    }
    // The ESF+ results to ask: on leaving (from the day they left) and six months later.
    auto results = sql::exec(db, QString::fromUtf8(esfResultsSql));
    if (!results)
        return failed(results.error());
    while (results->next()) {
        const QSqlQuery &q = *results;
        const QDate left = sql::toDate(q.value(3));
        if (!left.isValid())
            continue;
        const auto remind = [&](QDate due, const QString &what) {
            if (due <= o.weekEnd)
                o.dueActions.push_back({ q.value(0).toLongLong(), fullName(q, 1), what, due,
                                         ActionOwner::Spoc, due < o.today });
        };
        if (!q.value(4).toBool())
            remind(left, Overview::tr("ESF+: ask the situation on leaving"));
        if (!q.value(5).toBool())
            remind(left.addMonths(6),
                   Overview::tr("ESF+: ask the situation six months after "
                                "leaving"));
    }
    std::sort(o.dueActions.begin(), o.dueActions.end(), [](const auto &a, const auto &b) {
        return a.due != b.due ? a.due < b.due : byName(a.name, b.name);
    });
    return {};
}

Status readSilent(const Database &db, Overview &o)
{
    auto rows = sql::exec(db, QString::fromUtf8(silentSql),
                          { { QStringLiteral("today"), sql::date(o.today) } });
    if (!rows)
        return failed(rows.error());
    while (rows->next()) {
        const QSqlQuery &q = *rows;
        const QDate last = sql::toDate(q.value(4));
        const QDate since = last.isValid() ? last : sql::toDate(q.value(5));
        if (!since.isValid())
            continue;
        const int days = static_cast<int>(since.daysTo(o.today));
        if (days <= o.noContactDays)
            continue;
        o.silent.push_back({ q.value(0).toLongLong(), fullName(q, 1),
                             fromCode<Phase>(q.value(3).toString()).value_or(Phase::Referral), last,
                             days });
    }
    std::sort(o.silent.begin(), o.silent.end(), [](const auto &a, const auto &b) {
        return a.days != b.days ? a.days > b.days : byName(a.name, b.name);
    });
    return {};
}

Status readFunnel(const Database &db, Overview &o)
{
    Overview::Funnel &f = o.funnel;
    const sql::Binds period { { QStringLiteral("from"), sql::date(f.from) },
                              { QStringLiteral("to"), sql::date(f.to) } };
    auto counts = sql::exec(db, QString::fromUtf8(funnelSql), period);
    if (!counts)
        return failed(counts.error());
    if (counts->next()) {
        for (int i = 0; i < funnelStageCount; ++i)
            f.reached[static_cast<size_t>(i)] = counts->value(i).toInt();
    }

    auto stops = sql::exec(db, QString::fromUtf8(stopsSql), period);
    if (!stops)
        return failed(stops.error());
    QHash<QString, int> nonEntries;
    QHash<QString, int> stopReasons;
    while (stops->next()) {
        const auto from = fromCode<Phase>(stops->value(0).toString());
        const QString reason = stops->value(1).toString();
        const int n = stops->value(2).toInt();
        if (from && reasonListFor(*from, Phase::Stopped) == ReasonList::NonEntry) {
            nonEntries[reason] += n;
            f.nonEntryTotal += n;
        } else {
            stopReasons[reason] += n;
            f.stopTotal += n;
        }
    }
    f.nonEntries = sortedReasons<NonEntryReason>(nonEntries);
    f.stops = sortedReasons<StopReason>(stopReasons);
    return {};
}

Status readBarriers(const Database &db, Overview &o)
{
    for (const BarrierCategory category : allValues<BarrierCategory>())
        o.barriers.push_back({ category, 0, 0, 0 });
    auto rows = sql::exec(db, QString::fromUtf8(barriersSql));
    if (!rows)
        return failed(rows.error());
    while (rows->next()) {
        const int category = rows->value(0).toInt();
        if (category < 1 || category > static_cast<int>(o.barriers.size()))
            continue;
        auto &counts = o.barriers[static_cast<size_t>(category - 1)];
        const auto status = fromCode<BarrierStatus>(rows->value(1).toString());
        const int n = rows->value(2).toInt();
        if (status == BarrierStatus::Solved)
            counts.solved += n;
        else if (status == BarrierStatus::Lasting)
            counts.lasting += n;
        else
            counts.open += n;
    }
    return {};
}

Status readProgress(const Database &db, Overview &o)
{
    auto rows = sql::exec(db, QString::fromUtf8(progressSql),
                          { { QStringLiteral("today"), sql::date(o.today) } });
    if (!rows)
        return failed(rows.error());
    while (rows->next()) {
        const QSqlQuery &q = *rows;
        o.progress.push_back(
            { q.value(0).toLongLong(), fullName(q, 1), q.value(3).toInt(), q.value(4).toInt() });
    }
    std::sort(o.progress.begin(), o.progress.end(),
              [](const auto &a, const auto &b) { return byName(a.name, b.name); });
    for (const auto &p : o.progress) {
        const bool reached = p.targetDays > 0 && p.workedDays >= p.targetDays;
        const int bucket = reached ? 4 : std::min(3, p.percent() / 25);
        ++o.progressBuckets[static_cast<size_t>(bucket)];
    }
    return {};
}

} // namespace

QString funnelStageLabel(FunnelStage stage)
{
    switch (stage) {
    case FunnelStage::Registered:
        return Overview::tr("Registered");
    case FunnelStage::Intake:
        return Overview::tr("Intake");
    case FunnelStage::Started:
        return Overview::tr("Started training");
    case FunnelStage::Qualified:
        return Overview::tr("Qualified");
    case FunnelStage::Employed:
        return Overview::tr("Employed");
    }
    return {};
}

int Overview::PlacementProgress::percent() const
{
    if (targetDays <= 0)
        return 0;
    return std::min(100, workedDays * 100 / targetDays);
}

QString Overview::progressBucketLabel(int bucket)
{
    switch (bucket) {
    case 0:
        return tr("0–25 %");
    case 1:
        return tr("25–50 %");
    case 2:
        return tr("50–75 %");
    case 3:
        return tr("75–100 %");
    default:
        return tr("Target reached");
    }
}

Overview::Options Overview::defaultOptions(QDate today)
{
    return Options { QDate(today.year(), 1, 1), QDate(today.year(), 12, 31), 30 };
}

Result<Overview> Overview::make(const Database &database, const Clock &clock,
                                const Options &options)
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return Error { tr("Choose a period whose first day lies before its last day."), {} };
    Overview o;
    o.today = clock.today();
    o.weekStart = o.today.addDays(1 - o.today.dayOfWeek());
    o.weekEnd = o.weekStart.addDays(6);
    o.noContactDays = std::max(0, options.noContactDays);
    o.funnel.from = options.from;
    o.funnel.to = options.to;

    for (auto read : { readThisWeek, readSilent, readFunnel, readBarriers, readProgress }) {
        if (auto status = read(database, o); !status)
            return status.error();
    }
    return o;
}

} // namespace traject
