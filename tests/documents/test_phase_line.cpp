// SPDX-License-Identifier: GPL-3.0-or-later
// "Waar sta ik?": the phases of a trajectory as one line, read back from the PDF as a reader
// sees it. Every label is there whole or named as left out, nothing is cut off or elided, no two
// texts meet, all type is at least 12 pt, and nothing is painted below the picture's height.
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "Translations.h"
#include "documents/PhaseLine.h"

#include <QBuffer>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <functional>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::PdfWord;

namespace {

using Kind = PhaseLine::Kind;

/// Where the picture goes on the page, in units of 1/96 inch from the page's top left.
constexpr double offset = 40;
/// Units of 1/96 inch to PDF points.
constexpr double toPoints = 72.0 / 96.0;

/// A plan of two years: pre-trajectory and intake over, the training now, aftercare to come.
PhaseLine realisticLine(QDate today = QDate(2027, 8, 16))
{
    PhaseLine line;
    line.segments = {
        { QDate(2026, 10, 1), QDate(2026, 11, 30), QStringLiteral("Toeleiding"), Kind::Done },
        { QDate(2026, 12, 1), QDate(2026, 12, 21), QStringLiteral("Intake"), Kind::Done },
        { QDate(2027, 1, 4), QDate(2028, 3, 31), QStringLiteral("Opleiding kinderbegeleider"),
          Kind::Now },
        { QDate(2028, 4, 1), QDate(2028, 9, 30), QStringLiteral("Nazorg"), Kind::Planned },
    };
    line.today = today;
    line.todayLabel = QStringLiteral("Je bent hier");
    line.marks = { { QDate(2028, 3, 31), QStringLiteral("Einde opleiding") } };
    return line;
}

/// Many short phases and marks close together: labels that must make room for each other.
PhaseLine crowdedLine()
{
    PhaseLine line;
    line.segments = {
        { QDate(2027, 1, 1), QDate(2027, 1, 3), QStringLiteral("Infosessie"), Kind::Done },
        { QDate(2027, 1, 4), QDate(2027, 2, 28), QStringLiteral("Taal en rekenen"), Kind::Done },
        { QDate(2027, 3, 1), QDate(2027, 3, 20), QStringLiteral("Stage op proef"), Kind::Done },
        { QDate(2027, 3, 21), QDate(2027, 6, 30), QStringLiteral("Werkplekleren in de opvang"),
          Kind::Now },
        { QDate(2027, 7, 1), QDate(2027, 8, 15), QStringLiteral("Examen"), Kind::Planned },
        { QDate(2027, 8, 16), QDate(2027, 12, 31), QStringLiteral("Nazorg op het werk"),
          Kind::Planned },
    };
    line.today = QDate(2027, 5, 2);
    line.todayLabel = QStringLiteral("Je bent hier");
    line.marks = { { QDate(2027, 6, 30), QStringLiteral("Einde stage") },
                   { QDate(2027, 7, 5), QStringLiteral("Toets theorie") },
                   { QDate(2027, 8, 15), QStringLiteral("Diploma") } };
    return line;
}

/// Today and a mark on the last day of the line.
PhaseLine endMarkLine()
{
    PhaseLine line = realisticLine(QDate(2028, 9, 30));
    line.marks = { { QDate(2028, 9, 30), QStringLiteral("Klaar") } };
    return line;
}

/// An A4 PDF at 600 dpi, painted in units of 1/96 inch as PagedDocument paints its pictures.
QByteArray pdfOf(const std::function<void(QPainter &)> &paint, bool scaled = true)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(600);
        QPainter painter(&writer);
        if (scaled)
            painter.scale(writer.logicalDpiY() / 96.0, writer.logicalDpiY() / 96.0);
        paint(painter);
    }
    return buffer.data();
}

struct Printed
{
    QList<PdfWord> words;
    QString text;
    QRectF picture; // in points
};

Printed printed(const PhaseLinePicture &picture, double width)
{
    const QByteArray pdf = pdfOf([&](QPainter &painter) {
        painter.translate(offset, offset);
        picture.paint(painter);
    });
    return { traject::test::pdfWords(pdf), traject::test::pdfText(pdf),
             QRectF(offset * toPoints, offset * toPoints, width * toPoints,
                    picture.height() * toPoints) };
}

/// Whether the words of `label` stand together in the PDF, whole and in order: one after the
/// other on a line, or on the next line under them (a label wrapped onto two lines).
bool standsWhole(const QList<PdfWord> &words, const QString &label)
{
    const QStringList parts = label.simplified().split(QLatin1Char(' '));
    const std::function<bool(qsizetype, const PdfWord &, QRectF)> follows
        = [&](qsizetype part, const PdfWord &previous, QRectF line) {
              if (part == parts.size())
                  return true;
              for (const PdfWord &word : words) {
                  if (word.page != previous.page || word.text != parts.at(part))
                      continue;
                  const QRectF &box = word.box;
                  const QRectF &before = previous.box;
                  const bool sameLine = std::abs(box.top() - before.top()) < 0.5
                      && box.left() >= before.right() && box.left() - before.right() < box.height();
                  const bool nextLine = box.top() >= before.bottom() - 0.5
                      && box.top() - before.bottom() < box.height() / 2 && box.left() < line.right()
                      && line.left() < box.right();
                  if (sameLine && follows(part + 1, word, line.united(box)))
                      return true;
                  if (nextLine && follows(part + 1, word, box))
                      return true;
              }
              return false;
          };
    return std::any_of(words.cbegin(), words.cend(), [&](const PdfWord &word) {
        return word.text == parts.front() && follows(1, word, word.box);
    });
}

QStringList labelsOf(const PhaseLine &line)
{
    QStringList labels;
    for (const PhaseLine::Segment &segment : line.segments)
        labels.append(segment.label);
    for (const PhaseLine::Mark &mark : line.marks)
        labels.append(mark.label);
    return labels;
}

/// The picture painted on a transparent image `extra` units wider and higher than it is.
QImage imageOf(const PhaseLinePicture &picture, int width, int extra)
{
    QImage image(width + extra, int(std::ceil(picture.height())) + extra,
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    picture.paint(painter);
    painter.end();
    return image;
}

/// The lowest row with anything painted on it, -1 when nothing is.
int lowestPaintedRow(const QImage &image)
{
    for (int y = image.height() - 1; y >= 0; --y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) != 0)
                return y;
        }
    }
    return -1;
}

/// The rightmost column with anything painted in it, -1 when nothing is.
int rightmostPaintedColumn(const QImage &image)
{
    for (int x = image.width() - 1; x >= 0; --x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qAlpha(image.pixel(x, y)) != 0)
                return x;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("the phase line names each phase and mark whole, or says it leaves it out",
          "[documents][phaseline]")
{
    const ScopedLanguage dutch(QStringLiteral("nl"));
    const bool crowded = GENERATE(false, true);
    const double width = GENERATE(660.0, 480.0, 320.0, 200.0);
    const PhaseLine line = crowded ? crowdedLine() : realisticLine();
    const PhaseLinePicture picture(line, width);
    const Printed pdf = printed(picture, width);
    INFO("width " << width << (crowded ? ", crowded" : ", realistic"));
    INFO(pdf.text.toStdString());
    REQUIRE(!pdf.words.isEmpty());

    // Every label is in the picture whole, or named as left out: never both, never neither.
    const QStringList leftOut = picture.leftOut();
    for (const QString &label : labelsOf(line)) {
        INFO(label.toStdString());
        CHECK(standsWhole(pdf.words, label) != leftOut.contains(label));
    }
    CHECK(standsWhole(pdf.words, line.todayLabel));

    // Nothing elided.
    CHECK(!pdf.text.contains(QChar(0x2026)));
    CHECK(!pdf.text.contains(QStringLiteral("...")));

    // No two words meet, and every word stays inside the picture.
    for (qsizetype i = 0; i < pdf.words.size(); ++i) {
        const QRectF &box = pdf.words.at(i).box;
        INFO(pdf.words.at(i).text.toStdString());
        CHECK(pdf.picture.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box));
        for (qsizetype j = i + 1; j < pdf.words.size(); ++j) {
            const QRectF common = box.intersected(pdf.words.at(j).box);
            INFO(pdf.words.at(j).text.toStdString());
            CHECK(common.width() * common.height() < 0.01);
        }
    }

    // All type at least 12 pt.
    const double twelvePoint = traject::test::twelvePointHeight();
    REQUIRE(twelvePoint > 0);
    for (const PdfWord &word : pdf.words) {
        INFO(word.text.toStdString());
        CHECK(word.box.height() >= twelvePoint - 0.05);
    }
}

TEST_CASE("a realistic plan: a calm picture with its months in Dutch", "[documents][phaseline]")
{
    const ScopedLanguage dutch(QStringLiteral("nl"));
    const PhaseLinePicture picture(realisticLine(), 660);
    // Two months of pre-trajectory and three weeks of intake are too short to carry their names
    // on a line of two years; the rest fits.
    CHECK(picture.leftOut()
          == QStringList({ QStringLiteral("Toeleiding"), QStringLiteral("Intake") }));
    CHECK(picture.height() >= 100);
    CHECK(picture.height() <= 150);
    const Printed pdf = printed(picture, 660);
    INFO(pdf.text.toStdString());
    // The first month says its year, and so does the first month shown of every next year.
    CHECK(standsWhole(pdf.words, QStringLiteral("okt 2026")));
    for (const QString &year : { QStringLiteral("2027"), QStringLiteral("2028") })
        CHECK(std::count_if(pdf.words.cbegin(), pdf.words.cend(),
                            [&](const PdfWord &word) { return word.text == year; })
              == 1);
    CHECK(!pdf.text.contains(QStringLiteral("Oct")));

    if (const QByteArray out = qgetenv("TRAJECT_PHASELINE_PNG"); !out.isEmpty()) {
        const QDir dir(QString::fromLocal8Bit(out));
        for (const auto &[name, line, width] :
             { std::tuple { QStringLiteral("realistic"), realisticLine(), 660.0 },
               std::tuple { QStringLiteral("narrow"), crowdedLine(), 330.0 },
               std::tuple { QStringLiteral("crowded"), crowdedLine(), 660.0 },
               std::tuple { QStringLiteral("last-day"), realisticLine(QDate(2028, 9, 30)), 660.0 },
               std::tuple { QStringLiteral("end-mark"), endMarkLine(), 300.0 } }) {
            const PhaseLinePicture shown(line, width);
            QImage image(int(width * 2) + 40, int(std::ceil(shown.height()) * 2) + 40,
                         QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(20, 20);
            painter.scale(2, 2);
            painter.setPen(QPen(QColor(0xff, 0xcc, 0xcc), 0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(0, 0, width, shown.height()));
            shown.paint(painter);
            painter.end();
            image.save(dir.filePath(QStringLiteral("phaseline-%1.png").arg(name)));
        }
    }
}

TEST_CASE("a phase of three days on a line of two years is left out and named",
          "[documents][phaseline]")
{
    PhaseLine line;
    line.segments = {
        { QDate(2026, 1, 5), QDate(2026, 1, 7), QStringLiteral("Infosessie"), Kind::Done },
        { QDate(2026, 1, 8), QDate(2027, 12, 31), QStringLiteral("Opleiding"), Kind::Now },
    };
    line.today = QDate(2026, 6, 1);
    line.todayLabel = QStringLiteral("Je bent hier");
    const PhaseLinePicture picture(line, 660);
    CHECK(picture.leftOut() == QStringList { QStringLiteral("Infosessie") });
    const Printed pdf = printed(picture, 660);
    CHECK(!pdf.text.contains(QStringLiteral("Infosessie")));
    CHECK(standsWhole(pdf.words, QStringLiteral("Opleiding")));
}

TEST_CASE("today's label stays inside the picture at either end of the line",
          "[documents][phaseline]")
{
    const QDate today
        = GENERATE(QDate(2028, 9, 30), QDate(2030, 1, 1), QDate(2026, 10, 1), QDate(2020, 1, 1));
    INFO(today.toString(Qt::ISODate).toStdString());
    const PhaseLinePicture picture(realisticLine(today), 660);
    const Printed pdf = printed(picture, 660);
    QRectF label;
    for (const PdfWord &word : pdf.words) {
        if (word.text == QStringLiteral("Je") || word.text == QStringLiteral("bent")
            || word.text == QStringLiteral("hier"))
            label = label.united(word.box);
    }
    REQUIRE(standsWhole(pdf.words, QStringLiteral("Je bent hier")));
    CHECK(label.left() >= pdf.picture.left() - 0.5);
    CHECK(label.right() <= pdf.picture.right() + 0.5);
    // At an end of the line, the label stands at that end.
    if (today >= QDate(2028, 9, 30))
        CHECK(label.right() > pdf.picture.right() - 5);
    else
        CHECK(label.left() < pdf.picture.left() + 5);
}

TEST_CASE("nothing of the phase line is painted below its height or beside its width",
          "[documents][phaseline]")
{
    const ScopedLanguage dutch(QStringLiteral("nl"));
    PhaseLine twoLines = realisticLine();
    twoLines.segments[3].label = QStringLiteral("Nazorg op het werk");
    PhaseLine noToday = crowdedLine();
    noToday.today = QDate();
    PhaseLine noMarks = realisticLine();
    noMarks.marks.clear();
    const PhaseLine line
        = GENERATE_COPY(realisticLine(), twoLines, noToday, noMarks, endMarkLine());
    const int width = GENERATE(660, 300);
    const PhaseLinePicture picture(line, width);
    const QImage image = imageOf(picture, width, 40);
    const int lowest = lowestPaintedRow(image);
    INFO("height " << picture.height() << ", lowest painted row " << lowest);
    CHECK(lowest < picture.height());
    // And the height is not much more than what is painted.
    CHECK(lowest >= picture.height() - 12);
    CHECK(rightmostPaintedColumn(image) < width);
}

TEST_CASE("a phase line without phases paints nothing", "[documents][phaseline]")
{
    PhaseLine line;
    line.today = QDate(2027, 1, 1);
    line.todayLabel = QStringLiteral("Je bent hier");
    line.marks = { { QDate(2027, 2, 1), QStringLiteral("Einde opleiding") } };
    line.segments
        = { { QDate(), QDate(2027, 3, 1), QStringLiteral("Opleiding"), Kind::Now },
            { QDate(2027, 3, 1), QDate(2027, 2, 1), QStringLiteral("Nazorg"), Kind::Planned } };
    const PhaseLinePicture picture(line, 660);
    CHECK(picture.height() == 0);
    CHECK(lowestPaintedRow(imageOf(picture, 660, 40)) == -1);
}

TEST_CASE("a phase of one day, and marks that do not fit, are named as left out",
          "[documents][phaseline]")
{
    PhaseLine line;
    line.segments = {
        { QDate(2027, 1, 1), QDate(2027, 6, 30), QStringLiteral("Opleiding"), Kind::Now },
        { QDate(2027, 7, 1), QDate(2027, 7, 1), QStringLiteral("Examen"), Kind::Planned },
    };
    line.today = QDate(2027, 3, 1);
    line.todayLabel = QStringLiteral("Je bent hier");
    line.marks = { { QDate(2027, 8, 1), QStringLiteral("Te laat") },
                   { QDate(2027, 5, 1), QStringLiteral("Proef A") },
                   { QDate(2027, 5, 2), QStringLiteral("Proef B") },
                   { QDate(), QStringLiteral("Zonder datum") } };
    const PhaseLinePicture picture(line, 660);
    // In the order of the line: the second trial a day after the first, the exam of one day,
    // the mark after the end. The mark without a date is no part of the line.
    CHECK(picture.leftOut()
          == QStringList(
              { QStringLiteral("Proef B"), QStringLiteral("Examen"), QStringLiteral("Te laat") }));
    const Printed pdf = printed(picture, 660);
    CHECK(standsWhole(pdf.words, QStringLiteral("Proef A")));
    CHECK(standsWhole(pdf.words, QStringLiteral("Opleiding")));
    CHECK(!pdf.text.contains(QStringLiteral("Zonder")));
}

TEST_CASE("where two phase labels would meet, now wins over what is over", "[documents][phaseline]")
{
    // Not how a plan should be, but the picture copes: two phases over the same months.
    PhaseLine line;
    line.segments = {
        { QDate(2027, 1, 1), QDate(2027, 12, 31), QStringLiteral("Toeleiding"), Kind::Done },
        { QDate(2027, 1, 1), QDate(2027, 12, 31), QStringLiteral("Opleiding"), Kind::Now },
    };
    const PhaseLinePicture picture(line, 660);
    CHECK(picture.leftOut() == QStringList { QStringLiteral("Toeleiding") });
    const Printed pdf = printed(picture, 660);
    CHECK(standsWhole(pdf.words, QStringLiteral("Opleiding")));
    CHECK(!pdf.text.contains(QStringLiteral("Toeleiding")));
}

TEST_CASE("a phase line without room names everything as left out", "[documents][phaseline]")
{
    const PhaseLine line = realisticLine();
    const PhaseLinePicture picture(line, 10);
    // In the order of the line: the end of the training comes before the aftercare.
    CHECK(picture.leftOut()
          == QStringList({ QStringLiteral("Toeleiding"), QStringLiteral("Intake"),
                           QStringLiteral("Opleiding kinderbegeleider"),
                           QStringLiteral("Einde opleiding"), QStringLiteral("Nazorg") }));
    CHECK(picture.height() == 0);
    CHECK(lowestPaintedRow(imageOf(picture, 10, 40)) == -1);
}

} // namespace TRAJECT_UNITY_ID
