// SPDX-License-Identifier: GPL-3.0-or-later
#include "Learner.h"

#include "NationalNumber.h"

#include <algorithm>

namespace traject {

QString Learner::fullName() const
{
    return (firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
}

QString Learner::fileTag() const
{
    QString initials;
    for (const QString &name : { firstName, lastName }) {
        for (const QChar c : name) {
            if (c.isLetter()) {
                initials += c.toUpper();
                break;
            }
        }
    }
    return initials.isEmpty() ? QString::number(id) : QStringLiteral("%1-%2").arg(id).arg(initials);
}

std::optional<int> Learner::ageOn(QDate day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return std::nullopt;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month()
        || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

Problems Learner::validate(QDate today) const
{
    Problems problems;
    auto add = [&problems](const char *field, const QString &message) {
        problems.append({ QString::fromLatin1(field), message });
    };

    if (firstName.trimmed().isEmpty())
        add("firstName", tr("Fill in the first name."));
    if (lastName.trimmed().isEmpty())
        add("lastName", tr("Fill in the last name."));

    if (birthDate.isValid()) {
        const int age = ageOn(today).value_or(0);
        if (birthDate > today)
            add("birthDate", tr("The birth date lies in the future."));
        else if (age < 15)
            add("birthDate",
                tr("According to this birth date the learner is %1: too young for this trajectory.")
                    .arg(age));
        else if (age > 80)
            add("birthDate",
                tr("According to this birth date the learner is %1: please check the date.")
                    .arg(age));
    }

    if (!phone.trimmed().isEmpty() && !check::isPhone(phone))
        add("phone",
            tr("This phone number is not valid: use digits (at least 9), spaces and an optional "
               "+."));
    if (!email.trimmed().isEmpty() && !check::isEmail(email))
        add("email", tr("This e-mail address is not valid (example: naam@voorbeeld.be)."));
    if (!postalCode.trimmed().isEmpty() && !check::isPostalCode(postalCode))
        add("postalCode", tr("A Belgian postal code has four digits, for example 8000."));

    if (!nationalNumber.trimmed().isEmpty()) {
        QString problem;
        const auto number = NationalNumber::parse(nationalNumber, &problem);
        if (!number) {
            add("nationalNumber", problem);
        } else if (number->birthDate() && birthDate.isValid()
                   && *number->birthDate() != birthDate) {
            add("nationalNumber",
                tr("The national register number belongs to someone born on %1, not on %2.")
                    .arg(number->birthDate()->toString(QStringLiteral("dd/MM/yyyy")),
                         birthDate.toString(QStringLiteral("dd/MM/yyyy"))));
        }
    }

    if (const QString client = QString(vdabClientNumber).remove(QLatin1Char(' ')); !client.isEmpty()
        && (client.size() > 12
            || !std::all_of(client.begin(), client.end(), [](QChar c) { return c.isDigit(); })))
        add("vdabClientNumber",
            tr("A VDAB client number has only digits (at most 12), as VDAB gives it."));

    if (monthsUnemployed && (*monthsUnemployed < 0 || *monthsUnemployed > 600))
        add("monthsUnemployed", tr("The number of months unemployed must lie between 0 and 600."));

    for (const auto &child : children) {
        if (child.birthYear != 0 && (child.birthYear < 1950 || child.birthYear > today.year())) {
            add("children", tr("A child's birth year must lie between 1950 and this year."));
            break;
        }
    }

    if (diplomaRecognition != DiplomaRecognition::None && foreignDiploma.trimmed().isEmpty())
        add("foreignDiploma", tr("Name the foreign diploma whose recognition is tracked."));

    if (phaseSince.isValid() && phaseSince > today)
        add("phaseSince", tr("The start of the current phase lies in the future."));

    return problems;
}

ReasonList reasonListFor(Phase from, Phase to)
{
    if (to != Phase::Stopped && to != Phase::Paused)
        return ReasonList::None;
    const auto order = phaseOrder(from);
    const bool beforeEntry = order && *order <= static_cast<int>(Phase::Orientation);
    if (to == Phase::Stopped && beforeEntry)
        return ReasonList::NonEntry;
    return ReasonList::Stop;
}

Problems validatePhaseChange(Phase current, QDate currentSince, const PhaseChange &change,
                             QDate today, std::optional<Phase> resumeAt)
{
    Problems problems;
    auto add = [&problems](const char *field, const QString &message) {
        problems.append({ QString::fromLatin1(field), message });
    };

    if (!change.date.isValid())
        add("date", PhaseChange::tr("Fill in the date of the phase change."));
    else if (change.date > today)
        add("date", PhaseChange::tr("A phase change cannot be dated in the future."));
    else if (currentSince.isValid() && change.date < currentSince)
        add("date",
            PhaseChange::tr("The date lies before the start of the current phase (%1).")
                .arg(currentSince.toString(QStringLiteral("dd/MM/yyyy"))));

    if (change.to == current) {
        add("to",
            PhaseChange::tr("The learner is already in the phase \"%1\".").arg(label(current)));
        return problems;
    }

    const auto fromOrder = phaseOrder(current);
    const auto toOrder = phaseOrder(change.to);
    if (fromOrder && toOrder && *toOrder < *fromOrder)
        add("to",
            PhaseChange::tr("A trajectory does not go back from \"%1\" to \"%2\". "
                            "Use a pause or a stop, or undo the last change.")
                .arg(label(current), label(change.to)));
    if (current == Phase::Paused && resumeAt && toOrder && *toOrder < *phaseOrder(*resumeAt))
        add("to",
            PhaseChange::tr("After the pause the trajectory resumes at \"%1\" or a later phase.")
                .arg(label(*resumeAt)));
    if (current == Phase::Outflow)
        add("to",
            PhaseChange::tr(
                "The trajectory has ended with the outflow; start a new trajectory instead."));

    switch (reasonListFor(current, change.to)) {
    case ReasonList::None:
        break;
    case ReasonList::Stop:
        if (!fromCode<StopReason>(change.reasonCode))
            add("reasonCode", PhaseChange::tr("Choose the reason for the stop or pause."));
        break;
    case ReasonList::NonEntry:
        if (!fromCode<NonEntryReason>(change.reasonCode))
            add("reasonCode",
                PhaseChange::tr("Choose the reason why the candidate does not enter."));
        break;
    }
    if (change.reasonCode == QLatin1String("other") && change.reasonText.trimmed().isEmpty())
        add("reasonText", PhaseChange::tr("Describe the other reason in a few words."));

    return problems;
}

Problems Aftercare::validate() const
{
    Problems problems;
    if (!start.isValid())
        problems.append({ QStringLiteral("start"), tr("Fill in the start of the aftercare.") });
    if (months < 3 || months > 6)
        problems.append({ QStringLiteral("months"), tr("Aftercare lasts 3 to 6 months.") });
    if (trainingEnd.isValid() && start.isValid() && start < trainingEnd)
        problems.append(
            { QStringLiteral("start"), tr("Aftercare starts after the end of the training.") });
    return problems;
}

Problems Outcome::validate(QDate today) const
{
    Problems problems;
    if (!date.isValid())
        problems.append({ QStringLiteral("date"), tr("Fill in the date of the outcome.") });
    else if (date > today.addYears(1))
        problems.append(
            { QStringLiteral("date"), tr("The outcome date lies more than a year ahead.") });
    const bool job = kind == OutcomeKind::JobChildcare || kind == OutcomeKind::JobOtherSector;
    if (job && employer.trimmed().isEmpty())
        problems.append({ QStringLiteral("employer"), tr("Name the employer.") });
    if (hoursPerWeek && (*hoursPerWeek <= 0 || *hoursPerWeek > 60))
        problems.append(
            { QStringLiteral("hoursPerWeek"), tr("Hours per week must lie between 1 and 60.") });
    else if (regime == WorkRegime::Other && !hoursPerWeek)
        problems.append({ QStringLiteral("hoursPerWeek"),
                          tr("Another regime is told by its hours: type the hours per week.") });
    return problems;
}

} // namespace traject
