// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleCardTab.h"

namespace traject {

RoleCardTab::RoleCardTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{ }

void RoleCardTab::reload() { }

} // namespace traject
