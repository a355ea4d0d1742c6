// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/DossierTab.h"

namespace traject {

class ProfileTab : public DossierTab
{
    Q_OBJECT

public:
    explicit ProfileTab(Session &session, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace traject
