// SPDX-License-Identifier: GPL-3.0-or-later
#include "Columns.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QTextDocument>

#include <limits>

namespace traject {

namespace {

/// The height of some HTML laid out in a column, at 96 dots per inch like the page's units.
double heightOf(const QString &html, const ColumnStyle &style, QImage &device)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans")));
    document.setDocumentMargin(0);
    document.setTextWidth(style.textWidth * columnPercent / 100.0);
    document.setHtml(QStringLiteral("<html><head><style>%1</style></head><body style=\"%2\">%3"
                                    "</body></html>")
                         .arg(style.styleSheet, style.bodyStyle, html));
    return document.size().height();
}

QString column(const QList<ColumnParagraph> &paragraphs, qsizetype from, qsizetype to,
               const QString &first = {})
{
    QString html = first;
    for (qsizetype i = from; i < to; ++i)
        html += paragraphs.at(i).html;
    return html;
}

} // namespace

QString balancedColumns(const QList<ColumnParagraph> &paragraphs, const ColumnStyle &style)
{
    const qsizetype count = paragraphs.size();
    if (count == 0)
        return {};
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(3780); // 96 dpi
    device.setDotsPerMeterY(3780);
    QList<double> heights;
    for (const ColumnParagraph &paragraph : paragraphs)
        heights.append(heightOf(paragraph.html, style, device));

    // The split where the taller column is lowest: after a paragraph that is not a heading.
    double total = 0;
    for (const double height : heights)
        total += height;
    qsizetype best = count;
    double bestHeight = total;
    QString bestFirst;
    double left = 0;
    qsizetype heading = -1;
    for (qsizetype split = 1; split < count; ++split) {
        left += heights.at(split - 1);
        if (paragraphs.at(split - 1).isHeading()) {
            heading = split - 1;
            continue;
        }
        QString first;
        double right = total - left;
        double penalty = 0;
        if (!paragraphs.at(split).isHeading() && heading >= 0) {
            first = paragraphs.at(heading).continued;
            const double repeated = heightOf(first, style, device);
            right += repeated;
            // A group is split only when that saves more than another heading's height.
            penalty = repeated;
        }
        const double taller = std::max(left, right) + penalty;
        if (taller < bestHeight) {
            best = split;
            bestHeight = taller;
            bestFirst = first;
        }
    }

    return columnRows(
        { { column(paragraphs, 0, best), column(paragraphs, best, count, bestFirst) } },
        style.spaceAbove);
}

QString columnRows(const QList<QStringList> &rows, int space)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                  "style=\"border-style: none; margin-top: %1px;\">")
                       .arg(space);
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr><td width=\"%1%\" valign=\"top\">%2</td><td width=\"%3%\"></td>"
                               "<td width=\"%1%\" valign=\"top\">%4</td></tr>")
                    .arg(QString::number(columnPercent), row.value(0),
                         QString::number(100 - 2 * columnPercent), row.value(1));
    }
    return html + QStringLiteral("</table>");
}

} // namespace traject
