// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace traject::test {

namespace {

/// Runs a poppler tool on the PDF; `arguments` come before the file, `after` after it.
QString run(const QString &program, const QByteArray &pdf, const QStringList &arguments,
            const QStringList &after = {})
{
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return {};
    QProcess process;
    process.start(program, QStringList(arguments) << file.fileName() << after);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString pdfText(const QByteArray &pdf)
{
    // Compatibility normalisation turns the typeset ligatures (ﬁ, ﬂ) back into letters.
    return run(QStringLiteral("pdftotext"), pdf,
               { QStringLiteral("-enc"), QStringLiteral("UTF-8") }, { QStringLiteral("-") })
        .normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QByteArray &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), pdf, {});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QList<PdfWord> pdfWords(const QByteArray &pdf)
{
    const QString html
        = run(QStringLiteral("pdftotext"), pdf,
              { QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8") },
              { QStringLiteral("-") });
    static const QRegularExpression tag(
        QStringLiteral("<page\\b|<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" xMax=\"([-\\d.]+)\" "
                       "yMax=\"([-\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    int page = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(0).startsWith(QLatin1String("<page"))) {
            ++page;
            continue;
        }
        QString text = match.captured(5);
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&apos;"), QLatin1String("'"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        words.append(
            { page, text.normalized(QString::NormalizationForm_KC), QRectF(topLeft, bottomRight) });
    }
    return words;
}

} // namespace traject::test
