// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierTab.h"

#include "Session.h"

namespace traject {

DossierTab::DossierTab(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    connect(&session, &Session::changed, this, [this](qint64 learnerId, Aspects aspects) {
        if (m_learnerId != 0 && (learnerId == 0 || learnerId == m_learnerId) && (aspects & shows()))
            reloadWhenVisible();
    });
}

void DossierTab::showLearner(qint64 learnerId)
{
    m_learnerId = learnerId;
    reloadWhenVisible();
}

void DossierTab::reloadWhenVisible()
{
    if (isVisible()) {
        m_stale = false;
        reload();
    } else {
        m_stale = true;
    }
}

void DossierTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

} // namespace traject
