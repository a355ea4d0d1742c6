// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/PlanVersion.h"

#include <QString>

#include <functional>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace traject {

class Session;

/// What the plan and attendance-sheet dialogs share: asking where a PDF goes, the print preview,
/// and writing a stored version to a file again.
namespace output {

/// A file name made from a text: characters a file name may not hold become spaces.
QString safeFileName(const QString &name);

/// Asks where to save a PDF, suggesting `fileName` in the folder used last (the documents folder
/// at first); adds ".pdf" to a name without it. Empty when cancelled.
QString askPdfPath(QWidget *parent, const QString &caption, const QString &fileName);

/// Remembers the folder of a file just written, to suggest it next time.
void rememberFolder(const QString &path);

/// Shows the print preview of what `paint` paints on the printer (again when the page setup
/// changes). Nothing is stored by the preview itself: its Print button closes it and runs `print`,
/// which stores the version it prints (so that no paper leaves without its stored version).
void showPrintPreview(QWidget *parent, const QString &title,
                      const std::function<void(QPrinter *)> &paint,
                      const std::function<void()> &print);

/// Makes the preview's own Print button call `instead`; false when the preview has no such button.
bool reroutePrintAction(QPrintPreviewDialog &preview, const std::function<void()> &instead);

/// Writes the PDF of a stored version (read again with its bytes) to path, atomically.
Status saveStoredCopy(Session &session, qint64 versionId, const QString &path);

} // namespace output

} // namespace traject
