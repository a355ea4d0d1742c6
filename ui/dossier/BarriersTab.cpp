// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarriersTab.h"

namespace traject {

BarriersTab::BarriersTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{ }

void BarriersTab::reload() { }

} // namespace traject
