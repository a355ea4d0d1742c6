// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/DossierTab.h"

namespace traject {

class BarriersTab : public DossierTab
{
    Q_OBJECT

public:
    explicit BarriersTab(Session &session, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace traject
