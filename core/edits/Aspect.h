// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>

namespace traject {

/// The part of a learner's data (or of the shared data) that an edit changes, so that a view
/// reloads only when what it shows changed: the barriers tab does not read the logbook again
/// when a barrier is added.
enum class Aspect : unsigned
{
    Profile = 0x1, // personal data, children, consents
    Phase = 0x2, // the phase and its history
    Barriers = 0x4, // barriers and their actions
    Training = 0x8, // enrolments and module plans
    Placements = 0x10, // placements and their days
    Logbook = 0x20, // contact moments
    RoleCard = 0x40, // roles and the support network
    Intake = 0x80, // intakes and their answers
    Aftercare = 0x100, // the aftercare agreement and the outcome
    Documents = 0x200, // the stored versions of printed plans and sheets
    Shared = 0x400, // organisations, contact people, programmes, closure periods
};
Q_DECLARE_FLAGS(Aspects, Aspect)
Q_DECLARE_OPERATORS_FOR_FLAGS(Aspects)

/// Everything: a learner added, removed, imported or restored, or data read again from disk.
inline constexpr Aspects everyAspect()
{
    return Aspects::fromInt(0x7ff);
}

} // namespace traject
