// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementsTab.h"

namespace traject {

PlacementsTab::PlacementsTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{ }

void PlacementsTab::reload() { }

} // namespace traject
