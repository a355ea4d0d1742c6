// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace traject {

/// Each column's share of the width in percent; the rest is the gap between them.
constexpr int columnPercent = 48;

/// A paragraph of text set in two columns. A heading starts a group of paragraphs.
struct ColumnParagraph
{
    QString html; // one paragraph, e.g. <p>…</p>
    /// For a heading: what heads the right column when its group continues there (empty for an
    /// ordinary paragraph).
    QString continued;

    bool isHeading() const { return !continued.isEmpty(); }
};

/// How the paragraphs will be printed, so that their heights are measured as they will be laid
/// out: the document's style sheet, the style of its body and the width of its text in units of
/// about 1/96 inch.
struct ColumnStyle
{
    QString styleSheet;
    QString bodyStyle;
    double textWidth = 657; // A4 less 2 × 18 mm
    int spaceAbove = 0; // pixels above the columns
};

/// Sets paragraphs in two columns of about the same height, read down the left one first, as an
/// HTML table: dense answers fill the page instead of half lines. A heading never ends the left
/// column; a group is split over both columns only when that saves more than a heading's height,
/// and then has its heading repeated on the right.
QString balancedColumns(const QList<ColumnParagraph> &paragraphs, const ColumnStyle &style);

/// Rows of two cells (HTML) in the same columns, e.g. to line up with balanced text above;
/// `space` pixels above them.
QString columnRows(const QList<QStringList> &rows, int space = 0);

} // namespace traject
