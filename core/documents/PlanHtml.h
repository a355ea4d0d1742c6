// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML pieces the personal plan and the attendance sheet are made of: one style, one table.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace traject::planhtml {

/// The style sheet of the plan and the sheet (headings, paragraphs, table headers).
extern const char *const styleSheet;

QString escaped(const QString &text);
/// "14 maart 2026".
QString dateText(QDate date);
/// "za 14/03/2026".
QString shortDate(QDate date);
/// Hours as people write them: "7,6".
QString hours(double value);
/// A table with a header row; cells are HTML. `widths` are percentages ("18,15,…"). A compact
/// table has smaller print.
QString table(const QStringList &headers, const QList<QStringList> &rows,
              const QString &widths = {}, bool compact = false);
/// A paragraph of plain text, with a CSS class if given.
QString paragraph(const QString &text, const QString &cssClass = {});

} // namespace traject::planhtml
