// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <span>

namespace traject::demo {

// Made-up people and situations for the demo caseload. They resemble the praktijkmodel's
// learners (mostly women, many with a migration background) but are nobody in particular.

struct DemoPerson
{
    const char *firstName;
    const char *lastName;
    Gender gender;
    const char *homeLanguage;
    Nt2Level nt2;
    EducationLevel education;
    MigrationBackground migration;
};

struct DemoTown
{
    const char *name;
    const char *postalCode;
    const char *street;
};

struct DemoBarrier
{
    BarrierCategory category;
    const char *description;
    const char *action;
    ActionOwner owner;
    SupportDomain domain;
};

struct DemoContact
{
    ContactKind kind;
    const char *withWhom;
    const char *notes;
};

std::span<const DemoPerson> demoPeople();
std::span<const DemoTown> demoTowns();
std::span<const DemoBarrier> demoBarriers();
std::span<const DemoContact> demoContacts();

/// The letters of a text without accents, in lower case (for e-mail addresses of made-up people).
QString asciiLower(const QString &text);

} // namespace traject::demo
