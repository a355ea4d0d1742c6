// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the caseload timeline: loading it, and painting it for a caseload of
// 500 learners over about two years (some 25,000 placement days) into an offscreen image, as a
// full repaint and per scroll step. Not a pass/fail test: it prints its figures.
//
//   bench_timeline [--learners 500] [--runs 30] [--db file.sqlite] [--fresh]

#include "BenchSupport.h"
#include "documents/TimelinePainter.h"
#include "timeline/CaseloadTimeline.h"
#include "timeline/LearnerTimeline.h"
#include "timeline/TimelineCanvas.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <cstdio>

using namespace traject;
using namespace traject::bench;
using namespace traject::timeline;

namespace {

/// Paints the whole scene (every row, every day) into one image, as the printed plan would.
void paintEverything(const Scene &scene, QImage &image)
{
    QPainter painter(&image);
    painter.translate(-scene.bounds().left(), 0);
    TimelinePainter(scene).paintBody(painter, scene.bounds());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Options options
        = parseOptions(app, QStringLiteral("Caseload timeline benchmark"), 500, 30);
    FixedClock clock(benchToday());
    const std::unique_ptr<Database> db = openCaseload(options, clock);
    if (!db)
        return 1;
    const int runs = options.runs;
    std::vector<Line> lines;

    // Loading: the same queries alone (rows read, nothing made of them), then the timeline made
    // of them and arranged.
    const Stats floor = measure(runs, [&] {
        readAll(*db,
                QStringLiteral("SELECT l.id, l.first_name, l.last_name, l.phase, "
                               "(SELECT min(a.due_date) FROM action a WHERE a.learner_id = l.id "
                               "AND a.done_date IS NULL AND a.due_date IS NOT NULL), l.phase_since "
                               "FROM learner l ORDER BY l.id"),
                {});
        readAll(*db,
                QStringLiteral("SELECT id, learner_id, date, to_phase FROM phase_change "
                               "ORDER BY learner_id, date, id"),
                {});
        readAll(*db,
                QStringLiteral("SELECT d.id, d.placement_id, p.learner_id, d.date, d.status, "
                               "d.planned_hours, coalesce(o.name, '') FROM placement_day d "
                               "JOIN placement p ON p.id = d.placement_id LEFT JOIN organisation o "
                               "ON o.id = p.site_id ORDER BY p.learner_id, d.date"),
                {});
    });
    std::optional<CaseloadTimeline> caseload;
    lines.push_back(
        { QStringLiteral("load caseload timeline"),
          measure(runs, [&] { caseload = std::move(*CaseloadTimeline::load(*db, clock)); }), floor,
          QStringLiteral("<= 3x") });
    Timeline timeline;
    lines.push_back(
        { QStringLiteral("arrange (filter + sort by next deadline)"),
          measure(runs,
                  [&] { timeline = caseload->arranged(std::nullopt, CaseloadSort::NextDeadline); }),
          std::nullopt,
          {} });
    size_t days = 0;
    for (const Item &item : timeline.items)
        days += item.kind == ItemKind::PlacementDay ? 1 : 0;
    std::printf("timeline: %lld rows, %zu items (%zu placement days), %s to %s\n\n",
                qint64(timeline.rows.size()), timeline.items.size(), days,
                qPrintable(timeline.from.toString(Qt::ISODate)),
                qPrintable(timeline.to.toString(Qt::ISODate)));

    // The view as the SPOC sees it on a 1366x768 laptop: a repaint, and a repaint per scroll step.
    TimelineCanvas canvas;
    canvas.resize(1340, 640);
    canvas.show();
    canvas.setTimeline(timeline);
    QImage screen(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const auto repaint = [&] { canvas.viewport()->render(&screen); };
    for (const Zoom zoom : { Zoom::Week, Zoom::Month, Zoom::Semester, Zoom::Year }) {
        canvas.setZoom(zoom);
        canvas.scrollToDate(clock.today());
        const QString name = zoomLabel(zoom).toLower();
        lines.push_back({ QStringLiteral("window repaint, %1 zoom").arg(name),
                          measure(runs, repaint), std::nullopt, QStringLiteral("< 16 ms") });
        QScrollBar *across = canvas.horizontalScrollBar();
        lines.push_back({ QStringLiteral("scroll a step sideways + repaint, %1").arg(name),
                          measure(runs,
                                  [&] {
                                      across->triggerAction(QAbstractSlider::SliderSingleStepAdd);
                                      repaint();
                                  }),
                          std::nullopt, QStringLiteral("< 16 ms") });
        QScrollBar *down = canvas.verticalScrollBar();
        lines.push_back({ QStringLiteral("scroll a page down + repaint, %1").arg(name),
                          measure(runs,
                                  [&] {
                                      if (down->value() == down->maximum())
                                          down->setValue(0);
                                      down->triggerAction(QAbstractSlider::SliderPageStepAdd);
                                      repaint();
                                  }),
                          std::nullopt, QStringLiteral("< 16 ms") });
    }

    // Every row and every day at once, two years at year zoom: the worst case of a repaint.
    const Scene all(&timeline, DateScale(timeline.from, Zoom::Year),
                    RowLayout(timeline.rows, { 16, 3, 0 }));
    QImage image(all.bounds().size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    std::printf("whole picture: %d x %d pixels\n", image.width(), image.height());
    lines.push_back(
        { QStringLiteral("paint all %1 rows, whole range, year zoom").arg(timeline.rows.size()),
          measure(runs, [&] { paintEverything(all, image); }), std::nullopt,
          QStringLiteral("< 16 ms") });
    lines.push_back({ QStringLiteral("  of which: shapes of the scene"),
                      measure(runs, [&] { (void)all.shapes(all.bounds()); }),
                      std::nullopt,
                      {} });

    // One learner's timeline, as the dossier tab builds it.
    lines.push_back({ QStringLiteral("build one learner's timeline"),
                      measure(runs,
                              [&] {
                                  static qint64 run = 0;
                                  const qint64 id = 1 + (run++ * 7919) % options.learners;
                                  (void)LearnerTimelineBuilder(*db, clock).build(id);
                              }),
                      std::nullopt, QStringLiteral("< 30 ms") });

    if (const QByteArray dir = qgetenv("TRAJECT_SCREENSHOTS"); !dir.isEmpty())
        screen.save(QString::fromLocal8Bit(dir) + QStringLiteral("/bench-timeline.png"));
    print(lines);
    return 0;
}
