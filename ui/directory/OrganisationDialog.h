// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Organisation.h"

#include <QDialog>

namespace traject {

class OrganisationForm;
class Session;

/// Adds an organisation to the address book from wherever one is chosen: the address book's own
/// form (OrganisationForm) in a small dialog. OK stores it as one undoable step or shows why not.
class OrganisationDialog : public QDialog
{
    Q_OBJECT

public:
    /// `proposal` fills the form (e.g. the kind "childcare site" for a placement's site).
    OrganisationDialog(Session &session, const Organisation &proposal, QWidget *parent = nullptr);

    /// The id of the organisation stored, 0 before that.
    qint64 storedOrganisation() const { return m_stored; }
    OrganisationForm *form() const { return m_form; }

    void accept() override;

private:
    Session &m_session;
    OrganisationForm *m_form = nullptr;
    qint64 m_stored = 0;
};

} // namespace traject
