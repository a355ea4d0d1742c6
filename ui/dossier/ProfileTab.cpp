// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileTab.h"

namespace traject {

ProfileTab::ProfileTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{ }

void ProfileTab::reload() { }

} // namespace traject
