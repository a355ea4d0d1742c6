// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/DossierTab.h"

namespace traject {

class AftercareTab : public DossierTab
{
    Q_OBJECT

public:
    explicit AftercareTab(Session &session, QWidget *parent = nullptr);
    void reload() override;
};

} // namespace traject
