// SPDX-License-Identifier: GPL-3.0-or-later
// A demo caseload with one learner whose text carries a unique marker, for the privacy tests.
#pragma once

#include "TestSupport.h"

#include "intake/IntakeTemplate.h"
#include "storage/internal/Sql.h"

#include <QSqlRecord>

namespace traject::test {

inline const QString privacyMarker = QStringLiteral("Zq7MARKERxv93");

/// A learner of the demo caseload with an intake and a barrier.
inline qint64 learnerWithIntake(const Database &db)
{
    return require(sql::scalar(db,
                               QStringLiteral("SELECT i.learner_id FROM intake i JOIN barrier b "
                                              "ON b.learner_id = i.learner_id "
                                              "ORDER BY i.learner_id LIMIT 1")));
}

/// Puts the marker in the learner's notes, a barrier description and a free-text intake answer.
inline void markLearner(const Database &db, qint64 learnerId)
{
    const sql::Binds id { { QStringLiteral("id"), learnerId } };
    require(sql::exec(
        db,
        QStringLiteral("UPDATE learner SET notes = 'Notes %1' WHERE id = :id").arg(privacyMarker),
        id));
    require(sql::exec(db,
                      QStringLiteral("UPDATE barrier SET description = 'Barrier %1' WHERE id = "
                                     "(SELECT min(id) FROM barrier WHERE learner_id = :id)")
                          .arg(privacyMarker),
                      id));
    const qint64 intakeId = require(
        sql::scalar(db, QStringLiteral("SELECT min(id) FROM intake WHERE learner_id = :id"), id));
    const QByteArray definition = require(sql::selectOne<QByteArray>(
        db,
        QStringLiteral("SELECT t.definition FROM intake_template t JOIN intake i ON "
                       "i.template_id = t.id WHERE i.id = :intake"),
        { { QStringLiteral("intake"), intakeId } },
        [](const QSqlQuery &query) { return query.value(0).toString().toUtf8(); },
        QStringLiteral("no template")));
    const auto form = require(IntakeTemplate::parse(definition));
    QString key;
    for (const auto &section : form.sections) {
        for (const auto &question : section.questions) {
            if (key.isEmpty() && question.type == AnswerType::Text)
                key = question.key;
        }
    }
    REQUIRE_FALSE(key.isEmpty());
    require(
        sql::exec(db,
                  QStringLiteral("INSERT OR REPLACE INTO intake_answer (intake_id, question, "
                                 "value, saved_at) VALUES (:intake, :question, :value, "
                                 "'2025-01-01T10:00:00')"),
                  { { QStringLiteral("intake"), intakeId },
                    { QStringLiteral("question"), key },
                    { QStringLiteral("value"), QStringLiteral("Answer %1").arg(privacyMarker) } }));
}

/// Every text value of every table that contains needle, as "table.column".
inline QStringList textContaining(const Database &db, const QString &needle)
{
    auto tables = require(sql::exec(db,
                                    QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                                   "'table' AND name NOT LIKE 'sqlite_%'")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QStringList found;
    for (const auto &name : names) {
        auto rows = require(sql::exec(db, QStringLiteral("SELECT * FROM \"%1\"").arg(name)));
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.value(i).typeId() == QMetaType::QString
                    && record.value(i).toString().contains(needle, Qt::CaseInsensitive))
                    found.append(name + QLatin1Char('.') + record.fieldName(i));
            }
        }
    }
    return found;
}

} // namespace traject::test
