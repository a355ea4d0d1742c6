// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogbookTab.h"

namespace traject {

LogbookTab::LogbookTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{ }

void LogbookTab::reload() { }

} // namespace traject
