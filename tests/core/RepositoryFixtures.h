// SPDX-License-Identifier: GPL-3.0-or-later
// Small builders shared by the repository tests: valid rows with as few fields as possible.
#pragma once

#include "TestSupport.h"

#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/internal/Sql.h"

namespace traject::test {

inline qint64 addLearner(Database &db, const Clock &clock,
                         const QString &lastName = QStringLiteral("Peeters"))
{
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = lastName;
    return require(LearnerRepository(db, clock).add(learner));
}

inline qint64 addPerson(Database &db, const Clock &clock,
                        const QString &name = QStringLiteral("Els Janssens"))
{
    ContactPerson person;
    person.name = name;
    return require(OrganisationRepository(db, clock).addPerson(person));
}

/// A programme with three modules: typical semesters 1, 0 (any) and 2.
inline Programme sampleProgramme()
{
    Programme programme;
    programme.name = QStringLiteral("Kinderbegeleider (test)");
    programme.totalLestijden = 120;
    programme.modules = {
        Module { 0, 1, QStringLiteral("EHBO"), 40, 0, false, false, 1 },
        Module { 0, 2, QStringLiteral("Basisverzorging"), 40, 50, false, false, 0 },
        Module { 0, 3, QStringLiteral("Stage"), 80, 100, true, false, 2 },
    };
    return programme;
}

inline Programme addProgramme(Database &db, const Clock &clock)
{
    Programme programme = sampleProgramme();
    (void)require(ProgrammeRepository(db, clock).add(programme));
    return programme;
}

/// Rows of a table matching a condition, e.g. rowCount(db, "placement", "learner_id = 3").
inline qint64 rowCount(const Database &db, const char *table,
                       const QString &where = QStringLiteral("1"))
{
    return require(sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(QLatin1String(table), where)));
}

} // namespace traject::test
