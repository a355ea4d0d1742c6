// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanHtml.h"

#include <QLocale>

namespace traject::planhtml {

const char *const styleSheet = R"(
h1 { font-size: 19pt; margin-bottom: 2px; }
h2 { font-size: 13.5pt; margin-top: 16px; margin-bottom: 4px; color: #1f4e79; }
h3 { font-size: 11pt; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
.meta { color: #333333; }
.note { color: #555555; font-size: 9pt; }
th { background-color: #e8eef5; text-align: left; font-weight: bold; }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("ddd d/MM/yyyy")) : QString();
}

QString hours(double value)
{
    return QLocale().toString(value, 'g', 3);
}

QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &widths,
              bool compact)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"%1\" style=\"border-color: #9aa9b8; "
                                  "border-style: solid;%2\">")
                       .arg(compact ? 2 : 4)
                       .arg(compact ? QStringLiteral(" font-size: 9pt;") : QString());
    html += QStringLiteral("<tr>");
    const QStringList widthList = widths.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width = i < widthList.size()
            ? QStringLiteral(" width=\"%1%\"").arg(widthList.at(i))
            : QString();
        html += QStringLiteral("<th%1>%2</th>").arg(width, escaped(headers.at(i)));
    }
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString paragraph(const QString &text, const QString &cssClass)
{
    return cssClass.isEmpty()
        ? QStringLiteral("<p>%1</p>").arg(escaped(text))
        : QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, escaped(text));
}

} // namespace traject::planhtml
