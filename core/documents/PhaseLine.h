// SPDX-License-Identifier: GPL-3.0-or-later
// "Where am I?" on a personal plan: the phases of a trajectory as one line across the months,
// with a mark for today ("Je bent hier") and for the end of the training. Made for a reader who
// reads slowly: big type, few words, and no label ever cut off. A label that does not fit is
// left out of the picture and named by leftOut(), so that the plan can say it in words.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;

namespace traject {

struct PhaseLine
{
    /// How a stretch of the line is drawn.
    enum class Kind
    {
        Done, // a phase that is over
        Now, // the phase the learner is in
        Planned, // what comes (the rest of the training, the aftercare)
    };
    struct Segment
    {
        QDate start;
        QDate end; // inclusive
        QString label; // "Opleiding", "Nazorg"
        Kind kind = Kind::Done;
    };
    struct Mark
    {
        QDate date;
        QString label; // "Einde opleiding"
    };

    QList<Segment> segments; // in order, not overlapping
    QDate today;
    QString todayLabel; // "Je bent hier"
    QList<Mark> marks;
};

/// Lays out and paints a PhaseLine as a picture `width` wide (in units of about 1/96 inch, as
/// PagedDocument pictures are; all text at least 12 pt). The line runs from the first segment's
/// start to the last segment's end; segments and marks with an invalid date are ignored (and so
/// is today when it is invalid). Without a valid segment there is no picture (height 0).
class PhaseLinePicture
{
public:
    PhaseLinePicture(PhaseLine line, double width);

    /// The height the picture needs at its width.
    double height() const;
    /// Paints the picture with its top left at (0, 0).
    void paint(QPainter &painter) const;
    /// The labels (of segments and marks) the picture leaves out because they do not fit, in
    /// the order of the line. A mark outside the line is left out too, and so is the today
    /// label when it is wider than the picture.
    QStringList leftOut() const;

private:
    struct Layout; // where everything goes, worked out once (PhaseLine.cpp)

    PhaseLine m_line;
    double m_width = 0;
    std::shared_ptr<const Layout> m_layout;
};

} // namespace traject
