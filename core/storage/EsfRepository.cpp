// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EsfRepository.h"

#include "storage/internal/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace traject {

using esf::EsfAnswer;

namespace {

EsfAnswer readAnswer(const QSqlQuery &q)
{
    using namespace sql;
    EsfAnswer answer;
    answer.id = value(q, "id").toLongLong();
    answer.learnerId = value(q, "learner_id").toLongLong();
    answer.indicator = text(q, "indicator");
    answer.codes = text(q, "answer").split(QLatin1Char(','), Qt::SkipEmptyParts);
    answer.askedOn = toDate(value(q, "asked_on"));
    return answer;
}

const QString selectAll = QStringLiteral("SELECT * FROM esf_answer WHERE learner_id = :learner");

} // namespace

Result<std::vector<EsfAnswer>> EsfRepository::forLearner(qint64 learnerId) const
{
    auto answers = sql::select<EsfAnswer>(m_db, selectAll,
                                          { { QStringLiteral("learner"), learnerId } }, readAnswer);
    if (!answers)
        return answers;
    const auto place = [this](const EsfAnswer &answer) {
        const auto &all = m_catalogue.indicators();
        const auto found = std::find_if(all.begin(), all.end(), [&](const esf::EsfIndicator &i) {
            return i.key == answer.indicator;
        });
        return std::distance(all.begin(), found);
    };
    std::stable_sort(answers->begin(), answers->end(),
                     [&](const EsfAnswer &a, const EsfAnswer &b) { return place(a) < place(b); });
    return answers;
}

Result<std::optional<EsfAnswer>> EsfRepository::answer(qint64 learnerId,
                                                       const QString &indicator) const
{
    return sql::selectOptional<EsfAnswer>(
        m_db, selectAll + QStringLiteral(" AND indicator = :indicator"),
        { { QStringLiteral("learner"), learnerId }, { QStringLiteral("indicator"), indicator } },
        readAnswer);
}

Result<qint64> EsfRepository::record(EsfAnswer &answer)
{
    if (auto error = rejected(answer.validate(m_catalogue, m_clock.today())))
        return *error;
    const sql::Columns columns {
        { QStringLiteral("answer"), answer.codes.join(QLatin1Char(',')) },
        { QStringLiteral("asked_on"), sql::date(answer.askedOn) },
    };
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        auto earlier = this->answer(answer.learnerId, answer.indicator);
        if (!earlier)
            return earlier.error();
        if (*earlier) {
            if (auto status
                = sql::update(m_db, QStringLiteral("esf_answer"), (*earlier)->id, columns);
                !status)
                return status.error();
            answer.id = (*earlier)->id;
            return answer.id;
        }
        sql::Columns all = columns;
        all.prepend({ QStringLiteral("indicator"), answer.indicator });
        all.prepend({ QStringLiteral("learner_id"), answer.learnerId });
        auto id = sql::explain(
            sql::insert(m_db, QStringLiteral("esf_answer"), all), sql::Constraint::ForeignKey,
            tr("This learner does not exist (number %1).").arg(answer.learnerId));
        if (id)
            answer.id = *id;
        return id;
    });
}

Status EsfRepository::remove(qint64 id, Removal *removed)
{
    return removeRow(QStringLiteral("esf_answer"), id, removed);
}

} // namespace traject
