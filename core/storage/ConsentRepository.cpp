// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ConsentRepository.h"

#include "storage/internal/Sql.h"

#include <QSqlQuery>

namespace traject {

namespace {

Consent readConsent(const QSqlQuery &q)
{
    using namespace sql;
    Consent consent;
    consent.id = value(q, "id").toLongLong();
    consent.learnerId = value(q, "learner_id").toLongLong();
    consent.recipient = enumValue(q, "recipient", ConsentRecipient::Other);
    consent.recipientName = text(q, "recipient_name");
    consent.givenOn = toDate(value(q, "given_on"));
    consent.withdrawnOn = toDate(value(q, "withdrawn_on"));
    consent.shares = consentSharesFromCode(text(q, "shares"));
    consent.note = text(q, "note");
    return consent;
}

sql::Columns consentColumns(const Consent &consent)
{
    return {
        { QStringLiteral("recipient"), toCode(consent.recipient) },
        { QStringLiteral("recipient_name"), consent.recipientName.trimmed() },
        { QStringLiteral("given_on"), sql::date(consent.givenOn) },
        { QStringLiteral("withdrawn_on"), sql::date(consent.withdrawnOn) },
        { QStringLiteral("shares"), consentSharesCode(consent.shares) },
        { QStringLiteral("note"), consent.note },
    };
}

const QString selectAll = QStringLiteral("SELECT * FROM consent ");
const QString newestFirst = QStringLiteral(" ORDER BY given_on DESC, id DESC");

} // namespace

Result<qint64> ConsentRepository::add(Consent &consent)
{
    if (auto error = rejected(consent.validate(m_clock.today())))
        return *error;
    auto columns = consentColumns(consent);
    columns.prepend({ QStringLiteral("learner_id"), consent.learnerId });
    auto id = sql::explain(sql::insert(m_db, QStringLiteral("consent"), columns),
                           sql::Constraint::ForeignKey,
                           tr("This learner does not exist (number %1).").arg(consent.learnerId));
    if (id)
        consent.id = *id;
    return id;
}

Status ConsentRepository::update(const Consent &consent)
{
    if (auto error = rejected(consent.validate(m_clock.today())))
        return *error;
    return sql::update(m_db, QStringLiteral("consent"), consent.id, consentColumns(consent));
}

Status ConsentRepository::remove(qint64 id, Removal *removed)
{
    return removeRow(QStringLiteral("consent"), id, removed);
}

Result<Consent> ConsentRepository::get(qint64 id) const
{
    return sql::selectOne<Consent>(m_db, selectAll + QStringLiteral("WHERE id = :id"),
                                   { { QStringLiteral("id"), id } }, readConsent,
                                   tr("This consent does not exist (number %1).").arg(id));
}

Result<std::vector<Consent>> ConsentRepository::forLearner(qint64 learnerId) const
{
    return sql::select<Consent>(
        m_db, selectAll + QStringLiteral("WHERE learner_id = :learner") + newestFirst,
        { { QStringLiteral("learner"), learnerId } }, readConsent);
}

Result<std::vector<Consent>> ConsentRepository::partnerConsents(qint64 learnerId, QDate day) const
{
    auto all = forLearner(learnerId);
    if (!all)
        return all.error();
    std::vector<Consent> holding;
    for (Consent &consent : *all) {
        if (consent.recipient != ConsentRecipient::Workplace && consent.isActiveOn(day))
            holding.push_back(std::move(consent));
    }
    return holding;
}

} // namespace traject
