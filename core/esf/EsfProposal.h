// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"

#include <QString>

namespace traject::esf {

/// The answer to an ESF+ indicator that the dossier already implies, where it does so without
/// doubt; empty where it does not (the question must be asked):
/// - gender: from the dossier's gender;
/// - labour_status: a job seeker unemployed for 12 months or more is long-term unemployed, for
///   less unemployed; inactive and working as they are; a job seeker without a duration is asked;
/// - education: low, medium and high are ISCED 0–2, 3–4 and 5–8, unless a foreign diploma has not
///   been recognised in full (the level in the dossier may then not be the level reached);
/// - foreign_background: "yes" from the dossier's migration background (a "no" there is not
///   asked of the parents, so it is asked).
/// The SPOC confirms a proposal; it is never recorded as asked on its own.
QString proposedAnswer(const Learner &learner, const QString &indicator);

} // namespace traject::esf
