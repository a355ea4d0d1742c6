// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>

namespace traject {

class Session;

/// Moves a placement day to another date, as one undoable edit stored at once: refused (with the
/// reason, nothing stored) when the planning rules do not allow it (see checkDayMove()).
Status movePlacementDay(Session &session, qint64 dayId, QDate to);

class TimelineToolbar;

/// Moves the day as movePlacementDay() does and says on the toolbar how it went.
void movePlacementDay(Session &session, qint64 dayId, QDate to, TimelineToolbar &toolbar);

} // namespace traject
