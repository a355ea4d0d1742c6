// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "documents/OverviewCharts.h"
#include "documents/OverviewPdf.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace TRAJECT_UNITY_ID {

using namespace traject;

TEST_CASE("the overview PDF holds this week's lists, the funnel and the charts", "[overview]")
{
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday());
    test::require(demo::fillDemoCaseload(*db, clock));
    const Overview o
        = test::require(Overview::make(*db, clock, Overview::defaultOptions(clock.today())));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overview.pdf"));
    const int pages = test::require(OverviewPdf::write(*db, clock, o, path));
    CHECK(pages >= 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(test::pdfPages(pdf) == pages);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Overview of 14/03/2025")));
    CHECK(text.contains(QStringLiteral("This week (10/03/2025 – 16/03/2025)")));
    CHECK(text.contains(QStringLiteral("Funnel from 01/01/2025 to 31/12/2025")));
    CHECK(text.contains(QStringLiteral("Barriers by category")));
    // The charts' labels and values are text in the PDF, not pictures of text.
    CHECK(text.contains(QStringLiteral("Registered")));
    CHECK(text.contains(QStringLiteral("Employed")));
    CHECK(text.contains(QStringLiteral("Lasting")));
    CHECK(text.contains(QStringLiteral("Target reached")));
    if (!o.dueActions.empty())
        CHECK(text.contains(o.dueActions.front().name));

    if (const QByteArray out = qgetenv("TRAJECT_OVERVIEW_PDF"); !out.isEmpty())
        QFile::copy(path, QString::fromLocal8Bit(out));
}

TEST_CASE("a chart paints its numbers in black and white", "[overview]")
{
    QImage image(400, 300, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    charts::paintStackedBars(painter, QRectF(0, 0, 400, charts::stackedBarsHeight(2)),
                             { { QStringLiteral("Language"), { 3, 2, 1 } },
                               { QStringLiteral("Cultural"), { 0, 0, 0 } } },
                             charts::barrierLegend());
    painter.end();
    // Something dark was drawn (bars, text) and most of the picture stays white.
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(dark > 200);
    CHECK(dark < 400 * 300 / 4);
}

} // namespace TRAJECT_UNITY_ID
