// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingTab.h"

namespace traject {

TrainingTab::TrainingTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{ }

void TrainingTab::reload() { }

} // namespace traject
