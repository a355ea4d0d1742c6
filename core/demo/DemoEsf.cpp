// SPDX-License-Identifier: GPL-3.0-or-later
// The demo learners' answers to the ESF+ indicators.
#include "demo/DemoGenerator.h"

#include "esf/EsfProposal.h"
#include "storage/EsfRepository.h"

namespace traject::demo::detail {

Status Generator::addDemoEsf(int index, const Learner &learner, const QList<Step> &steps)
{
    // Asked at the intake; a learner who has not had one was not asked yet.
    if (steps.size() < 3 || steps.at(2).phase != Phase::Intake)
        return {};
    const QDate asked = steps.at(2).date;
    EsfRepository answers(m_db, m_clock);
    auto record = [&](const char *indicator, QStringList codes, QDate on) -> Status {
        esf::EsfAnswer answer;
        answer.learnerId = learner.id;
        answer.indicator = QLatin1String(indicator);
        answer.codes = std::move(codes);
        answer.askedOn = on;
        if (auto recorded = answers.record(answer); !recorded)
            return recorded.error();
        return {};
    };
    const auto one = [](const char *code) { return QStringList(QLatin1String(code)); };
    const bool migrated = learner.migrationBackground == MigrationBackground::Yes;
    const QString proposed = esf::proposedAnswer(learner, QStringLiteral("education"));
    const char *entry[][2] = {
        { "gender", learner.gender == Gender::Male ? "man" : "woman" },
        { "labour_status",
          learner.statusBeforeStart == StatusBeforeStart::Inactive ? "inactive"
              : learner.monthsUnemployed.value_or(0) >= 12         ? "long_term_unemployed"
                                                                   : "unemployed" },
        { "education", proposed.isEmpty() ? "isced_5_8" : nullptr },
        { "disability",
          index % 7 == 2       ? "yes"
              : index % 9 == 4 ? "refused"
                               : "no" },
        { "third_country", migrated && index % 2 == 0 ? "yes" : "no" },
        { "foreign_background", migrated ? "yes" : "no" },
        { "minority",
          index % 8 == 6        ? "refused"
              : index % 11 == 3 ? "unknown"
                                : "no" },
        // Not asked yet for one in twelve: the SPOC will ask at the next contact.
        { "homeless",
          index % 12 == 11      ? nullptr
              : index % 10 == 7 ? "yes"
                                : "no" },
    };
    for (const auto &[indicator, code] : entry) {
        const QString chosen = code                                  ? QLatin1String(code)
            : QLatin1String(indicator) == QLatin1String("education") ? proposed
                                                                     : QString();
        if (chosen.isEmpty())
            continue;
        if (auto status = record(indicator, QStringList(chosen), asked); !status)
            return status;
    }

    // The results of those who left: within four weeks of leaving, and six months after.
    const Step &last = steps.last();
    if (last.phase != Phase::Outflow && last.phase != Phase::Stopped)
        return {};
    const QDate leaving = std::min(last.date.addDays(14), m_today);
    const QStringList atLeaving = last.phase == Phase::Stopped ? one("job_searching")
        : index % 3 == 0
        ? QStringList { QStringLiteral("employed"), QStringLiteral("qualification") }
        : one("qualification");
    if (auto status
        = record("result_leaving", index % 5 == 4 ? one("unknown") : atLeaving, leaving);
        !status)
        return status;
    const QDate sixMonths = last.date.addMonths(6);
    if (sixMonths <= m_today) {
        if (auto status
            = record("result_six_months",
                     last.phase == Phase::Outflow ? one("employed") : one("better"), sixMonths);
            !status)
            return status;
    }
    return {};
}

} // namespace traject::demo::detail
