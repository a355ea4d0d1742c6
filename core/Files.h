// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace traject {

/// Writes a whole file or nothing (QSaveFile: a temporary file renamed over the target once
/// everything is written), readable only by its owner. The error says what went wrong in words a
/// SPOC can read (missing folder, no permission, disk full).
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

/// Whether a file can be written at path, checked before doing expensive work for it.
Status checkWritable(const QString &path);

} // namespace traject
