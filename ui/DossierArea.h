// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace traject {

/// The dossier's place beside the caseload list. Where the screen has room, it asks the width
/// the dossier needs (every tab title whole), as the dossier itself did; on a narrow screen (a
/// 1366 px laptop at 150 % leaves 910 px) it asks no more than what the screen leaves beside
/// the list, and the dossier scrolls sideways instead of pushing the window past the screen.
class DossierArea : public QScrollArea
{
public:
    /// Shows `dossier`, beside `beside` (the caseload list), whose least width it leaves free.
    DossierArea(QWidget *dossier, QWidget *beside);

    QSize minimumSizeHint() const override;

protected:
    bool viewportEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    QWidget *m_beside = nullptr;
};

} // namespace traject
