// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Placement.h"

#include <QList>
#include <QString>

namespace traject {

class Session;

/// Adds several days to a placement as one undoable step: undo removes exactly these days, redo
/// puts them back with the same ids (so that later steps that changed them still apply).
Status createPlacementDays(Session &session, const QString &text, qint64 learnerId,
                           qint64 placementId, const QList<PlacementDay> &days);

} // namespace traject
