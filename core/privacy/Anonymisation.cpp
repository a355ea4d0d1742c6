// SPDX-License-Identifier: GPL-3.0-or-later
#include "Anonymisation.h"

#include "domain/Enums.h"
#include "privacy/Erasure.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QHash>

namespace traject {

namespace {

/// Removes every answer of the learner's intakes: free text tells a story, and the choices
/// (statute, languages, family situation) together single a person out. Returns how many.
Result<int> removeIntakeAnswers(const Database &db, qint64 learnerId)
{
    const sql::Binds id { { QStringLiteral("id"), learnerId } };
    const QString ofLearner
        = QStringLiteral("intake_id IN (SELECT id FROM intake WHERE learner_id = :id)");
    auto count = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM intake_answer WHERE %1").arg(ofLearner), id);
    if (!count)
        return count.error();
    if (auto removed
        = sql::exec(db, QStringLiteral("DELETE FROM intake_answer WHERE %1").arg(ofLearner), id);
        !removed)
        return removed.error();
    return static_cast<int>(*count);
}

} // namespace

Status Anonymisation::anonymiseLearner(Database &database, const Clock &clock, qint64 learnerId)
{
    const sql::Binds id { { QStringLiteral("id"), learnerId } };
    auto done = sql::inTransaction(database, [&]() -> Status {
        auto exists = sql::scalar(
            database, QStringLiteral("SELECT count(*) FROM learner WHERE id = :id"), id);
        if (!exists)
            return exists.error();
        if (*exists == 0)
            return Error { Erasure::tr("There is no learner with number %1.").arg(learnerId), {} };

        const QStringList statements {
            QStringLiteral(
                "UPDATE learner SET first_name = '%1', last_name = '', phone = '', "
                "email = '', street = '', postal_code = '', municipality = '', "
                "national_number = '', vdab_client_number = '', foreign_diploma = '', "
                "referrer_note = '', notes = '', "
                "statute = '', home_language = '', referrer_id = NULL, "
                "birth_date = CASE WHEN birth_date IS NULL OR birth_date = '' THEN birth_date "
                "ELSE substr(birth_date, 1, 4) || '-01-01' END WHERE id = :id")
                .arg(anonymousFirstName()),
            // The children stay counted (and how they are cared for); their years go.
            QStringLiteral("UPDATE learner_child SET note = '', birth_year = 0 "
                           "WHERE learner_id = :id"),
            QStringLiteral("UPDATE phase_change SET reason_text = '' WHERE learner_id = :id"),
            // Who guided the learner (mentor, coach, partner) points at the person.
            QStringLiteral("DELETE FROM role_assignment WHERE learner_id = :id"),
            QStringLiteral("UPDATE enrolment SET notes = '' WHERE learner_id = :id"),
            QStringLiteral("UPDATE module_plan SET retake_reason = '' WHERE enrolment_id IN "
                           "(SELECT id FROM enrolment WHERE learner_id = :id)"),
            QStringLiteral("UPDATE placement SET notes = '', site_id = NULL, mentor_id = NULL, "
                           "supervisor_id = NULL WHERE learner_id = :id"),
            QStringLiteral("UPDATE placement_day SET note = '' WHERE placement_id IN "
                           "(SELECT id FROM placement WHERE learner_id = :id)"),
            QStringLiteral("UPDATE barrier SET notes = '' WHERE learner_id = :id"),
            QStringLiteral("UPDATE action SET description = '', outcome = '', "
                           "partner_person_id = NULL WHERE learner_id = :id"),
            QStringLiteral("UPDATE contact_moment SET notes = '', with_whom = '' "
                           "WHERE learner_id = :id"),
            QStringLiteral("UPDATE aftercare SET notes = '' WHERE learner_id = :id"),
            QStringLiteral("UPDATE outcome SET notes = '', employer = '' WHERE learner_id = :id"),
            QStringLiteral("UPDATE intake SET reason_text = '' WHERE learner_id = :id"),
            QStringLiteral("DELETE FROM support_person WHERE learner_id = :id"),
            QStringLiteral("DELETE FROM consent WHERE learner_id = :id"),
            // A kept plan is a PDF with the learner's name and story: it goes.
            QStringLiteral("DELETE FROM plan_version WHERE learner_id = :id"),
        };
        for (const auto &statement : statements) {
            if (auto run = sql::exec(database, statement, id); !run)
                return run.error();
        }
        // A barrier keeps its category as its description.
        auto barriers = sql::exec(database,
                                  QStringLiteral("SELECT id, category FROM barrier "
                                                 "WHERE learner_id = :id"),
                                  id);
        if (!barriers)
            return barriers.error();
        QList<QPair<qint64, int>> categories;
        while (barriers->next())
            categories.append({ barriers->value(0).toLongLong(), barriers->value(1).toInt() });
        for (const auto &[barrierId, category] : std::as_const(categories)) {
            auto updated = sql::exec(
                database, QStringLiteral("UPDATE barrier SET description = :text WHERE id = :id"),
                { { QStringLiteral("text"), label(static_cast<BarrierCategory>(category)) },
                  { QStringLiteral("id"), barrierId } });
            if (!updated)
                return updated.error();
        }
        auto answers = removeIntakeAnswers(database, learnerId);
        if (!answers)
            return answers.error();
        auto logged = AuditLog(database, clock)
                          .append(AuditAction::Anonymise, learnerSubject(learnerId),
                                  QStringLiteral("barrier %1, intake_answer %2")
                                      .arg(categories.size())
                                      .arg(*answers));
        if (!logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done;
    if (auto compacted = compactDatabase(database); !compacted)
        return Error { tr("The learner was anonymised, but the database file could not be "
                          "compacted; old text may still be readable in it until it is."),
                       compacted.error().toString() };
    return {};
}

Result<std::vector<RetentionCandidate>> Anonymisation::retentionCandidates(const Database &database,
                                                                           QDate today, int years)
{
    const QDate before = today.addYears(-years);
    return sql::select<RetentionCandidate>(
        database,
        QStringLiteral("SELECT id, first_name, last_name, phase, phase_since FROM learner "
                       "WHERE phase IN ('outflow', 'stopped') AND phase_since IS NOT NULL "
                       "AND phase_since < :before AND first_name <> :anonymous "
                       "ORDER BY phase_since, id"),
        { { QStringLiteral("before"), sql::date(before) },
          { QStringLiteral("anonymous"), anonymousFirstName() } },
        [](const QSqlQuery &query) {
            RetentionCandidate candidate;
            candidate.learnerId = sql::value(query, "id").toLongLong();
            candidate.name
                = sql::text(query, "first_name") + QLatin1Char(' ') + sql::text(query, "last_name");
            candidate.phase = sql::text(query, "phase");
            candidate.endedOn = sql::toDate(sql::value(query, "phase_since"));
            return candidate;
        });
}

} // namespace traject
