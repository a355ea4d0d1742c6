// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentSupport.h"

#include "demo/DemoData.h"
#include "storage/LearnerRepository.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
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

DemoCaseload::DemoCaseload()
{
    (void)require(demo::fillDemoCaseload(*db, clock));
}

std::vector<Learner> DemoCaseload::learners() const
{
    return require(LearnerRepository(*db, clock).all());
}

double twelvePointHeight()
{
    static const double height = [] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(600);
            QPainter painter(&writer);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(12);
            painter.setFont(font);
            painter.drawText(QPointF(500, 500), QStringLiteral("Referentie"));
        }
        const QList<PdfWord> words = pdfWords(bytes);
        return words.size() == 1 ? words.first().box.height() : 0.0;
    }();
    return height;
}

double pointSize(const PdfWord &word)
{
    return twelvePointHeight() > 0 ? 12.0 * word.box.height() / twelvePointHeight() : 0.0;
}

} // namespace traject::test
