// SPDX-License-Identifier: GPL-3.0-or-later
// The layout is worked out once, in the constructor: the stretches of the band, every text that
// is painted (already wrapped, already in its box), the month ticks and the marks. paint() only
// draws what the layout holds, so height() is exactly what it uses, and what does not fit is
// known before anything is drawn.
#include "PhaseLine.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace traject {

namespace {

// Sizes in units of about 1/96 inch. 16 pixels are 12 pt, the smallest type of the picture.
constexpr int fontPixels = 16;
constexpr double topPadding = 2;
constexpr double bottomPadding = 3;
constexpr double labelPaddingX = 6; // between a stretch's edge and its label
constexpr double labelPaddingY = 5; // above and below the labels in the band
constexpr double labelGap = 10; // at least between two texts on one row
constexpr double triangleWidth = 16;
constexpr double triangleHeight = 10;
constexpr double tickLength = 5;
constexpr double flagWidth = 10;
constexpr double flagHeight = 8;
constexpr double markGap = 8; // between the month names and the marks' labels

enum class Style
{
    Done,
    Now,
    Planned,
    Today,
    Month,
    Mark
};

QFont fontFor(Style style)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(fontPixels);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setBold(style == Style::Now || style == Style::Today);
    return font;
}

Style styleOf(PhaseLine::Kind kind)
{
    return kind == PhaseLine::Kind::Now    ? Style::Now
        : kind == PhaseLine::Kind::Planned ? Style::Planned
                                           : Style::Done;
}

// The colours: a calm grey-blue for what is over, a strong blue for now, a light fill with a
// dashed outline for what comes; the marker of today in a warm dark orange.
const QColor ink(0x1f, 0x29, 0x33);
const QColor monthInk(0x4a, 0x4a, 0x4a);
const QColor todayInk(0xb4, 0x46, 0x0e);
const QColor tickInk(0x9a, 0x9a, 0x9a);
const QColor markInk(0x33, 0x33, 0x33);

/// How a stretch is drawn: its fill and its outline.
std::pair<QColor, QPen> lookOf(PhaseLine::Kind kind)
{
    switch (kind) {
    case PhaseLine::Kind::Now:
        return { QColor(0x1f, 0x6f, 0xb2), QPen(QColor(0x17, 0x58, 0x8f), 1.5) };
    case PhaseLine::Kind::Planned: {
        QPen dashed(QColor(0x4f, 0x7c, 0xa8), 1.5, Qt::DashLine);
        dashed.setDashPattern({ 3, 2 });
        return { QColor(0xf1, 0xf6, 0xfb), dashed };
    }
    case PhaseLine::Kind::Done:
        break;
    }
    return { QColor(0xc9, 0xd4, 0xdf), QPen(QColor(0x8e, 0x9e, 0xb0), 1) };
}

QColor inkOf(Style style)
{
    return style == Style::Now  ? QColor(Qt::white)
        : style == Style::Today ? todayInk
        : style == Style::Month ? monthInk
                                : ink;
}

/// A text on one line or, split between two words, on two lines as even as can be; empty when it
/// does not fit `width` either way (a word is never broken, nothing is ever cut off).
QStringList wrapped(const QString &text, const QFontMetricsF &metrics, double width)
{
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return {};
    if (metrics.horizontalAdvance(simple) <= width)
        return { simple };
    const QStringList words = simple.split(QLatin1Char(' '));
    QStringList best;
    double bestWidth = 0;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString first = words.mid(0, i).join(QLatin1Char(' '));
        const QString second = words.mid(i).join(QLatin1Char(' '));
        const double wide
            = std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
        if (wide <= width && (best.isEmpty() || wide < bestWidth)) {
            best = QStringList { first, second };
            bestWidth = wide;
        }
    }
    return best;
}

double widest(const QStringList &lines, const QFontMetricsF &metrics)
{
    double wide = 0;
    for (const QString &line : lines)
        wide = std::max(wide, metrics.horizontalAdvance(line));
    return wide;
}

/// Whether [left, right] keeps `gap` away from every interval in `taken`.
bool isFree(const QList<std::pair<double, double>> &taken, double left, double right, double gap)
{
    return std::none_of(taken.cbegin(), taken.cend(), [&](const auto &interval) {
        return left < interval.second + gap && interval.first < right + gap;
    });
}

/// Where a label goes in its stretch (`left` to `right`): centred, or beside today's line when
/// that line would cross it centred. Empty lines when it does not fit the stretch at all.
struct Spot
{
    QStringList lines;
    double left = 0;
    double right = 0;
};

Spot spotFor(const QString &label, const QFontMetricsF &metrics, double left, double right,
             std::optional<double> todayX)
{
    const auto centredIn = [&](double from, double to) {
        Spot spot { wrapped(label, metrics, to - from) };
        const double wide = widest(spot.lines, metrics);
        spot.left = (from + to - wide) / 2;
        spot.right = spot.left + wide;
        return spot;
    };
    constexpr double clearance = 6; // between today's line and a label
    const Spot centred = centredIn(left, right);
    if (centred.lines.isEmpty() || !todayX || *todayX < centred.left - clearance
        || *todayX > centred.right + clearance)
        return centred;
    // Beside the line, on no more lines than centred; on fewer if it can, else on the wider side.
    const bool widerBefore = *todayX - left > right - *todayX;
    Spot best = centred;
    bool beside = false;
    for (const Spot &side :
         { centredIn(left, *todayX - clearance), centredIn(*todayX + clearance, right) }) {
        if (side.lines.isEmpty() || side.lines.size() > centred.lines.size())
            continue;
        const bool isBefore = side.right < *todayX;
        if (!beside || side.lines.size() < best.lines.size()
            || (side.lines.size() == best.lines.size() && isBefore == widerBefore)) {
            best = side;
            beside = true;
        }
    }
    return best; // when it is still centred, today's line breaks off around it
}

/// A text of the picture, already wrapped.
struct PlacedText
{
    QStringList lines;
    QRectF box; // around all lines; each line is centred in it
    Style style = Style::Done;
};

} // namespace

struct PhaseLinePicture::Layout
{
    using Text = PlacedText;
    struct Stretch
    {
        QRectF rect;
        PhaseLine::Kind kind = PhaseLine::Kind::Done;
    };
    struct Pole
    {
        double x = 0;
        double top = 0;
        double bottom = 0;
        double flag = flagWidth; // to the right; to the left (negative) at the picture's end
    };

    QList<Stretch> stretches;
    QList<Text> texts;
    QList<double> ticks; // x of the month boundaries
    double tickTop = 0;
    QList<Pole> poles; // the marks' flags
    std::optional<double> todayX;
    double triangleTop = 0;
    double bandBottom = 0;
    double lineHeight = 0;
    double height = 0;
    QStringList leftOut;
};

namespace {

/// Maps dates on x: the first day starts at `left`, the day after the last ends at `right`.
struct Scale
{
    QDate first;
    QDate last;
    double left = 0;
    double right = 0;

    double days() const { return double(first.daysTo(last) + 1); }
    double dayWidth() const { return (right - left) / days(); }
    /// Where the day starts (the day after the last: where the line ends).
    double x(QDate date) const
    {
        const qint64 day = std::clamp<qint64>(first.daysTo(date), 0, first.daysTo(last) + 1);
        return left + (right - left) * double(day) / days();
    }
    double middle(QDate date) const { return x(date) + dayWidth() / 2; }
};

struct Month
{
    QDate start;
    double centre = 0;
    bool labelled = false; // long enough on the line to carry a name
};

/// The month names under the line: every k-th one, with the smallest k for which no two of them
/// come closer than labelGap, none leaves the picture and none runs into a mark's flag.
QList<PlacedText> monthTexts(const QList<Month> &months, double width, double top,
                             double lineHeight, const QList<std::pair<double, double>> &taken)
{
    const QLocale locale;
    const QFontMetricsF metrics(fontFor(Style::Month));
    for (qsizetype k = 1; k <= months.size(); ++k) {
        QList<PlacedText> texts;
        bool fits = true;
        int year = 0;
        double right = -labelGap;
        for (qsizetype i = 0; i < months.size() && fits; i += k) {
            const Month &month = months.at(i);
            if (!month.labelled)
                continue;
            // Abbreviated names end in a full stop in some languages ("jan."): on an axis it
            // is noise, so it goes.
            QString name = locale.standaloneMonthName(month.start.month(), QLocale::ShortFormat);
            if (name.endsWith(QLatin1Char('.')))
                name.chop(1);
            if (month.start.year() != year)
                name += QLatin1Char(' ') + QString::number(month.start.year());
            const double wide = metrics.horizontalAdvance(name);
            if (wide > width)
                return {};
            const double left = std::clamp(month.centre - wide / 2, 0.0, width - wide);
            if (left < right + labelGap) {
                fits = false;
                break;
            }
            if (!isFree(taken, left, left + wide, 3))
                continue; // this one makes room for a flag; the next one says the year
            year = month.start.year();
            right = left + wide;
            texts.append({ { name }, QRectF(left, top, wide, lineHeight), Style::Month });
        }
        if (fits)
            return texts;
    }
    return {};
}

/// The labels by their dates.
QStringList inLineOrder(QList<std::pair<QDate, QString>> labels)
{
    std::stable_sort(labels.begin(), labels.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ordered;
    for (const auto &label : std::as_const(labels))
        ordered.append(label.second);
    return ordered;
}

} // namespace

PhaseLinePicture::PhaseLinePicture(PhaseLine line, double width)
    : m_line(std::move(line))
    , m_width(width)
{
    auto layout = std::make_shared<Layout>();
    m_layout = layout;

    QList<PhaseLine::Segment> segments;
    for (const PhaseLine::Segment &segment : std::as_const(m_line.segments)) {
        if (segment.start.isValid() && segment.end.isValid() && segment.start <= segment.end)
            segments.append(segment);
    }
    if (segments.isEmpty())
        return;
    if (!(width >= triangleWidth)) { // no room for a picture: everything is left out
        QList<std::pair<QDate, QString>> all;
        for (const PhaseLine::Segment &segment : std::as_const(segments))
            all.append({ segment.start, segment.label });
        for (const PhaseLine::Mark &mark : std::as_const(m_line.marks)) {
            if (mark.date.isValid())
                all.append({ mark.date, mark.label });
        }
        layout->leftOut = inLineOrder(all);
        return;
    }

    Scale scale;
    scale.first = segments.front().start;
    scale.last = segments.front().end;
    for (const PhaseLine::Segment &segment : std::as_const(segments)) {
        scale.first = std::min(scale.first, segment.start);
        scale.last = std::max(scale.last, segment.end);
    }
    scale.left = 1;
    scale.right = width - 1;

    QFontMetricsF regular(fontFor(Style::Done));
    QFontMetricsF bold(fontFor(Style::Now));
    const double lineHeight = std::ceil(std::max(regular.lineSpacing(), bold.lineSpacing())) + 1;
    layout->lineHeight = lineHeight;

    if (m_line.today.isValid()) {
        const double x = m_line.today < scale.first ? scale.left
            : m_line.today > scale.last             ? scale.right
                                                    : scale.middle(m_line.today);
        layout->todayX = std::clamp(x, triangleWidth / 2, width - triangleWidth / 2);
    }

    // What is left out, with its date, to name it in the order of the line.
    QList<std::pair<QDate, QString>> leftOut;

    // The stretches and their labels: a label wraps within its stretch; when two would meet,
    // the one of now or what comes wins over what is over, then the longer, then the later.
    struct Candidate
    {
        qsizetype index = 0;
        QStringList lines;
        double left = 0;
        double right = 0;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const PhaseLine::Segment &segment = segments.at(i);
        const double x0 = scale.x(segment.start);
        const double x1 = scale.x(segment.end.addDays(1));
        // A gap of two units between stretches; a stretch of a day stays at least 2 wide.
        const QRectF rect = x1 - x0 > 6 ? QRectF(x0 + 1, 0, x1 - x0 - 2, 0)
                                        : QRectF(x0, 0, std::max(2.0, x1 - x0), 0);
        layout->stretches.append({ rect, segment.kind });
        const QFontMetricsF &metrics = segment.kind == PhaseLine::Kind::Now ? bold : regular;
        const Spot spot = spotFor(segment.label, metrics, rect.left() + labelPaddingX,
                                  rect.right() - labelPaddingX, layout->todayX);
        if (spot.lines.isEmpty()) {
            if (!segment.label.simplified().isEmpty())
                leftOut.append({ segment.start, segment.label });
            continue;
        }
        candidates.append({ i, spot.lines, spot.left, spot.right });
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](const auto &a, const auto &b) {
        const PhaseLine::Segment &sa = segments.at(a.index);
        const PhaseLine::Segment &sb = segments.at(b.index);
        const bool aDone = sa.kind == PhaseLine::Kind::Done;
        const bool bDone = sb.kind == PhaseLine::Kind::Done;
        if (aDone != bDone)
            return !aDone;
        const qint64 aDays = sa.start.daysTo(sa.end);
        const qint64 bDays = sb.start.daysTo(sb.end);
        if (aDays != bDays)
            return aDays > bDays;
        return sa.start > sb.start;
    });
    QList<std::pair<double, double>> taken;
    QList<Candidate> placed;
    int bandLines = 1;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (!isFree(taken, candidate.left, candidate.right, labelGap)) {
            leftOut.append(
                { segments.at(candidate.index).start, segments.at(candidate.index).label });
            continue;
        }
        taken.append({ candidate.left, candidate.right });
        placed.append(candidate);
        bandLines = std::max(bandLines, int(candidate.lines.size()));
    }

    // From the top: today's label and its arrow, the band, the month names, the marks' labels.
    double y = topPadding;
    QList<Layout::Text> todayTexts;
    if (m_line.today.isValid()) {
        const double x = *layout->todayX;
        const QStringList lines = wrapped(m_line.todayLabel, bold, width);
        if (!lines.isEmpty()) {
            const double wide = widest(lines, bold);
            const double left = std::clamp(x - wide / 2, 0.0, width - wide);
            const double high = double(lines.size()) * lineHeight;
            todayTexts.append({ lines, QRectF(left, y, wide, high), Style::Today });
            y += high + 1;
        } else if (!m_line.todayLabel.simplified().isEmpty()) {
            leftOut.append({ m_line.today, m_line.todayLabel });
        }
        layout->triangleTop = y;
        y += triangleHeight + 2;
    }
    const double bandTop = y;
    const double bandHeight = bandLines * lineHeight + 2 * labelPaddingY;
    for (Layout::Stretch &stretch : layout->stretches) {
        stretch.rect.setTop(bandTop);
        stretch.rect.setHeight(bandHeight);
    }
    layout->bandBottom = bandTop + bandHeight;
    for (const Candidate &candidate : std::as_const(placed)) {
        const double high = double(candidate.lines.size()) * lineHeight;
        const QRectF box(candidate.left, bandTop + (bandHeight - high) / 2,
                         candidate.right - candidate.left, high);
        layout->texts.append({ candidate.lines, box, styleOf(segments.at(candidate.index).kind) });
    }
    layout->texts.append(todayTexts);
    y = layout->bandBottom;
    layout->tickTop = y;
    const double monthTop = y + tickLength + 1;
    y = monthTop + lineHeight;

    // The marks: a pole from the band down to the label, with a small flag under the band. A
    // mark outside the line, or whose label meets another one, is left out.
    const double markTop = y + markGap;
    QList<std::pair<double, double>> markTaken;
    QList<std::pair<double, double>> flags; // kept free of month names
    int markLines = 0;
    for (const PhaseLine::Mark &mark : std::as_const(m_line.marks)) {
        if (!mark.date.isValid() || mark.label.simplified().isEmpty())
            continue;
        if (mark.date < scale.first || mark.date > scale.last) {
            leftOut.append({ mark.date, mark.label });
            continue;
        }
        const QStringList lines = wrapped(mark.label, regular, width);
        const double x = scale.middle(mark.date);
        const double wide = widest(lines, regular);
        const double left = std::clamp(x - wide / 2, 0.0, width - wide);
        if (lines.isEmpty() || !isFree(markTaken, left, left + wide, labelGap)) {
            leftOut.append({ mark.date, mark.label });
            continue;
        }
        const double flag = x + flagWidth <= width ? flagWidth : -flagWidth;
        markTaken.append({ left, left + wide });
        flags.append({ std::min(x, x + flag) - 1, std::max(x, x + flag) + 1 });
        markLines = std::max(markLines, int(lines.size()));
        layout->texts.append(
            { lines, QRectF(left, markTop, wide, lines.size() * lineHeight), Style::Mark });
        layout->poles.append({ x, layout->bandBottom, markTop - 2, flag });
    }
    if (markLines > 0)
        y = markTop + markLines * lineHeight;

    // The months: a tick at each start, a name for the months that are long enough on the line.
    QList<Month> months;
    for (QDate start(scale.first.year(), scale.first.month(), 1); start <= scale.last;
         start = start.addMonths(1)) {
        const QDate from = std::max(start, scale.first);
        const QDate to = std::min(start.addMonths(1).addDays(-1), scale.last);
        const double visible = double(from.daysTo(to) + 1);
        if (start > scale.first)
            layout->ticks.append(scale.x(start));
        const double needed = std::min(double(start.daysInMonth()), scale.days()) / 2;
        months.append({ start, (scale.x(from) + scale.x(to.addDays(1))) / 2, visible >= needed });
    }
    layout->texts.append(monthTexts(months, width, monthTop, lineHeight, flags));

    layout->height = y + bottomPadding;
    layout->leftOut = inLineOrder(leftOut);
}

double PhaseLinePicture::height() const
{
    return m_layout->height;
}

QStringList PhaseLinePicture::leftOut() const
{
    return m_layout->leftOut;
}

void PhaseLinePicture::paint(QPainter &painter) const
{
    const Layout &layout = *m_layout;
    if (layout.stretches.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);

    for (const Layout::Stretch &stretch : layout.stretches) {
        const auto [fill, pen] = lookOf(stretch.kind);
        painter.setBrush(fill);
        painter.setPen(pen);
        const double inset = pen.widthF() / 2;
        const QRectF rect = stretch.rect.adjusted(inset, inset, -inset, -inset);
        const double radius = std::min(4.0, rect.width() / 2);
        painter.drawRoundedRect(rect, radius, radius);
    }

    painter.setPen(QPen(tickInk, 1));
    for (const double x : layout.ticks)
        painter.drawLine(QPointF(x, layout.tickTop), QPointF(x, layout.tickTop + tickLength));

    for (const Layout::Pole &pole : layout.poles) {
        painter.setPen(QPen(markInk, 1.5));
        painter.drawLine(QPointF(pole.x, pole.top), QPointF(pole.x, pole.bottom));
        QPainterPath flag;
        const double top = layout.bandBottom + 2;
        flag.moveTo(pole.x, top);
        flag.lineTo(pole.x + pole.flag, top + flagHeight / 2);
        flag.lineTo(pole.x, top + flagHeight);
        flag.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(markInk);
        painter.drawPath(flag);
    }

    if (layout.todayX) {
        const double x = *layout.todayX;
        const double tip = layout.triangleTop + triangleHeight;
        // The line from the arrow down through the band, broken off around a label it would
        // cross; a white edge keeps it visible on the strong colour of now.
        QList<std::pair<double, double>> pieces { { tip - 1, layout.bandBottom + tickLength } };
        for (const Layout::Text &text : layout.texts) {
            const QRectF around = text.box.adjusted(-4, -2, 4, 2);
            if (x < around.left() || x > around.right())
                continue;
            QList<std::pair<double, double>> rest;
            for (const auto &[from, to] : std::as_const(pieces)) {
                if (around.top() > from)
                    rest.append({ from, std::min(to, around.top()) });
                if (around.bottom() < to)
                    rest.append({ std::max(from, around.bottom()), to });
            }
            pieces = rest;
        }
        for (const auto &[from, to] : std::as_const(pieces)) {
            painter.setPen(QPen(Qt::white, 5, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(x, std::max(from, tip)),
                             QPointF(x, std::min(to, layout.bandBottom)));
            painter.setPen(QPen(todayInk, 2.5, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(x, from), QPointF(x, to));
        }
        QPainterPath triangle;
        triangle.moveTo(x - triangleWidth / 2, layout.triangleTop);
        triangle.lineTo(x + triangleWidth / 2, layout.triangleTop);
        triangle.lineTo(x, tip);
        triangle.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(todayInk);
        painter.drawPath(triangle);
    }

    for (const Layout::Text &text : layout.texts) {
        const QFont font = fontFor(text.style);
        const QFontMetricsF metrics(font);
        painter.setFont(font);
        painter.setPen(inkOf(text.style));
        for (qsizetype i = 0; i < text.lines.size(); ++i) {
            const QString &line = text.lines.at(i);
            const double x
                = text.box.left() + (text.box.width() - metrics.horizontalAdvance(line)) / 2;
            const double top = text.box.top() + double(i) * layout.lineHeight;
            painter.drawText(
                QPointF(x, top + (layout.lineHeight - metrics.height()) / 2 + metrics.ascent()),
                line);
        }
    }
    painter.restore();
}

} // namespace traject
