// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/barriers/ReadinessLabel.h"

#include "Session.h"
#include "storage/BarrierRepository.h"
#include "widgets/Tones.h"

namespace traject {

ReadinessLabel::ReadinessLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("readiness"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

Status ReadinessLabel::load(const Session &session, qint64 learnerId)
{
    m_barriers.clear();
    Status status;
    if (learnerId != 0) {
        auto barriers
            = BarrierRepository(session.database(), session.clock()).barriersFor(learnerId);
        if (barriers)
            m_barriers = std::move(barriers).value();
        else
            status = barriers.error();
    }
    refresh();
    return status;
}

void ReadinessLabel::showItem(std::optional<BlockedItem> item)
{
    m_item = item;
    refresh();
}

QStringList ReadinessLabel::openBlockers(const BlockedItem &item) const
{
    QStringList descriptions;
    for (const auto &barrier : traject::openBlockers(m_barriers, item))
        descriptions.append(barrier.description);
    return descriptions;
}

void ReadinessLabel::refresh()
{
    m_open = m_item ? openBlockers(*m_item) : QStringList();
    setVisible(m_item.has_value());
    if (!m_item)
        return;
    if (m_open.isEmpty()) {
        setText(tr("Ready to start? Yes: no open barriers block it."));
        setStyleSheet(QString());
        setToolTip(tr("Link a barrier to what it blocks in the barrier's editor (Barriers tab)."));
    } else {
        setText(tr("Ready to start? No: still open: %1").arg(m_open.join(QStringLiteral("; "))));
        setStyleSheet(alertStyle());
        setToolTip(tr("These barriers block it until they are solved (Barriers tab)."));
    }
}

} // namespace traject
