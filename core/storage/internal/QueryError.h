// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

class QSqlQuery;
class QString;

namespace traject {

/// The message for a failure the SPOC can do something about (a full disk, a read-only file),
/// else `message`; the statement and the driver's text as the detail.
Error queryError(const QSqlQuery &query, const QString &message);

} // namespace traject
