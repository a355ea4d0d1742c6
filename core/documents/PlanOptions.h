// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Consent.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace traject {

/// Who a personal plan is printed for.
enum class Audience
{
    Learner, // everything
    Workplace, // schedule, mentor, contacts: never barriers or appointments
    Partner, // what the learner's consent allows
};

/// The parts of a personal plan, in the order printed.
enum class PlanSection
{
    Timeline, // "Mijn traject"
    Helpers, // "Wie helpt mij?"
    Training, // "Mijn opleiding"
    Placements, // "Mijn werkplekleren"
    Barriers, // "Waar werken we aan?"
    Appointments, // "Afspraken"
    Signatures,
};

QString audienceCode(Audience audience);
std::optional<Audience> audienceFromCode(QStringView code);
QString audienceLabel(Audience audience); // translated
QString sectionCode(PlanSection section);
std::optional<PlanSection> sectionFromCode(QStringView code);
QString sectionLabel(PlanSection section); // translated, as the heading in the plan
QList<PlanSection> allSections();
/// What a consent must cover for a partner to get that section (none for the signatures).
std::optional<ConsentShare> consentShareFor(PlanSection section);

/// What goes into a personal plan.
struct PlanOptions
{
    Q_DECLARE_TR_FUNCTIONS(PlanOptions)

public:
    Audience audience = Audience::Learner;
    QList<PlanSection> sections = allSections();
    /// Notes on barriers of sensitive categories (family, psychological, health) are left out
    /// unless the SPOC asks for them.
    bool includeSensitive = false;
    /// The appendix (bijlage) with the full lists: every module with its state and every
    /// placement day. Off for the learner, on for the workplace, which needs the days.
    bool appendix = false;
    QString language = QStringLiteral("nl");
    /// For a partner: the consent the plan is shared under (0: the most recent one that holds).
    qint64 consentId = 0;

    /// The sections an audience gets unless the SPOC chooses otherwise.
    static QList<PlanSection> defaultSections(Audience audience);
    /// The sections an audience may ever get.
    static QList<PlanSection> allowedSections(Audience audience);
    static PlanOptions forAudience(Audience audience);
    /// Keeps only the sections this consent covers, and shares under it.
    void limitTo(const Consent &consent);

    /// Refuses sections the audience may not see, an unknown language, and a plan without any
    /// section, with a message a SPOC can read.
    Status validate() const;
};

} // namespace traject
