// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/Enums.h"
#include "timeline/Scene.h"

#include <algorithm>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::timeline;

namespace {

Item item(ItemKind kind, qint64 id, int row, QDate start, QDate end, int status = 0)
{
    Item i;
    i.kind = kind;
    i.id = id;
    i.row = row;
    i.start = start;
    i.end = end;
    i.status = status;
    i.label = QStringLiteral("item %1").arg(id);
    return i;
}

// Two rows: a placement with three days in row 0, two overlapping barriers and an action in row 1.
Timeline sample()
{
    Timeline t;
    t.rows
        = { { QStringLiteral("Workplace learning"), 1, 1 }, { QStringLiteral("Barriers"), 1, 1 } };
    t.from = QDate(2025, 3, 1);
    t.to = QDate(2025, 3, 31);
    t.items.push_back(item(ItemKind::Placement, 10, 0, QDate(2025, 3, 3), QDate(2025, 3, 28)));
    for (int d = 0; d < 3; ++d) {
        Item day
            = item(ItemKind::PlacementDay, 100 + d, 0, QDate(2025, 3, 3 + d), QDate(2025, 3, 3 + d),
                   int(d == 0 ? PlacementDayStatus::Worked : PlacementDayStatus::Planned));
        day.parentId = 10;
        t.items.push_back(day);
    }
    t.items.push_back(item(ItemKind::Barrier, 20, 1, QDate(2025, 3, 1), QDate(2025, 3, 20),
                           int(BarrierStatus::Open)));
    t.items.push_back(item(ItemKind::Barrier, 21, 1, QDate(2025, 3, 10), QDate(2025, 3, 25),
                           int(BarrierStatus::Solved)));
    t.items.push_back(item(ItemKind::Barrier, 22, 1, QDate(2025, 3, 21), QDate(2025, 3, 30),
                           int(BarrierStatus::Solved)));
    t.items.push_back(item(ItemKind::Action, 30, 0, QDate(2025, 3, 12), QDate(2025, 3, 12)));
    t.items.back().overdue = true;
    t.shades.append({ Shade::Kind::Holiday, QDate(2025, 3, 17), QDate(2025, 3, 17),
                      QStringLiteral("holiday") });
    t.lines.append({ DateLine::Kind::Today, QDate(2025, 3, 14), QStringLiteral("Today") });
    packSlots(t);
    return t;
}

int indexOf(const Timeline &t, ItemKind kind, qint64 id)
{
    const auto it = std::find_if(t.items.begin(), t.items.end(),
                                 [&](const Item &i) { return i.kind == kind && i.id == id; });
    return it == t.items.end() ? -1 : int(it - t.items.begin());
}

} // namespace

TEST_CASE("overlapping items of a row get their own slot; days stay with their placement",
          "[timeline][scene]")
{
    const Timeline t = sample();
    CHECK(t.items[size_t(indexOf(t, ItemKind::Barrier, 20))].slot == 0);
    CHECK(t.items[size_t(indexOf(t, ItemKind::Barrier, 21))].slot == 1);
    // Starts after the first barrier ended: back on the first slot.
    CHECK(t.items[size_t(indexOf(t, ItemKind::Barrier, 22))].slot == 0);
    CHECK(t.rows[1].slots == 2);
    // A placement takes two slots, its days on the second; the action overlaps it, so it moves
    // below both.
    CHECK(t.items[size_t(indexOf(t, ItemKind::Placement, 10))].slot == 0);
    CHECK(t.items[size_t(indexOf(t, ItemKind::PlacementDay, 101))].slot == 1);
    CHECK(t.items[size_t(indexOf(t, ItemKind::Action, 30))].slot == 2);
    CHECK(t.rows[0].slots == 3);
}

TEST_CASE("the scene draws the items a viewport shows, in drawing order", "[timeline][scene]")
{
    const Timeline t = sample();
    const DateScale scale(t.from, Zoom::Month);
    const Scene scene(&t, scale, RowLayout(t.rows, { 20, 4, 0 }));

    SECTION("everything")
    {
        const auto shapes = scene.shapes(scene.bounds());
        // 1 holiday, 1 placement + 3 barriers, 3 days, 1 marker, today
        REQUIRE(shapes.size() == 10);
        CHECK(shapes.front().type == Shape::Type::Shade);
        CHECK(shapes.front().tone == Tone::Holiday);
        CHECK(shapes.back().type == Shape::Type::Line);
        CHECK(shapes.back().tone == Tone::Today);
        CHECK(shapes.back().rect.left() == Approx(scale.x(QDate(2025, 3, 14)) + 15));
        CHECK(std::is_sorted(shapes.begin(), shapes.end(), [](const Shape &a, const Shape &b) {
            return int(a.type) < int(b.type);
        }));

        const auto dayShape = std::find_if(shapes.begin(), shapes.end(), [&](const Shape &s) {
            return s.type == Shape::Type::Day && t.items[size_t(s.item)].id == 100;
        });
        REQUIRE(dayShape != shapes.end());
        CHECK(dayShape->tone == Tone::Done);
        CHECK(dayShape->rect.left() == Approx(2 * 30 + 1));

        const auto marker = std::find_if(shapes.begin(), shapes.end(), [](const Shape &s) {
            return s.type == Shape::Type::Marker;
        });
        REQUIRE(marker != shapes.end());
        CHECK(marker->tone == Tone::Danger); // overdue
    }

    SECTION("only what is visible: the second row, the last week")
    {
        const QRectF viewport(scale.x(QDate(2025, 3, 24)), scene.layout().top(1), 7 * 30,
                              scene.layout().height(1));
        const auto shapes = scene.shapes(viewport);
        QList<qint64> ids;
        for (const Shape &s : shapes) {
            if (s.item >= 0)
                ids.append(t.items[size_t(s.item)].id);
        }
        std::sort(ids.begin(), ids.end());
        CHECK(ids == QList<qint64> { 21, 22 });
    }

    SECTION("a blocked placement is hatched and names its barrier")
    {
        Timeline blocked = sample();
        blocked.items[size_t(indexOf(blocked, ItemKind::Placement, 10))].blockedBy
            = QStringList { QStringLiteral("No childcare") };
        const Scene s(&blocked, scale, RowLayout(blocked.rows, { 20, 4, 0 }));
        const auto shapes = s.shapes(s.bounds());
        const auto bar
            = std::find_if(shapes.begin(), shapes.end(), [](const Shape &x) { return x.hatched; });
        REQUIRE(bar != shapes.end());
        CHECK(blocked.items[size_t(bar->item)].kind == ItemKind::Placement);
        CHECK(bar->text.contains(QStringLiteral("No childcare")));
    }
}

TEST_CASE("hit-testing finds the item under a point, the topmost first", "[timeline][scene]")
{
    const Timeline t = sample();
    const DateScale scale(t.from, Zoom::Month);
    const Scene scene(&t, scale, RowLayout(t.rows, { 20, 4, 0 }));
    const auto centre
        = [&](ItemKind kind, qint64 id) { return scene.itemRect(indexOf(t, kind, id)).center(); };

    CHECK(scene.itemAt(centre(ItemKind::PlacementDay, 102))
          == indexOf(t, ItemKind::PlacementDay, 102));
    CHECK(scene.itemAt(centre(ItemKind::Placement, 10) + QPointF(300, 0))
          == indexOf(t, ItemKind::Placement, 10));
    CHECK(scene.itemAt(centre(ItemKind::Barrier, 21)) == indexOf(t, ItemKind::Barrier, 21));
    CHECK(scene.itemAt(centre(ItemKind::Action, 30)) == indexOf(t, ItemKind::Action, 30));
    // Empty places and places outside every row.
    CHECK(scene.itemAt(QPointF(scale.x(QDate(2025, 3, 30)), scene.layout().slotTop(0, 0) + 5))
          == -1);
    CHECK(scene.itemAt(QPointF(10, -5)) == -1);
    CHECK(scene.itemAt(QPointF(10, scene.layout().totalHeight() + 1)) == -1);
}

TEST_CASE("tooltips say what, when and in which state", "[timeline][scene]")
{
    Item barrier = item(ItemKind::Barrier, 1, 0, QDate(2025, 1, 6), QDate(2025, 3, 14),
                        int(BarrierStatus::Open));
    barrier.label = QStringLiteral("No childcare for her son");
    barrier.open = true;
    const QString text = toolTip(barrier);
    CHECK(text.contains(QStringLiteral("No childcare for her son")));
    CHECK(text.contains(QStringLiteral("06/01/2025")));
    CHECK(text.contains(label(BarrierStatus::Open)));

    Item placement = item(ItemKind::Placement, 2, 0, QDate(2025, 2, 3), QDate(2025, 5, 30));
    placement.blockedBy = QStringList { QStringLiteral("No childcare for her son") };
    CHECK(toolTip(placement).contains(QStringLiteral("30/05/2025")));
    CHECK(toolTip(placement).contains(QStringLiteral("No childcare for her son")));
}

TEST_CASE("the keyboard walks along a row and to the nearest item of the next row",
          "[timeline][scene]")
{
    const Timeline t = sample();
    const Scene scene(&t, DateScale(t.from, Zoom::Month), RowLayout(t.rows, { 20, 4, 0 }));
    const auto at = [&](ItemKind kind, qint64 id) { return indexOf(t, kind, id); };
    using Step = Scene::Step;

    // Row 0 by start: placement (3 March), days 3, 4, 5 March, the action (12 March).
    const int placement = at(ItemKind::Placement, 10);
    CHECK(scene.neighbour(placement, Step::Left) == -1);
    const int second = scene.neighbour(placement, Step::Right);
    CHECK(t.items[size_t(second)].kind == ItemKind::PlacementDay);
    CHECK(scene.neighbour(at(ItemKind::PlacementDay, 102), Step::Right)
          == at(ItemKind::Action, 30));
    CHECK(scene.neighbour(at(ItemKind::Action, 30), Step::Right) == -1);

    // Down from the action (12 March): the barrier that runs over that day.
    CHECK(scene.neighbour(at(ItemKind::Action, 30), Step::Down) == at(ItemKind::Barrier, 20));
    // Down from the last barrier (21 to 30 March): nothing below.
    CHECK(scene.neighbour(at(ItemKind::Barrier, 22), Step::Down) == -1);
    // Up from it: the placement runs over 21 March, the action lies 9 days before.
    CHECK(scene.neighbour(at(ItemKind::Barrier, 22), Step::Up) == placement);
    CHECK(scene.neighbour(-1, Step::Up) == -1);

    CHECK(scene.nearestInRow(1, QDate(2025, 3, 22)) == at(ItemKind::Barrier, 21));
    CHECK(scene.nearestInRow(5, QDate(2025, 3, 22)) == -1);
}

} // namespace TRAJECT_UNITY_ID
