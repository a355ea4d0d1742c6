// SPDX-License-Identifier: GPL-3.0-or-later
#include "AftercareTab.h"

namespace traject {

AftercareTab::AftercareTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{ }

void AftercareTab::reload() { }

} // namespace traject
