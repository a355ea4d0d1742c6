// SPDX-License-Identifier: GPL-3.0-or-later
#include "AftercareProposal.h"

#include "Session.h"
#include "storage/Database.h"
#include "storage/DeletionSnapshot.h"
#include "storage/LogbookRepository.h"

#include <QCoreApplication>

#include <memory>

namespace traject {

namespace {

/// One stretch of the template: from/until a number of months after the training end, a contact
/// every so many days or months.
struct TemplateStep
{
    int fromMonths;
    int untilMonths;
    int everyDays; // 0: use everyMonths
    int everyMonths;
    ContactKind kind;
    const char *note;
};

constexpr TemplateStep aftercareTemplate[] = {
    { 0, 3, 14, 0, ContactKind::Phone,
      QT_TRANSLATE_NOOP("AftercareProposal", "Aftercare: check-in (every two weeks)") },
    { 3, 6, 0, 1, ContactKind::Conversation,
      QT_TRANSLATE_NOOP("AftercareProposal", "Aftercare: monthly follow-up conversation") },
};

QDate weekdayOnOrAfter(QDate day)
{
    const int weekday = day.dayOfWeek();
    return weekday >= 6 ? day.addDays(8 - weekday) : day;
}

const QString Table = QStringLiteral("contact_moment");

} // namespace

std::vector<ProposedContact> proposeAftercareContacts(QDate trainingEnd)
{
    std::vector<ProposedContact> proposals;
    if (!trainingEnd.isValid())
        return proposals;
    for (const auto &step : aftercareTemplate) {
        const QDate start = trainingEnd.addMonths(step.fromMonths);
        const QDate until = trainingEnd.addMonths(step.untilMonths);
        for (int k = 1;; ++k) {
            const QDate day = step.everyDays > 0
                ? start.addDays(qint64(k) * step.everyDays)
                : trainingEnd.addMonths(step.fromMonths + k * step.everyMonths);
            if (day > until)
                break;
            const QDate moved = weekdayOnOrAfter(day);
            if (!proposals.empty() && moved <= proposals.back().date)
                continue;
            proposals.push_back(
                { moved, step.kind, QCoreApplication::translate("AftercareProposal", step.note) });
        }
    }
    return proposals;
}

ContactMoment plannedAftercareContact(qint64 learnerId, const ProposedContact &proposed)
{
    ContactMoment moment;
    moment.learnerId = learnerId;
    moment.date = proposed.date;
    moment.kind = proposed.kind;
    moment.status = ContactStatus::Planned;
    moment.notes = proposed.note.trimmed();
    moment.aftercare = true;
    return moment;
}

Result<std::vector<qint64>> createAftercareContacts(Session &session, qint64 learnerId,
                                                    const std::vector<ProposedContact> &contacts)
{
    struct State
    {
        std::vector<ContactMoment> moments;
        std::vector<DeletionSnapshot> removed; // filled by undo, used by redo
    };
    auto state = std::make_shared<State>();
    for (const auto &contact : contacts)
        state->moments.push_back(plannedAftercareContact(learnerId, contact));

    Database &db = session.database();
    const Clock &clock = session.clock();
    auto apply = [&db, &clock, state]() -> Status {
        Transaction transaction(db);
        if (auto started = transaction.status(); !started)
            return started;
        if (state->removed.empty()) {
            LogbookRepository logbook(db, clock);
            for (auto &moment : state->moments) {
                moment.id = 0;
                if (auto id = logbook.add(moment); !id)
                    return id.error();
            }
        } else {
            for (const auto &snapshot : state->removed) {
                if (auto status = snapshot.restore(db); !status)
                    return status;
            }
        }
        if (auto status = transaction.commit(); !status)
            return status;
        state->removed.clear();
        return {};
    };
    auto revert = [&db, state]() -> Status {
        Transaction transaction(db);
        if (auto started = transaction.status(); !started)
            return started;
        std::vector<DeletionSnapshot> removed;
        for (const auto &moment : state->moments) {
            auto snapshot = DeletionSnapshot::capture(db, Table, moment.id);
            if (!snapshot)
                return snapshot.error();
            removed.push_back(std::move(snapshot).value());
            if (auto status = DeletionSnapshot::remove(db, Table, moment.id); !status)
                return status;
        }
        if (auto status = transaction.commit(); !status)
            return status;
        state->removed = std::move(removed);
        return {};
    };
    const int count = static_cast<int>(contacts.size());
    if (auto status
        = session.edit(QCoreApplication::translate("AftercareProposal",
                                                   "Plan %n aftercare contact(s)", nullptr, count),
                       learnerId, apply, revert);
        !status)
        return status.error();
    std::vector<qint64> ids;
    for (const auto &moment : state->moments)
        ids.push_back(moment.id);
    return ids;
}

} // namespace traject
