// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace traject {

namespace timeline {
struct Item;
}

class DossierWidget;

/// Shows a timeline item where it is edited: switches the dossier to its tab and selects it
/// there (a placement and its day, a barrier and its action, a module of the plan).
void showTimelineItem(DossierWidget &dossier, const timeline::Item &item);

} // namespace traject
