// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanOptions.h"

#include <array>

namespace traject {

namespace {

struct AudienceEntry
{
    Audience audience;
    const char *code;
};
constexpr std::array<AudienceEntry, 3> audiences { {
    { Audience::Learner, "learner" },
    { Audience::Workplace, "workplace" },
    { Audience::Partner, "partner" },
} };

struct SectionEntry
{
    PlanSection section;
    const char *code;
};
constexpr std::array<SectionEntry, 7> sections { {
    { PlanSection::Timeline, "timeline" },
    { PlanSection::Helpers, "helpers" },
    { PlanSection::Training, "training" },
    { PlanSection::Placements, "placements" },
    { PlanSection::Barriers, "barriers" },
    { PlanSection::Appointments, "appointments" },
    { PlanSection::Signatures, "signatures" },
} };

} // namespace

QString audienceCode(Audience audience)
{
    for (const auto &entry : audiences) {
        if (entry.audience == audience)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<Audience> audienceFromCode(QStringView code)
{
    for (const auto &entry : audiences) {
        if (code == QLatin1String(entry.code))
            return entry.audience;
    }
    return std::nullopt;
}

QString audienceLabel(Audience audience)
{
    switch (audience) {
    case Audience::Learner:
        return PlanOptions::tr("The learner");
    case Audience::Workplace:
        return PlanOptions::tr("The workplace");
    case Audience::Partner:
        return PlanOptions::tr("A partner");
    }
    return {};
}

QString sectionCode(PlanSection section)
{
    for (const auto &entry : sections) {
        if (entry.section == section)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<PlanSection> sectionFromCode(QStringView code)
{
    for (const auto &entry : sections) {
        if (code == QLatin1String(entry.code))
            return entry.section;
    }
    return std::nullopt;
}

QString sectionLabel(PlanSection section)
{
    switch (section) {
    case PlanSection::Timeline:
        return PlanOptions::tr("My trajectory");
    case PlanSection::Helpers:
        return PlanOptions::tr("Who helps me?");
    case PlanSection::Training:
        return PlanOptions::tr("My training");
    case PlanSection::Placements:
        return PlanOptions::tr("My workplace learning");
    case PlanSection::Barriers:
        return PlanOptions::tr("What are we working on?");
    case PlanSection::Appointments:
        return PlanOptions::tr("Appointments");
    case PlanSection::Signatures:
        return PlanOptions::tr("Signatures");
    }
    return {};
}

QList<PlanSection> allSections()
{
    QList<PlanSection> all;
    for (const auto &entry : sections)
        all.append(entry.section);
    return all;
}

std::optional<ConsentShare> consentShareFor(PlanSection section)
{
    switch (section) {
    case PlanSection::Timeline:
        return ConsentShare::Trajectory;
    case PlanSection::Helpers:
        return ConsentShare::Helpers;
    case PlanSection::Training:
        return ConsentShare::Training;
    case PlanSection::Placements:
        return ConsentShare::Placements;
    case PlanSection::Barriers:
        return ConsentShare::Barriers;
    case PlanSection::Appointments:
        return ConsentShare::Appointments;
    case PlanSection::Signatures:
        break;
    }
    return std::nullopt;
}

QList<PlanSection> PlanOptions::allowedSections(Audience audience)
{
    switch (audience) {
    case Audience::Learner:
    case Audience::Partner:
        return allSections();
    case Audience::Workplace:
        return { PlanSection::Timeline, PlanSection::Helpers, PlanSection::Training,
                 PlanSection::Placements, PlanSection::Signatures };
    }
    return {};
}

QList<PlanSection> PlanOptions::defaultSections(Audience audience)
{
    switch (audience) {
    case Audience::Learner:
        return allSections();
    case Audience::Workplace:
        return { PlanSection::Timeline, PlanSection::Helpers, PlanSection::Placements };
    case Audience::Partner:
        return { PlanSection::Timeline, PlanSection::Helpers, PlanSection::Training,
                 PlanSection::Placements, PlanSection::Appointments };
    }
    return {};
}

PlanOptions PlanOptions::forAudience(Audience audience)
{
    PlanOptions options;
    options.audience = audience;
    options.sections = defaultSections(audience);
    options.appendix = audience == Audience::Workplace;
    return options;
}

void PlanOptions::limitTo(const Consent &consent)
{
    sections.removeIf([&consent](PlanSection section) {
        const auto share = consentShareFor(section);
        return share && !consent.covers(*share);
    });
    consentId = consent.id;
}

Status PlanOptions::validate() const
{
    if (sections.isEmpty())
        return Error { tr("Choose at least one part of the plan to print."), QString() };
    const QList<PlanSection> allowed = allowedSections(audience);
    for (const PlanSection section : sections) {
        if (!allowed.contains(section)) {
            return Error { tr("\"%1\" is never printed for %2.")
                               .arg(sectionLabel(section), audienceLabel(audience).toLower()),
                           QString() };
        }
    }
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return Error { tr("A plan can be printed in Dutch (nl) or English (en)."), language };
    return {};
}

} // namespace traject
