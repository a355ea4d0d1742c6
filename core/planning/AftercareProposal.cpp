// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/AftercareProposal.h"

#include <QCoreApplication>

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

} // namespace traject
