// SPDX-License-Identifier: GPL-3.0-or-later
// A bar's label goes beside the markers and days drawn on the bar, not under them: the caseload
// timeline showed "V◆oortraject" where an action fell on the label of a phase.
#include "documents/TimelinePainter.h"

#include <catch2/catch.hpp>

namespace TRAJECT_UNITY_ID {

using traject::timeline::labelRoom;

TEST_CASE("timeline labels: with nothing on the bar, the label starts at the bar's start",
          "[timeline-labels]")
{
    CHECK(labelRoom(10, 200, {}, 60, 28) == std::pair(10.0, 200.0));
    // Too long for the bar: all of it, to be elided.
    CHECK(labelRoom(10, 50, {}, 60, 28) == std::pair(10.0, 50.0));
}

TEST_CASE("timeline labels: a marker inside the label moves it past the marker, where it fits",
          "[timeline-labels]")
{
    // "Voortraject" (70 wide) from 184, a marker at 220–236: the room before it is too short.
    CHECK(labelRoom(184, 590, { { 220, 236 } }, 70, 28) == std::pair(236.0, 590.0));
    // A marker at the very start: the label starts after it.
    CHECK(labelRoom(184, 590, { { 180, 196 } }, 70, 28) == std::pair(196.0, 590.0));
    // A marker further on leaves the start free when the label fits before it.
    CHECK(labelRoom(184, 590, { { 300, 316 } }, 70, 28) == std::pair(184.0, 300.0));
}

TEST_CASE("timeline labels: between many obstacles the label takes the first stretch it fits "
          "in, else the widest, else none",
          "[timeline-labels]")
{
    // Days at 40–60 and 100–120, in any order: 60–100 is the first stretch of 40.
    CHECK(labelRoom(10, 300, { { 100, 120 }, { 40, 60 } }, 40, 20) == std::pair(60.0, 100.0));
    // Overlapping obstacles count as one.
    CHECK(labelRoom(10, 300, { { 20, 60 }, { 50, 90 } }, 100, 20) == std::pair(90.0, 300.0));
    // Nothing fits the whole label: the widest stretch (to be elided).
    CHECK(labelRoom(0, 100, { { 30, 40 }, { 80, 90 } }, 60, 20) == std::pair(40.0, 80.0));
    // No stretch as wide as the least a label needs: no label.
    const auto none = labelRoom(0, 60, { { 15, 25 }, { 40, 50 } }, 60, 20);
    CHECK(none.first == none.second);
    // Obstacles outside the room change nothing.
    CHECK(labelRoom(50, 150, { { 0, 40 }, { 160, 170 } }, 60, 20) == std::pair(50.0, 150.0));
}

} // namespace TRAJECT_UNITY_ID
